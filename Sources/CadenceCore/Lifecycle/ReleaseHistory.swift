/// A project's release series with their milestones and releases: its history and its plan.
///
/// CPython's is built in (`python-releases.toml`); phases are always computed from dates, never read
/// from the data's status fields.
///
/// ```swift
/// let history = try ReleaseHistory(toml: text, file: "python-releases.toml")
/// let rows = history.status(on: try CalendarDate("2026-11-22"))
/// ```
public struct ReleaseHistory: Hashable, Sendable {
    /// The series, oldest first.
    public var series: [ReleaseSeries]

    /// Creates a history; series are kept in version order.
    public init(series: [ReleaseSeries]) {
        self.series = series.sorted { $0.name < $1.name }
    }

    /// The series named `name`.
    /// - Throws: ``LifecycleError/unknownSeries(_:)`` when the history does not contain it.
    public func series(named name: SeriesName) throws -> ReleaseSeries {
        guard let found = series.first(where: { $0.name == name }) else { throw LifecycleError.unknownSeries(name) }
        return found
    }

    /// The history as a schedule (model `cpython`), for the exports.
    public var schedule: Schedule { schedule(of: series) }

    /// Some of the history's series as a schedule (model `cpython`), with their active-branch periods
    /// labelled as the seeds label them (`3.14.0 pre-beta`, `3.13.x maintenance`; security-only
    /// branches are not listed).
    public func schedule(of series: [ReleaseSeries]) -> Schedule {
        Schedule(
            model: "cpython",
            series: series,
            activeBranches: ActiveBranchPeriod.periods(of: series, label: AnnualModel.label)
        )
    }
}
