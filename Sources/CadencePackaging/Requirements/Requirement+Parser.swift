extension Requirement {
    /// What the requirement grammar yields before the specifier set is built.
    struct Parsed {
        /// The project name as written.
        var name: String
        /// Extra names as written, in order, possibly repeated.
        var extras: [String] = []
        /// The specifier tokens joined by commas without whitespace (`>=1.0,<2`).
        var specifier = ""
        /// Where the version specifier starts (scalar index), for errors from the specifier set.
        var specifierStart = 0
        /// The URL after `@`, or `nil`.
        var url: String?
        /// The marker after `;`, or `nil`.
        var marker: Marker.Expression?
    }

    /// The recursive-descent requirement grammar of `packaging._parser`.
    ///
    ///
    /// ```
    /// requirement         = WS? IDENTIFIER WS? extras WS? requirement_details END
    /// extras              = ('[' WS? (IDENTIFIER (WS? ',' WS? IDENTIFIER)*)? WS? ']')?
    /// requirement_details = '@' WS? URL (WS (';' marker WS?)?)?
    ///                     | specifier WS? (';' marker WS?)?
    /// specifier           = '(' WS? version_many WS? ')' | WS? version_many WS?
    /// version_many        = (SPECIFIER (WS? ',' WS? SPECIFIER)*)?
    /// ```
    struct Parser {
        /// The token stream, shared with the marker grammar.
        var tokenizer: Marker.Tokenizer

        /// Creates a parser for `text`, reporting errors as `.requirement`.
        init(_ text: String) {
            tokenizer = Marker.Tokenizer(text, subject: .requirement)
        }

        /// Parses the whole requirement.
        /// - Returns: Its parts, with the specifier still as text.
        /// - Throws: ``ParseError`` with subject `.requirement` at the first token that does not fit.
        mutating func parse() throws -> Parsed {
            tokenizer.consumeWhitespace()
            guard let nameEnd = tokenizer.matchIdentifier() else {
                throw tokenizer.error("expected a package name at the start of the requirement, \(tokenizer.found)")
            }
            var parsed = Parsed(name: take(upTo: nameEnd))
            tokenizer.consumeWhitespace()
            parsed.extras = try parseExtras()
            tokenizer.consumeWhitespace()
            try parseDetails(into: &parsed)
            guard tokenizer.isAtEnd else {
                throw tokenizer.error("expected the end of the requirement, \(tokenizer.found)")
            }
            return parsed
        }

        /// `extras`: the bracketed list of extra names, if there is one.
        private mutating func parseExtras() throws -> [String] {
            guard tokenizer.peek("[") else { return [] }
            let open = tokenizer.position
            tokenizer.position += 1
            tokenizer.consumeWhitespace()
            var extras: [String] = []
            if let end = tokenizer.matchIdentifier() {
                extras.append(take(upTo: end))
                while true {
                    tokenizer.consumeWhitespace()
                    if tokenizer.matchIdentifier() != nil {
                        throw tokenizer.error("expected a comma between extra names")
                    }
                    guard tokenizer.consume(",") else { break }
                    tokenizer.consumeWhitespace()
                    guard let end = tokenizer.matchIdentifier() else {
                        throw tokenizer.error("expected an extra name after the comma, \(tokenizer.found)")
                    }
                    extras.append(take(upTo: end))
                }
            }
            tokenizer.consumeWhitespace()
            guard tokenizer.consume("]") else {
                throw tokenizer.error("expected ']' to close the '[' at column \(open + 1), \(tokenizer.found)")
            }
            return extras
        }

        /// `requirement_details`: a URL or a version specifier, then an optional marker.
        private mutating func parseDetails(into parsed: inout Parsed) throws {
            if tokenizer.consume("@") {
                tokenizer.consumeWhitespace()
                guard let urlEnd = tokenizer.matchURL() else { throw tokenizer.error("expected a URL after '@'") }
                parsed.url = take(upTo: urlEnd)
                if tokenizer.isAtEnd { return }
                guard tokenizer.consumeWhitespace() else { throw tokenizer.error("expected whitespace after the URL") }
                if tokenizer.isAtEnd { return }
                let hint =
                    parsed.url?.unicodeScalars.last == ";" ? " (the ';' touching the URL is part of the URL)" : ""
                parsed.marker = try parseMarker(expected: "';' (after the URL and whitespace)", hint: hint)
                return
            }
            parsed.specifierStart = tokenizer.position
            parsed.specifier = try parseSpecifier()
            tokenizer.consumeWhitespace()
            if tokenizer.isAtEnd { return }
            parsed.marker = try parseMarker(
                expected: parsed.specifier.isEmpty
                    ? "';' (after the name with no version specifier)"
                    : "',' (within the version specifier), ';' (after the version specifier)"
            )
        }

        /// `';' marker WS?`.
        private mutating func parseMarker(expected: String, hint: String = "") throws -> Marker.Expression {
            guard tokenizer.consume(";") else {
                throw tokenizer.error("expected \(expected) or the end, \(tokenizer.found)\(hint)")
            }
            var markerParser = Marker.Parser(tokenizer)
            let expression = try markerParser.parseMarker()
            tokenizer = markerParser.tokenizer
            tokenizer.consumeWhitespace()
            return expression
        }

        /// `specifier`: `version_many`, optionally in parentheses.
        private mutating func parseSpecifier() throws -> String {
            let open = tokenizer.peek("(") ? tokenizer.position : nil
            if open != nil { tokenizer.position += 1 }
            tokenizer.consumeWhitespace()
            let specifier = try parseVersionMany()
            tokenizer.consumeWhitespace()
            if let open, !tokenizer.consume(")") {
                throw tokenizer.error(
                    "expected ')' to close the '(' at column \(open + 1) after the version specifier, \(tokenizer.found)"
                )
            }
            return specifier
        }

        /// `version_many`: comma-separated `SPECIFIER` tokens, rejecting `.*` and `+local` where they cannot go.
        private mutating func parseVersionMany() throws -> String {
            var specifiers = ""
            while let end = tokenizer.matchSpecifier() {
                specifiers += take(upTo: end)
                if tokenizer.hasPrefixTrail {
                    throw tokenizer.error(".* suffix can only be used with `==` or `!=` operators")
                }
                if tokenizer.hasLocalLabelTrail {
                    throw tokenizer.error("local version label can only be used with `==` or `!=` operators")
                }
                tokenizer.consumeWhitespace()
                guard tokenizer.consume(",") else { break }
                specifiers += ","
                tokenizer.consumeWhitespace()
            }
            return specifiers
        }

        /// The text from the current position to `end`, which becomes the new position.
        private mutating func take(upTo end: Int) -> String {
            var text = String.UnicodeScalarView()
            text.append(contentsOf: tokenizer.scalars[tokenizer.position..<end])
            tokenizer.position = end
            return String(text)
        }
    }
}
