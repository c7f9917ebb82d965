/// One gate rule that fired: its decision, a sentence a person can act on, and the evidence.
public struct RuleFinding: Hashable, Sendable, CustomStringConvertible {
    /// The rule.
    public var rule: GateRule
    /// What the rule decides.
    public var decision: PolicyDecision
    /// Why, and what to do, in a sentence.
    public var message: String
    /// The files, lines and tests behind it.
    public var evidence: [Evidence]

    /// Creates a finding.
    public init(rule: GateRule, decision: PolicyDecision, message: String, evidence: [Evidence]) {
        self.rule = rule
        self.decision = decision
        self.message = message
        self.evidence = evidence
    }

    /// `reject [public-abi-change]: <message>`.
    public var description: String { "\(decision.rawValue) [\(rule.rawValue)]: \(message)" }
}
