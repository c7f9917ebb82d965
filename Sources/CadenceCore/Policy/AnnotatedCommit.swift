/// A commit together with the facts its message states: the unit a ``Change`` is made of.
public struct AnnotatedCommit: Hashable, Sendable {
    /// The commit.
    public var commit: Commit
    /// What its message says.
    public var facts: CommitFacts
    /// The classifier's reading of this commit, when it was done ahead.
    ///
    /// ``ChangeClassifier/annotate(_:reading:)`` fills it; `nil` has it done when the change is
    /// classified. Derived from the commit, so not part of equality.
    public var signals: CommitSignals?

    /// Pairs a commit with its facts.
    public init(_ commit: Commit, facts: CommitFacts) {
        self.commit = commit
        self.facts = facts
    }

    /// Whether two annotated commits have the same commit and facts (``signals`` are derived from them).
    public static func == (lhs: AnnotatedCommit, rhs: AnnotatedCommit) -> Bool {
        lhs.commit == rhs.commit && lhs.facts == rhs.facts
    }

    /// Hashes the commit and the facts.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(commit)
        hasher.combine(facts)
    }

    /// The commit's object name.
    public var sha: String { commit.sha }

    /// The issues the commit is about: those its subject names, then those of its NEWS entries.
    public var issues: [IssueReference] {
        var seen: Set<IssueReference> = []
        return (facts.issues + commit.newsEntries.compactMap(\.issue)).filter { seen.insert($0).inserted }
    }
}
