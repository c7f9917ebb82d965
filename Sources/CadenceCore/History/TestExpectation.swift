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
        var tokens: [String] = []
        let characters = Array(line)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "#" { break }
            if character == "'" || character == "\"" {
                let (literal, end) = stringLiteral(characters, from: index)
                tokens.append("'" + literal + "'")
                index = end
                continue
            }
            if character.isNumber {
                var end = index
                while end < characters.count,
                    characters[end].isNumber || characters[end] == "." || characters[end] == "_"
                        || characters[end].isLetter
                {
                    end += 1
                }
                tokens.append(String(characters[index..<end]))
                index = end
                continue
            }
            if character.isLetter || character == "_" {
                var end = index
                while end < characters.count,
                    characters[end].isLetter || characters[end].isNumber || characters[end] == "_"
                {
                    end += 1
                }
                let word = String(characters[index..<end])
                let isStringPrefix =
                    end < characters.count && (characters[end] == "'" || characters[end] == "\"") && word.count <= 2
                    && word.lowercased().allSatisfy { "rbuf".contains($0) }
                if !isStringPrefix, isExpectationName(word) { tokens.append(word) }
                index = end
                continue
            }
            index += 1
        }
        return tokens
    }

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
    private static func stringLiteral(_ characters: [Character], from start: Int) -> (String, Int) {
        let quote = characters[start]
        let isTriple =
            start + 2 < characters.count && characters[start + 1] == quote && characters[start + 2] == quote
        let opening = isTriple ? 3 : 1
        var index = start + opening
        var escaped = false
        while index < characters.count {
            let character = characters[index]
            if escaped {
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == quote {
                if !isTriple {
                    return (String(characters[(start + 1)..<index]), index + 1)
                }
                if index + 2 < characters.count, characters[index + 1] == quote, characters[index + 2] == quote {
                    return (String(characters[(start + 3)..<index]), index + 3)
                }
            }
            index += 1
        }
        return (String(characters[min(start + opening, characters.count)...]), characters.count)
    }
}
