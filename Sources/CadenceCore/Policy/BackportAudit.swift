/// Every change of a range of history judged for one target branch: the body of `cadence audit`.
///
/// Commits are grouped into changes (``ChangeGrouper``), reverts linked (``RevertLinker``), each
/// change judged by the gate (``BackportGate``) and checked for PEP 605's ABI markers.
///
/// ```swift
/// let audit = BackportAudit(commits: history.commits, into: python39, on: today)
/// audit.counts(of: \.verdict.decision)  // [.allow: 12, .review: 3, .reject: 1]
/// ```
public struct BackportAudit: Sendable {
    /// One change and what the audit says of it.
    public struct Entry: Sendable {
        /// The change.
        public var change: Change
        /// The gate's verdict for the target.
        public var verdict: BackportVerdict
        /// The reverts inside the range that undid it; when not empty the change never ships.
        public var revertedBy: [Change]
        /// The changes this one reverts (by trailer or by issue and files).
        public var reverts: [RevertLink]
        /// PEP 605 marker mismatches.
        public var abiMarkerFindings: [ABIMarkerFinding]
        /// The release the change already shipped in, when every commit of it did, and how it was matched.
        ///
        /// A release-candidate fix that came back with the merged tag of the range's starting release
        /// is not a backport to judge.
        public var alreadyShipped: RangeReleases.Shipped?
        /// The release inside the range that shipped this change before a revert undid it.
        public var shippedBeforeRevert: String?

        /// Whether the change was reverted inside the range and never reaches a release.
        public var isNeverShipped: Bool { !revertedBy.isEmpty }

        /// Whether the change already shipped in the range's starting release.
        public var isAlreadyShipped: Bool { alreadyShipped != nil }

        /// Whether the gate's verdict stands for this entry: the change is neither never shipped nor
        /// already shipped.
        public var isJudged: Bool { !isNeverShipped && !isAlreadyShipped }
    }

    /// The entries, in the order of the history (newest change first, as git lists them).
    public let entries: [Entry]
    /// The target series.
    public let series: ReleaseSeries
    /// The day of the verdicts.
    public let date: CalendarDate

    /// Audits `commits` for `series` on `date`.
    /// - Parameters:
    ///   - commits: The range's commits (bookkeeping commits are left out by the grouping).
    ///   - series: The target branch's series.
    ///   - date: The day whose phase decides the rules.
    ///   - configuration: The project's gate configuration; CPython's by default.
    ///   - reader: How commit messages are read; CPython's conventions by default.
    public init(
        commits: [Commit],
        into series: ReleaseSeries,
        on date: CalendarDate,
        configuration: GateConfiguration = .cpython,
        reader: some CommitFactsReading = CommitMessageFacts()
    ) {
        let classifier = ChangeClassifier(configuration: configuration)
        self.init(
            annotated: commits.map { classifier.annotate($0, reading: reader) },
            into: series,
            on: date,
            configuration: configuration
        )
    }

    /// Audits commits already annotated, as ``ChangeClassifier/annotate(_:reading:)`` does each one (so
    /// that the per-commit work can be done while history is read).
    /// - Parameters:
    ///   - annotated: The range's commits with their facts and signals, in the history's order.
    ///   - series: The target branch's series.
    ///   - date: The day whose phase decides the rules.
    ///   - configuration: The gate configuration the commits were annotated with.
    ///   - releases: The release tags inside the range and the commits that already shipped
    ///     (`GitRepository.releases(in:)`); without them every change is judged and a revert inside the
    ///     range always means the change never shipped.
    public init(
        annotated: [AnnotatedCommit],
        into series: ReleaseSeries,
        on date: CalendarDate,
        configuration: GateConfiguration = .cpython,
        releases: RangeReleases = RangeReleases()
    ) {
        let changes = ChangeGrouper(configuration: configuration).changes(from: annotated)
        let analysis = RevertLinker(configuration: configuration).analyse(changes, releases: releases)
        let gate = BackportGate(configuration: configuration)
        entries = changes.map { change in
            let reverts = analysis.links.filter { link in change.commits.contains { $0.sha == link.revert } }
            // A revert restores what shipped, unless it reverts a revert of a change that never shipped:
            // then it applies that change again, and is judged as the change it is.
            let restoring = reverts.filter {
                !Self.reappliesUnshipped($0, analysis: analysis, changes: changes, releases: releases)
            }
            var judged = change
            if restoring.count < reverts.count { judged.isRevert = false }
            let shipped = change.commits.map { releases.alreadyShipped[$0.sha.lowercased()] }
            return Entry(
                change: change,
                verdict: gate.verdict(for: judged, into: series, on: date, reverting: restoring),
                revertedBy: analysis.neverShipped.first { $0.change.id == change.id }?.revertedBy ?? [],
                reverts: reverts,
                abiMarkerFindings: ABIMarkerCheck.findings(for: change),
                alreadyShipped: shipped.allSatisfy { $0 != nil } ? shipped.first ?? nil : nil,
                shippedBeforeRevert: analysis.shippedBeforeRevert[change.id]
            )
        }
        self.series = series
        self.date = date
    }

    /// Whether `link` reverts a revert whose own target is in the range with no release between them: the
    /// first revert undid a change before it shipped, so reverting the revert ships that change anew.
    static func reappliesUnshipped(
        _ link: RevertLink,
        analysis: RevertAnalysis,
        changes: [Change],
        releases: RangeReleases
    ) -> Bool {
        guard let firstRevert = changes.first(where: { $0.id == link.reverted }), firstRevert.isRevert else {
            return false
        }
        return analysis.links.filter { $0.revert == firstRevert.id }.contains { inner in
            guard let original = changes.first(where: { $0.id == inner.reverted }) else { return false }
            return releases.release(
                between: original.commits.map(\.sha),
                and: firstRevert.commits.map(\.sha)
            ) == nil
        }
    }

    /// How many entries have each value of `key`, such as the decision or the kind.
    public func counts<Key: Hashable>(of key: (Entry) -> Key) -> [Key: Int] {
        entries.reduce(into: [:]) { $0[key($1), default: 0] += 1 }
    }

    /// Whether any shipped change breaks the ABI (a marker on a commit or a NEWS entry): PEP 605's
    /// test for whether the next rolling pre-release is an `a`.
    public var breaksABI: Bool {
        entries.contains { !$0.isNeverShipped && $0.change.declaresABIBreak }
    }
}
