/// A release schedule: series with their milestones and releases, and when which branches are active.
///
/// Release models generate schedules; CPython's data is one too.
public struct Schedule: Hashable, Sendable {
    /// The model that generated it (`annual`, `incremental`, `rolling`), or `cpython` for real data.
    public var model: String
    /// The model's variant, such as `early-baseline`, if any.
    public var variant: String?
    /// The series, in order.
    public var series: [ReleaseSeries]
    /// Which branches are active when, in the vocabulary of `golden/` (`3.9.x feature releases`).
    public var activeBranches: [ActiveBranchPeriod]

    /// Creates a schedule.
    public init(model: String, variant: String? = nil, series: [ReleaseSeries], activeBranches: [ActiveBranchPeriod]) {
        self.model = model
        self.variant = variant
        self.series = series
        self.activeBranches = activeBranches
    }

    /// Every release of every series, by date (series order breaks ties).
    public var releases: [Release] { series.flatMap(\.releases).sortedByDate() }
}

/// A period `[from, to)` and the branches active during it, each labelled with its state.
///
/// For example `["3.10.0 pre-alpha", "3.9.x feature releases", "3.8.x maintenance"]`.
public struct ActiveBranchPeriod: Hashable, Sendable {
    /// The first month of the period.
    public var from: YearMonth
    /// The month the period ends (exclusive).
    public var to: YearMonth
    /// The active branches, newest first.
    public var branches: [String]

    /// Creates a period.
    public init(from: YearMonth, to: YearMonth, branches: [String]) {
        self.from = from
        self.to = to
        self.branches = branches
    }
}

/// A set of rules that generates release schedules (PEP 602, PEP 598, PEP 605).
public protocol ReleaseModel: Sendable {
    /// The model's name on the command line: `annual`, `incremental`, `rolling`.
    var name: String { get }
    /// The variant in use, if the model has variants.
    var variant: String? { get }
    /// Generates the schedule of `series` (at least one), with their releases and active periods.
    /// - Throws: ``LifecycleError/unplannable(model:reason:)`` for series the model cannot plan.
    func schedule(for series: [SeriesName]) throws -> Schedule
}
