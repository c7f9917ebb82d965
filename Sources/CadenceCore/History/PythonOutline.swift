/// Which function and class each line of a Python file belongs to, read from indentation.
///
/// A light reading, not a parser: it follows brackets, strings (triple-quoted ones included), comments
/// and backslash continuations, so that only the first line of a logical line opens or closes a block.
/// - A `def`/`async def`/`class` line opens a scope; a later logical line indented no deeper closes it.
/// - Decorator lines (`@…`) belong to the function or class they decorate.
/// - Continuation lines and lines inside strings belong to the scope of the logical line they continue.
/// - Comment lines belong to the innermost open scope they are indented into (a comment at the
///   indentation of a `def` is outside that function).
/// - Blank lines belong to nothing: removing one never changes a test.
public struct PythonOutline: Sendable {
    /// An open block: a function or a class.
    public struct Scope: Hashable, Sendable {
        /// Whether the block is a class.
        public var isClass: Bool
        /// The function's or class's name.
        public var name: String
        /// The indentation of its `def` or `class` line.
        public var indent: Int
        /// The line (1-based) of its `def` or `class` keyword.
        public var line: Int
    }

    /// For each line (index 0 is line 1), the chain of scopes it lies in, outermost first; `nil` for blank lines.
    public let chains: [[Scope]?]

    /// Reads a file's text.
    /// - Parameter text: The file's contents.
    public init(_ text: String) {
        var text = text
        self = text.withUTF8 { PythonOutline(utf8: $0) }
    }

