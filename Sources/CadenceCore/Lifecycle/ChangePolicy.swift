/// What a branch in a given phase accepts, as data.
///
/// One decision per kind of change and a sentence for people. CPython's defaults are ``cpython(for:)``; projects can state their own.
public struct ChangePolicy: Hashable, Sendable {
    /// The phase this policy governs.
    public var phase: Phase
    /// The policy in one sentence, such as `bug fixes and docs; no behaviour changes`.
    public var summary: String
    /// The decision for each kind of change; kinds not listed are sent to the release manager.
    public var decisions: [ChangeKind: PolicyDecision]

    /// Creates a policy.
    public init(phase: Phase, summary: String, decisions: [ChangeKind: PolicyDecision]) {
        self.phase = phase
        self.summary = summary
        self.decisions = decisions
    }

    /// The decision for a change of `kind`; ``PolicyDecision/review`` when the policy does not say.
    public func decision(for kind: ChangeKind) -> PolicyDecision { decisions[kind] ?? .review }

    /// CPython's policy for `phase` (DOMAIN §2 and seed 000).
    public static func cpython(for phase: Phase) -> ChangePolicy {
        let all = { (decision: PolicyDecision) in
            Dictionary(uniqueKeysWithValues: ChangeKind.allCases.map { ($0, decision) })
        }
        switch phase {
        case .feature, .alpha:
            return ChangePolicy(
                phase: phase,
                summary: "anything that follows the deprecation policy",
                decisions: all(.allow)
            )
        case .beta:
            var decisions = all(.allow)
            decisions[.feature] = .reject
            decisions[.deprecation] = .reject
            decisions[.behaviourChange] = .review
            return ChangePolicy(phase: phase, summary: "bug fixes; no new features", decisions: decisions)
        case .rc:
            var decisions = all(.review)
            decisions[.feature] = .reject
            decisions[.deprecation] = .reject
            decisions[.behaviourChange] = .reject
            decisions[.documentation] = .allow
            decisions[.tests] = .allow
            return ChangePolicy(
                phase: phase,
                summary: "release-blocking fixes only, decided by the release manager",
                decisions: decisions
            )
        case .featureReleases:
            var decisions = all(.allow)
            decisions[.feature] = .review
            decisions[.behaviourChange] = .reject
            decisions[.deprecation] = .reject
            return ChangePolicy(
                phase: phase,
                summary: "backwards compatible API additions with feature detection and a feature-limit guard, "
                    + "approved by the release manager; never breaking changes",
                decisions: decisions
            )
        case .bugfix:
            var decisions = all(.allow)
            decisions[.feature] = .reject
            decisions[.behaviourChange] = .reject
            decisions[.deprecation] = .reject
            return ChangePolicy(
                phase: phase,
                summary: "bug fixes and docs; no behaviour changes",
                decisions: decisions
            )
        case .security:
            var decisions = all(.reject)
            decisions[.security] = .allow
            return ChangePolicy(
                phase: phase,
                summary: "security fixes only, source-only releases",
                decisions: decisions
            )
        case .endOfLife:
            return ChangePolicy(phase: phase, summary: "nothing: the branch is closed", decisions: all(.reject))
        }
    }
}
