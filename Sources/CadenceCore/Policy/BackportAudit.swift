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

        /// Whether the change was reverted inside the range and never reaches a release.
        public var isNeverShipped: Bool { !revertedBy.isEmpty }
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
    public init(
        annotated: [AnnotatedCommit],
        into series: ReleaseSeries,
        on date: CalendarDate,
        configuration: GateConfiguration = .cpython
    ) {
        let changes = ChangeGrouper(configuration: configuration).changes(from: annotated)
        let analysis = RevertLinker(configuration: configuration).analyse(changes)
        let gate = BackportGate(configuration: configuration)
        entries = changes.map { change in
            Entry(
                change: change,
                verdict: gate.verdict(for: change, into: series, on: date),
                revertedBy: analysis.neverShipped.first { $0.change.id == change.id }?.revertedBy ?? [],
                reverts: analysis.links.filter { link in change.commits.contains { $0.sha == link.revert } },
                abiMarkerFindings: ABIMarkerCheck.findings(for: change)
            )
        }
        self.series = series
        self.date = date
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
