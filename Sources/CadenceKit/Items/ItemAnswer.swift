/// What a command answers for one item (a version, a line of standard input, a set of calls): one JSON
/// object for programs and one line for people.
///
/// A front end prints ``text`` (on standard error when ``isError``) or the answer encoded by
/// ``ResultEncoder``, one per line; ``ItemAnswers`` says whether the batch ends in failure.
public protocol ItemAnswer: Encodable, Sendable {
    /// The answer's line for people.
    var text: String { get }
    /// Whether ``text`` is an error message (standard error) rather than an answer (standard output).
    var isError: Bool { get }
    /// Whether the answer is negative: an error, a version not contained, a marker that is false.
    var isNegative: Bool { get }
}

extension ItemAnswer {
    /// An answer is an error only where it says so.
    public var isError: Bool { false }
    /// An answer is negative only where it says so.
    public var isNegative: Bool { false }
}
