import CadenceCore
import CadenceGit

/// `audit`: every change of a range of history judged for a target branch.
///
/// ```swift
/// let reading = HistoryReading(repository: "/src/cpython", configuration: .cpython)
/// let report = try AuditQuery(reading: reading, range: "v3.9.3..v3.9.4", target: nil, date: day,
///     releases: try ReleaseData.history()).report()
/// print(report.table)
/// ```
public struct AuditQuery: Sendable {
    /// The repository and the project's configuration.
    public var reading: HistoryReading
    /// The range, such as `v3.9.3..v3.9.4`.
    public var range: String
    /// The target series; `nil` for the one the range ends on (``TargetSeries``).
    public var target: SeriesName?
    /// The day whose phase decides the rules.
    public var date: CalendarDate
    /// The release data that gives the target's phases.
    public var releases: ReleaseHistory

    /// A request to judge `range` for `target` on `date`.
    public init(
        reading: HistoryReading,
        range: String,
        target: SeriesName?,
        date: CalendarDate,
        releases: ReleaseHistory
    ) {
        self.reading = reading
        self.range = range
        self.target = target
        self.date = date
        self.releases = releases
    }

    /// The report.
    /// - Parameter progress: Called as the history is read.
    /// - Returns: The verdict of every change, with what the clone could not show.
    /// - Throws: ``UsageError`` for a target the range or the data does not give; ``CadenceGit/GitError``
    ///   when the range cannot be read.
    public func report(progress: (HistoryProgress) -> Void = { _ in }) throws -> AuditReport {
        let series = try TargetSeries.resolve(target, range: range, in: releases)
        let read = try reading.annotated(range, progress: progress)
        // The release tags inside the range, and what already shipped, from the commits just read.
        let releases = try GitRepository(path: reading.repository, paths: reading.configuration.paths)
            .releases(in: range, commits: read.history.commits)
        let audit = BackportAudit(
            annotated: read.annotated,
            into: series,
            on: date,
            configuration: reading.configuration,
            releases: releases
        )
        return AuditReport(audit: audit, range: range, limitations: read.history.limitations)
    }
}
