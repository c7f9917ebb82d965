import CadencePackaging

extension TOMLDocument {
    /// Parses TOML text (the subset described on ``TOMLDocument``).
    ///
    /// - Parameters:
    ///   - text: The document.
    ///   - file: The file's name, used in error messages.
    /// - Throws: ``DataFileError`` naming the file, line and column of the first problem: a malformed
    ///   header or value, a key defined twice in one table, a table defined twice, or TOML this reader
    ///   does not support.
    public init(parsing text: String, file: String) throws {
        var tables = [Table(path: [], isArrayElement: false, line: 0)]
        var plainHeaders: Set<[String]> = []
        var lineNumber = 0
        // Split on scalars: as Characters, "\r\n" is one grapheme and would never match "\n".
        for rawLine in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = LineScanner(Array(rawLine), file: file, line: lineNumber)
            line.skipSpaces()
            if line.isAtEndOrComment { continue }
            if line.peek == "[" {
                let table = try line.header()
                if !table.isArrayElement {
                    guard plainHeaders.insert(table.path).inserted else {
                        throw line.error(at: 0, "table [\(table.path.joined(separator: "."))] is defined twice")
                    }
                }
                tables.append(table)
            } else {
                let entry = try line.entry()
                if let earlier = tables[tables.count - 1][entry.key] {
                    throw line.error(at: 0, "key '\(entry.key)' is already defined on line \(earlier.line)")
                }
                tables[tables.count - 1].entries.append(entry)
            }
        }
        if tables[0].entries.isEmpty { tables.removeFirst() }
        self.init(tables: tables)
    }
}

/// Reads one line of TOML.
private struct LineScanner {
    let scalars: [Unicode.Scalar]
    let file: String
    let line: Int
    var index = 0

    init(_ scalars: [Unicode.Scalar], file: String, line: Int) {
        // Tolerate Windows line endings.
        self.scalars = scalars.last == "\r" ? Array(scalars.dropLast()) : scalars
        self.file = file
        self.line = line
    }

