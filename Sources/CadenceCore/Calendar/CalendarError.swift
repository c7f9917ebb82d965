import CadencePackaging

/// A date or month that could not be read, with the text and the reason.
///
/// ```
/// invalid date '2026-02-30': February 2026 has 28 days
/// ```
public struct CalendarError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The text exactly as it was given.
    public let input: String
    /// What is wrong with it.
    public let reason: String

    /// Creates an error for `input`.
    public init(input: String, reason: String) {
        self.input = input
        self.reason = reason
    }

    /// The message for people: `invalid date '2026-02-30': February 2026 has 28 days`.
    public var description: String { "invalid date \(ParseError.quote(input)): \(reason)" }
}
