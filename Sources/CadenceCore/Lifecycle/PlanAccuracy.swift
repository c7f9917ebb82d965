/// How close a generated plan lands to what really happened: each shipped release of a series is
/// paired with its counterpart in the plan and the days between them measured.
///
/// Pairing: up to X.Y.0, the planned release with the same label (`3.13.0b2`), or else the nearest
/// planned one of the same kind (a third release candidate the plan does not have); after X.Y.0, the
/// nearest planned release of any kind, since unscheduled hotfixes (3.13.5, 3.13.7) shift the numbering
/// of everything after them but not the release days.
public struct PlanAccuracy: Hashable, Sendable {
    /// One shipped release and its counterpart in the plan.
    public struct Pairing: Hashable, Sendable {
        /// The release that shipped.
        public var actual: Release
        /// Its counterpart in the plan, if the plan has any release of that stage.
        public var planned: Release?
        /// Days from the planned date to the actual one (positive when the release came later).
        public var daysLate: Int? { planned.map { $0.date.day.days(until: actual.date.day) } }
    }

    /// Every shipped release with its counterpart.
    public var pairings: [Pairing]
    /// The tolerance, in days, within which a release counts as on plan.
    public var toleranceDays: Int

    /// Pairs the shipped releases of `actual` with the releases of `plan`.
    /// - Parameters:
    ///   - plan: The generated series.
    ///   - actual: The same series from real data; only releases recorded as shipped are measured.
    ///   - toleranceDays: How far apart counts as "within one month" (31 days by default).
    public init(plan: ReleaseSeries, actual: ReleaseSeries, toleranceDays: Int = 31) {
        self.toleranceDays = toleranceDays
        let first = actual.milestones.firstRelease.day
        let planFirst = plan.milestones.firstRelease.day
        pairings = actual.releases.filter { $0.state == .actual }.map { release in
            let isAfterFirst = release.date.day > first
            if !isAfterFirst, let same = plan.releases.first(where: { $0.label == release.label }) {
                return Pairing(actual: release, planned: same)
            }
            let candidates = plan.releases.filter { candidate in
                guard candidate.kind != .closed else { return false }
                return isAfterFirst
                    ? candidate.date.day > planFirst
                    : candidate.kind == release.kind && candidate.date.day <= planFirst
            }
            let nearest = candidates.min {
                abs($0.date.day.days(until: release.date.day)) < abs($1.date.day.days(until: release.date.day))
            }
            return Pairing(actual: release, planned: nearest)
        }
    }

    /// The pairings whose planned date is within the tolerance.
    public var onPlan: [Pairing] { pairings.filter { ($0.daysLate.map(abs) ?? .max) <= toleranceDays } }

    /// The share of shipped releases within the tolerance, 0…1 (1 when nothing shipped).
    public var share: Double { pairings.isEmpty ? 1 : Double(onPlan.count) / Double(pairings.count) }
}