    var peek: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }
    var isAtEndOrComment: Bool { peek == nil || peek == "#" }

    func error(at column: Int? = nil, _ reason: String) -> DataFileError {
        DataFileError(file: file, line: line, column: column.map { $0 == 0 ? 1 : $0 } ?? index + 1, reason: reason)
    }

    mutating func skipSpaces() {
        while let scalar = peek, scalar == " " || scalar == "\t" { index += 1 }
    }

    mutating func expect(_ scalar: Unicode.Scalar, _ what: String) throws {
        guard peek == scalar else { throw error(unexpectedHere(expected: what)) }
        index += 1
    }

    func unexpectedHere(expected: String) -> String {
        guard let scalar = peek else { return "expected \(expected) before the end of the line" }
        return "expected \(expected), found \(ParseError.quote(String(Character(scalar))))"
    }

    mutating func header() throws -> TOMLDocument.Table {
        index += 1
        let isArray = peek == "["
        if isArray { index += 1 }
        skipSpaces()
        let path = try keyPath()
        try expect("]", "']' to close the table header")
        if isArray { try expect("]", "']]' to close the array-of-tables header") }
        try endOfLine()
        return TOMLDocument.Table(path: path, isArrayElement: isArray, line: line)
    }

    mutating func entry() throws -> TOMLDocument.Entry {
        let path = try keyPath()
        guard path.count == 1 else { throw error(at: 1, "dotted keys are not supported in entries") }
        try expect("=", "'=' after key '\(path[0])'")
        skipSpaces()
        let value = try self.value()
        try endOfLine()
        return TOMLDocument.Entry(key: path[0], value: value, line: line)
    }

    mutating func keyPath() throws -> [String] {
        var path: [String] = []
        while true {
            skipSpaces()
            path.append(try key())
            skipSpaces()
            guard peek == "." else { return path }
            index += 1
        }
    }

    mutating func key() throws -> String {
        if peek == "\"" { return try basicString() }
        if peek == "'" { return try literalString() }
        let start = index
        while let scalar = peek, TOMLDocument.isBareKeyScalar(scalar) { index += 1 }
        guard index > start else { throw error(unexpectedHere(expected: "a key")) }
        return String(String.UnicodeScalarView(scalars[start..<index]))
    }

    mutating func endOfLine() throws {
        skipSpaces()
        guard isAtEndOrComment else { throw error(unexpectedHere(expected: "the end of the line or a comment")) }
    }

    mutating func value() throws -> TOMLDocument.Value {
        switch peek {
        case "\"":
            if scalars[index...].starts(with: "\"\"\"".unicodeScalars) {
                throw error("multi-line strings are not supported")
            }
            return .string(try basicString())
        case "'": return .string(try literalString())
        case "t", "f": return .boolean(try boolean())
        case "[": return try array()
        case "{": throw error("inline tables are not supported")
        case nil: throw error("expected a value after '='")
        default: return try numberOrDate(inArray: false)
        }
    }

    /// An array of scalars that opens and closes on this line; a trailing comma is allowed.
    mutating func array() throws -> TOMLDocument.Value {
        let open = index
        index += 1
        var values: [TOMLDocument.Value] = []
        while true {
            skipSpaces()
            if peek == "]" {
                index += 1
                return .array(values)
            }
            try element(into: &values, open: open)
            skipSpaces()
            switch peek {
            case ",": index += 1
            case "]": continue
            case nil, "#": throw unclosedArray(open: open)
            default: throw error(unexpectedHere(expected: "',' or ']' in the array"))
            }
        }
    }

    private mutating func element(into values: inout [TOMLDocument.Value], open: Int) throws {
        switch peek {
        case nil, "#": throw unclosedArray(open: open)
        case "[": throw error("nested arrays are not supported")
        case "{": throw error("inline tables are not supported")
        case "\"":
            if scalars[index...].starts(with: "\"\"\"".unicodeScalars) {
                throw error("multi-line strings are not supported")
            }
            values.append(.string(try basicString()))
        case "'": values.append(.string(try literalString()))
        case "t", "f": values.append(.boolean(try boolean()))
        case ",": throw error("expected a value before ','")
        default: values.append(try numberOrDate(inArray: true))
        }
    }

    private func unclosedArray(open: Int) -> DataFileError {
        error(at: open + 1, "array is not closed on this line (multi-line arrays are not supported)")
    }

    mutating func boolean() throws -> Bool {
        for (word, flag) in [("true", true), ("false", false)] where scalars[index...].starts(with: word.unicodeScalars)
        {
            index += word.unicodeScalars.count
            return flag
        }
        throw error("expected a value: a string, an integer, a boolean or a date")
    }

    /// A number or a date: the text up to a space, a tab or a comment, and in an array up to `,` or `]`.
    mutating func numberOrDate(inArray: Bool) throws -> TOMLDocument.Value {
        let start = index
        while let scalar = peek, scalar != " ", scalar != "\t", scalar != "#",
            !inArray || (scalar != "," && scalar != "]")
        {
            index += 1
        }
        let token = String(String.UnicodeScalarView(scalars[start..<index]))
        if token.count == 10, token.contains("-"), !token.hasPrefix("-") {
            do {
                return .date(try CalendarDate(token))
            } catch let problem as CalendarError {
                throw error(at: start + 1, "invalid date \(ParseError.quote(token)): \(problem.reason)")
            }
        }
        if token.contains("T") || token.contains(":") {
            throw error(at: start + 1, "date-times and times are not supported (\(ParseError.quote(token)))")
        }
        let digits = token.replacingUnderscoresBetweenDigits()
        if let digits, let number = Int(digits) { return .integer(number) }
        throw error(
            at: start + 1,
            "expected a value: a string, an integer, a boolean or a date, found \(ParseError.quote(token))"
        )
    }

    mutating func basicString() throws -> String {
        let open = index
        index += 1
        var out = String.UnicodeScalarView()
        while let scalar = peek {
            index += 1
            switch scalar {
            case "\"": return String(out)
            case "\\": out.append(try escape())
            default:
                if scalar.value < 0x20 && scalar != "\t" || scalar.value == 0x7F {
                    throw error(at: index, "control character in a string")
                }
                out.append(scalar)
            }
        }
        throw error(at: open + 1, "string is not closed on this line")
    }

    mutating func escape() throws -> Unicode.Scalar {
        guard let scalar = peek else { throw error("expected an escape after '\\'") }
        index += 1
        switch scalar {
        case "\"": return "\""
        case "\\": return "\\"
        case "b": return "\u{8}"
        case "f": return "\u{C}"
        case "n": return "\n"
        case "r": return "\r"
        case "t": return "\t"
        case "e": return "\u{1B}"
        case "u", "U":
            let count = scalar == "u" ? 4 : 8
            guard index + count <= scalars.count,
                let value = UInt32(String(String.UnicodeScalarView(scalars[index..<index + count])), radix: 16),
                let decoded = Unicode.Scalar(value)
            else { throw error(at: index - 1, "invalid \\\(scalar) escape") }
            index += count
            return decoded
        default:
            throw error(at: index - 1, "invalid escape '\\\(Character(scalar))'")
        }
    }

    mutating func literalString() throws -> String {
        let open = index
        index += 1
        let start = index
        while let scalar = peek {
            index += 1
            if scalar == "'" { return String(String.UnicodeScalarView(scalars[start..<index - 1])) }
        }
        throw error(at: open + 1, "string is not closed on this line")
    }
}

extension String {
    /// The text with `_` separators removed when each sits between two digits (TOML's `1_000`);
    /// `nil` when an underscore is misplaced.
    fileprivate func replacingUnderscoresBetweenDigits() -> String? {
        let characters = Array(self)
        var out = ""
        for (offset, character) in characters.enumerated() {
            if character == "_" {
                guard offset > 0, offset + 1 < characters.count, characters[offset - 1].isASCIIDigit,
                    characters[offset + 1].isASCIIDigit
                else { return nil }
                continue
            }
            out.append(character)
        }
        return out
    }
}
