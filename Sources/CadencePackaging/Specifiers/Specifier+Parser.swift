extension Specifier {
    /// Parses a specifier such as `>=3.9`, `== 2.1.*` or `===foobar`, accepting what packaging 26.2 accepts.
    ///
    /// Surrounding whitespace and whitespace after the operator are allowed; the version may be
    /// spelled in any form `Version` accepts. `.*` is allowed only after `==`/`!=` on a plain
    /// release, local labels only after `==`/`!=`, and `~=` needs two release numbers.
    ///
    /// ```swift
    /// try Specifier(" >= 3.9 ").description  // ">=3.9"
    /// try Specifier(">=1.0-beta!")  // invalid specifier '>=1.0-beta!': unexpected '!' at column 11
    /// ```
    /// - Parameters:
    ///   - text: The specifier text.
    ///   - prereleases: `true` or `false` to decide pre-release matching; `nil` to let the specifier decide.
    /// - Throws: ``ParseError`` with subject `.specifier`, naming the input and the column of the problem.
    public init(_ text: String, prereleases: Bool? = nil) throws {
        switch Specifier.parse(Substring(text), prereleases: prereleases) {
        case .success(let specifier):
            self = specifier
        case .failure(let failure):
            throw ParseError(.specifier, input: text, utf8Offset: failure.offset, reason: failure.reason)
        }
    }

    /// Where and why a specifier failed to parse: a UTF-8 offset into the text that was parsed.
    struct Failure: Error {
        /// The UTF-8 offset of the problem from the start of the parsed text.
        var offset: Int
        /// A short description such as `unexpected '!'`.
        var reason: String
    }

    /// Parses `text`, reporting failures as offsets into `text` so a specifier set can relocate them.
    /// - Parameters:
    ///   - text: The specifier, possibly a slice of a longer specifier set.
    ///   - prereleases: The explicit pre-release choice.
    /// - Returns: The specifier, or where and why it is invalid.
    static func parse(_ text: Substring, prereleases: Bool?) -> Result<Specifier, Failure> {
        let trimmed = PythonText.strip(text)
        guard let (op, operatorEnd) = leadingOperator(of: trimmed) else {
            let reason = "expected an operator (~=, ==, !=, <=, >=, <, >, ===)"
            return .failure(Failure(offset: offset(of: trimmed.startIndex, in: text), reason: reason))
        }
        let versionText = PythonText.strip(trimmed[operatorEnd...])
        let comparison: Result<SpecifierComparison, Failure>
        if op == .arbitrary {
            comparison = arbitraryComparison(versionText, in: text)
        } else if versionText.hasSuffix(".*") {
            comparison = prefixComparison(op, versionText, in: text)
        } else {
            comparison = versionComparison(op, versionText, in: text)
        }
        return comparison.map { Specifier(operator: op, comparison: $0, prereleases: prereleases) }
    }

    /// `===text`: any text without whitespace, `;` or `)`.
    private static func arbitraryComparison(
        _ versionText: Substring,
        in text: Substring
    ) -> Result<SpecifierComparison, Failure> {
        let forbidden = versionText.unicodeScalars.firstIndex { PythonText.isSpace($0) || $0 == ";" || $0 == ")" }
        if let forbidden { return .failure(unexpected(forbidden, in: text)) }
        let version = String(versionText)
        return .success(SpecifierComparison(.arbitrary, text: version, target: try? Version(version)))
    }

    /// `==V.*` / `!=V.*`: `V` is an optional epoch and release numbers only.
    private static func prefixComparison(
        _ op: Operator,
        _ versionText: Substring,
        in text: Substring
    ) -> Result<SpecifierComparison, Failure> {
        let star = versionText.index(before: versionText.endIndex)
        guard op == .equal || op == .notEqual else {
            return .failure(
                Failure(offset: offset(of: star, in: text), reason: "'.*' is only allowed after '==' or '!='")
            )
        }
        if let whitespace = versionText.unicodeScalars.firstIndex(where: PythonText.isSpace) {
            return .failure(unexpected(whitespace, in: text))
        }
        let base = versionText[..<versionText.index(before: star)]
        if let bad = firstNonReleaseIndex(in: base) {
            let failure = unexpected(bad, in: text)
            return .failure(
                Failure(
                    offset: failure.offset,
                    reason: failure.reason + " (only an epoch and release numbers may precede '.*')"
                )
            )
        }
        return parseVersion(base, in: text).map { parsed in
            SpecifierComparison(
                op == .equal ? .equalPrefix : .notEqualPrefix,
                text: String(versionText),
                target: parsed
            )
        }
    }

    /// Every other operator: a full version; local labels only after `==`/`!=`; `~=` needs two numbers.
    private static func versionComparison(
        _ op: Operator,
        _ versionText: Substring,
        in text: Substring
    ) -> Result<SpecifierComparison, Failure> {
        guard !versionText.isEmpty else {
            let reason = "expected a version after '\(op.rawValue)'"
            return .failure(Failure(offset: offset(of: versionText.startIndex, in: text), reason: reason))
        }
        if let whitespace = versionText.unicodeScalars.firstIndex(where: PythonText.isSpace) {
            return .failure(unexpected(whitespace, in: text))
        }
        let parsed: Version
        switch parseVersion(versionText, in: text) {
        case .success(let version): parsed = version
        case .failure(let failure): return .failure(failure)
        }
        if parsed.local != nil, op != .equal, op != .notEqual, let plus = versionText.firstIndex(of: "+") {
            let reason = "a local version label is not allowed after '\(op.rawValue)'"
            return .failure(Failure(offset: offset(of: plus, in: text), reason: reason))
        }
        if op == .compatible, parsed.release.count < 2 {
            let reason = "'~=' needs a version with at least two release numbers"
            return .failure(Failure(offset: offset(of: versionText.startIndex, in: text), reason: reason))
        }
        return .success(SpecifierComparison(kind(of: op), text: String(versionText), target: parsed))
    }

    /// The comparison an operator makes on a version without `.*`.
    private static func kind(of op: Operator) -> SpecifierComparison.Kind {
        switch op {
        case .compatible: .compatible
        case .equal: .equal
        case .notEqual: .notEqual
        case .lessThanOrEqual: .lessThanOrEqual
        case .greaterThanOrEqual: .greaterThanOrEqual
        case .lessThan: .lessThan
        case .greaterThan: .greaterThan
        case .arbitrary: .arbitrary
        }
    }

    /// The operator `text` starts with (longest first, as packaging splits it) and where it ends.
    private static func leadingOperator(of text: Substring) -> (Operator, Substring.Index)? {
        for op in [
            Operator.arbitrary, .compatible, .equal, .notEqual, .lessThanOrEqual, .greaterThanOrEqual, .lessThan,
            .greaterThan,
        ]
        where text.utf8.starts(with: op.rawValue.utf8) {
            return (op, text.utf8.index(text.startIndex, offsetBy: op.rawValue.utf8.count))
        }
        return nil
    }

    /// Checks `v? ([0-9]+ !)? [0-9]+ (. [0-9]+)*`, the only form allowed before `.*`.
    /// - Returns: The first character outside that form, or `nil` when all of `text` fits it.
    private static func firstNonReleaseIndex(in text: Substring) -> Substring.Index? {
        let utf8 = text.utf8
        var index = utf8.startIndex
        func isDigit(_ index: Substring.UTF8View.Index) -> Bool {
            index < utf8.endIndex && utf8[index] &- UInt8(ascii: "0") < 10
        }
        func skipDigits() -> Bool {
            guard isDigit(index) else { return false }
            while isDigit(index) { index = utf8.index(after: index) }
            return true
        }
        if index < utf8.endIndex, utf8[index] | 0x20 == UInt8(ascii: "v") { index = utf8.index(after: index) }
        guard skipDigits() else { return index }
        if index < utf8.endIndex, utf8[index] == UInt8(ascii: "!") {
            index = utf8.index(after: index)
            guard skipDigits() else { return index }
        }
        while index < utf8.endIndex, utf8[index] == UInt8(ascii: "."), isDigit(utf8.index(after: index)) {
            index = utf8.index(after: index)
            _ = skipDigits()
        }
        return index < utf8.endIndex ? index : nil
    }

    /// Parses the version `slice` of `text`, reporting a failure as a UTF-8 offset into `text`.
    private static func parseVersion(_ slice: Substring, in text: Substring) -> Result<Version, Failure> {
        var string = String(slice)
        let result = string.withUTF8 { bytes in Version.Parser.parse(bytes) }
        switch result {
        case .success(let version):
            return .success(version)
        case .failure(let failure):
            let start = offset(of: slice.startIndex, in: text)
            return .failure(Failure(offset: start + failure.offset, reason: failure.reason(in: string)))
        }
    }

    /// The UTF-8 offset of `index` from the start of `text`.
    private static func offset(of index: Substring.Index, in text: Substring) -> Int {
        text.utf8.distance(from: text.startIndex, to: index)
    }

    /// An `unexpected 'x'` failure for the character at `index` of `text`.
    private static func unexpected(_ index: Substring.Index, in text: Substring) -> Failure {
        let offset = offset(of: index, in: text)
        return Failure(offset: offset, reason: ParseError.unexpected(in: String(text), at: offset))
    }
}
