/// Why a marker could not be evaluated against an environment.
///
/// These are `packaging`'s `UndefinedComparison` and `UndefinedEnvironmentName`:
///
/// ```
/// undefined comparison 'os_name ~= "1.0"': '~=' compares versions, and os_name ('posix') is not a version variable
/// ```
public enum MarkerEvaluationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The operator has no meaning for these values, e.g. `~=` on `os_name`, or `~=` with a right side that is
    /// not a version. `comparison` is the marker's text for it, `reason` says why, with the values involved.
    case undefinedComparison(comparison: String, reason: String)
    /// The marker reads an entry the environment does not define, e.g. `extras` outside a lock file.
    case undefinedEnvironmentName(String)

    /// The message for people, naming the comparison or the missing entry.
    public var description: String {
        switch self {
        case .undefinedComparison(let comparison, let reason):
            "undefined comparison \(ParseError.quote(comparison)): \(reason)"
        case .undefinedEnvironmentName(let name):
            "undefined environment name \(ParseError.quote(name)): the environment does not define it"
        }
    }
}
