import CadenceCore

/// The answer of ``AuditQuery`` and ``CheckQuery``: every change with its verdict.
///
/// Encoded as `{"range", "target", "phase", "date", "changes": [{"change", "commits", "title", "kind",
/// "verdict", "never_shipped", "already_shipped", "shipped_in"?, "shipped_before_revert_in"?, "issues",
/// "findings": [{"rule", "decision", "message", "evidence"}], "reverted_by", "reverts",
/// "abi_marker_findings"}], "verdicts": {decision: count}}`. `shipped_in` names the starting release a
/// change already shipped in; `shipped_before_revert_in` the release inside the range that shipped a
/// change before its revert.
public struct AuditReport: Encodable, Sendable {
    /// The audit.
    public let audit: BackportAudit
    /// The range as asked (a commit for ``CheckQuery``).
    public let range: String
    /// What the clone could not show, one sentence each.
    public let limitations: [String]

    /// A report of `audit` over `range`.
    public init(audit: BackportAudit, range: String, limitations: [String] = []) {
        self.audit = audit
        self.range = range
        self.limitations = limitations
    }

    /// The only entry of a one-commit audit (``CheckQuery``); `nil` when the commit is release
    /// bookkeeping or a merge.
    public var entry: BackportAudit.Entry? { audit.entries.first }

    private enum CodingKeys: String, CodingKey {
        case range, target, phase, date, changes, verdicts
    }

    private enum EntryKeys: String, CodingKey {
        case change, commits, title, kind, verdict, issues, findings, reverts
        case neverShipped = "never_shipped", revertedBy = "reverted_by", abiMarkerFindings = "abi_marker_findings"
        case alreadyShipped = "already_shipped", shippedIn = "shipped_in"
        case shippedBeforeRevertIn = "shipped_before_revert_in"
    }

    private enum FindingKeys: String, CodingKey {
        case rule, decision, message, evidence
    }

    /// A decision and its count, keyed by the decision.
    private struct Counts: Encodable {
        var counts: [(key: String, value: Int)]

        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            for (key, value) in counts { try container.encode(value, forKey: Key(stringValue: key)) }
        }
    }

    /// Writes the request, one object per change, and the verdicts counted.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(range, forKey: .range)
        try container.encode(audit.series.name.description, forKey: .target)
        try container.encode(audit.series.phase(on: audit.date).rawValue, forKey: .phase)
        try container.encode(audit.date.description, forKey: .date)
        var changes = container.nestedUnkeyedContainer(forKey: .changes)
        for entry in audit.entries {
            var object = changes.nestedContainer(keyedBy: EntryKeys.self)
            try object.encode(entry.change.id, forKey: .change)
            try object.encode(entry.change.commits.map(\.sha), forKey: .commits)
            try object.encode(Self.title(entry), forKey: .title)
            try object.encode(entry.change.kind.rawValue, forKey: .kind)
            try object.encode(entry.verdict.decision.rawValue, forKey: .verdict)
            try object.encode(entry.isNeverShipped, forKey: .neverShipped)
            try object.encode(entry.isAlreadyShipped, forKey: .alreadyShipped)
            // Present only when they say something (the encoder writes `null` for an absent value).
            if let shipped = entry.alreadyShipped { try object.encode(shipped.release, forKey: .shippedIn) }
            if let release = entry.shippedBeforeRevert { try object.encode(release, forKey: .shippedBeforeRevertIn) }
            try object.encode(entry.change.issues.map(\.description), forKey: .issues)
            var findings = object.nestedUnkeyedContainer(forKey: .findings)
            for finding in entry.verdict.findings {
                var item = findings.nestedContainer(keyedBy: FindingKeys.self)
                try item.encode(finding.rule.rawValue, forKey: .rule)
                try item.encode(finding.decision.rawValue, forKey: .decision)
                try item.encode(finding.message, forKey: .message)
                try item.encode(finding.evidence.map(\.description), forKey: .evidence)
            }
            try object.encode(entry.revertedBy.map(\.id), forKey: .revertedBy)
            try object.encode(entry.reverts.map(\.reverted), forKey: .reverts)
            try object.encode(entry.abiMarkerFindings.map(\.message), forKey: .abiMarkerFindings)
        }
        let decisions = audit.counts { $0.verdict.decision.rawValue }
        try container.encode(Counts(counts: decisions.sorted { $0.key < $1.key }), forKey: .verdicts)
    }

    /// The title of a change: its first commit's.
    static func title(_ entry: BackportAudit.Entry) -> String {
        entry.change.commits.first.map { $0.facts.title } ?? ""
    }
}
