/// A release series X.Y: its milestones, its releases and what the project says about it.
///
/// The phase on a date is computed from the milestones and releases (``phase(on:)``); the status a
/// data file declares is kept only to report where it disagrees.
public struct ReleaseSeries: Hashable, Sendable {
    /// The series, such as `3.9`.
    public var name: SeriesName
    /// Its key dates.
    public var milestones: SeriesMilestones
    /// Its releases, shipped and planned, in date order.
    public var releases: [Release]
    /// The PEP that holds its release schedule, such as 596.
    public var pep: Int?
    /// The git branch the series lives on (`3.9`, or `main` while in development).
    public var branch: String?
    /// Who manages its releases.
    public var releaseManager: String?
    /// The status the data file declares (`bugfix`, `prerelease` …); not trusted, see ``phase(on:)``.
    public var declaredStatus: String?

    /// Creates a series; `releases` are kept in date order.
    public init(
        name: SeriesName,
        milestones: SeriesMilestones,
        releases: [Release] = [],
        pep: Int? = nil,
        branch: String? = nil,
        releaseManager: String? = nil,
        declaredStatus: String? = nil
    ) {
        self.name = name
        self.milestones = milestones
        self.releases = releases.sortedByDate()
        self.pep = pep
        self.branch = branch
        self.releaseManager = releaseManager
        self.declaredStatus = declaredStatus
    }

    /// The latest release dated on or before `date`, if any.
    ///
    /// It may still be `planned` when the data has not caught up with a release day that has passed;
    /// callers show that (``Release/isOverdue(on:)``).
    public func latestRelease(on date: CalendarDate) -> Release? {
        releases.last { $0.date.day <= date && $0.kind != .closed }
    }

    /// The first release dated after `date`.
    public func nextRelease(after date: CalendarDate) -> Release? {
        releases.first { $0.date.day > date && $0.kind != .closed }
    }
}

extension Array where Element == Release {
    /// The releases ordered by date; releases on the same date keep their order.
    func sortedByDate() -> [Release] {
        enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
    }
}
