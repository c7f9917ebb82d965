import Foundation

/// A commit message read for CPython's conventions: backport branch, issues, pull requests, trailers,
/// reverts, release bookkeeping and the PEP 605 ABI marker.
///
/// Parsing is pure and never fails: a message that follows no convention simply yields empty fields
/// and its subject as ``title``.
///
/// ```swift
/// let message = CommitMessage(
///     subject: "[3.11] gh-104411: Fix a crash (GH-104412) (#105357)",
///     body: "(cherry picked from commit 0123456789abcdef0123456789abcdef01234567)")
/// message.backportBranch   // "3.11"
/// message.issues           // [gh-104411]
/// message.pullRequests     // [104412, 105357]
/// message.title            // "Fix a crash"
/// ```
public struct CommitMessage: Hashable, Sendable {
    /// The first line, as written.
    public var subject: String
    /// The rest of the message, with line endings normalised to `\n`.
    public var body: String
    /// The branch named by a leading `[X.Y]` prefix (`"3.11"`), the branch a backport targets.
    public var backportBranch: String?
    /// Whether the summary opens with PEP 605's `(ABI break)` marker, right after any `[X.Y]` prefix
    /// (or, tolerated, right after the issue prefix).
    public var hasABIBreakMarker: Bool
    /// The issues the subject names: those of the leading prefix (`gh-N:`, `bpo-N:`, `bpo-N, bpo-M:`) first,
    /// then any other `gh-N` or `bpo-N` it mentions (such as the issue of a reverted commit), each once.
    public var issues: [IssueReference]
    /// The pull requests of the trailing `(GH-M)` and `(#K)` groups, left to right.
    ///
    /// On a backport the last is the backport's own pull request and the earlier ones the originals
    /// (`(GH-104412) (#105357)`); with a single group it is usually the commit's own pull request, but
    /// older backports sometimes carry only the original's number.
    public var pullRequests: [Int]
    /// The subject without the `[X.Y]` prefix, the ABI marker, the issue prefix and the trailing pull
    /// request groups: `"Fix a crash"`.
    public var title: String
    /// The commits named by `(cherry picked from commit <sha>)` trailers, in order (several when a
    /// backport squashes several commits).
    public var cherryPickedFrom: [String]
    /// The people of `Co-authored-by:` trailers, in order.
    public var coAuthors: [CoAuthor]
    /// What the message says it reverts, if it is a revert or a rollback.
    public var revert: Revert?
    /// What release bookkeeping the commit is, if it is not a change (`Python 3.11.4`, `Post 3.9.3`, …).
    public var bookkeeping: Bookkeeping?
    /// CVE identifiers named anywhere in the message (`CVE-2021-3177`), each once, in order.
    public var cveIDs: [String]

    /// Reads a message given as subject and body, as `git log` gives them.
    /// - Parameters:
    ///   - subject: The first line.
    ///   - body: The rest of the message (may be empty).
    public init(subject: String, body: String = "") {
        let subject = HistoryText.trimmed(subject)
        let body = body.utf8.contains(13) ? body.replacingOccurrences(of: "\r\n", with: "\n") : body
        self.subject = subject
        self.body = body
        let parsed = Subject(subject)
        backportBranch = parsed.branch
        hasABIBreakMarker = parsed.hasABIBreakMarker
        issues = parsed.issues
        pullRequests = parsed.pullRequests
        title = parsed.title
        let trailers = Trailers(body)
        cherryPickedFrom = trailers.cherryPickedFrom
        coAuthors = trailers.coAuthors
        revert = Revert(title: parsed.title, revertedCommits: trailers.revertedCommits)
        bookkeeping = Bookkeeping(subject: subject)
        cveIDs = CommitMessage.cveIDs(in: subject + "\n" + body)
    }

    /// Reads a whole raw message: the first line is the subject, the rest (after blank lines) the body.
    /// - Parameter raw: The message as `git log --format=%B` prints it.
    public init(_ raw: String) {
        let text = raw.utf8.contains(13) ? raw.replacingOccurrences(of: "\r\n", with: "\n") : raw
        let trimmedStart = text.drop { $0 == "\n" }
        if let newline = trimmedStart.firstIndex(of: "\n") {
            let rest = trimmedStart[trimmedStart.index(after: newline)...].drop { $0 == "\n" }
            self.init(subject: String(trimmedStart[..<newline]), body: String(rest))
        } else {
            self.init(subject: String(trimmedStart))
        }
    }

    /// Whether the commit is a backport: it has a `[X.Y]` prefix or a cherry-pick trailer.
    public var isBackport: Bool { backportBranch != nil || !cherryPickedFrom.isEmpty }

    /// The commit's own pull request: the last trailing `(GH-M)` or `(#K)` group.
    public var pullRequest: Int? { pullRequests.last }

    /// Whether the commit reverts or rolls back an earlier change.
    public var isRevert: Bool { revert != nil }

    /// Whether the commit is release bookkeeping rather than a change.
    public var isBookkeeping: Bool { bookkeeping != nil }
}

/// A person credited by a `Co-authored-by: Name <mail>` trailer.
public struct CoAuthor: Hashable, Sendable, CustomStringConvertible {
    /// The name as written.
    public var name: String
    /// The mail address between `<` and `>`, if any.
    public var email: String?

    /// Creates a co-author.
    public init(name: String, email: String?) {
        self.name = name
        self.email = email
    }

    /// `Name <mail>`, as in the trailer.
    public var description: String { email.map { "\(name) <\($0)>" } ?? name }
}
