/// Where the structs and unions of a C header are, read from braces.
///
/// A light reading, not a parser: comments, string and character literals and preprocessor lines are
/// skipped; a `{` at file level (outside any braces and `extern "C"` blocks) whose declaration mentions
/// `struct` or `union` opens a struct that ends at its matching `}`. Its name is the tag after the
/// keyword (`struct _ts {`) or, for an anonymous one, the typedef name after the `}` (`} PyConfig;`).
/// Nested structs count as part of the outer one.
public struct CHeaderOutline: Sendable {
    /// One struct or union: its name and its lines (1-based, from the keyword to the closing brace).
    public struct Block: Hashable, Sendable {
        /// The tag or typedef name (`_ts`, `PyConfig`); empty when it has neither.
        public var name: String
        /// Its lines, from the declaration to the closing brace.
        public var lines: ClosedRange<Int>
    }

    /// The blocks, in order.
    public let blocks: [Block]

    /// Reads a header's text.
    /// - Parameter text: The header's contents.
    public init(_ text: String) {
        var blocks: [Block] = []
        var depth = 0
        var externDepth = 0  // braces of `extern "C" {` that do not count as nesting
        var declaration = ""
        var declarationLine = 1
        var open: (name: String, line: Int, depth: Int)?
        var afterClose: (name: String, line: Int, closeLine: Int)?
        var inComment = false
        for (offset, line) in HistoryText.lines(text).enumerated() {
            let number = offset + 1
            if !inComment, line.drop(while: { $0 == " " || $0 == "\t" }).first == "#" { continue }
            var previous: Character = "\n"
            var quote: Character?
            var index = line.startIndex
            while index < line.endIndex {
                let character = line[index]
                defer {
                    previous = character
                    index = line.index(after: index)
                }
                if inComment {
                    if previous == "*", character == "/" { inComment = false }
                    continue
                }
                if let open = quote {
                    if character == open, previous != "\\" { quote = nil }
                    continue
                }
                if previous == "/", character == "*" {
                    inComment = true
                    declaration.removeLast()
                    continue
                }
                if previous == "/", character == "/" {
                    declaration.removeLast()
                    break
                }
                switch character {
                case "\"", "'":
                    quote = character
                case "{":
                    if depth == 0, declaration.contains("extern") {
                        externDepth += 1
                    } else {
                        if depth == 0, open == nil, let name = CHeaderOutline.aggregateTag(declaration) {
                            open = (name, declarationLine, depth)
                        }
                        depth += 1
                    }
                    declaration = ""
                case "}":
                    if depth == 0 {
                        externDepth = max(0, externDepth - 1)
                    } else {
                        depth -= 1
                        if let current = open, current.depth == depth {
                            afterClose = (current.name, current.line, number)
                            open = nil
                        }
                    }
                    declaration = ""
                case ";":
                    if let closed = afterClose {
                        let alias = CHeaderOutline.lastIdentifier(declaration)
                        let name = closed.name.isEmpty ? alias : closed.name
                        blocks.append(Block(name: name, lines: closed.line...closed.closeLine))
                        afterClose = nil
                    }
                    declaration = ""
                default:
                    if declaration.allSatisfy(HistoryText.isSpace) { declarationLine = number }
                    declaration.append(character)
                }
            }
            declaration.append(" ")
        }
        if let closed = afterClose {
            blocks.append(Block(name: closed.name, lines: closed.line...closed.closeLine))
        }
        self.blocks = blocks
    }

    /// The names of the blocks that contain any of the lines, in the blocks' order.
    public func structs(containing lines: [Int]) -> [String] {
        blocks.filter { block in lines.contains { block.lines.contains($0) } }.map(\.name)
    }

    /// The tag of a declaration that opens a struct or union (`""` for an anonymous one); `nil` for others.
    static func aggregateTag(_ declaration: String) -> String? {
        let words = declaration.split { !($0 == "_" || $0.isLetter || $0.isNumber) }
        guard let keyword = words.lastIndex(where: { $0 == "struct" || $0 == "union" }) else { return nil }
        guard !declaration.contains("("), !declaration.contains("=") else { return nil }
        return keyword + 1 < words.count ? String(words[keyword + 1]) : ""
    }

    /// The last identifier of a text (`PyConfig` in ` PyConfig`).
    static func lastIdentifier(_ text: String) -> String {
        text.split { !($0 == "_" || $0.isLetter || $0.isNumber) }.last.map(String.init) ?? ""
    }
}
