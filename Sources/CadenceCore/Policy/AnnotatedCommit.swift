/// A commit together with the facts its message states: the unit a ``Change`` is made of.
public struct AnnotatedCommit: Hashable, Sendable {
    /// The commit.
    public var commit: Commit
    /// What its message says.
    public var facts: CommitFacts

    /// Pairs a commit with its facts.
    public init(_ commit: Commit, facts: CommitFacts) {
        self.commit = commit
        self.facts = facts
    }

    /// The commit's object name.
    public var sha: String { commit.sha }

    /// The issues the commit is about: those its subject names, then those of its NEWS entries.
    public var issues: [IssueReference] {
        var seen: Set<IssueReference> = []
        return (facts.issues + commit.newsEntries.compactMap(\.issue)).filter { seen.insert($0).inserted }
    }
}
