import Foundation

/// One security advisory, as an OSV record describes it: what it is called, when it appeared, and the
/// commits that fix it.
///
/// The PSF's records list fix commits as bare SHAs of a `GIT` range, main's and the backports' alike,
/// with no branch and no version: which series a fix reaches, and which release ships it, come from the
/// repository (see ``FixTrace``).
///
/// ```swift
/// let advisory = try Advisory(osv: data, file: "PSF-2021-1.json")
/// advisory.fixes.map(\.sha)  // ["5c17dfc5…", "c9f07813…", …]
/// ```
public struct Advisory: Hashable, Sendable {
    /// The record's id, such as `PSF-2021-1`.
    public var id: String
    /// Other names of the same vulnerability (`CVE-2021-23336`, `GHSA-…`).
    public var aliases: [String]
    /// The one-line summary, when the record has one.
    public var summary: String?
    /// When the advisory was published (not when the fix was merged).
    public var published: Date
    /// When the record was last changed, when it says.
    public var modified: Date?
    /// The `fixed` events of its `GIT` ranges, in the record's order (a SHA may be listed twice).
    public var fixes: [AdvisoryEvent]
    /// The `introduced` events of its `GIT` ranges (`0` for "since the beginning").
    public var introduced: [AdvisoryEvent]
    /// The record's references (reports, advisories, fixes).
    public var references: [AdvisoryReference]
    /// The file the record was read from, for messages (`PSF-2021-1.json`).
    public var file: String

    /// Creates an advisory.
    public init(
        id: String,
        aliases: [String] = [],
        summary: String? = nil,
        published: Date,
        modified: Date? = nil,
        fixes: [AdvisoryEvent],
        introduced: [AdvisoryEvent] = [],
        references: [AdvisoryReference] = [],
        file: String
    ) {
        self.id = id
        self.aliases = aliases
        self.summary = summary
        self.published = published
        self.modified = modified
        self.fixes = fixes
        self.introduced = introduced
        self.references = references
        self.file = file
    }

    /// The fix commits' SHAs, each once, in the record's order.
    public var fixSHAs: [String] {
        var seen: Set<String> = []
        return fixes.map(\.sha).filter { seen.insert($0).inserted }
    }
}

/// One event of an OSV `GIT` range: a commit SHA and where the record names it.
public struct AdvisoryEvent: Hashable, Sendable {
    /// The commit, as the record writes it (normally 40 hexadecimal digits; `0` for "the beginning").
    public var sha: String
    /// Where the record names it, as a JSON path: `$.affected[0].ranges[0].events[2].fixed`.
    public var path: String

    /// Creates an event.
    public init(sha: String, path: String) {
        self.sha = sha
        self.path = path
    }
}

/// A link an advisory gives: a report, an advisory page, a fix.
public struct AdvisoryReference: Hashable, Sendable {
    /// OSV's reference type (`REPORT`, `ADVISORY`, `FIX`, `WEB`, …).
    public var type: String
    /// The address.
    public var url: String

    /// Creates a reference.
    public init(type: String, url: String) {
        self.type = type
        self.url = url
    }
}
