import CadenceCore
import Foundation

extension GitRepository {
    /// One commit as the NUL-separated `git log -z --raw -p` prints it.
    struct LogRecord: Equatable {
        var sha: String
        var parents: [String]
        var author: String
        var authorDate: CalendarDate
        var commitDate: CalendarDate
        var message: String
        var entries: [RawEntry] = []

        /// Forgets the files of a commit at a shallow clone's edge: git shows it as a root commit that
        /// adds every file, which it did not.
        mutating func hiddenByShallowBoundary() {
            entries = []
        }
    }

    /// The interface lines of a public Python module's patch: removed and added.
    struct InterfaceLines: Equatable {
        var removed: [String]
        var added: [String]
    }

    /// One file of a commit: `--raw`'s status and blob names, and what the patch said of it.
    struct RawEntry: Equatable {
        var status: FileChange.Status
        var path: String
        var oldPath: String?
        var oldBlob: String?
        var newBlob: String?
        /// Lines added and removed (`nil` for a binary file or when the patch was not read).
        var added: Int?
        var removed: Int?
        /// Whether the patch gave the counts.
        var hasCounts = false
        /// The hunks, for the files whose diffs the evidence reads (``GitRepository/needsPatch(_:paths:)``).
        var patch: UnifiedDiff.FilePatch?
        /// The whole text of an added NEWS entry, read from its patch.
        var addedText: String?
        /// For a public Python module, its removed and added `def`, `class` and `raise` lines with the
        /// hunks' `@@ <context>` lines (``CadenceCore/PythonAPIChange``).
        var interfaceLines: InterfaceLines?
        /// Whether every changed line of the file is a comment or blank (Python and C files only).
        var isCommentOnly = false
        /// For documentation, the added lines that hold a directive (`.. versionchanged:: 3.7.1`).
        var versionNotes: [String] = []
        /// The path's bytes, kept only when they are not UTF-8 (``path`` then has replacement characters).
        var pathBytes: [UInt8]?
        /// The old path's bytes, likewise.
        var oldPathBytes: [UInt8]?
    }

    /// The log format: a record separator and the full object name, then NUL-terminated fields.
    static let logFormat = "--format=%x1e%H%x00%P%x00%an%x00%aI%x00%cI%x00%B%x00"

    /// The arguments of the one `git log` that reads a range.
    ///
    /// It prints identity, message, `--raw` entries and, when `patches` is true, the patch of every file
    /// with no context (`--unified=0`), from which come the line counts, the hunks of test files and
    /// headers, and the texts of added NEWS entries. Without patches (a partial clone that lacks the
    /// files' contents) only the raw entries.
    ///
    /// The options pin what a user's configuration could change: prefixes, colours, external diff
    /// drivers, text conversion, merged neighbouring hunks, quoting, submodule summaries.
    /// - Parameters:
    ///   - range: The revisions.
    ///   - patches: Whether to print patches.
    /// - Returns: The arguments after `git`.
    static func logArguments(range: String, patches: Bool = true) -> [String] {
        let configuration = [
            "-c", "core.quotePath=false", "-c", "log.showSignature=false", "-c", "diff.noprefix=false",
        ]
        let patchOptions =
            patches
            ? [
                "-p", "--unified=0", "--inter-hunk-context=0", "--no-textconv", "--src-prefix=a/",
                "--dst-prefix=b/",
            ] : []
        return configuration + [
            "log", "-z", "--no-abbrev", "--no-color", "--no-ext-diff", "--submodule=short", "--raw",
        ] + patchOptions
            + ["-M", logFormat, range, "--"]
    }

    /// Whether an entry's hunks are kept: a Python test file (a new one for what its added lines
    /// expect), or a public header (ABI dumps are judged by their names alone; their diffs are huge).
    static func needsPatch(_ entry: RawEntry, paths: GateConfiguration.Paths) -> Bool {
        if paths.isPythonTestFile(entry.path) || entry.oldPath.map(paths.isPythonTestFile) == true {
            return true
        }
        return paths.isPublicHeaderFile(entry.path) || entry.oldPath.map(paths.isPublicHeaderFile) == true
    }

    /// Reads a range in one `git log`, with patches unless `patches` is false, handing each commit's
    /// record to `each` as soon as it is whole (while git is still writing the rest).
    func log(range: String, patches: Bool = true, each: (LogRecord) throws -> Void) throws {
        let arguments = GitRepository.logArguments(range: range, patches: patches)
        let command = GitRepository.commandLine(arguments)
        var reader = LogStream(command: command, paths: paths)
        let output = try runner.stream(arguments, in: URL(fileURLWithPath: path)) { piece in
            try reader.append(piece, each: each)
        }
        guard output.status == 0 else {
            throw GitError.commandFailed(command: command, status: output.status, stderr: output.stderr)
        }
        try reader.finish(each: each)
    }

    /// A raw entry's status letter as a ``FileChange/Status``.
    static func fileStatus(_ letter: Character) -> FileChange.Status {
        switch letter {
        case "A", "C": return .added
        case "D": return .deleted
        case "R": return .renamed
        default: return .modified
        }
    }
}
