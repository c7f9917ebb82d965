/// An item that could not be answered, reported the same way by every command.
///
/// Encoded as `{"input", "line", "error"}` (`line` only for standard input); for people it is the error,
/// prefixed with the line number for standard input:
/// `line 2: invalid version 'banana': unexpected 'b' at column 1`.
public struct InvalidItem: ItemAnswer {
    /// The item.
    public let item: InputItem
    /// Why it has no answer, for a person.
    public let message: String

    /// The item `item`, invalid because of `error`.
    /// - Parameters:
    ///   - item: The item.
    ///   - error: Why it has no answer; its description is the message.
    public init(_ item: InputItem, _ error: any Error) {
        self.item = item
        self.message = String(describing: error)
    }

    private enum CodingKeys: String, CodingKey {
        case input, line, error
    }

    /// Writes the input, its line and the error.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try item.encode(into: &container, input: .input, line: .line)
        try container.encode(message, forKey: .error)
    }

    /// The message, after `line N: ` for a line of standard input.
    public var text: String { item.line.map { "line \($0): \(message)" } ?? message }
    /// Always an error.
    public var isError: Bool { true }
    /// Always negative.
    public var isNegative: Bool { true }
}
