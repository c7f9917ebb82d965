extension Marker {
    /// Reads the tokens of PEP 508 markers and requirements from one input, as `packaging._tokenizer` does.
    ///
    /// Positions count Unicode scalars, like Python string indices, so a position plus one is the
    /// 1-based column of ``ParseError``. Each `match…` method answers what `packaging`'s regular
    /// expression for that token matches at ``position`` (with Python's Unicode `\b`), without moving.
    struct Tokenizer {
        /// The whole input, for error messages.
        let source: String
        /// The input's Unicode scalars.
        let scalars: [Unicode.Scalar]
        /// What the error messages call the input.
        let subject: ParseError.Subject
        /// The index of the next unread scalar.
        var position = 0

        /// Creates a tokenizer at the start of `source`.
        /// - Parameters:
        ///   - source: The text to read.
        ///   - subject: `.marker` or `.requirement`, for error messages.
        init(_ source: String, subject: ParseError.Subject) {
            self.source = source
            self.scalars = Array(source.unicodeScalars)
            self.subject = subject
        }

        /// Whether every scalar has been read (`\Z`: a trailing line break is not the end).
        var isAtEnd: Bool { position == scalars.count }

        /// The scalar at `index`, or `nil` past either end.
        func scalar(at index: Int) -> Unicode.Scalar? {
            index >= 0 && index < scalars.count ? scalars[index] : nil
        }

        /// An error at `index` (the current position by default), reported as a 1-based column.
        /// - Parameters:
        ///   - reason: What the parser expected or found.
        ///   - index: The scalar index to point at.
        /// - Returns: The error, ready to throw.
        func error(_ reason: String, at index: Int? = nil) -> ParseError {
            ParseError(subject, input: source, column: (index ?? position) + 1, reason: reason)
        }

        /// Describes what is at the current position, for messages: `found 'x'` or `found the end`.
        var found: String {
            guard let scalar = scalar(at: position) else { return "found the end" }
            return "found " + ParseError.quote(String(scalar))
        }

        // MARK: - Single characters and runs

        /// Reads `character` if it is next.
        /// - Parameter character: The scalar to read.
        /// - Returns: Whether it was there.
        mutating func consume(_ character: Unicode.Scalar) -> Bool {
            guard scalar(at: position) == character else { return false }
            position += 1
            return true
        }

        /// Whether `character` is next.
        func peek(_ character: Unicode.Scalar) -> Bool {
            scalar(at: position) == character
        }

        /// Skips `[ \t]+`.
        /// - Returns: Whether any whitespace was skipped.
        @discardableResult
        mutating func consumeWhitespace() -> Bool {
            let start = position
            while let next = scalar(at: position), next == " " || next == "\t" { position += 1 }
            return position > start
        }

        /// The end of `URL = [^ \t]+` from the current position, or `nil` when it matches nothing.
        func matchURL() -> Int? {
            var end = position
            while let next = scalar(at: end), next != " ", next != "\t" { end += 1 }
            return end > position ? end : nil
        }

        /// The end of `IDENTIFIER = \b[a-zA-Z0-9][a-zA-Z0-9._-]*\b`, backtracking like Python's `re`.
        func matchIdentifier() -> Int? {
            guard let first = scalar(at: position), Self.isASCIIAlphanumeric(first), isBoundary(at: position)
            else { return nil }
            var end = position + 1
            while let next = scalar(at: end),
                Self.isASCIIAlphanumeric(next) || next == "." || next == "_" || next == "-"
            {
                end += 1
            }
            while end > position {
                if isBoundary(at: end) { return end }
                end -= 1
            }
            return nil
        }

        // MARK: - Words

        /// Matches `\b<word>\b` at the current position.
        /// - Parameter word: An ASCII word such as `in` or `and`.
        /// - Returns: The position after the word, or `nil` when it is not there as a whole word.
        func matchWord(_ word: String) -> Int? {
            guard isBoundary(at: position), let end = matchLiteral(word, at: position), isBoundary(at: end) else {
                return nil
            }
            return end
        }

        /// Matches `literal` at `index`, case-sensitively.
        ///
        /// A `.` in `literal` also matches `_`, which is how the variable patterns spell `[._]`.
        /// - Parameters:
        ///   - literal: The text to find.
        ///   - index: Where it must start.
        /// - Returns: The index after it, or `nil` when it is not written there.
        func matchLiteral(_ literal: String, at index: Int) -> Int? {
            var cursor = index
            for expected in literal.unicodeScalars {
                guard let actual = scalar(at: cursor) else { return nil }
                if expected == "." {
                    guard actual == "." || actual == "_" else { return nil }
                } else if actual != expected {
                    return nil
                }
                cursor += 1
            }
            return cursor
        }

        /// Whether Python's `\b` holds between `index - 1` and `index`.
        func isBoundary(at index: Int) -> Bool {
            let before = scalar(at: index - 1).map(Self.isWordCharacter) ?? false
            let after = scalar(at: index).map(Self.isWordCharacter) ?? false
            return before != after
        }

        /// Python's `\w` for `str` patterns: letters (Lu, Ll, Lt, Lm, Lo), numerics, and `_`.
        static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
            if scalar.isASCII { return isASCIIAlphanumeric(scalar) || scalar == "_" }
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
            default: return scalar.properties.numericType != nil
            }
        }

        /// `[a-zA-Z0-9]`.
        static func isASCIIAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9": true
            default: false
            }
        }
    }
}
