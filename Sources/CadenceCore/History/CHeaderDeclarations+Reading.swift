/// Reading a header's text into statements and directives, on its UTF-8 bytes (headers are long; only
/// the statements become strings).
extension CHeaderDeclarations {
    /// The statements (normalised, ``normalised(_:)-swift.type.method``) and the preprocessor directives
    /// (continuation lines joined) of a header, its comments dropped.
    static func read(_ text: String) -> (statements: [String], directives: [String]) {
        let (code, directives) = split(strippingComments(Array(text.utf8)))
        return (statements(code), directives.map { String(decoding: $0, as: UTF8.self) })
    }

    private static let slash = UInt8(ascii: "/")
    private static let star = UInt8(ascii: "*")
    private static let newline = UInt8(ascii: "\n")
    private static let backslash = UInt8(ascii: "\\")
    private static let doubleQuote = UInt8(ascii: "\"")
    private static let singleQuote = UInt8(ascii: "\'")

    /// The text without its `/* … */` and `// …` comments.
    ///
    /// Each comment becomes a space and its line ends stay; string and character literals are kept.
    static func strippingComments(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        var quote: UInt8?
        while index < bytes.count {
            let byte = bytes[index]
            if let open = quote {
                result.append(byte)
                if byte == backslash, index + 1 < bytes.count {
                    result.append(bytes[index + 1])
                    index += 2
                    continue
                }
                if byte == open || byte == newline { quote = nil }
                index += 1
                continue
            }
            if byte == slash, index + 1 < bytes.count, bytes[index + 1] == star {
                index += 2
                while index < bytes.count,
                    !(bytes[index] == star && index + 1 < bytes.count && bytes[index + 1] == slash)
                {
                    if bytes[index] == newline { result.append(newline) }
                    index += 1
                }
                index += 2
                result.append(UInt8(ascii: " "))
                continue
            }
            if byte == slash, index + 1 < bytes.count, bytes[index + 1] == slash {
                while index < bytes.count, bytes[index] != newline { index += 1 }
                continue
            }
            if byte == doubleQuote || byte == singleQuote { quote = byte }
            result.append(byte)
            index += 1
        }
        return result
    }

    /// The code lines joined, and the preprocessor directives (continuation lines joined) apart.
    static func split(_ bytes: [UInt8]) -> (code: [UInt8], directives: [[UInt8]]) {
        var code: [UInt8] = []
        code.reserveCapacity(bytes.count)
        var directives: [[UInt8]] = []
        var pending: [UInt8]?
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != newline { end += 1 }
            var last = end
            if last > start, bytes[last - 1] == UInt8(ascii: "\r") { last -= 1 }
            let continued = last > start && bytes[last - 1] == backslash
            let content = bytes[start..<(continued ? last - 1 : last)]
            if var directive = pending {
                directive.append(UInt8(ascii: " "))
                directive += content
                if continued {
                    pending = directive
                } else {
                    directives.append(directive)
                    pending = nil
                }
            } else if content.first(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) == UInt8(ascii: "#")
            {
                if continued { pending = Array(content) } else { directives.append(Array(content)) }
            } else {
                code += content
                code.append(newline)
            }
            start = end + 1
        }
        if let pending { directives.append(pending) }
        return (code, directives)
    }

    /// The top-level statements of code without comments or directives.
    ///
    /// A statement is the text up to a `;` outside braces, or up to the `}` that closes a function's
    /// body. `extern "C" {` blocks are read through.
    static func statements(_ code: [UInt8]) -> [String] {
        var statements: [String] = []
        var current: [UInt8] = []
        var depth = 0
        var bodyIsFunction = false
        for byte in code {
            switch byte {
            case UInt8(ascii: "{"):
                if depth == 0, contains(current, "extern"), contains(current, "\"C\"") {
                    current.removeAll(keepingCapacity: true)
                    continue
                }
                if depth == 0 {
                    bodyIsFunction = current.contains(UInt8(ascii: "(")) && !current.contains(UInt8(ascii: "="))
                }
                depth += 1
                current.append(byte)
            case UInt8(ascii: "}"):
                if depth == 0 {
                    current.removeAll(keepingCapacity: true)  // the end of an extern "C" block
                    continue
                }
                depth -= 1
                current.append(byte)
                if depth == 0, bodyIsFunction {
                    statements.append(normalised(current))
                    current.removeAll(keepingCapacity: true)
                }
            case UInt8(ascii: ";") where depth == 0:
                statements.append(normalised(current))
                current.removeAll(keepingCapacity: true)
            default:
                current.append(byte)
            }
        }
        return statements.filter { !$0.isEmpty }
    }

    /// Whether `bytes` holds `needle`.
    private static func contains(_ bytes: [UInt8], _ needle: String) -> Bool {
        let needle = Array(needle.utf8)
        guard let first = needle.first, bytes.count >= needle.count else { return false }
        for index in 0...(bytes.count - needle.count) where bytes[index] == first {
            if bytes[index..<index + needle.count].elementsEqual(needle) { return true }
        }
        return false
    }

    /// Spaces and line ends collapsed to one space, trimmed; no space around `*`, `(`, `)`, `,`, `[`
    /// and `]` (`PyObject *x` and `PyObject* x` read the same).
    static func normalised(_ text: String) -> String {
        normalised(Array(text.utf8))
    }

    /// ``normalised(_:)-swift.type.method`` on bytes.
    static func normalised(_ bytes: [UInt8]) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var pendingSpace = false
        for byte in bytes {
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                pendingSpace = !result.isEmpty
            case UInt8(ascii: "*"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: ","), UInt8(ascii: "["),
                UInt8(ascii: "]"):
                pendingSpace = false
                result.append(byte)
            default:
                if pendingSpace, let last = result.last, !isTight(last) { result.append(UInt8(ascii: " ")) }
                pendingSpace = false
                result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Whether no space follows this byte in a normalised text: `*`, `(`, `,`, `[`.
    private static func isTight(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "*") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "[")
    }
}
