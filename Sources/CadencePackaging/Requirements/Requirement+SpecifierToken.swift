extension Marker.Tokenizer {
    /// The end of the `SPECIFIER` token at the current position, or `nil`: what `packaging`'s
    /// `Specifier._specifier_regex_str` matches there, with Python's backtracking order.
    ///
    /// ```
    /// === \s* [^\s;)]*
    /// (==|!=) \s* v? (N!)? N(.N)* ( .* | pre? post? dev? local? )?
    /// ~=      \s* v? (N!)? N(.N)+ pre? post? dev?
    /// (<=|>=|<|>) \s* v? (N!)? N(.N)* pre? post? dev?
    /// ```
    /// Letters match case-insensitively in ASCII only, as upstream `packaging` does (26.2 also let `~=`
    /// fold `ı` and `ſ`; see `known_divergences.json`). Everything after the release is optional, so
    /// the first match Python finds takes each optional part greedily in turn.
    func matchSpecifier() -> Int? {
        let start = position
        if let end = matchExactly("===", at: start) {
            var index = skipSpaces(from: end)
            while let next = scalar(at: index), !PythonText.isSpace(next), next != ";", next != ")" { index += 1 }
            return index
        }
        if let end = matchExactly("==", at: start) ?? matchExactly("!=", at: start) {
            guard var index = matchRelease(from: end, needsTwoParts: false) else { return nil }
            if scalar(at: index) == ".", scalar(at: index + 1) == "*" { return index + 2 }
            index = matchPreRelease(from: index)
            index = matchPostRelease(from: index)
            index = matchDevRelease(from: index)
            return matchLocalLabel(from: index, anyCase: true) ?? index
        }
        let compatible = matchExactly("~=", at: start)
        guard
            let end = compatible ?? matchExactly("<=", at: start) ?? matchExactly(">=", at: start)
                ?? matchExactly("<", at: start) ?? matchExactly(">", at: start),
            var index = matchRelease(from: end, needsTwoParts: compatible != nil)
        else { return nil }
        index = matchPreRelease(from: index)
        index = matchPostRelease(from: index)
        return matchDevRelease(from: index)
    }

    /// `VERSION_PREFIX_TRAIL = \.\*` at the current position.
    var hasPrefixTrail: Bool {
        scalar(at: position) == "." && scalar(at: position + 1) == "*"
    }

    /// `VERSION_LOCAL_LABEL_TRAIL = \+[a-z0-9]+([-_.][a-z0-9]+)*` (lower case only) at the current position.
    var hasLocalLabelTrail: Bool {
        matchLocalLabel(from: position, anyCase: false) != nil
    }

    // MARK: - Parts of a version

    /// `\s* v? ([0-9]+!)? [0-9]+ (\.[0-9]+)*` (or `+` repetitions when `needsTwoParts`).
    private func matchRelease(from start: Int, needsTwoParts: Bool) -> Int? {
        var index = skipSpaces(from: start)
        if let next = scalar(at: index), next == "v" || next == "V" { index += 1 }
        let epochEnd = skipDigits(from: index)
        if epochEnd > index, scalar(at: epochEnd) == "!" { index = epochEnd + 1 }
        let firstEnd = skipDigits(from: index)
        guard firstEnd > index else { return nil }
        index = firstEnd
        var parts = 1
        while scalar(at: index) == ".", let next = scalar(at: index + 1), Self.isDigit(next) {
            index = skipDigits(from: index + 1)
            parts += 1
        }
        return needsTwoParts && parts < 2 ? nil : index
    }

    /// `([-_.]? (alpha|beta|preview|pre|a|b|c|rc) [-_.]? [0-9]*)?`.
    private func matchPreRelease(from index: Int) -> Int {
        let wordStart = isSeparator(at: index) ? index + 1 : index
        for word in ["alpha", "beta", "preview", "pre", "a", "b", "c", "rc"] {
            if let end = matchCaseInsensitive(word, at: wordStart) { return skipDigits(from: skipSeparator(from: end)) }
        }
        return index
    }

    /// `(-[0-9]+ | [-_.]? (post|rev|r) [-_.]? [0-9]*)?`.
    private func matchPostRelease(from index: Int) -> Int {
        if scalar(at: index) == "-", let next = scalar(at: index + 1), Self.isDigit(next) {
            return skipDigits(from: index + 1)
        }
        let wordStart = isSeparator(at: index) ? index + 1 : index
        for word in ["post", "rev", "r"] {
            if let end = matchCaseInsensitive(word, at: wordStart) { return skipDigits(from: skipSeparator(from: end)) }
        }
        return index
    }

    /// `([-_.]? dev [-_.]? [0-9]*)?`.
    private func matchDevRelease(from index: Int) -> Int {
        let wordStart = isSeparator(at: index) ? index + 1 : index
        guard let end = matchCaseInsensitive("dev", at: wordStart) else { return index }
        return skipDigits(from: skipSeparator(from: end))
    }

    /// `\+[a-z0-9]+([-_.][a-z0-9]+)*`, letters in either case when `anyCase`; `nil` when absent.
    private func matchLocalLabel(from index: Int, anyCase: Bool) -> Int? {
        func isLabel(_ scalar: Unicode.Scalar?) -> Bool {
            guard let scalar else { return false }
            switch scalar {
            case "a"..."z", "0"..."9": return true
            case "A"..."Z": return anyCase
            default: return false
            }
        }
        guard scalar(at: index) == "+", isLabel(scalar(at: index + 1)) else { return nil }
        var end = index + 1
        while isLabel(scalar(at: end)) { end += 1 }
        while isSeparator(at: end), isLabel(scalar(at: end + 1)) {
            end += 1
            while isLabel(scalar(at: end)) { end += 1 }
        }
        return end
    }

    // MARK: - Scanning helpers

    /// The end of `literal` written exactly at `index`, or `nil`.
    private func matchExactly(_ literal: String, at index: Int) -> Int? {
        var cursor = index
        for expected in literal.unicodeScalars {
            guard scalar(at: cursor) == expected else { return nil }
            cursor += 1
        }
        return cursor
    }

    /// The end of the ASCII `word` at `index`, ignoring ASCII case, or `nil`.
    private func matchCaseInsensitive(_ word: String, at index: Int) -> Int? {
        var cursor = index
        for expected in word.unicodeScalars {
            guard let actual = scalar(at: cursor), actual.isASCII,
                actual == expected
                    || (actual.value >= 0x41 && actual.value <= 0x5A && actual.value + 0x20 == expected.value)
            else { return nil }
            cursor += 1
        }
        return cursor
    }

    private func isSeparator(at index: Int) -> Bool {
        guard let next = scalar(at: index) else { return false }
        return next == "-" || next == "_" || next == "."
    }

    private func skipSeparator(from index: Int) -> Int {
        isSeparator(at: index) ? index + 1 : index
    }

    private func skipDigits(from index: Int) -> Int {
        var end = index
        while let next = scalar(at: end), Self.isDigit(next) { end += 1 }
        return end
    }

    /// Skips Python `\s*` (Unicode whitespace, as in `packaging`'s pattern outside its ASCII-only groups).
    private func skipSpaces(from index: Int) -> Int {
        var end = index
        while let next = scalar(at: end), PythonText.isSpace(next) { end += 1 }
        return end
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }
}
