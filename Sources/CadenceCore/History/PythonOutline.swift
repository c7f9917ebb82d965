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
        var chains: [[Scope]?] = []
        var stack: [Scope] = []
        var state = LineState()
        var pendingDecorators: [Int] = []
        for (offset, line) in HistoryText.lines(text).enumerated() {
            let number = offset + 1
            let continues = state.continues
            state.scan(line)
            let stripped = line.drop { $0 == " " || $0 == "\t" || $0 == "\u{0C}" }
            if continues {
                chains.append(pendingDecorators.isEmpty ? stack : nil)
                if !pendingDecorators.isEmpty { pendingDecorators.append(offset) }
                continue
            }
            if stripped.isEmpty {
                chains.append(nil)
                continue
            }
            let indent = PythonOutline.indentation(of: line)
            if stripped.first == "#" {
                chains.append(Array(stack.prefix { $0.indent < indent }))
                continue
            }
            while let last = stack.last, last.indent >= indent { stack.removeLast() }
            if stripped.first == "@" {
                pendingDecorators.append(offset)
                chains.append(nil)
                continue
            }
            if let (isClass, name) = PythonOutline.definition(stripped) {
                stack.append(Scope(isClass: isClass, name: name, indent: indent, line: number))
                for decorator in pendingDecorators { chains[decorator] = stack }
            } else {
                for decorator in pendingDecorators { chains[decorator] = stack }
            }
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
        var openString: (quote: Character, triple: Bool)?
        var backslash = false

        /// Whether the next line continues a logical line.
        var continues: Bool { depth > 0 || openString != nil || backslash }

        /// Follows one physical line.
        mutating func scan(_ line: Substring) {
            backslash = false
            var index = line.startIndex
            while index < line.endIndex {
                let character = line[index]
                if let open = openString {
                    if character == "\\" {
                        index = line.index(after: index)
                        if index == line.endIndex { backslash = !open.triple && true }
                        if index < line.endIndex { index = line.index(after: index) }
                        continue
                    }
                    if character == open.quote {
                        if !open.triple {
                            openString = nil
                        } else if line[index...].hasPrefix(String(repeating: open.quote, count: 3)) {
                            openString = nil
                            index = line.index(index, offsetBy: 2)
                        }
                    }
                    index = line.index(after: index)
                    continue
                }
                switch character {
                case "#":
                    return
                case "\"", "'":
                    let triple = line[index...].hasPrefix(String(repeating: character, count: 3))
                    openString = (character, triple)
                    if triple { index = line.index(index, offsetBy: 2) }
                case "(", "[", "{":
                    depth += 1
                case ")", "]", "}":
                    depth = max(0, depth - 1)
                case "\\":
                    if line.index(after: index) == line.endIndex { backslash = true }
                default:
                    break
                }
                index = line.index(after: index)
            }
            if let open = openString, !open.triple, !backslash {
                openString = nil  // an unterminated one-line string ends with its line
            }
        }
    }
}
