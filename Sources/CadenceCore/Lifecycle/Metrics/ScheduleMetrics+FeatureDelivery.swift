extension ScheduleMetrics {
    /// The day a change merged on the development branch on `day` first reaches a stable release.
    ///
    /// The candidates are the X.Y.0 of the series in development on main (the first series, by feature
    /// freeze, whose feature freeze is after `day`) and, under PEP 598, the incremental and feature
    /// complete releases dated `day` or later of every series that is past its feature freeze but not
    /// yet feature complete on `day` — its beta, rc or feature-releases phase — to which the change can
    /// be backported once its baseline has shipped. The earliest wins.
    /// - Parameters:
    ///   - day: The merge day.
    ///   - schedule: The schedule.
    /// - Returns: The release day, or `nil` when the schedule has no release that ships the change.
    public static func featureDelivery(ofChangeMergedOn day: CalendarDate, in schedule: Schedule) -> CalendarDate? {
        var candidates: [CalendarDate] = []
        let developed = schedule.series
            .filter { $0.milestones.featureFreeze.day > day }
            .min { ($0.milestones.featureFreeze, $0.name) < ($1.milestones.featureFreeze, $1.name) }
        if let developed, developed.milestones.firstRelease.day >= day {
            candidates.append(developed.milestones.firstRelease.day)
        }
        for series in schedule.series {
            guard let complete = series.milestones.featureComplete, series.milestones.featureFreeze.day <= day,
                day < complete.day
            else { continue }
            let backport = series.releases.first {
                ($0.kind == .incremental || $0.kind == .featureComplete) && $0.date.day >= day
            }
            if let backport { candidates.append(backport.date.day) }
        }
        return candidates.min()
    }

    /// Calendar months from `start` to `end`: whole months between their months, plus the difference
    /// of their days as a fraction of `end`'s month (2020-01-01 to 2020-10-16 is 9.48…).
    ///
    /// Exact for dates on the first of a month, as the metrics' samples and month-only releases are.
    /// - Parameters:
    ///   - start: The earlier day.
    ///   - end: The later day.
    /// - Returns: The months, negative when `end` is before `start`.
    public static func months(from start: CalendarDate, to end: CalendarDate) -> Double {
        let whole = start.yearMonth.months(until: end.yearMonth)
        let days = end.day - start.day
        return Double(whole) + Double(days) / Double(CalendarDate.daysIn(year: end.year, month: end.month))
    }
}
