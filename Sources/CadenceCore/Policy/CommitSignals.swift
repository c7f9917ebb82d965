/// What one commit, read on its own, says about the kind of the change it belongs to: the classifier's
/// per-commit work, which can be done before the commits are grouped (for example while history is
/// still being read, see ``ChangeClassifier/annotate(_:reading:)``).
public struct CommitSignals: Hashable, Sendable {
    /// One kind the commit's words point at, with the line that says so.
    public struct Signal: Hashable, Sendable {
        /// The kind the words point at.
        public var kind: ChangeKind
        /// The line and the words.
        public var evidence: Evidence

        /// Creates a signal.
        public init(kind: ChangeKind, evidence: Evidence) {
            self.kind = kind
            self.evidence = evidence
        }
    }

    /// Security evidence: NEWS entries in a security section, CVE ids in the message or a NEWS entry.
    public var security: [Evidence]
    /// Crash, deprecation, behaviour-change and feature words in the subject and the NEWS entries, in
    /// the order of the lines.
    public var words: [Signal]
    /// The revert words opening the title (`revert`, `rollback`, `roll back`), if any: with them the
    /// commit is a revert even without a trailer (``GateConfiguration/isRevert(_:)``).
    public var revertOpening: String?

    /// Creates the signals of a commit.
    public init(security: [Evidence], words: [Signal], revertOpening: String? = nil) {
        self.security = security
        self.words = words
        self.revertOpening = revertOpening
    }
}
