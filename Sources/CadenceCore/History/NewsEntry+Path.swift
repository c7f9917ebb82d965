extension NewsEntry {
    /// Where a NEWS entry lives: `Misc/NEWS.d/next/<Section>/<YYYY-MM-DD-hh-mm-ss>.gh-issue-<N>.<nonce>.rst`.
    ///
    /// Read from a path alone:
    /// - the folder is normalised to CPython's section names: `_` reads as a space (`Core_and_Builtins`,
    ///   `C_API`), `Tools-Demos` as `Tools/Demos`; a folder Cadence does not know keeps its name so read;
    /// - the issue is the file name's `gh-issue-<N>`, `gh-<N>` or `bpo-<N>` part (none for an older name
    ///   without one);
    /// - `README.rst`, files outside `Misc/NEWS.d/next/<Section>/` and files not ending in `.rst` are no entry.
    public struct Location: Hashable, Sendable {
        /// The section, normalised (`Core and Builtins`).
        public var section: String
        /// The issue of the file name.
        public var issue: IssueReference?

        /// Creates a location.
        public init(section: String, issue: IssueReference?) {
            self.section = section
            self.issue = issue
        }

        /// Reads a repository path; `nil` when it is not a NEWS entry.
        /// - Parameter path: A path relative to the repository's root, `/`-separated.
        public init?(path: String) {
            self.init(path: path, folder: "Misc/NEWS.d/")
        }

        /// Reads a repository path under a project's NEWS folder (`cadence.toml`'s `[paths] news`), which
        /// holds blurb's layout: `<folder>next/<Section>/<file>.rst`.
        /// - Parameters:
        ///   - path: A path relative to the repository's root, `/`-separated.
        ///   - folder: The NEWS folder, ending in `/` (CPython's is `Misc/NEWS.d/`).
        public init?(path: String, folder: String) {
            guard path.utf8.starts(with: folder.utf8), folder.utf8.last == UInt8(ascii: "/") else { return nil }
            let parts = path.dropFirst(folder.count).split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0] == "next", !parts[1].isEmpty else { return nil }
            let name = parts[2]
            guard name.hasSuffix(".rst"), name.lowercased() != "readme.rst", !name.hasPrefix(".") else { return nil }
            self.init(section: NewsEntry.sectionName(folder: parts[1]), issue: NewsEntry.issue(fileName: name))
        }
    }

    /// CPython's section names, the folders' normalised spellings.
    public static let sections = [
        "Security", "Core and Builtins", "Library", "Documentation", "Tests", "Build", "Windows", "macOS", "IDLE",
        "Tools/Demos", "C API",
    ]

    /// The section a folder stands for: `Core_and_Builtins` → `Core and Builtins`, `Tools-Demos` → `Tools/Demos`.
    /// - Parameter folder: The folder's name under `Misc/NEWS.d/next/`.
    /// - Returns: One of ``sections`` (matched without case), or the folder's name with `_` read as spaces.
    public static func sectionName<S: StringProtocol>(folder: S) -> String {
        let spaced = String(folder.map { $0 == "_" ? " " : $0 })
        let slashed = String(spaced.map { $0 == "-" ? "/" : $0 })
        for candidate in [spaced, slashed] {
            if let known = sections.first(where: { $0.lowercased() == candidate.lowercased() }) { return known }
        }
        return spaced
    }

    /// The issue named in an entry's file name: `2023-06-05-10-11-12.gh-issue-104411.AbCdEf.rst`.
    static func issue<S: StringProtocol>(fileName: S) -> IssueReference? {
        for part in fileName.split(separator: ".") {
            if let (reference, rest) = CommitMessage.Subject.issue(Substring(part)), rest.isEmpty {
                return reference
            }
        }
        return nil
    }

    /// Whether the text opens with PEP 605's `(CPython ABI break)` marker (leading spaces ignored).
    public var hasABIBreakMarker: Bool {
        HistoryText.dropping(prefix: "(CPython ABI break)", from: Substring(HistoryText.trimmed(text))) != nil
    }
}
