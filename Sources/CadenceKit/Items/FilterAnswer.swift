import CadencePackaging

/// `spec filter`: a version a specifier set lets through.
///
/// Encoded as `{"input", "line"}` (`line` only for standard input); for people, the input as written.
///
/// ```swift
/// let items = ["3.8", "3.9.0rc1", "3.9.1"].map { InputItem(text: $0) }
/// FilterAnswer.filtering(items, through: try SpecifierSet(">=3.9")).answers.map(\.text)  // ["3.9.1"]
/// ```
public struct FilterAnswer: ItemAnswer {
    /// The item let through.
    public let item: InputItem

    private enum CodingKeys: String, CodingKey {
        case input, line
    }

    /// Writes the input and its line.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try item.encode(into: &container, input: .input, line: .line)
    }

    /// The input as written.
    public var text: String { item.text }
}

extension FilterAnswer {
    /// The items `set` lets through, in input order, with packaging's `SpecifierSet.filter`: pre-releases
    /// pass only when the set allows them, mentions one, or no final release matches.
    /// - Parameters:
    ///   - items: The versions (or, for a set of `===` specifiers, any strings).
    ///   - set: The specifier set.
    /// - Returns: The invalid items first (an item that is not a version, unless the set matches arbitrary
    ///   strings), then the items let through; negative, like grep, when an item is invalid or none passes.
    public static func filtering(_ items: [InputItem], through set: SpecifierSet) -> ItemAnswers<ItemResult<Self>> {
        var answers: [ItemResult<FilterAnswer>] = []
        var candidates: [InputItem] = []
        if set.requiresVersions {
            for item in items {
                do {
                    _ = try Version(item.text)
                    candidates.append(item)
                } catch {
                    answers.append(.invalid(InvalidItem(item, error)))
                }
            }
        } else {
            candidates = items
        }
        let isInvalid = !answers.isEmpty
        // The filter answers with texts: let through as many items of each text as it kept, the first ones.
        var keptCounts: [String: Int] = [:]
        for text in set.filter(candidates.map(\.text)) { keptCounts[text, default: 0] += 1 }
        var passed = 0
        for item in candidates where (keptCounts[item.text] ?? 0) > 0 {
            keptCounts[item.text, default: 0] -= 1
            passed += 1
            answers.append(.answered(FilterAnswer(item: item)))
        }
        return ItemAnswers(answers, isNegative: isInvalid || passed == 0)
    }
}
