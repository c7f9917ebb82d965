/// Python string rules that the parsers need beyond whitespace: case, words, lines, ordering.
extension PythonText {
    /// `text.lower()` as Python computes it: full Unicode lowercase mappings, with the
    /// context-dependent final sigma (`'ΑΣ'.lower() == 'ας'`) that Swift's `lowercased()` lacks.
    /// - Parameter text: The text to lowercase.
    /// - Returns: The lowercased text.
    static func lower(_ text: String) -> String {
        // Fast path: plain ASCII lowercase text needs no work.
        if text.utf8.allSatisfy({ $0 < 0x80 && !($0 >= 0x41 && $0 <= 0x5A) }) { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            if scalar == "\u{03A3}" {
                result.append(isFinalSigma(at: index, in: scalars) ? "\u{03C2}" : "\u{03C3}")
            } else if scalar.isASCII {
                let value = scalar.value
                result.append((value >= 0x41 && value <= 0x5A) ? Unicode.Scalar(UInt8(value + 0x20)) : scalar)
            } else {
                result.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(result)
    }

    /// CPython's `handle_capital_sigma`: a capital sigma after a cased letter (skipping
    /// case-ignorable characters) and not before one lowercases to the final form `ς`.
    private static func isFinalSigma(at index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        var before = index - 1
        while before >= 0 && scalars[before].properties.isCaseIgnorable { before -= 1 }
        guard before >= 0, scalars[before].properties.isCased else { return false }
        var after = index + 1
        while after < scalars.count && scalars[after].properties.isCaseIgnorable { after += 1 }
        return after == scalars.count || !scalars[after].properties.isCased
    }

    /// Python's `str.split(separator)`: the pieces between occurrences of `separator`, empty ones included.
    ///
    /// Pieces are slices of `text`, split on Unicode scalars, not characters,
    /// so a combining mark after the separator does not hide it.
    /// - Parameters:
    ///   - text: The text to split.
    ///   - separator: The separator character.
    /// - Returns: At least one piece.
    static func split(_ text: Substring, separator: Unicode.Scalar) -> [Substring] {
        text.unicodeScalars.split(separator: separator, omittingEmptySubsequences: false).map { Substring($0) }
    }

    /// Python's `str.splitlines()`: the lines of `text` without their line breaks, which are
    /// `\n`, `\r`, `\r\n`, `\v`, `\f`, `\x1c`–`\x1e`, `\x85`, U+2028 and U+2029.
    /// - Parameter text: The text to split.
    /// - Returns: The lines; no trailing empty line for text that ends with a line break.
    static func lines(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var index = start
        while index < scalars.endIndex {
            switch scalars[index].value {
            case 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029:
                lines.append(Substring(scalars[start..<index]))
                let next = scalars.index(after: index)
                if scalars[index] == "\r", next < scalars.endIndex, scalars[next] == "\n" {
                    index = scalars.index(after: next)
                } else {
                    index = next
                }
                start = index
            default:
                index = scalars.index(after: index)
            }
        }
        if start < scalars.endIndex { lines.append(Substring(scalars[start...])) }
        return lines
    }

    /// Whether `text` starts with `prefix`, compared scalar by scalar (Python's `str.startswith`).
    /// - Parameters:
    ///   - text: The text to test.
    ///   - prefix: The prefix.
    /// - Returns: `true` when the scalars of `text` begin with those of `prefix`.
    static func startsWith(_ text: some StringProtocol, _ prefix: String) -> Bool {
        text.unicodeScalars.starts(with: prefix.unicodeScalars)
    }

    /// Whether `text` ends with `suffix`, compared scalar by scalar (Python's `str.endswith`).
    /// - Parameters:
    ///   - text: The text to test.
    ///   - suffix: The suffix.
    /// - Returns: `true` when the scalars of `text` end with those of `suffix`.
    static func endsWith(_ text: some StringProtocol, _ suffix: String) -> Bool {
        text.unicodeScalars.reversed().starts(with: suffix.unicodeScalars.reversed())
    }

    /// Whether `lhs` sorts before `rhs` in Python, which compares strings code point by code point.
    /// - Parameters:
    ///   - lhs: A string.
    ///   - rhs: Another string.
    /// - Returns: `true` when `lhs < rhs` in Python.
    static func precedes<S: StringProtocol>(_ lhs: S, _ rhs: S) -> Bool {
        lhs.unicodeScalars.lexicographicallyPrecedes(rhs.unicodeScalars)
    }

    /// Whether `scalar` is matched by `\w` in a Python `str` pattern: a letter, any character
    /// with a numeric value, or `_`.
    /// - Parameter scalar: The character to test.
    /// - Returns: `true` for word characters.
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "_" { return true }
        return isLetter(scalar) || scalar.properties.numericType != nil
    }

    /// Whether `scalar` is matched by `\d` in a Python `str` pattern (Unicode category Nd).
    /// - Parameter scalar: The character to test.
    /// - Returns: `true` for decimal digits of any script.
    static func isDecimalDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .decimalNumber
    }

    /// Python's `str.isidentifier()`: an XID_Start character or `_`, then XID_Continue characters.
    /// - Parameter text: The text to test.
    /// - Returns: `true` when `text` is a non-empty identifier.
    static func isIdentifier(_ text: Substring) -> Bool {
        guard let first = text.unicodeScalars.first, first == "_" || first.properties.isXIDStart else { return false }
        return text.unicodeScalars.dropFirst().allSatisfy { $0.properties.isXIDContinue }
    }

    /// Python's `str.isalpha()` for one character: Unicode categories Lu, Ll, Lt, Lm and Lo.
    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }
}
