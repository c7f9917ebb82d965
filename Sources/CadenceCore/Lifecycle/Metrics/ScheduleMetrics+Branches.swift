extension ScheduleMetrics {
    /// Whether a series in `phase` counts as maintained.
    ///
    /// A maintained series has a branch of its own that still takes changes: beta, rc,
    /// feature-releases, bugfix or security. Development on main (feature, alpha) and end-of-life do
    /// not count.
    /// - Parameter phase: A series' phase on a day.
    /// - Returns: `true` for the maintained phases.
    public static func isMaintained(_ phase: Phase) -> Bool {
        switch phase {
        case .feature, .alpha, .endOfLife: return false
        case .beta, .rc, .featureReleases, .bugfix, .security: return true
        }
    }

    /// The series of `schedule` maintained on `day` (see ``isMaintained(_:)``), in schedule order.
    /// - Parameters:
    ///   - day: The day.
    ///   - schedule: The schedule.
    /// - Returns: The names of the maintained series.
    public static func maintainedSeries(on day: CalendarDate, in schedule: Schedule) -> [SeriesName] {
        schedule.series.filter { isMaintained($0.phase(on: day)) }.map(\.name)
    }

    /// The kind of branch a fix can be merged into, for the fix-wait metrics.
    enum FixBranch {
        /// Bug fixes: phase bugfix, or PEP 598's feature releases (CPython's status `bugfix`).
        case bugfix
        /// Security fixes only.
        case security

        /// The branch kind of a series in `phase`, or `nil` when it is neither.
        init?(_ phase: Phase) {
            switch phase {
            case .bugfix, .featureReleases: self = .bugfix
            case .security: self = .security
            default: return nil
            }
        }
    }

    /// Days a fix merged into `series` on `day` waits for the series' next release (dated `day` or
    /// later, any kind but `closed`).
    /// - Parameters:
    ///   - day: The merge day.
    ///   - series: The branch's series.
    /// - Returns: The days, or `nil` when no later release of the series is known.
    public static func fixWait(mergedOn day: CalendarDate, into series: ReleaseSeries) -> Int? {
        guard let release = series.releases.first(where: { $0.date.day >= day && $0.kind != .closed }) else {
            return nil
        }
        return day.days(until: release.date.day)
    }
}
