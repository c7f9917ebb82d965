/// What a test line expects: the literals and exception names that an assertion compares against.
///
/// A test whose **expected behaviour** changed is the seed's signal ("you had to adapt tests"): an
/// expected value or exception that the old lines checked and that no added line checks any more. A
/// test that was refactored, moved, renamed, extended or made robust keeps its expectations: every
/// token of its removed lines comes back in some added line.
///
/// Tokens are string literals, written with single quotes whatever their quoting (`'undefined expected
/// bytes'`; prefixes such as `b` dropped), numbers
/// (`8675309`, `0.5`), exception and warning names (`ValueError`, `DeprecationWarning`) and the
/// constants `True`, `False` and `None`. Comments are not read.
///
/// ```swift
/// TestExpectation.tokens(in: "    self.assertRaises(ValueError, f, 'x')")  // ["ValueError", "'x'"]
/// ```
public enum TestExpectation {
    /// What the added lines of a commit's test files expect: their tokens, and the lines themselves
    /// (trimmed), so that a test whose lines moved elsewhere is recognised.
    public struct Added: Hashable, Sendable {
        /// The tokens of every added line.
        public var tokens: Set<String>
        /// Every added line, trimmed.
        public var lines: Set<String>

        /// Reads the added lines of `patches`.
        public init(_ patches: [UnifiedDiff.FilePatch]) {
            var tokens: Set<String> = []
            var lines: Set<String> = []
            for patch in patches {
                for hunk in patch.hunks {
                    for line in hunk.added {
                        tokens.formUnion(TestExpectation.tokens(in: line))
                        lines.insert(HistoryText.trimmed(line))
                    }
                }
            }
            self.tokens = tokens
            self.lines = lines
        }
    }

    /// The expectation tokens of one line of Python, in order.
    public static func tokens<S: StringProtocol>(in line: S) -> [String] {
        var line = String(line)
        return line.withUTF8 { tokens(in: $0) }
    }

    /// ``tokens(in:)-swift.type.method`` on a line's UTF-8 bytes.
    static func tokens(in bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        var tokens: [String] = []
        var index = 0
        func isWordByte(_ byte: UInt8) -> Bool {
            isLetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "#") { break }
            if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") {
                let (literal, end) = stringLiteral(bytes, from: index)
                tokens.append("'" + literal + "'")
                index = end
                continue
            }
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                var end = index
                while end < bytes.count, isWordByte(bytes[end]) || bytes[end] == UInt8(ascii: ".") { end += 1 }
                tokens.append(String(decoding: bytes[index..<end], as: UTF8.self))
                index = end
                continue
            }
            if isLetter(byte) {
                var end = index
                while end < bytes.count, isWordByte(bytes[end]) { end += 1 }
                let isStringPrefix =
                    end < bytes.count && (bytes[end] == UInt8(ascii: "'") || bytes[end] == UInt8(ascii: "\""))
                    && end - index <= 2
                    && bytes[index..<end].allSatisfy { "rbufRBUF".utf8.contains($0) }
                if !isStringPrefix {
                    let word = String(decoding: bytes[index..<end], as: UTF8.self)
                    if isExpectationName(word) { tokens.append(word) }
                }
                index = end
                continue
            }
            index += 1
        }
        return tokens
    }

    /// Whether a byte may be part of a name: an ASCII letter, `_`, or any byte of a non-ASCII character.
    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || byte == UInt8(ascii: "_") || byte >= 0x80
    }

    /// Assertions whose opposite stands in their place: each removed assertion method whose opposite
    /// (`assertTrue`/`assertFalse`, `assertIn`/`assertNotIn`, `assertIsNone`/`assertIsNotNone`, …) is
    /// in the added lines while it is not, as `` `assertTrue` became `assertFalse` ``.
    public static func polarityFlips(removed: [String], added: [String]) -> [String] {
        guard !removed.isEmpty, !added.isEmpty else { return [] }
        func methods(_ lines: [String]) -> Set<String> {
            var found: Set<String> = []
            for line in lines where HistoryText.containsASCII(".assert", in: line) {
                for (method, needle) in needles where line.contains(needle) { found.insert(method) }
            }
            return found
        }
        let before = methods(removed)
        let after = methods(added)
        return opposites.compactMap { method, opposite in
            before.contains(method) && !after.contains(method) && after.contains(opposite)
                ? "`\(method)` became `\(opposite)`" : nil
        }
    }

    /// Each assertion method with the text that calls it (`.assertTrue(`).
    static let needles: [(String, String)] = opposites.map { ($0.0, ".\($0.0)(") }

    /// Assertion methods and their opposites, both ways.
    static let opposites: [(String, String)] = {
        let pairs = [
            ("assertTrue", "assertFalse"), ("assertIs", "assertIsNot"), ("assertIsNone", "assertIsNotNone"),
            ("assertIn", "assertNotIn"), ("assertEqual", "assertNotEqual"), ("assertIsInstance", "assertNotIsInstance"),
            ("assertRegex", "assertNotRegex"), ("assertAlmostEqual", "assertNotAlmostEqual"),
        ]
        return pairs + pairs.map { ($0.1, $0.0) }
    }()

    /// Whether a name is one an assertion expects: an exception or warning class, or a constant.
    static func isExpectationName(_ word: String) -> Bool {
        if word == "True" || word == "False" || word == "None" { return true }
        guard word.first?.isUppercase == true else { return false }
        return word.hasSuffix("Error") || word.hasSuffix("Exception") || word.hasSuffix("Warning")
            || word == "StopIteration" || word == "KeyboardInterrupt" || word == "SystemExit"
    }

    /// The contents of a string literal starting at `start`, and the index after it.
    ///
    /// The literal is single, double or triple quoted; an unterminated one runs to the end of the line.
    private static func stringLiteral(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (String, Int) {
        let quote = bytes[start]
        let isTriple = start + 2 < bytes.count && bytes[start + 1] == quote && bytes[start + 2] == quote
        let opening = isTriple ? 3 : 1
        var index = start + opening
        var escaped = false
        while index < bytes.count {
            let byte = bytes[index]
            if escaped {
                escaped = false
            } else if byte == UInt8(ascii: "\\") {
                escaped = true
            } else if byte == quote {
                if !isTriple {
                    return (String(decoding: bytes[(start + 1)..<index], as: UTF8.self), index + 1)
                }
                if index + 2 < bytes.count, bytes[index + 1] == quote, bytes[index + 2] == quote {
                    return (String(decoding: bytes[(start + 3)..<index], as: UTF8.self), index + 3)
                }
            }
            index += 1
        }
        return (String(decoding: bytes[min(start + opening, bytes.count)...], as: UTF8.self), bytes.count)
    }
}
