import CadenceCore

/// `schedule`: the releases and branch periods a release model generates, or a project's real ones.
///
/// ```swift
/// let schedule = try ScheduleQuery(source: .model(RollingPreFreezeModel(abiBreaks: [])), series: [python39])
///     .schedule()
/// print(ScheduleFormat.table.render(schedule, project: "Python", date: today, now: clock.now))
/// ```
public struct ScheduleQuery: Sendable {
    /// Where the releases come from.
    public enum Source: Sendable {
        /// A model's generated plan.
        case model(any ReleaseModel)
        /// A project's release data.
        case data(ReleaseHistory)
    }

    /// Where the releases come from.
    public var source: Source
    /// The series to show; with release data and none named, ``RecentSeries`` on ``date``.
    public var series: [SeriesName]
    /// The day the default series are chosen for.
    public var date: CalendarDate

    /// A request for `series` of `source`.
    public init(source: Source, series: [SeriesName], date: CalendarDate) {
        self.source = source
        self.series = series
        self.date = date
    }

    /// The schedule.
    /// - Throws: The model's error for a series it cannot plan, or ``CadenceCore/LifecycleError`` for a
    ///   series the data lacks.
    public func schedule() throws -> Schedule {
        switch source {
        case .model(let model):
            return try model.schedule(for: series)
        case .data(let history):
            guard !series.isEmpty else { return history.schedule(of: RecentSeries.series(of: history, on: date)) }
            return history.schedule(of: try series.map(history.series(named:)))
        }
    }
}
