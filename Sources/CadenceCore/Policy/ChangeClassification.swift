/// The kind of a change and the evidence that decided it, as data a person can check.
///
/// ``signals`` keeps every kind the classifier saw evidence for, not only the deciding one: a crash fix
/// whose NEWS entry says `now raises` is a crash fix with a behaviour-change signal, which the gate's
/// serious-fix rules read.
public struct ChangeClassification: Hashable, Sendable {
    /// The kind the evidence decided.
    public var kind: ChangeKind
    /// Why: the evidence for ``kind`` (for a bug fix decided by default, a note saying so).
    public var evidence: [Evidence]
    /// Every kind with evidence, and that evidence.
    public var signals: [ChangeKind: [Evidence]]

    /// Creates a classification.
    public init(kind: ChangeKind, evidence: [Evidence], signals: [ChangeKind: [Evidence]] = [:]) {
        self.kind = kind
        self.evidence = evidence
        self.signals = signals
    }

    /// Whether any evidence points at `kind`.
    public func hasSignal(_ kind: ChangeKind) -> Bool { !(signals[kind] ?? []).isEmpty }
}
