/// Reads the ``CommitFacts`` of a commit: the role the commit-message parser plays for the gate.
///
/// The parser conforms to this protocol (or is wrapped in a type that does); tests and callers that
/// already hold the facts use ``CommitFactsTable``.
public protocol CommitFactsReading: Sendable {
    /// The facts of `commit`'s message.
    func facts(of commit: Commit) -> CommitFacts
}

/// Facts known in advance, looked up by object name.
///
/// A commit that is not in the table gets facts that only repeat its subject (no target, no issues,
/// no trailers), so it is never mistaken for a backport or a revert.
public struct CommitFactsTable: CommitFactsReading, Hashable {
    /// The facts by full object name.
    public var facts: [String: CommitFacts]

    /// Creates a table.
    public init(_ facts: [String: CommitFacts]) { self.facts = facts }

    /// The facts recorded for `commit`, or facts that only repeat its subject.
    public func facts(of commit: Commit) -> CommitFacts {
        facts[commit.sha] ?? CommitFacts(summary: commit.subject)
    }
}
