/// A TOML document as a list of tables, each with its entries and line numbers.
///
/// Cadence reads the subset of TOML that release data and project files are written in:
/// `[table."key"]` headers, `[[array."key"]]` headers, and `key = value` lines whose value is a basic
/// or literal string, an integer, a boolean, a local date (`2024-10-07`) or an array of those written
/// on one line (`tests = ["Lib/test/", "Lib/idlelib/idle_test/"]`); comments anywhere. Anything else
/// (inline tables, nested or multi-line arrays, multi-line strings, times) is rejected with an error
/// naming the line, never misread.
public struct TOMLDocument: Sendable, Hashable {
    /// A value: a scalar, or an array of scalars.
    public enum Value: Sendable, Hashable, CustomStringConvertible {
        /// A string.
        case string(String)
        /// An integer.
        case integer(Int)
        /// `true` or `false`.
        case boolean(Bool)
        /// A local date.
        case date(CalendarDate)
        /// An array of scalars, written on one line: `["Doc/", "Misc/"]`.
        case array([Value])

        /// The value as TOML writes it.
        public var description: String {
            switch self {
            case .string(let text): return TOMLDocument.quoted(text)
            case .integer(let number): return String(number)
            case .boolean(let flag): return flag ? "true" : "false"
            case .date(let date): return date.description
            case .array(let values): return "[" + values.map(\.description).joined(separator: ", ") + "]"
            }
        }

        /// The name of the value's type, for messages: `a string`, `a date`.
        public var typeName: String {
            switch self {
            case .string: return "a string"
            case .integer: return "an integer"
            case .boolean: return "a boolean"
            case .date: return "a date"
            case .array: return "an array"
            }
        }
    }

    /// One `key = value` line.
    public struct Entry: Sendable, Hashable {
        /// The key.
        public var key: String
        /// The value.
        public var value: Value
        /// The 1-based line it is on.
        public var line: Int

        /// Creates an entry.
        public init(key: String, value: Value, line: Int) {
            self.key = key
            self.value = value
            self.line = line
        }
    }

    /// A table: its header path and entries in file order.
    public struct Table: Sendable, Hashable {
        /// The header's keys: `["release", "3.9"]` for `[[release."3.9"]]`.
        public var path: [String]
        /// Whether the header is an array-of-tables header (`[[…]]`).
        public var isArrayElement: Bool
        /// The 1-based line of the header (0 for entries before any header).
        public var line: Int
        /// The entries in file order.
        public var entries: [Entry]

        /// Creates a table.
        public init(path: [String], isArrayElement: Bool, line: Int, entries: [Entry] = []) {
            self.path = path
            self.isArrayElement = isArrayElement
            self.line = line
            self.entries = entries
        }

        /// The entry for `key`, if present.
        public subscript(key: String) -> Entry? { entries.first { $0.key == key } }
    }

    /// The tables in file order; entries before the first header form a table with an empty path.
    public var tables: [Table]

    /// Creates a document from tables.
    public init(tables: [Table]) { self.tables = tables }

    /// The document as TOML text: one header per table, a blank line between tables.
    public var text: String {
        var out = ""
        for table in tables {
            if !table.path.isEmpty {
                if !out.isEmpty { out += "\n" }
                let header = table.path.map(TOMLDocument.key).joined(separator: ".")
                out += table.isArrayElement ? "[[\(header)]]\n" : "[\(header)]\n"
            }
            for entry in table.entries {
                out += "\(TOMLDocument.key(entry.key)) = \(entry.value)\n"
            }
        }
        return out
    }

    /// A key as TOML writes it: bare when it can be, quoted otherwise.
    static func key(_ text: String) -> String {
        let bare = !text.isEmpty && text.unicodeScalars.allSatisfy(TOMLDocument.isBareKeyScalar)
        return bare ? text : quoted(text)
    }

    static func isBareKeyScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "A"..."Z", "a"..."z", "0"..."9", "_", "-": return true
        default: return false
        }
    }

    /// A basic string with TOML's escapes.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
