/// PEP 598's incremental feature releases: a baseline X.Y.0 every two years, backwards compatible
/// feature additions in the quarterly X.Y.Z releases of its first year, then maintenance.
///
/// Every date is computed from ``Parameters``; nothing is typed in. The rules below reproduce the
/// PEP's own tables (seed 001: "Example Future Release Schedules", "Duration of the feature
/// additions period", "Why not switch directly to full semantic versioning?"). Months are written
/// `B` for the series' baseline, `FC` for its feature complete release, `FC₋₁` for the previous
/// series' one.
///
/// **Releases of a series** (3.9 in the `baseline` variant):
/// - the baseline `B` every 24 months from the first, 3.9.0 (October of even years: 2020-10;
///   `early-baseline`: July, 2020-07);
/// - the feature complete release `FC = B + 12` months (`early-baseline`: `B + 15`); both variants
///   land it in October of odd years (2021-10), synchronised with Ubuntu's LTS releases;
/// - alpha 1 the month after `FC₋₁` (2019-11); beta 1 six months after alpha 1 (`early-baseline`:
///   four); the final beta, which locks the ABI, at `B − 2`; release candidate 1 at `B − 1`;
/// - betas between beta 1 and the final beta are left to the release manager, so the final beta is
///   written `3.9.0bX`; `early-baseline` schedules them monthly, so they are numbered (`3.9.0b3`);
/// - after `B`, one release every three months: incremental feature releases before `FC`, the feature
///   complete release at `FC`, maintenance releases after it, the final regular maintenance release
///   at `FC + 12`; micro numbers count up from `X.Y.1`;
/// - the branch closes at `FC + 48` (`3.9.x`, 2025-10): five years after the baseline in the main
///   proposal; `early-baseline` moves the baseline, not the end, so the rule is anchored to `FC`.
///
/// **Semantic versioning** (`semver`): 3.9 keeps its number; from the October 2022 baseline the series
/// are major versions (`4`, `5`, …): baseline `4.0.0`, incremental `4.1.0` … `4.3.0`, feature complete
/// `4.4.0`, maintenance `4.4.1` …, and the branch `4.x`.
///
/// **Milestones**: start of development at the previous series' beta 1 (the branch point); feature
/// freeze at beta 1; first release at `B`; ``SeriesMilestones/featureComplete`` at `FC`, so
/// ``ReleaseSeries/phase(on:)`` answers ``Phase/featureReleases`` from `B` to `FC`; end of bugfix at
/// the final regular maintenance release; end of life when the branch closes.
///
/// **Transition**: the last status-quo series, 3.8, has no feature releases: its X.Y.0 is its feature
/// complete release, 24 months before 3.9's (2019-10), and the PEP's forecast shows it in pre-release
/// for the six months before (from 2019-04, which is also when 3.9 development starts). 3.7 and older
/// are in maintenance until the next series' feature complete release, like every series.
///
/// **Active branches** (``Schedule/activeBranches``), newest first, each series labelled by the span
/// it is in:
/// - `X.Y.0 pre-alpha` from its start of development to `FC₋₁`; `X.Y.0 pre-beta` from `FC₋₁` to beta 1;
/// - `X.Y.0 pre-release` from beta 1 to `B`; `X.Y.x feature releases` (`4.x.0` under semver) from `B`
///   to `FC`; `X.Y.x maintenance` (`4.x.y`) from `FC` to the next series' `FC`.
///
/// The PEP's forecast keeps the previous series listed as in maintenance through its successor's year
/// of feature releases, although its own release list ends regular maintenance at `FC + 12`; the
/// active-branch table follows the forecast, the series' phases follow the release list. Periods run
/// from 3.9's start of development (2019-04) to the first baseline at least five years later (the
/// PEP's "5 year schedule forecast": 2024-10, `early-baseline` 2024-07), or to the baseline of the series
/// after the last one planned, when that is later.
///
/// ```swift
/// let schedule = try IncrementalFeatureModel().schedule(for: [SeriesName("3.9")])
/// schedule.series[0].releases[4].label  // "3.9.0", the baseline, 2020-10
/// ```
public struct IncrementalFeatureModel: ReleaseModel {
    /// The variants the seed describes.
    public enum Variant: String, CaseIterable, Hashable, Sendable {
        /// The main proposal: 12 months of incremental feature releases.
        case baseline
        /// About 9 months of pre-release development and 15 months of incremental feature releases.
        case earlyBaseline = "early-baseline"
        /// The baseline schedule with semantic-versioning numbers from the 2022 baseline (`4.0.0`).
        case semver
    }

