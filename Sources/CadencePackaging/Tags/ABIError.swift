/// An input that Cadence's ABI calculations cannot answer for, with the reason.
///
/// Like ``ParseError``, the message names what was expected, quotes the input and, when there is
/// one place to point at, gives a 1-based column:
///
/// ```
/// invalid CPython version '3': expected a release X.Y.Z such as 3.9.0 or 3.9.0b2
/// invalid stable ABI name 'Py_LIMITED_API_3_256': minor version 256 is out of range 2...255 at column 18
/// ```
public struct ABIError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of input was rejected.
    public enum Subject: String, Sendable, Hashable {
        /// A CPython version given for the pre-freeze ABI, e.g. `3.9.0b2`.
        case cpythonVersion = "CPython version"
        /// A platform tag, e.g. `win_amd64`.
        case platform
        /// An extension module suffix (`EXT_SUFFIX`), e.g. `.cpython-311-darwin.so`.
        case extensionSuffix = "extension suffix"
        /// A stable ABI macro name, e.g. `Py_LIMITED_API_3_9`.
        case stableABIName = "stable ABI name"
        /// A stable ABI version, e.g. `3.9`, or its hex value.
        case stableABIVersion = "stable ABI version"
    }

    /// What kind of input was rejected.
    public let subject: Subject
    /// The input, exactly as given (a version as its normalised text).
    public let input: String
    /// The 1-based column (in Unicode scalars) of the problem, or `nil` when the whole input is at fault.
    public let column: Int?
    /// What is wrong, such as `expected a release X.Y.Z such as 3.9.0`.
    public let reason: String

    /// Creates an error.
    /// - Parameters:
    ///   - subject: What kind of input was rejected.
    ///   - input: The rejected input.
    ///   - column: The 1-based column of the problem, or `nil`.
    ///   - reason: What is wrong with it.
    public init(_ subject: Subject, input: String, column: Int? = nil, reason: String) {
        self.subject = subject
        self.input = input
        self.column = column
        self.reason = reason
    }

    /// The message for people: `invalid CPython version '3': expected a release X.Y.Z …`.
    public var description: String {
        ParseError.message(subject: subject.rawValue, input: input, column: column, reason: reason)
    }
}
