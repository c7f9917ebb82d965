import CadenceCore

/// The commits of a range, with what the clone could not show.
public struct History: Sendable {
    /// The range as asked (`v3.9.3..v3.9.4`).
    public var range: String
    /// The commits, newest first as `git log` lists them; merges included (with no files).
    public var commits: [Commit]
    /// Whether the repository is a shallow clone.
    public var isShallow: Bool
    /// Whether the repository is a partial clone (objects may be missing and are not fetched).
    public var isPartial: Bool
    /// What could not be seen, one sentence each, naming the commit or file and what to do; empty when
    /// everything was seen.
    public var limitations: [String]

    /// Creates a history.
    public init(range: String, commits: [Commit], isShallow: Bool, isPartial: Bool, limitations: [String]) {
        self.range = range
        self.commits = commits
        self.isShallow = isShallow
        self.isPartial = isPartial
        self.limitations = limitations
    }

    /// The commits that are changes: not release bookkeeping (`Python 3.9.4`, `Post 3.9.3`, `Merge tag …`).
    public var changes: [Commit] { commits.filter { !$0.message.isBookkeeping } }
}

/// How far reading a range has come, for a progress display.
public enum HistoryProgress: Equatable, Sendable {
    /// The range resolved; reading the log.
    case resolvedRange
    /// This many commits of the log are read (every 1,000 while reading, then all of them).
    case listedCommits(Int)
    /// The texts of NEWS entries and of changed test files and headers are read: this many objects.
    case readTexts(Int)
}
