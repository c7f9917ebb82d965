/// One fact the gate found in a change, with where it found it, so a person can see why.
///
/// ```
/// 0123456789 Misc/NEWS.d/next/Library/2023-05-01.gh-issue-104411.abc.rst:2: 'now raises'
/// ```
public struct Evidence: Hashable, Sendable, CustomStringConvertible {
    /// Where the fact comes from.
    public enum Source: String, Hashable, Sendable {
        /// The commit's subject (line 1 of the message).
        case subject
        /// The commit's body (lines from 3 of the message).
        case body
        /// The section of a NEWS entry.
        case newsSection = "news-section"
        /// The text of a NEWS entry.
        case newsText = "news-text"
        /// A file the change touched.
        case file
        /// A test function the change removed or changed.
        case test
        /// A revert trailer or subject.
        case revert
        /// The target branch and its phase.
        case branch
    }

    /// Where the fact comes from.
    public var source: Source
    /// The object name of the commit it was found in, when it belongs to one.
    public var commit: String?
    /// The file: a touched file, a NEWS entry or a test file.
    public var path: String?
    /// The 1-based line: in the commit message for ``Source/subject`` and ``Source/body``, in the NEWS
    /// entry for ``Source/newsText``.
    public var line: Int?
    /// The test function, for ``Source/test``.
    public var test: String?
    /// What was found: a quoted word, a section, line counts.
    public var detail: String

    /// Creates a piece of evidence.
    public init(
        _ source: Source,
        commit: String? = nil,
        path: String? = nil,
        line: Int? = nil,
        test: String? = nil,
        detail: String
    ) {
        self.source = source
        self.commit = commit
        self.path = path
        self.line = line
        self.test = test
        self.detail = detail
    }

    /// The evidence on one line: `<short sha> <path>:<line>: <test>: <detail>`, leaving out what is unknown.
    public var description: String {
        var place: [String] = []
        if let commit { place.append(String(commit.prefix(10))) }
        var location = path ?? (source == .subject || source == .body ? "message" : "")
        if let line, !location.isEmpty { location += ":\(line)" }
        if !location.isEmpty { place.append(location) }
        var text = place.joined(separator: " ")
        if let test { text += text.isEmpty ? test : ": \(test)" }
        return text.isEmpty ? detail : text + ": " + detail
    }
}
