import CadenceCore

/// The series a chart or calendar shows when none are named: every series alive in the last few years or
/// planned.
public enum RecentSeries {
    /// How many years after its end of life a series is still shown.
    public static let years = 3

    /// The series of `history` whose end of life falls in ``years`` before `date`'s year or later (Python 2
    /// and later only); all of them when none do.
    public static func series(of history: ReleaseHistory, on date: CalendarDate) -> [ReleaseSeries] {
        let recent = history.series.filter {
            $0.milestones.endOfLife.day.year >= date.year - years && $0.name.major >= 2
        }
        return recent.isEmpty ? history.series : recent
    }
}
