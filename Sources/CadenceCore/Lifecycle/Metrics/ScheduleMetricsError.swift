/// A request for schedule metrics that cannot be answered, named for a person.
///
/// ```
/// invalid metrics window 2030…2020: the first year must not be after the last
/// ```
public enum ScheduleMetricsError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A window whose first year is after its last; carries both.
    case emptyWindow(from: Int, to: Int)

    /// The message for people.
    public var description: String {
        switch self {
        case .emptyWindow(let from, let to):
            return "invalid metrics window \(from)…\(to): the first year must not be after the last"
        }
    }
}
