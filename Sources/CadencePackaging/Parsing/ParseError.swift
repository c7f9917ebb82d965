/// An input that one of Cadence's parsers rejected, with the place it went wrong.
///
/// The message names what was being parsed, quotes the input and gives a 1-based column,
/// so a person can find the mistake without reading the grammar:
///
/// ```
/// invalid version '1.0-beta!': unexpected '!' at column 9
/// ```
public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of text the parser expected.
    public enum Subject: String, Sendable, Hashable {
        /// A PEP 440 version such as `3.9.0a5`.
        case version
        /// A single PEP 440 specifier such as `>=3.9`.
        case specifier
        /// A comma-separated specifier set such as `>=3.9,<4`.
        case specifierSet = "specifier set"
        /// A PEP 508 environment marker such as `python_version < "3.10"`.
        case marker
        /// A PEP 508 requirement such as `requests[socks]>=2.0; os_name == "nt"`.
        case requirement
        /// A wheel tag such as `cp39-cp39-manylinux_2_17_x86_64`.
        case tag
        /// A wheel or source distribution file name.
        case filename
        /// A project name such as `Foo.Bar`.
        case name
    }

    /// What kind of text the parser expected.
    public let subject: Subject
    /// The text exactly as it was given.
    public let input: String
    /// The 1-based column (in Unicode scalars) where parsing failed, when there is one place to point at.
    public let column: Int?
    /// What went wrong, such as `unexpected '!'`.
    public let reason: String

    /// Creates an error for `input`, pointing at a 1-based `column`.
    /// - Parameters:
    ///   - subject: What kind of text the parser expected.
    ///   - input: The rejected text, exactly as given.
    ///   - column: The 1-based column of the problem, or `nil` when the whole input is at fault.
    ///   - reason: A short description of the problem, e.g. `unexpected '!'`.
    public init(_ subject: Subject, input: String, column: Int?, reason: String) {
        self.subject = subject
        self.input = input
        self.column = column
        self.reason = reason
    }

    /// The message for people: `invalid version '1.0-beta!': unexpected '!' at column 9`.
    public var description: String {
        ParseError.message(subject: subject.rawValue, input: input, column: column, reason: reason)
    }

    /// Quotes `text` in single quotes, escaping control characters so the message stays on one line.
    package static func quote(_ text: String) -> String {
        var out = "'"
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "'": out += "\\'"
            case "\\": out += "\\\\"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\u{" + String(scalar.value, radix: 16) + "}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "'"
    }
}

extension ParseError {
    /// Creates an error at the UTF-8 `offset` of `input`, converting it to a 1-based scalar column.
    /// - Parameters:
    ///   - subject: What kind of text the parser expected.
    ///   - input: The rejected text.
    ///   - offset: The UTF-8 byte offset of the problem.
    ///   - reason: A short description of the problem.
    init(_ subject: Subject, input: String, utf8Offset offset: Int, reason: String) {
        var column = 1
        var consumed = 0
        for scalar in input.unicodeScalars {
            if consumed >= offset { break }
            consumed += UTF8.width(scalar)
            column += 1
        }
        self.init(subject, input: input, column: column, reason: reason)
    }

    /// Describes the character at UTF-8 `offset` of `input` as `unexpected 'x'`, or the end of input.
    /// - Parameters:
    ///   - input: The text being parsed.
    ///   - offset: The UTF-8 byte offset of the offending character.
    /// - Returns: `unexpected 'x'` or `unexpected end of input`.
    static func unexpected(in input: String, at offset: Int) -> String {
        let utf8 = input.utf8
        guard offset < utf8.count, let index = utf8.index(utf8.startIndex, offsetBy: offset, limitedBy: utf8.endIndex),
            let scalarIndex = index.samePosition(in: input.unicodeScalars)
        else { return "unexpected end of input" }
        let scalar = input.unicodeScalars[scalarIndex]
        return "unexpected " + quote(String(scalar))
    }
}
