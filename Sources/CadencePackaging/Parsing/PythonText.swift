/// Text rules of Python that `packaging` inherits and Cadence must reproduce.
enum PythonText {
    /// Whether `scalar` is whitespace to Python (`str.isspace()`, and `\s` in a `str` regex).
    /// - Parameter scalar: The character to test.
    /// - Returns: `true` for ASCII spaces and controls 0x09–0x0D, 0x1C–0x1F, and Unicode spaces.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// `text` without leading and trailing Python whitespace (`str.strip()`).
    /// - Parameter text: The text to trim.
    /// - Returns: The trimmed text.
    static func strip(_ text: Substring) -> Substring {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
            let last = scalars.lastIndex(where: { !isSpace($0) })
        else { return text[text.endIndex...] }
        return Substring(scalars[first...last])
    }

    /// `text` without leading and trailing Python whitespace (`str.strip()`).
    /// - Parameter text: The text to trim.
    /// - Returns: The trimmed text.
    static func strip(_ text: String) -> String {
        String(strip(Substring(text)))
    }
}
