/// A small, repeatable random generator (SplitMix64) so property tests fail the same way every run.
public struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    /// A generator that always gives the same sequence for `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next random number.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Generates hostile and near-valid inputs for parsers: random text over a grammar-aware alphabet,
/// and valid examples mutated by inserting, deleting, duplicating and swapping characters.
public struct InputFuzzer {
    /// Characters that matter to PEP 440, PEP 508 and wheel-tag grammars, plus Unicode troublemakers.
    public static let alphabet: [Character] =
        Array(
            "0123456789.!+-_*~=<>()[]{};,@:/\\'\" \t\nabcdefghijklmnopqrstuvwxyzABCPRV"
        ) + ["\u{0}", "\u{7F}", "é", "ı", "İ", "\u{202F}", "\u{2029}", "٣", "🐍", "\u{301}"]

    /// Tokens that make mutated inputs reach deep into the grammars.
    public static let tokens = [
        "alpha", "beta", "rc", "post", "dev", "preview", "===", "~=", "==", "!=", ".*", " and ", " or ",
        " in ", " not in ", "python_version", "python_full_version", "extra", "os_name", "sys_platform",
        "cp39", "none", "any", "manylinux_2_17_x86_64", "\"3.9\"", "'linux'", "; ", "[a,b]", " @ https://x/y",
    ]

    /// The random source.
    public var generator: SeededGenerator
    /// The valid examples that mutations start from.
    public let seeds: [String]

    /// A fuzzer seeded with `seed` that mutates `examples`.
    public init(seed: UInt64, examples: [String]) {
        generator = SeededGenerator(seed: seed)
        seeds = examples.isEmpty ? [""] : examples
    }

    /// The next input: one in three random, the rest mutated examples.
    public mutating func next() -> String {
        if Int.random(in: 0..<3, using: &generator) == 0 {
            let length = Int.random(in: 0..<24, using: &generator)
            var text = ""
            for _ in 0..<length {
                if Int.random(in: 0..<6, using: &generator) == 0 {
                    text += InputFuzzer.tokens.randomElement(using: &generator) ?? ""
                } else {
                    text.append(InputFuzzer.alphabet.randomElement(using: &generator) ?? "x")
                }
            }
            return text
        }
        var characters = Array(seeds.randomElement(using: &generator) ?? "")
        for _ in 0..<Int.random(in: 1...4, using: &generator) {
            let position = characters.isEmpty ? 0 : Int.random(in: 0..<characters.count, using: &generator)
            switch Int.random(in: 0..<5, using: &generator) {
            case 0: characters.insert(InputFuzzer.alphabet.randomElement(using: &generator) ?? "x", at: position)
            case 1: if !characters.isEmpty { characters.remove(at: position) }
            case 2:
                characters.insert(contentsOf: InputFuzzer.tokens.randomElement(using: &generator) ?? "", at: position)
            case 3: if position + 1 < characters.count { characters.swapAt(position, position + 1) }
            default:
                if !characters.isEmpty {
                    let end = min(characters.count, position + Int.random(in: 1...6, using: &generator))
                    characters.insert(contentsOf: characters[position..<end], at: position)
                }
            }
        }
        return String(characters)
    }
}
