/// What a commit message says in CPython's conventions, as the gate needs it: the seam between the
/// commit-message parser and the backport gate.
///
/// The gate never reads `[X.Y]` prefixes, issue numbers or trailers itself; the parser (or a test)
/// supplies them here, through a ``CommitFactsReading``. For the subject
/// `[3.11] gh-104411: Title (GH-104412) (#105357)` with the trailer
/// `(cherry picked from commit 0123…)`, the facts are:
///
/// ```swift
/// CommitFacts(
///     summary: "gh-104411: Title (GH-104412) (#105357)",
///     title: "Title",
///     target: try SeriesName("3.11"),
///     issues: [IssueReference(.github, 104411)],
///     cherryPickedFrom: ["0123…"]
/// )
/// ```
public struct CommitFacts: Hashable, Sendable {
    /// The subject after any `[X.Y]` prefix: where PEP 605's `(ABI break)` marker must open.
    public var summary: String
    /// The summary without its leading issue references (`gh-N:`, `bpo-N:`) and trailing pull request
    /// numbers: where the words `Revert …`, `Rollback …` and `Roll back …` open a revert.
    public var title: String
    /// The branch named by the `[X.Y]` prefix, if any.
    public var target: SeriesName?
    /// Every issue the subject names (`gh-104411`, `bpo-43710`), in order.
    public var issues: [IssueReference]
    /// The object names in `(cherry picked from commit <sha>)` trailers.
    public var cherryPickedFrom: [String]
    /// The object names in `This reverts commit <sha>.` trailers.
    public var revertedCommits: [String]
    /// Whether the commit is release bookkeeping (`Python 3.11.4`, `Post 3.9.3`,
    /// `Merge tag 'v3.9.3' into 3.9`) rather than a change.
    public var isBookkeeping: Bool

    /// Creates the facts of one commit.
    /// - Parameters:
    ///   - summary: The subject after any `[X.Y]` prefix.
    ///   - title: The summary without issue references and pull request numbers; the summary when `nil`.
    ///   - target: The branch of the `[X.Y]` prefix.
    ///   - issues: The issues the subject names.
    ///   - cherryPickedFrom: The cherry-pick sources named by trailers.
    ///   - revertedCommits: The commits named by `This reverts commit` trailers.
    ///   - isBookkeeping: Whether the commit is release bookkeeping.
    public init(
        summary: String,
        title: String? = nil,
        target: SeriesName? = nil,
        issues: [IssueReference] = [],
        cherryPickedFrom: [String] = [],
        revertedCommits: [String] = [],
        isBookkeeping: Bool = false
    ) {
        self.summary = summary
        self.title = title ?? summary
        self.target = target
        self.issues = issues
        self.cherryPickedFrom = cherryPickedFrom
        self.revertedCommits = revertedCommits
        self.isBookkeeping = isBookkeeping
    }
}
