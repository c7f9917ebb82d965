/// An item's answer, or why it has none.
///
/// Encoded as the answer's object or as the ``InvalidItem``'s, so every item gets one line.
public enum ItemResult<Answer: ItemAnswer>: ItemAnswer {
    /// The item's answer.
    case answered(Answer)
    /// The item could not be answered.
    case invalid(InvalidItem)

    /// Writes the answer or the invalid item.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .answered(let answer): try answer.encode(to: encoder)
        case .invalid(let invalid): try invalid.encode(to: encoder)
        }
    }

    /// The answer's line, or the error's.
    public var text: String {
        switch self {
        case .answered(let answer): answer.text
        case .invalid(let invalid): invalid.text
        }
    }

    /// Whether the item could not be answered.
    public var isError: Bool {
        switch self {
        case .answered(let answer): answer.isError
        case .invalid: true
        }
    }

    /// Whether the item is invalid or its answer negative.
    public var isNegative: Bool {
        switch self {
        case .answered(let answer): answer.isNegative
        case .invalid: true
        }
    }

    /// The answer, or `nil` for an invalid item.
    public var answer: Answer? {
        if case .answered(let answer) = self { return answer }
        return nil
    }
}
