/// One commit of a repository's history, as Cadence reads it: identity, message, and what it changed.
///
/// `CadenceGit` fills these from `git log`; the backport gate (`Policy/`) reads them. The message is
/// kept raw (``subject``, ``body``) and also read for CPython's conventions (``message``).
public struct Commit: Hashable, Sendable {
    /// The full 40-hex object name.
    public var sha: String
    /// The parents' object names (two or more for a merge).
    public var parents: [String]
    /// The author's name.
    public var author: String
    /// The author date (day precision is all the gate needs).
    public var authorDate: CalendarDate
    /// The commit date, when it landed on the branch.
    public var commitDate: CalendarDate
    /// The first line of the message.
    public var subject: String
    /// The rest of the message, without the subject line and the blank line after it.
    public var body: String
    /// The files it changed, with lines added and removed.
    public var files: [FileChange]
    /// The NEWS entries it added (`Misc/NEWS.d/next/<Section>/…rst`), with their text at this commit.
    public var newsEntries: [NewsEntry]
    /// Test functions it removed or changed in existing test files.
    public var testChanges: [TestChange]
    /// Its changes to public C headers and ABI data files, with the structs they touched.
    public var interfaceChanges: [InterfaceChange]
    /// Its changes to public Python modules' interfaces: names removed or added, signatures changed,
    /// new `raise`s (``PythonAPIChange``), moves between files left out.
    public var apiChanges: [PythonAPIChange]
    /// The `versionadded`, `versionchanged` and `deprecated` notes it added to the documentation.
    public var versionNotes: [VersionNote]

    /// Creates a commit.
    public init(
        sha: String,
        parents: [String] = [],
        author: String = "",
        authorDate: CalendarDate,
        commitDate: CalendarDate,
        subject: String,
        body: String = "",
        files: [FileChange] = [],
        newsEntries: [NewsEntry] = [],
        testChanges: [TestChange] = [],
        interfaceChanges: [InterfaceChange] = [],
        apiChanges: [PythonAPIChange] = [],
        versionNotes: [VersionNote] = []
    ) {
        self.sha = sha
        self.parents = parents
        self.author = author
        self.authorDate = authorDate
        self.commitDate = commitDate
        self.subject = subject
        self.body = body
        self.files = files
        self.newsEntries = newsEntries
        self.testChanges = testChanges
        self.interfaceChanges = interfaceChanges
        self.apiChanges = apiChanges
        self.versionNotes = versionNotes
    }

    /// The abbreviated object name, 10 characters as CPython's tooling prints them.
    public var shortSHA: String { String(sha.prefix(10)) }

    /// Whether the commit is a merge.
    public var isMerge: Bool { parents.count > 1 }
}

/// A file a commit changed, with its line counts.
public struct FileChange: Hashable, Sendable {
    /// The path after the change (the new path of a rename).
    public var path: String
    /// The path before a rename, if the file was renamed.
    public var oldPath: String?
    /// Lines added; `nil` for a binary file.
    public var added: Int?
    /// Lines removed; `nil` for a binary file.
    public var removed: Int?
    /// What happened to the file.
    public var status: Status
    /// Whether every line the change added or removed in the file is a comment or blank (Python `#`,
    /// C `/* … */` and `//`): the code did not change.
    public var isCommentOnly: Bool

    /// What a commit did to a file.
    public enum Status: String, Hashable, Sendable {
        /// The file is new.
        case added
        /// The file existed and was changed.
        case modified
        /// The file was deleted.
        case deleted
        /// The file was renamed (and possibly changed).
        case renamed
    }

    /// Creates a file change.
    public init(
        path: String,
        oldPath: String? = nil,
        added: Int?,
        removed: Int?,
        status: Status = .modified,
        isCommentOnly: Bool = false
    ) {
        self.path = path
        self.oldPath = oldPath
        self.added = added
        self.removed = removed
        self.status = status
        self.isCommentOnly = isCommentOnly
    }
}

/// A NEWS entry a commit added: `Misc/NEWS.d/next/<Section>/<date>.gh-issue-<N>.<nonce>.rst`.
public struct NewsEntry: Hashable, Sendable {
    /// The file's path.
    public var path: String
    /// The section, normalised to CPython's names: `Security`, `Core and Builtins`, `Library`,
    /// `Documentation`, `Tests`, `Build`, `Windows`, `macOS`, `IDLE`, `Tools/Demos`, `C API`.
    public var section: String
    /// The issue number in the file name (`gh-issue-<N>` or `bpo-<N>`).
    public var issue: IssueReference?
    /// The entry's text at that commit.
    public var text: String

    /// Creates an entry.
    public init(path: String, section: String, issue: IssueReference?, text: String) {
        self.path = path
        self.section = section
        self.issue = issue
        self.text = text
    }
}

/// An issue on GitHub (`gh-104411`) or on the old bug tracker (`bpo-43710`).
public struct IssueReference: Hashable, Sendable, CustomStringConvertible {
    /// Which tracker.
    public enum Tracker: String, Hashable, Sendable {
        /// GitHub issues, `gh-N`.
        case github = "gh"
        /// bugs.python.org, `bpo-N`.
        case bpo
    }

    /// The tracker.
    public var tracker: Tracker
    /// The issue number.
    public var number: Int

    /// Creates a reference.
    public init(_ tracker: Tracker, _ number: Int) {
        self.tracker = tracker
        self.number = number
    }

    /// `gh-104411` or `bpo-43710`.
    public var description: String { "\(tracker.rawValue)-\(number)" }
}

/// A test function a commit removed or changed in an existing test file: evidence for the gate.
public struct TestChange: Hashable, Sendable {
    /// What happened to the test.
    public enum Kind: String, Hashable, Sendable {
        /// The test function was deleted.
        case removed
        /// Lines inside the test function were changed or deleted (an adapted test).
        case changed
    }

    /// The test file's path, such as `Lib/test/test_ssl.py`.
    public var file: String
    /// The test function's name, such as `test_wrap_socket`.
    public var function: String
    /// Removed or changed.
    public var kind: Kind
    /// Lines removed inside the function (its `def` line and decorators included; blank lines not).
    public var removedLines: Int
    /// The class (or dotted classes) the function is defined in, such as `ContextTests`; `nil` for a
    /// module-level function or when the file's text could not be read.
    public var testCase: String?
    /// What its removed lines expected that no added line of the commit's test files expects any more.
    ///
    /// These are ``TestExpectation`` tokens: an expected value or exception that changed. Empty for a test that was
    /// refactored, moved, renamed or made robust without changing what it checks.
    public var lostExpectations: [String]

    /// Creates a test change.
    public init(
        file: String,
        function: String,
        kind: Kind,
        removedLines: Int,
        testCase: String? = nil,
        lostExpectations: [String] = []
    ) {
        self.file = file
        self.function = function
        self.kind = kind
        self.removedLines = removedLines
        self.testCase = testCase
        self.lostExpectations = lostExpectations
    }

    /// Whether what the test expects changed: the seed's signal that a change had to adapt (or, for a
    /// removed test, delete) a test of the behaviour it changes.
    public var changesExpectations: Bool { !lostExpectations.isEmpty }
}
