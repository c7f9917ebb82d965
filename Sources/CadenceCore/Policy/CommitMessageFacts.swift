/// Reads a commit's facts with the commit-message parser (``CommitMessage``): the production
/// ``CommitFactsReading``.
///
/// ```swift
/// let changes = ChangeGrouper().changes(from: commits, reading: CommitMessageFacts())
/// ```
public struct CommitMessageFacts: CommitFactsReading {
    /// Creates the reader.
    public init() {}

    /// The facts of `commit`, from its subject and body.
    public func facts(of commit: Commit) -> CommitFacts {
        CommitFacts(message: commit.message)
    }
}

extension CommitFacts {
    /// The facts a parsed message carries.
    /// - Parameter message: The parsed subject and body.
    public init(message: CommitMessage) {
        self.init(
            summary: CommitFacts.summary(of: message.subject),
            title: message.title,
            target: message.backportBranch.flatMap { try? SeriesName($0) },
            issues: message.issues,
            cherryPickedFrom: message.cherryPickedFrom,
            revertedCommits: message.revert?.revertedCommits ?? [],
            isBookkeeping: message.isBookkeeping
        )
    }

    /// The subject after a leading `[X.Y]` prefix (other brackets, such as `[doc]`, stay).
    static func summary(of subject: String) -> String {
        let trimmed = subject.drop { $0 == " " }
        guard trimmed.first == "[", let close = trimmed.firstIndex(of: "]") else { return String(trimmed) }
        let inside = trimmed[trimmed.index(after: trimmed.startIndex)..<close]
        guard (try? SeriesName(String(inside))) != nil else { return String(trimmed) }
        return String(trimmed[trimmed.index(after: close)...].drop { $0 == " " })
    }
}
