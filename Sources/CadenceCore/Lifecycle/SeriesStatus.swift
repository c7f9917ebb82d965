/// One row of `cadence status`: where a series is on a date and what comes next.
public struct SeriesStatus: Hashable, Sendable {
    /// The series.
    public var series: SeriesName
    /// Its computed phase on the date.
    public var phase: Phase
    /// The latest release dated on or before the date (possibly still `planned`, see
    /// ``Release/isOverdue(on:)``).
    public var latestRelease: Release?
    /// The next release dated after the date.
    public var nextRelease: Release?
    /// Days from the date to the end of bugfix (negative once it has passed).
    public var daysToEndOfBugfix: Int
    /// Days from the date to the end of life (negative once it has passed).
    public var daysToEndOfLife: Int
    /// The status the data declares, when it differs from the computed one (in CPython's vocabulary).
    public var staleDeclaredStatus: String?
    /// The series' release manager, if known.
    public var releaseManager: String?
    /// The series' branch, if known.
    public var branch: String?
}

extension ReleaseHistory {
    /// The status of each series on `date`, newest first.
    ///
    /// - Parameters:
    ///   - date: The day to evaluate.
    ///   - includeEndOfLife: Whether to include series that are end-of-life on `date`.
    ///   - comparingDeclaredStatus: Whether to report where the data's declared status differs from the
    ///     computed one; meaningful for today only, since the data describes the present.
    /// - Returns: One row per series that has started development by `date` (plus later series that
    ///   already have a plan), newest first.
    public func status(
        on date: CalendarDate,
        includeEndOfLife: Bool = false,
        comparingDeclaredStatus: Bool = false
    ) -> [SeriesStatus] {
        series.reversed().compactMap { series in
            let phase = series.phase(on: date)
            if phase == .endOfLife && !includeEndOfLife { return nil }
            if date < series.milestones.startOfDevelopment.day && !includeEndOfLife { return nil }
            let declared = comparingDeclaredStatus ? series.declaredStatus : nil
            return SeriesStatus(
                series: series.name,
                phase: phase,
                latestRelease: series.latestRelease(on: date),
                nextRelease: series.nextRelease(after: date),
                daysToEndOfBugfix: date.days(until: series.milestones.endOfBugfix.day),
                daysToEndOfLife: date.days(until: series.milestones.endOfLife.day),
                staleDeclaredStatus: declared.flatMap { $0 == phase.cpythonStatus ? nil : $0 },
                releaseManager: series.releaseManager,
                branch: series.branch
            )
        }
    }
}
