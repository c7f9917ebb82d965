import CadencePackaging

/// PEP 605's rolling pre-freeze releases: a pre-release every two months, alphas marking breaks of
/// the full CPython ABI, then a freeze at release candidate 1 two months before an August X.Y.0.
///
/// Every date is computed from ``Parameters``; the rules reproduce the seed's timeline (seed 004,
/// "Example Future Release Schedules"), `F` being the series' X.Y.0:
/// - X.Y.0 every 24 months from 3.9.0 in August 2021 (August of odd years);
/// - pre-freeze releases every other month from X.Y.0a1, two months after the previous X.Y.0
///   (3.9.0a1 in 2019-12, after the status-quo 3.8.0 of 2019-10), one serial across `a` and `b`:
///   `a` breaks the full CPython ABI relative to the previous pre-release (X.Y.0a1 always, and the
///   releases given as ``abiBreaks``), `b` is binary compatible with it;
/// - release candidate 1 at `F − 2` (June): feature freeze, ABI freeze, pyc format freeze, the
///   maintenance branch is created; no pre-freeze release from then on, so the two slots that fall
///   on rc1 and on X.Y.0 are skipped (3.9.0b9 in 2021-04 is the last); release candidate 2 at `F − 1`;
/// - maintenance releases every other month from X.Y.1 at `F + 1`, offset from the next series'
///   pre-releases, up to the final binary maintenance release at the next X.Y.0 + 1 (3.9.13 in
///   2023-09, alongside 3.10.1); the status-quo 3.8 only gets that final binary release, `3.8.x`,
///   at 3.9.0 + 1 (its micro number is not the model's to give);
/// - milestones: development from the previous release candidate 1 (the branch point), feature freeze
///   at release candidate 1, end of bugfix at the final binary maintenance release, end of life five
///   years after X.Y.0, which PEP 605 leaves as it is.
///
/// **What a schedule lists.** The cycle of X.Y runs from X.Y.0a1 to the next series' alpha 1. A schedule
/// for some series lists the releases of their cycles, whichever series they belong to (the cycle of
/// 3.10 holds 3.9.2 to 3.9.13 and 3.10.0a1 to 3.10.1), then the first
/// ``Parameters/nextCyclePreviewReleases`` pre-freeze releases of the next cycle, as the seed's
/// timeline does. Each series carries all its milestones, so phases are exact even where its release
/// list is cut. Series are ordered newest first, so that releases of one month list the newer series
/// first, as the seed does (`2021-09: 3.9.1, 3.8.x`).
///
/// **Active branches**, newest first: `X.Y.0 pre-alpha` from the start of development to alpha 1,
/// `X.Y.0 pre-freeze` to release candidate 1, `X.Y.0 pre-release` to X.Y.0, `X.Y.x maintenance` to the
/// final binary maintenance release; from the first cycle listed to the end of the last.
///
/// ```swift
/// let model = try RollingPreFreezeModel(abiBreaks: [Version("3.9.0a5"), Version("3.9.0a7")])
/// let schedule = try model.schedule(for: [SeriesName("3.9"), SeriesName("3.10")])
/// try model.announcement(for: Version("3.9.0a5")).notBinaryCompatibleWith?.label  // "3.9.0b4"
/// ```
public struct RollingPreFreezeModel: ReleaseModel {
    /// The numbers every date is computed from.
    public let parameters: Parameters
    /// The pre-releases that break the full CPython ABI besides each X.Y.0a1, in order.
    public let abiBreaks: [Version]
    /// The serials of ``abiBreaks`` per series.
    let breakSerials: [SeriesName: Set<Int>]

