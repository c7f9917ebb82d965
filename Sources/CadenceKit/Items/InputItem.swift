/// One item a command answers for: its text and where it came from (a line of standard input or an argument).
///
/// ```swift
/// let item = InputItem(text: "1.0c1", line: 3)  // the third line of standard input
/// ```
public struct InputItem: Hashable, Sendable {
    /// The item's text, without the line break.
    public var text: String
    /// The 1-based line number when read from standard input, `nil` for an argument.
    public var line: Int?

    /// An item.
    /// - Parameters:
    ///   - text: The item's text, without the line break.
    ///   - line: The 1-based line number when read from standard input, `nil` for an argument.
    public init(text: String, line: Int? = nil) {
        self.text = text
        self.line = line
    }

    /// Writes the item as `input` and, for a line of standard input, `line`; an argument has no `line` key.
    func encode<Key: CodingKey>(into container: inout KeyedEncodingContainer<Key>, input: Key, line: Key) throws {
        try container.encode(text, forKey: input)
        if let number = self.line { try container.encode(number, forKey: line) }
    }
}
