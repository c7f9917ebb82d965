extension Marker {
    /// The recursive-descent marker grammar of `packaging._parser`, over a shared ``Tokenizer``.
    ///
    /// ```
    /// marker      = marker_atom (BOOLOP marker_atom)*
    /// marker_atom = WS? '(' WS? marker WS? ')' WS? | WS? marker_item WS?
    /// marker_item = WS? marker_var WS? marker_op WS? marker_var WS?
    /// marker_var  = VARIABLE | QUOTED_STRING
    /// marker_op   = IN | NOT WS IN | OP
    /// ```
    ///
    /// The requirement parser reuses ``parseMarker()`` after a `;`.
    struct Parser {
        /// The token stream, positioned at the next unread scalar.
        var tokenizer: Tokenizer
        /// How many parentheses are open around the current position.
        private var depth = 0
        /// The most parentheses that may be open at once: far beyond any real marker, and well within the
        /// stack, so a hostile input gets an error instead of exhausting the stack.
        static let maximumDepth = 500

        /// Creates a parser reading from `tokenizer`.
        init(_ tokenizer: Tokenizer) {
            self.tokenizer = tokenizer
        }

        /// Parses a whole marker and requires the end of input after it.
        /// - Returns: The expression, with extra names normalised.
        /// - Throws: ``ParseError`` at the first token that does not fit.
        mutating func parseFullMarker() throws -> Expression {
            let expression = try parseMarker()
            guard tokenizer.isAtEnd else {
                throw tokenizer.error("expected 'and', 'or' or the end of the marker, \(tokenizer.found)")
            }
            return expression
        }

        /// `marker = marker_atom (BOOLOP marker_atom)*`.
        mutating func parseMarker() throws -> Expression {
            var expression = Expression(terms: [try parseAtom()], conjunctions: [])
            while let (conjunction, end) = matchConjunction() {
                tokenizer.position = end
                expression.conjunctions.append(conjunction)
                expression.terms.append(try parseAtom())
            }
            return expression
        }

        /// `marker_atom`: a parenthesised marker or a single comparison, with the whitespace around it.
        private mutating func parseAtom() throws -> Term {
            tokenizer.consumeWhitespace()
            let term: Term
            if tokenizer.peek("(") {
                let open = tokenizer.position
                guard depth < Parser.maximumDepth else {
                    throw tokenizer.error("more than \(Parser.maximumDepth) nested parentheses", at: open)
                }
                tokenizer.position += 1
                tokenizer.consumeWhitespace()
                depth += 1
                defer { depth -= 1 }
                let inner = try parseMarker()
                tokenizer.consumeWhitespace()
                guard tokenizer.consume(")") else {
                    throw tokenizer.error(
                        "expected ')' to close the '(' at column \(open + 1), \(tokenizer.found)"
                    )
                }
                term = .group(inner)
            } else {
                term = .comparison(try parseItem())
            }
            tokenizer.consumeWhitespace()
            return term
        }

        /// `marker_item = marker_var marker_op marker_var`, normalising extra names as upstream `packaging` does.
        private mutating func parseItem() throws -> Comparison {
            tokenizer.consumeWhitespace()
            let left = try parseOperand()
            tokenizer.consumeWhitespace()
            let op = try parseOperator()
            tokenizer.consumeWhitespace()
            let right = try parseOperand()
            tokenizer.consumeWhitespace()
            return Comparison(normalizing: left, op, right)
        }

        /// `marker_var = VARIABLE | QUOTED_STRING`.
        private mutating func parseOperand() throws -> Operand {
            if let (variable, end) = matchVariable() {
                tokenizer.position = end
                return .variable(variable)
            }
            if let quote = tokenizer.scalar(at: tokenizer.position), quote == "'" || quote == "\"",
                let close = tokenizer.scalars[(tokenizer.position + 1)...].firstIndex(of: quote)
            {
                let start = tokenizer.position
                let body = tokenizer.scalars[(start + 1)..<close]
                switch PythonStringLiteral.decode(body) {
                case .success(let value):
                    tokenizer.position = close + 1
                    return .literal(value)
                case .failure(let failure):
                    throw tokenizer.error("invalid quoted string: \(failure.reason)", at: start + 1 + failure.offset)
                }
            }
            throw tokenizer.error("expected a quoted string or marker variable")
        }

        /// `marker_op = IN | NOT WS IN | OP`.
        private mutating func parseOperator() throws -> Operator {
            if let end = tokenizer.matchWord("in") {
                tokenizer.position = end
                return .in
            }
            if let end = tokenizer.matchWord("not") {
                tokenizer.position = end
                guard tokenizer.consumeWhitespace() else {
                    throw tokenizer.error("expected whitespace after 'not'")
                }
                guard let inEnd = tokenizer.matchWord("in") else {
                    throw tokenizer.error("expected 'in' after 'not'")
                }
                tokenizer.position = inEnd
                return .notIn
            }
            for op in Self.symbolOperators {
                if let end = tokenizer.matchLiteral(op.rawValue, at: tokenizer.position) {
                    tokenizer.position = end
                    return op
                }
            }
            throw tokenizer.error(
                "expected marker operator, one of <=, <, !=, ==, >=, >, ~=, ===, in, not in; \(tokenizer.found)"
            )
        }

        /// `OP = (===|==|~=|!=|<=|>=|<|>)`, in the order the regular expression tries them.
        private static let symbolOperators: [Operator] = [
            .arbitrary, .equal, .compatible, .notEqual, .lessThanOrEqual, .greaterThanOrEqual, .lessThan, .greaterThan,
        ]

        /// `BOOLOP = \b(or|and)\b`.
        private func matchConjunction() -> (Conjunction, Int)? {
            if let end = tokenizer.matchWord("or") { return (.or, end) }
            if let end = tokenizer.matchWord("and") { return (.and, end) }
            return nil
        }

        /// `VARIABLE`: the first spelling, in `packaging`'s order, followed by a word boundary.
        private func matchVariable() -> (MarkerVariable, Int)? {
            let start = tokenizer.position
            guard tokenizer.isBoundary(at: start) else { return nil }
            for (spelling, variable) in Self.variableSpellings {
                if let end = tokenizer.matchLiteral(spelling, at: start), tokenizer.isBoundary(at: end) {
                    return (variable, end)
                }
            }
            return nil
        }

        /// Every accepted spelling; a `.` stands for `[._]` as in `packaging`'s pattern.
        ///
        /// `full_python_version` is Cadence's addition: PEP 605 writes it in its `Requires-Python` example.
        private static let variableSpellings: [(String, MarkerVariable)] = [
            ("python_version", .pythonVersion),
            ("python_full_version", .pythonFullVersion),
            ("os.name", .osName),
            ("sys.platform", .sysPlatform),
            ("platform_release", .platformRelease),
            ("platform_system", .platformSystem),
            ("platform.version", .platformVersion),
            ("platform.machine", .platformMachine),
            ("platform.python_implementation", .platformPythonImplementation),
            ("python_implementation", .platformPythonImplementation),
            ("implementation_name", .implementationName),
            ("implementation_version", .implementationVersion),
            ("extras", .extras),
            ("extra", .extra),
            ("dependency_groups", .dependencyGroups),
            ("full_python_version", .pythonFullVersion),
        ]
    }
}