    /// Creates the model with the ABI-breaking pre-releases of the plan.
    /// - Parameter abiBreaks: Pre-freeze releases written as alphas, such as `3.9.0a5`; X.Y.0a1 breaks
    ///   the ABI whether listed or not.
    /// - Throws: ``LifecycleError/unplannable(model:reason:)`` for a version that is not an alpha of
    ///   X.Y.0, or not one of the pre-freeze releases of a series the model plans (3.9 has nine).
    public init(abiBreaks: [Version] = []) throws {
        let parameters = Parameters.pep605
        var serials: [SeriesName: Set<Int>] = [:]
        for version in abiBreaks {
            let series = SeriesName(of: version)
            guard let pre = version.pre, pre.kind == .alpha, version.release.count <= 3, version.micro == 0,
                version.epoch == 0, version.post == nil, version.dev == nil, version.local == nil
            else {
                throw LifecycleError.unplannable(
                    model: "rolling",
                    reason: "\(version) cannot mark an ABI break: name the pre-freeze release as an alpha of X.Y.0, "
                        + "such as \(series).0a5"
                )
            }
            let index = try Self.index(of: series, parameters: parameters)
            let count = Plan(index: index, parameters: parameters, breaks: [:]).preFreezeMonths.count
            guard (1...max(1, count)).contains(pre.number) else {
                throw LifecycleError.unplannable(
                    model: "rolling",
                    reason: "\(version) is not a pre-freeze release: \(series) has \(count), "
                        + "\(series).0a1 to \(series).0b\(count)"
                )
            }
            serials[series, default: []].insert(pre.number)
        }
        self.parameters = parameters
        self.abiBreaks = abiBreaks.sorted()
        breakSerials = serials
    }

    /// `rolling`.
    public var name: String { "rolling" }

    /// `nil`: the model has no variants.
    public var variant: String? { nil }

    /// Generates the releases of the cycles of `series` and the opening of the next cycle, with the
    /// milestones of every series involved, newest first, and the active branches of those cycles.
    /// - Parameter series: The series to plan: `3.9` and later.
    /// - Returns: The schedule.
    /// - Throws: ``LifecycleError/unplannable(model:reason:)`` when `series` is empty or names a series
    ///   the model does not plan.
    public func schedule(for series: [SeriesName]) throws -> Schedule {
        guard !series.isEmpty else {
            throw LifecycleError.unplannable(model: name, reason: "no series requested: name one, such as 3.9")
        }
        let indices = Set(try series.map { try Self.index(of: $0, parameters: parameters) }).sorted()
        let last = indices.last ?? 0
        var listed: [Release] = []
        for index in indices {
            let cycle = plan(index: index).firstPreFreeze..<plan(index: index + 1).firstPreFreeze
            let candidates = plan(index: index - 1).releases + plan(index: index).releases
            listed += candidates.filter { cycle.contains($0.date.month) }
        }
        let preview = plan(index: last + 1).releases.filter {
            $0.kind == .alphaABIBreak || $0.kind == .betaBinaryCompatible
        }
        listed += preview.prefix(parameters.nextCyclePreviewReleases)
        let grouped = Dictionary(grouping: listed, by: \.series)
        let planned = grouped.keys.sorted(by: >).map { name -> ReleaseSeries in
            let index = Self.offset(of: name, parameters: parameters)
            return ReleaseSeries(
                name: name,
                milestones: plan(index: index).milestones,
                releases: grouped[name] ?? [],
                pep: index < 0 ? nil : 605
            )
        }
        let start = plan(index: indices.first ?? 0).firstPreFreeze
        return Schedule(
            model: name,
            series: planned,
            activeBranches: activeBranches(from: start, to: plan(index: last + 1).firstPreFreeze)
        )
    }

    /// The place of a series after the model's first, which can be negative.
    static func offset(of series: SeriesName, parameters: Parameters) -> Int {
        (series.minor ?? 0) - (parameters.firstSeries.minor ?? 0)
    }

    /// The place of a series the model plans after its first one (3.9 is 0).
    static func index(of series: SeriesName, parameters: Parameters) throws -> Int {
        let first = parameters.firstSeries
        guard series.numbers.count == 2, series.major == first.major, series >= first else {
            let reason =
                series < first
                ? "\(series) comes before \(first), the first series released under PEP 605 (it follows the status quo)"
                : "the rolling model plans the series \(first), \(first.next), \(first.next.next), …; "
                    + "\(series) is not one of them"
            throw LifecycleError.unplannable(model: "rolling", reason: reason)
        }
        let index = offset(of: series, parameters: parameters)
        guard index <= Parameters.maximumSeriesAhead else {
            throw LifecycleError.unplannable(
                model: "rolling",
                reason: "\(series) is more than \(Parameters.maximumSeriesAhead) series after \(first), too far to plan"
            )
        }
        return index
    }
}