    /// The variant in use.
    public let chosenVariant: Variant
    /// The numbers every date is computed from.
    public let parameters: Parameters

    /// Creates the model for `variant`.
    /// - Parameter variant: The variant; ``Variant/baseline`` by default.
    public init(variant: Variant = .baseline) {
        chosenVariant = variant
        parameters = Parameters.preset(for: variant)
    }

    /// Creates the model for the variant named `name`, as written on the command line.
    /// - Parameter name: `baseline`, `early-baseline` or `semver`.
    /// - Throws: ``LifecycleError/unknownVariant(_:model:known:)`` for any other name.
    public init(variantNamed name: String) throws {
        guard let variant = Variant(rawValue: name) else {
            throw LifecycleError.unknownVariant(name, model: "incremental", known: Variant.allCases.map(\.rawValue))
        }
        self.init(variant: variant)
    }

    /// `incremental`.
    public var name: String { "incremental" }

    /// The variant's name: `baseline`, `early-baseline` or `semver`.
    public var variant: String? { chosenVariant.rawValue }

    /// Generates the releases and milestones of `series`, newest first, and the active branches of the
    /// forecast.
    ///
    /// - Parameter series: The series to plan: `3.9` and later (`3.9`, then `4`, `5` … under `semver`).
    /// - Returns: The schedule; each series lists all its releases, from alpha 1 to the branch closing.
    /// - Throws: ``LifecycleError/unplannable(model:reason:)`` when `series` is empty or names a series
    ///   the variant does not plan.
    public func schedule(for series: [SeriesName]) throws -> Schedule {
        guard !series.isEmpty else {
            throw LifecycleError.unplannable(model: name, reason: "no series requested: name one, such as 3.9")
        }
        let indices = Set(try series.map { try index(of: $0) }).sorted(by: >)
        let planned = indices.map { plan(index: $0).series }
        let start = plan(index: 0).startOfDevelopment
        let end = max(forecastEnd(from: start), plan(index: (indices.first ?? 0) + 1).baseline)
        return Schedule(
            model: name,
            variant: variant,
            series: planned,
            activeBranches: activeBranches(from: start, to: end)
        )
    }

    /// The position of `series` after the model's first series (3.9 is 0; 3.10, or `4` under semver, is 1).
    func index(of series: SeriesName) throws -> Int {
        let first = parameters.firstSeries
        let index: Int?
        if series == first {
            index = 0
        } else if parameters.isSemanticVersioning {
            index = series.numbers.count == 1 && series > first ? series.major - first.major : nil
        } else {
            index =
                series.numbers.count == 2 && series.major == first.major && series > first
                ? (series.minor ?? 0) - (first.minor ?? 0) : nil
        }
        guard let index else {
            let plan =
                parameters.isSemanticVersioning
                ? "\(first), then the major versions \(first.major + 1), \(first.major + 2), …"
                : "\(first), \(first.next), \(first.next.next), …"
            let reason =
                series < first
                ? "\(series) comes before \(first), the first series released under PEP 598 (it follows the status quo)"
                : "the \(chosenVariant.rawValue) variant plans the series \(plan); \(series) is not one of them"
            throw LifecycleError.unplannable(model: name, reason: reason)
        }
        guard index <= Parameters.maximumSeriesAhead else {
            throw LifecycleError.unplannable(
                model: name,
                reason: "\(series) is more than \(Parameters.maximumSeriesAhead) series after \(first), too far to plan"
            )
        }
        return index
    }
}
