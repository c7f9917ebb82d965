import CadenceCore

/// `status`: every release series' phase on a day, what shipped last and what is next.
///
/// ```swift
/// let report = StatusQuery(history: try ReleaseData.history(), date: day, today: clock.today).report()
/// print(report.table)
/// ```
public struct StatusQuery: Sendable {
    /// The release data.
    public var history: ReleaseHistory
    /// The day to evaluate.
    public var date: CalendarDate
    /// Whether series that are end-of-life on the day (and those not yet started) are listed too.
    public var includeEndOfLife: Bool
    /// Today: the data's own `status` fields are compared only when ``date`` is today (they describe
    /// the day the data was written, not another).
    public var today: CalendarDate

    /// A request for `history` on `date`.
    public init(history: ReleaseHistory, date: CalendarDate, includeEndOfLife: Bool = false, today: CalendarDate) {
        self.history = history
        self.date = date
        self.includeEndOfLife = includeEndOfLife
        self.today = today
    }

    /// The report.
    public func report() -> StatusReport {
        StatusReport(
            date: date,
            rows: history.status(on: date, includeEndOfLife: includeEndOfLife, comparingDeclaredStatus: date == today)
        )
    }
}
