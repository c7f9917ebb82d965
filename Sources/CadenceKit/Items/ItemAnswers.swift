/// A command's answers, in the order to print them, and whether they end in failure.
///
/// ```swift
/// let answers = VersionAnswer.normalizing([InputItem(text: "1.0c1"), InputItem(text: "nope")])
/// answers.answers.map(\.text)  // ["1.0rc1", "invalid version 'nope': unexpected 'n' at column 1"]
/// answers.isNegative           // true: an item is invalid
/// ```
public struct ItemAnswers<Answer: ItemAnswer>: Sendable {
    /// The answers, one per line.
    public let answers: [Answer]
    /// Whether the batch ends in failure (the CLI's exit code 1): an invalid item, a negative answer
    /// (a version not contained, a marker that is false) or, for `spec filter`, no version let through.
    public let isNegative: Bool

    /// Answers that fail when one of them is negative.
    /// - Parameter answers: The answers, in order.
    public init(_ answers: [Answer]) {
        self.init(answers, isNegative: answers.contains { $0.isNegative })
    }

    /// Answers with a verdict of their own.
    /// - Parameters:
    ///   - answers: The answers, in order.
    ///   - isNegative: Whether the batch ends in failure.
    public init(_ answers: [Answer], isNegative: Bool) {
        self.answers = answers
        self.isNegative = isNegative
    }
}
