/// The key dates of a release series, as CPython's release data records them.
///
/// Each phase of the series starts on one of these dates; see ``ReleaseSeries/phase(on:)``.
public struct SeriesMilestones: Hashable, Sendable {
    /// Development starts on the main branch.
    public var startOfDevelopment: ReleaseDate
    /// Beta 1: no new features after this date.
    public var featureFreeze: ReleaseDate
    /// The first release candidate of X.Y.0, when the plan fixes it; otherwise it is read from the
    /// series' releases.
    public var firstReleaseCandidate: ReleaseDate?
    /// X.Y.0 is released.
    public var firstRelease: ReleaseDate
    /// PEP 598: the feature complete release; `nil` for series without incremental feature releases.
    public var featureComplete: ReleaseDate?
    /// The last regular bugfix release; security fixes only from here.
    public var endOfBugfix: ReleaseDate
    /// The series is closed: no more releases.
    public var endOfLife: ReleaseDate

    /// Creates the milestones of a series.
    public init(
        startOfDevelopment: ReleaseDate,
        featureFreeze: ReleaseDate,
        firstReleaseCandidate: ReleaseDate? = nil,
        firstRelease: ReleaseDate,
        featureComplete: ReleaseDate? = nil,
        endOfBugfix: ReleaseDate,
        endOfLife: ReleaseDate
    ) {
        self.startOfDevelopment = startOfDevelopment
        self.featureFreeze = featureFreeze
        self.firstReleaseCandidate = firstReleaseCandidate
        self.firstRelease = firstRelease
        self.featureComplete = featureComplete
        self.endOfBugfix = endOfBugfix
        self.endOfLife = endOfLife
    }
}
