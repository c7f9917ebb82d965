import CadenceCore
import CadenceGit

/// `check`: one commit's verdict for a target branch.
///
/// ```swift
/// let report = try CheckQuery(reading: reading, commit: "HEAD", target: python312, date: day).report()
/// report.entry?.verdict.decision  // .allow
/// ```
public struct CheckQuery: Sendable {
    /// The repository and the project's configuration.
    public var reading: HistoryReading
    /// The commit.
    public var commit: String
    /// The target series.
    public var target: ReleaseSeries
    /// The day whose phase decides the rules.
    public var date: CalendarDate

    /// A request to judge `commit` for `target` on `date`.
    public init(reading: HistoryReading, commit: String, target: ReleaseSeries, date: CalendarDate) {
        self.reading = reading
        self.commit = commit
        self.target = target
        self.date = date
    }

    /// The report: an audit of the one commit, whose only entry (none for release bookkeeping or a
    /// merge) is the verdict.
    /// - Parameter progress: Called as the commit is read.
    /// - Returns: The one-commit audit.
    /// - Throws: ``CadenceGit/GitError`` when the commit cannot be read.
    public func report(progress: (HistoryProgress) -> Void = { _ in }) throws -> AuditReport {
        let read = try reading.annotated("\(commit)^!", progress: progress)
        let audit = BackportAudit(
            annotated: read.annotated,
            into: target,
            on: date,
            configuration: reading.configuration
        )
        return AuditReport(audit: audit, range: commit, limitations: read.history.limitations)
    }
}
