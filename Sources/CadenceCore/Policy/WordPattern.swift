/// A word or phrase the classifier looks for in subjects and NEWS entries, as `cadence.toml` writes it.
///
/// Matching ignores case and treats runs of spaces as one space; a pattern matches whole words
/// (`add` does not match `address`) unless it ends in `*`, which matches any ending (`deprecat*` matches
/// `deprecated` and `deprecation`).
///
/// ```swift
/// WordPattern("crash*").firstMatch(in: "Fix crashes in ssl")  // "crashes"
/// WordPattern("now raise*").firstMatch(in: "json now raises ValueError")  // "now raises"
/// ```
public struct WordPattern: Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The pattern as written.
    public let text: String
    private let phrase: [Character]
    private let matchesAnyEnding: Bool

    /// Creates a pattern.
    public init(_ text: String) {
        self.text = text
        matchesAnyEnding = text.hasSuffix("*")
        phrase = Array(Self.normalised(matchesAnyEnding ? String(text.dropLast()) : text))
    }

    /// Creates a pattern from a literal.
    public init(stringLiteral value: String) { self.init(value) }

    /// The pattern as written.
    public var description: String { text }

    /// The first words of `text` the pattern matches, lowercased, or `nil`.
    public func firstMatch(in text: String) -> String? { matches(in: text).first.map { $0.text } }

    /// Every match in `text`: the matched words (lowercased) and where they start, in order.
    func matches(in text: String) -> [(text: String, offset: Int)] { matches(in: Line(text)) }

    /// A line prepared once for matching many patterns: lowercased, whitespace runs as one space, and
    /// which of its characters are word characters (letters, digits, `_`).
    struct Line {
        let characters: [Character]
        let isWord: [Bool]

        init(_ text: String) {
            characters = Array(WordPattern.normalised(text))
            isWord = characters.map(WordPattern.isWordCharacter)
        }
    }

    /// Every match in a prepared line.
    func matches(in prepared: Line) -> [(text: String, offset: Int)] {
        guard !phrase.isEmpty else { return [] }
        let head = phrase[0]
        var found: [(text: String, offset: Int)] = []
        var start = 0
        while start + phrase.count <= prepared.characters.count {
            if prepared.characters[start] == head, let text = match(at: start, in: prepared) {
                found.append((text, start))
            }
            start += 1
        }
        return found
    }

    /// The matched words (lowercased) if the pattern matches at `start`.
    func match(at start: Int, in prepared: Line) -> String? {
        let line = prepared.characters
        let isWord = prepared.isWord
        guard !phrase.isEmpty, start + phrase.count <= line.count, start == 0 || !isWord[start - 1],
            line[start..<start + phrase.count].elementsEqual(phrase)
        else { return nil }
        var end = start + phrase.count
        if matchesAnyEnding {
            while end < line.count, isWord[end] { end += 1 }
        } else if end < line.count, isWord[end] {
            return nil
        }
        return String(line[start..<end])
    }

    /// Whether a character is part of a word: a letter, a digit or `_` (ASCII answered without a
    /// Unicode property lookup).
    static func isWordCharacter(_ character: Character) -> Bool {
        if let ascii = character.asciiValue {
            return (ascii >= 0x61 && ascii <= 0x7A) || (ascii >= 0x41 && ascii <= 0x5A)
                || (ascii >= 0x30 && ascii <= 0x39)
                || ascii == 0x5F
        }
        return character.isLetter || character.isNumber
    }

    /// The text lowercased with every run of whitespace turned into one space.
    fileprivate static func normalised(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return normalisedASCII(text) }
        var out = ""
        var lastWasSpace = false
        for character in text.lowercased() {
            if character.isWhitespace {
                if !lastWasSpace { out.append(" ") }
                lastWasSpace = true
            } else {
                out.append(character)
                lastWasSpace = false
            }
        }
        return out
    }

    /// ``normalised(_:)`` for an ASCII text, on bytes: the same result (ASCII whitespace is tab, line
    /// feed, vertical tab, form feed, carriage return and space).
    private static func normalisedASCII(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var lastWasSpace = false
        for byte in text.utf8 {
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                if !lastWasSpace { out.append(0x20) }
                lastWasSpace = true
            } else {
                out.append(HistoryText.asciiLowercased(byte))
                lastWasSpace = false
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension Array where Element == WordPattern {
    /// The first match of any pattern in `text`, trying the patterns in order.
    func firstMatch(in text: String) -> String? { firstMatch(in: WordPattern.Line(text)) }

    /// The first match of any pattern in a prepared line.
    func firstMatch(in line: WordPattern.Line) -> String? {
        lazy.compactMap { $0.matches(in: line).first?.text }.first
    }
}

extension Array where Element == WordPattern {
    /// The words of the first pattern that opens `text` (after leading spaces and quotes), or `nil`.
    func opening(_ text: String) -> String? {
        let line = WordPattern.Line(String(text.drop { $0.isWhitespace || $0 == "\"" || $0 == "'" }))
        return lazy.compactMap { $0.match(at: 0, in: line) }.first
    }
}
