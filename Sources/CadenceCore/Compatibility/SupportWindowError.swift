/// A support window that cannot be built, named for a person.
///
/// ```
/// invalid support window: months must be 0 or more, got -6
/// ```
public enum SupportWindowError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A negative window length or minimum count; carries the parameter's name and value.
    case negative(parameter: String, value: Int)
    /// A window length or minimum count beyond what the rule can mean; carries the limit.
    case tooLarge(parameter: String, value: Int, limit: Int)

    /// The message for people.
    public var description: String {
        switch self {
        case .negative(let parameter, let value):
            return "invalid support window: \(parameter) must be 0 or more, got \(value)"
        case .tooLarge(let parameter, let value, let limit):
            return "invalid support window: \(parameter) must be at most \(limit), got \(value)"
        }
    }
}
