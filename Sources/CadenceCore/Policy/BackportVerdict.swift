/// The gate's answer for one change into one branch on one date: allow, review by the release manager,
/// or reject, with every rule that fired.
///
/// The strictest decision of the fired rules wins (``PolicyDecision/reject`` over
/// ``PolicyDecision/review`` over ``PolicyDecision/allow``); ``findings`` lists them all, strictest first.
///
/// ```
/// reject: 0123456789 into 3.9 (bugfix on 2021-04-01), a crash fix
///   reject [public-abi-change]: it changes the public C API or ABI (Include/cpython/pystate.h) …
///     0123456789 Include/cpython/pystate.h: public header (+2 −1)
///   allow [phase-policy]: …
/// ```
public struct BackportVerdict: Hashable, Sendable, CustomStringConvertible {
    /// The decision: the strictest of the findings.
    public var decision: PolicyDecision
    /// The ``Change/id`` of the change.
    public var change: String
    /// The target series.
    public var series: SeriesName
    /// The target's phase on ``date``.
    public var phase: Phase
    /// The day the question is asked for.
    public var date: CalendarDate
    /// The change's kind.
    public var kind: ChangeKind
    /// Every rule that fired, strictest first, then in ``GateRule`` order.
    public var findings: [RuleFinding]

    /// Creates a verdict; the decision is the strictest of `findings` (allow when there are none).
    public init(
        change: String,
        series: SeriesName,
        phase: Phase,
        date: CalendarDate,
        kind: ChangeKind,
        findings: [RuleFinding]
    ) {
        let order = GateRule.allCases
        self.findings = findings.sorted { a, b in
            if a.decision != b.decision { return a.decision > b.decision }
            return (order.firstIndex(of: a.rule) ?? 0) < (order.firstIndex(of: b.rule) ?? 0)
        }
        decision = findings.map(\.decision).max() ?? .allow
        self.change = change
        self.series = series
        self.phase = phase
        self.date = date
        self.kind = kind
    }

    /// The ids of the rules that fired, strictest first.
    public var rules: [GateRule] { findings.map(\.rule) }

    /// The findings that decided: those with the verdict's decision.
    public var deciding: [RuleFinding] { findings.filter { $0.decision == decision } }

    /// The sentence to act on: the first deciding finding's message, preferring a rule with its own
    /// evidence (a removed test, a header) over the phase policy, which only restates the kind.
    public var summary: String {
        (deciding.first { $0.rule != .phasePolicy } ?? deciding.first)?.message ?? "no rule fired"
    }

    /// The verdict as lines for people: the decision, then each finding with its evidence.
    public var description: String {
        var lines = [
            "\(decision.rawValue): \(change.prefix(10)) into \(series) (\(phase.displayName) on \(date)), "
                + "a \(kind.phrase)"
        ]
        for finding in findings {
            lines.append("  \(finding)")
            lines += finding.evidence.map { "    \($0)" }
        }
        return lines.joined(separator: "\n")
    }
}

extension ChangeKind {
    /// The kind for sentences: `crash fix`, `behaviour change`, `documentation change`.
    var phrase: String {
        switch self {
        case .security: return "security fix"
        case .crashFix: return "crash fix"
        case .bugFix: return "bug fix"
        case .behaviourChange: return "behaviour change"
        case .feature: return "feature"
        case .deprecation: return "deprecation or removal"
        case .documentation: return "documentation change"
        case .tests: return "test change"
        case .build: return "build change"
        }
    }
}