    /// Reads a file's UTF-8 bytes (the work is done on bytes: every character the outline looks at is ASCII,
    /// and no byte of a multi-byte character is).
    private init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        var chains: [[Scope]?] = []
        var stack: [Scope] = []
        var state = LineState()
        var pendingDecorators: [Int] = []
        var start = 0
        var offset = 0
        // Lines end at `\n` (a final `\r` dropped); text after the last line end, even none, is a line,
        // as `HistoryText.lines` reads it.
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != Byte.newline { end += 1 }
            var lineEnd = end
            if lineEnd > start, bytes[lineEnd - 1] == Byte.carriageReturn { lineEnd -= 1 }
            let line = UnsafeBufferPointer(rebasing: bytes[start..<lineEnd])
            defer {
                start = end + 1
                offset += 1
            }
            let number = offset + 1
            let continues = state.continues
            state.scan(line)
            let indentEnd = line.firstIndex { $0 != Byte.space && $0 != Byte.tab && $0 != Byte.formFeed } ?? line.count
            if continues {
                chains.append(pendingDecorators.isEmpty ? stack : nil)
                if !pendingDecorators.isEmpty { pendingDecorators.append(offset) }
                continue
            }
            if indentEnd == line.count {
                chains.append(nil)
                continue
            }
            let indent = PythonOutline.indentation(of: line)
            let first = line[indentEnd]
            if first == Byte.hash {
                chains.append(Array(stack.prefix { $0.indent < indent }))
                continue
            }
            while let last = stack.last, last.indent >= indent { stack.removeLast() }
            if first == Byte.at {
                pendingDecorators.append(offset)
                chains.append(nil)
                continue
            }
            if let (isClass, name) = PythonOutline.definition(UnsafeBufferPointer(rebasing: line[indentEnd...])) {
                stack.append(Scope(isClass: isClass, name: name, indent: indent, line: number))
            }
            for decorator in pendingDecorators { chains[decorator] = stack }
            pendingDecorators = []
            chains.append(stack)
        }
        for decorator in pendingDecorators { chains[decorator] = stack }
        self.chains = chains
    }

    /// The test a line belongs to: the outermost function of its chain if it is defined directly in a
    /// module or class (not nested in another function) and its name starts with `test`, as unittest
    /// finds tests; with the classes around it.
    /// - Parameter line: A 1-based line number.
    /// - Returns: The test's scope and its dotted class names (`nil` at module level), or `nil`.
    public func test(at line: Int) -> (function: Scope, testCase: String?)? {
        guard line >= 1, line <= chains.count, let chain = chains[line - 1],
            let index = chain.firstIndex(where: { !$0.isClass })
        else { return nil }
        let function = chain[index]
        guard function.name.hasPrefix("test") else { return nil }
        let classes = chain[..<index].map(\.name)
        return (function, classes.isEmpty ? nil : classes.joined(separator: "."))
    }

    /// The indentation width of a line (a tab moves to the next multiple of 8, as Python reads it).
    static func indentation(of line: Substring) -> Int {
        var width = 0
        for character in line {
            if character == " " {
                width += 1
            } else if character == "\t" {
                width = (width / 8 + 1) * 8
            } else if character != "\u{0C}" {
                break
            }
        }
        return width
    }

    /// The indentation width of a line's bytes (as ``indentation(of:)-(Substring)``).
    static func indentation(of line: UnsafeBufferPointer<UInt8>) -> Int {
        var width = 0
        for byte in line {
            if byte == Byte.space {
                width += 1
            } else if byte == Byte.tab {
                width = (width / 8 + 1) * 8
            } else if byte != Byte.formFeed {
                break
            }
        }
        return width
    }

    /// `def name`, `async def name` or `class name` at the start of a stripped line's bytes.
    static func definition(_ stripped: UnsafeBufferPointer<UInt8>) -> (isClass: Bool, name: String)? {
        // Only lines opening with a keyword's first letter can define anything: decide on bytes, then
        // read the few that do as text.
        guard let first = stripped.first,
            first == UInt8(ascii: "d") || first == UInt8(ascii: "c") || first == UInt8(ascii: "a")
        else { return nil }
        return definition(Substring(String(decoding: stripped, as: UTF8.self)))
    }

    /// `def name`, `async def name` or `class name` at the start of a stripped line.
    static func definition(_ stripped: Substring) -> (isClass: Bool, name: String)? {
        var rest = stripped
        if let after = HistoryText.dropping(prefix: "async", from: rest), after.first == " " || after.first == "\t" {
            rest = after.drop { $0 == " " || $0 == "\t" }
        }
        for (keyword, isClass) in [("def", false), ("class", true)] {
            guard rest.hasPrefix(keyword) else { continue }
            let after = rest.dropFirst(keyword.count)
            guard after.first == " " || after.first == "\t" else { continue }
            let name = after.drop { $0 == " " || $0 == "\t" }.prefix { $0 == "_" || $0.isLetter || $0.isNumber }
            if !name.isEmpty { return (isClass, String(name)) }
        }
        return nil
    }

    /// What carries over from one physical line to the next: open brackets, an open string, a backslash.
    struct LineState {
        var depth = 0
        var openString: (quote: UInt8, triple: Bool)?
        var backslash = false

        /// Whether the next line continues a logical line.
        var continues: Bool { depth > 0 || openString != nil || backslash }

        /// Follows one physical line's bytes.
        mutating func scan(_ line: UnsafeBufferPointer<UInt8>) {
            backslash = false
            var index = 0
            func isTriple(_ quote: UInt8) -> Bool {
                index + 2 < line.count && line[index + 1] == quote && line[index + 2] == quote
            }
            while index < line.count {
                let byte = line[index]
                if let open = openString {
                    if byte == Byte.backslash {
                        index += 1
                        if index == line.count { backslash = !open.triple }
                        if index < line.count { index += 1 }
                        continue
                    }
                    if byte == open.quote {
                        if !open.triple {
                            openString = nil
                        } else if isTriple(open.quote) {
                            openString = nil
                            index += 2
                        }
                    }
                    index += 1
                    continue
                }
                switch byte {
                case Byte.hash:
                    return
                case Byte.doubleQuote, Byte.singleQuote:
                    let triple = isTriple(byte)
                    openString = (byte, triple)
                    if triple { index += 2 }
                case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
                    depth += 1
                case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
                    depth = max(0, depth - 1)
                case Byte.backslash:
                    if index + 1 == line.count { backslash = true }
                default:
                    break
                }
                index += 1
            }
            if let open = openString, !open.triple, !backslash {
                openString = nil  // an unterminated one-line string ends with its line
            }
        }
    }

    /// The bytes the outline looks at.
    enum Byte {
        static let newline = UInt8(ascii: "\n")
        static let carriageReturn = UInt8(ascii: "\r")
        static let space = UInt8(ascii: " ")
        static let tab = UInt8(ascii: "\t")
        static let formFeed: UInt8 = 0x0C
        static let hash = UInt8(ascii: "#")
        static let at = UInt8(ascii: "@")
        static let backslash = UInt8(ascii: "\\")
        static let doubleQuote = UInt8(ascii: "\"")
        static let singleQuote = UInt8(ascii: "'")
    }
}
