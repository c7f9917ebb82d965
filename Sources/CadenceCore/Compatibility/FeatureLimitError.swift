import CadencePackaging

/// A running version or a requested feature limit that PEP 598's `--feature-limit` cannot take.
///
/// The message names what was expected, quotes the input and, when there is one place to point at,
/// gives a 1-based column:
///
/// ```
/// invalid feature limit '3.9.x': unexpected 'x' at column 5
/// invalid running version '3.9.3.post1': expected a CPython version X.Y.Z such as 3.9.3, optionally with aN, bN or rcN
/// ```
public struct FeatureLimitError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Which input was rejected.
    public enum Subject: String, Sendable, Hashable {
        /// The version of the running interpreter, such as `3.9.3`.
        case runningVersion = "running version"
        /// The requested limit, such as `3.9.1` (`--feature-limit`, `PYTHONFEATURELIMIT`).
        case featureLimit = "feature limit"
    }

    /// Which input was rejected.
    public let subject: Subject
    /// The input, exactly as given.
    public let input: String
    /// The 1-based column (in Unicode scalars) of the problem, or `nil` when the whole input is at fault.
    public let column: Int?
    /// What is wrong, such as `unexpected 'x'`.
    public let reason: String

    /// Creates an error.
    /// - Parameters:
    ///   - subject: Which input was rejected.
    ///   - input: The rejected input, exactly as given.
    ///   - column: The 1-based column of the problem, or `nil`.
    ///   - reason: What is wrong with it.
    public init(_ subject: Subject, input: String, column: Int? = nil, reason: String) {
        self.subject = subject
        self.input = input
        self.column = column
        self.reason = reason
    }

    /// The message for people: `invalid feature limit '3.9.x': unexpected 'x' at column 5`.
    public var description: String {
        ParseError.message(subject: subject.rawValue, input: input, column: column, reason: reason)
    }
}
