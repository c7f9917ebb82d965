/// Decides whether a change may go into a release branch: the backport gate of DOMAIN §3 and seed 000.
///
/// The target's phase on the date picks the policy (``GateConfiguration/policy(for:)``); the rules of
/// ``GateRule`` read the change's kind, tests, files and markers. Every rule that fires is listed with
/// a sentence and its evidence; the strictest decision wins.
///
/// ```swift
/// let gate = BackportGate(configuration: .cpython)
/// let verdict = gate.verdict(for: change, into: python39, on: try CalendarDate("2021-04-01"))
/// verdict.decision  // .reject
/// verdict.rules  // [.publicABIChange, .phasePolicy, .crashFixOnMaintenance]
/// ```
public struct BackportGate: Sendable {
    /// The project's rules.
    public var configuration: GateConfiguration

    /// Creates a gate.
    public init(configuration: GateConfiguration = .cpython) { self.configuration = configuration }

    /// The verdict for merging `change` into `series` on `date`.
    /// - Parameters:
    ///   - change: The change, as ``ChangeGrouper`` made it.
    ///   - series: The target release series; its phase on `date` decides which rules apply.
    ///   - date: The day of the question (a backport is judged by the branch's phase that day).
    ///   - reverting: The links from this change to what it reverts (``RevertLinker``); a linked revert
    ///     restores behaviour that already shipped and is allowed (`revert-restores-shipped`) unless the
    ///     branch is closed.
    /// - Returns: The decision, the rules that fired, their sentences and evidence.
    public func verdict(
        for change: Change,
        into series: ReleaseSeries,
        on date: CalendarDate,
        reverting: [RevertLink] = []
    ) -> BackportVerdict {
        let context = Context(change: change, series: series.name, phase: series.phase(on: date), date: date)
        let findings: [RuleFinding]
        if !reverting.isEmpty, context.phase != .endOfLife, configuration.isEnabled(.revertRestoresShipped) {
            findings = [revertRestoresShipped(context, links: reverting)]
        } else {
            findings = GateRule.allCases.filter(configuration.isEnabled).compactMap { rule in
                finding(rule, context)
            }
        }
        return BackportVerdict(
            change: change.id,
            series: series.name,
            phase: context.phase,
            date: date,
            kind: change.kind,
            findings: findings
        )
    }

    /// What every rule reads.
    struct Context {
        let change: Change
        let series: SeriesName
        let phase: Phase
        let date: CalendarDate

        /// `3.9 (bugfix on 2021-04-01)`.
        var branch: String { "\(series) (\(phase.displayName) on \(date))" }
    }
}
