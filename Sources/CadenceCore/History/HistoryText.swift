/// Small text helpers shared by the history parsers (Foundation-free, ASCII-minded).
enum HistoryText {
    /// Whether a character is a space, tab, carriage return or newline.
    static func isSpace(_ character: Character) -> Bool {
        character == " " || character == "\t" || character == "\r" || character == "\n"
    }

    /// The text without leading and trailing whitespace.
    static func trimmed<S: StringProtocol>(_ text: S) -> String {
        guard let start = text.firstIndex(where: { !isSpace($0) }),
            let end = text.lastIndex(where: { !isSpace($0) })
        else {
            return ""
        }
        return String(text[start...end])
    }

    /// Whether a character is an ASCII hexadecimal digit.
    static func isHex(_ character: Character) -> Bool {
        character.isASCII && character.isHexDigit
    }

    /// The leading run of ASCII digits as a number, and what follows it.
    static func leadingNumber(_ text: Substring) -> (Int, Substring)? {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 18, let number = Int(digits) else { return nil }
        return (number, text[digits.endIndex...])
    }

    /// The text with a case-insensitive ASCII `prefix` removed, or `nil` when it does not start with it
    /// (or when the prefix would end inside a character, as before a combining accent).
    static func dropping(prefix: String, from text: Substring) -> Substring? {
        let bytes = text.utf8
        var index = bytes.startIndex
        for expected in prefix.utf8 {
            guard index < bytes.endIndex, asciiLowercased(bytes[index]) == asciiLowercased(expected) else {
                return nil
            }
            index = bytes.index(after: index)
        }
        guard let boundary = String.Index(index, within: text) else { return nil }
        return text[boundary...]
    }

    /// Whether `text` contains the ASCII `needle`, ignoring ASCII case (a fast test before slower reading).
    static func containsASCII(_ needle: String, in text: String) -> Bool {
        let pattern = Array(needle.utf8).map(asciiLowercased)
        guard let first = pattern.first else { return true }
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= pattern.count else { return false }
            var start = 0
            while start + pattern.count <= bytes.count {
                if asciiLowercased(bytes[start]) == first {
                    var offset = 1
                    while offset < pattern.count, asciiLowercased(bytes[start + offset]) == pattern[offset] {
                        offset += 1
                    }
                    if offset == pattern.count { return true }
                }
                start += 1
            }
            return false
        }
    }

    /// An ASCII capital letter's lowercase; any other byte as it is.
    static func asciiLowercased(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// The lines of a text, split at `\n` scalars (Swift reads `\r\n` as one character, so a plain
    /// `split(separator: "\n")` would miss Windows line ends), each without a final `\r`.
    static func lines<S: StringProtocol>(_ text: S) -> [Substring] {
        // Work on the UTF-8 bytes of one String and slice it: no line is copied or rebuilt.
        let string = String(text)
        let bytes = string.utf8
        var lines: [Substring] = []
        var start = bytes.startIndex
        func add(_ end: String.Index) {
            var last = end
            if last > start, bytes[bytes.index(before: last)] == UInt8(ascii: "\r") { last = bytes.index(before: last) }
            lines.append(string[start..<last])
        }
        var index = start
        while index < bytes.endIndex {
            if bytes[index] == UInt8(ascii: "\n") {
                add(index)
                start = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        add(bytes.endIndex)
        return lines
    }
}
