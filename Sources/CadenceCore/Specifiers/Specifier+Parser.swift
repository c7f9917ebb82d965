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
        let offset = { (index: Substring.Index) in text.utf8.distance(from: text.startIndex, to: index) }
        let unexpected = { (index: Substring.Index) in
            Failure(offset: offset(index), reason: ParseError.unexpected(in: String(text), at: offset(index)))
        }

        let trimmed = PythonText.strip(text)
        guard let (op, operatorEnd) = leadingOperator(of: trimmed) else {
            return .failure(
                Failure(offset: offset(trimmed.startIndex), reason: "expected an operator (~=, ==, !=, <=, >=, <, >, ===)")
            )
        }
        let versionText = PythonText.strip(trimmed[operatorEnd...])
        let version = String(versionText)

        if op == .arbitrary {
            // `===` takes any text without whitespace, ';' or ')'.
            if let bad = versionText.unicodeScalars.firstIndex(where: { PythonText.isSpace($0) || $0 == ";" || $0 == ")" }) {
                return .failure(unexpected(bad))
            }
            let comparison = SpecifierComparison(.arbitrary, text: version, target: try? Version(version))
            return .success(Specifier(operator: op, comparison: comparison, prereleases: prereleases))
        }

        guard !versionText.isEmpty else {
            return .failure(Failure(offset: offset(versionText.startIndex), reason: "expected a version after '\(op.rawValue)'"))
        }
        if let space = versionText.unicodeScalars.firstIndex(where: PythonText.isSpace) {
            return .failure(unexpected(space))
        }

        if version.hasSuffix(".*") {
            let star = versionText.index(before: versionText.endIndex)
            guard op == .equal || op == .notEqual else {
                return .failure(Failure(offset: offset(star), reason: "'.*' is only allowed after '==' or '!='"))
            }
            let base = versionText[..<versionText.index(before: star)]
            if let bad = firstNonReleaseIndex(in: base) {
                return .failure(
                    Failure(
                        offset: offset(bad),
                        reason: ParseError.unexpected(in: String(text), at: offset(bad))
                            + " (only an epoch and release numbers may precede '.*')"
                    )
                )
            }
            let parsed: Version
            switch parseVersion(base) {
            case .success(let value): parsed = value
            case .failure(let failure): return .failure(Failure(offset: offset(base.startIndex) + failure.offset, reason: failure.reason))
            }
            let comparison = SpecifierComparison(op == .equal ? .equalPrefix : .notEqualPrefix, text: version, target: parsed)
            return .success(Specifier(operator: op, comparison: comparison, prereleases: prereleases))
        }

        let parsed: Version
        switch parseVersion(versionText) {
        case .success(let value): parsed = value
        case .failure(let failure): return .failure(Failure(offset: offset(versionText.startIndex) + failure.offset, reason: failure.reason))
        }
        if parsed.local != nil, op != .equal, op != .notEqual, let plus = versionText.firstIndex(of: "+") {
            return .failure(Failure(offset: offset(plus), reason: "a local version label is not allowed after '\(op.rawValue)'"))
        }
        if op == .compatible, parsed.release.count < 2 {
            return .failure(
                Failure(offset: offset(versionText.startIndex), reason: "'~=' needs a version with at least two release numbers")
            )
        }
        let comparison = SpecifierComparison(kind(of: op), text: version, target: parsed)
        return .success(Specifier(operator: op, comparison: comparison, prereleases: prereleases))
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
        for op in [Operator.arbitrary, .compatible, .equal, .notEqual, .lessThanOrEqual, .greaterThanOrEqual, .lessThan, .greaterThan]
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

    /// Parses a version, reporting a failure as a UTF-8 offset into `text`.
    private static func parseVersion(_ text: Substring) -> Result<Version, Failure> {
        var string = String(text)
        let result = string.withUTF8 { bytes in Version.Parser.parse(bytes) }
        switch result {
        case .success(let version):
            return .success(version)
        case .failure(let failure):
            return .failure(Failure(offset: failure.offset, reason: failure.reason(in: string)))
        }
    }
}
