import CadenceCore
import Foundation

/// A git repository Cadence reads history from; the only place that runs git.
///
/// Reading a range starts a fixed number of processes, however many commits it has: one
/// `git rev-parse` (is it a repository, is it shallow, does the range resolve), run beside the log; one
/// `git log` with a NUL-separated format, `--raw` and `-p --unified=0` (identity, message, files, blob
/// names, line counts, the hunks of Python test files and public headers, the texts of added NEWS
/// entries), read as git writes it; and — only when the range needs them — one `git cat-file --batch`,
/// fed while the log is read, for the old texts of changed test files and both texts of changed headers.
/// So at most three (five on a partial clone that lacks file contents, where the log and `cat-file` run
/// again without patches).
///
/// Merges are listed (``Commit/isMerge``) with no files: their changes are the commits they merge, which
/// the range lists themselves (every commit of the range is walked, not only the first-parent line, so
/// a release manager's commits merged with `Merge tag 'v3.9.3' into 3.9` are seen one by one).
///
/// ```swift
/// let repository = GitRepository(path: "/src/cpython")
/// let history = try repository.history(range: "v3.9.3..v3.9.4")
/// for commit in history.changes { print(commit.shortSHA, commit.subject) }
/// history.limitations  // [] on a full clone
/// ```
public struct GitRepository: Sendable {
    /// The repository's folder (its work tree, or a bare repository's git directory).
    public let path: String
    /// What starts git processes.
    public let runner: any GitCommandRunner
    /// Which files are tests, public headers, ABI files and NEWS entries: the project's `cadence.toml`.
    public let paths: GateConfiguration.Paths

    /// Opens a repository; nothing runs until a read.
    /// - Parameters:
    ///   - path: The repository's folder.
    ///   - paths: Which files the evidence reads as tests, headers and NEWS entries (CPython's by default).
    ///   - runner: What runs git (by default Foundation's `Process` with `git` from `PATH`).
    public init(
        path: String,
        paths: GateConfiguration.Paths = GateConfiguration.cpython.paths,
        runner: any GitCommandRunner = ProcessGitRunner()
    ) {
        self.path = path
        self.paths = paths
        self.runner = runner
    }

    /// The commits of a range, newest first.
    /// - Parameter range: Revisions as git reads them: `v3.9.3..v3.9.4`, `main~10..main`, or one revision
    ///   for all its history.
    /// - Returns: The commits with their files, NEWS entries, test changes and interface changes.
    /// - Throws: ``GitError`` naming the range, the command and git's message.
    public func commits(range: String) throws -> [Commit] {
        try history(range: range).commits
    }

    /// The commits of a range, with what the clone could not show.
    /// - Parameters:
    ///   - range: Revisions as git reads them (`v3.9.3..v3.9.4`).
    ///   - progress: Called as each stage ends.
    /// - Returns: The history.
    /// - Throws: ``GitError`` naming the range, the command and git's message.
    public func history(range: String, progress: (HistoryProgress) -> Void = { _ in }) throws -> History {
        try history(range: range, progress: progress) { _ in () }.history
    }

    /// The commits of a range, each also handed to `annotate` as soon as it is whole: for most commits
    /// while git is still writing the log, so that work on them overlaps git's own.
    ///
    /// A commit is whole when its log record is read, unless it needs texts from `git cat-file` (the old
    /// text of a test file it changed, the texts of a header): then as soon as cat-file has answered.
    /// On a partial clone whose log cannot print patches, the log is read again without them and every
    /// commit annotated again (the first annotations are dropped).
    ///
    /// ```swift
    /// let (history, facts) = try repository.history(range: "v3.9.3..v3.9.4") { commit in
    ///     CommitMessageFacts().facts(of: commit)
    /// }
    /// ```
    /// - Parameters:
    ///   - range: Revisions as git reads them (`v3.9.3..v3.9.4`).
    ///   - progress: Called as each stage ends, and every 1,000 commits while the log is read.
    ///   - annotate: Work to do on each commit, on the calling thread.
    /// - Returns: The history, and the annotations in the order of its commits.
    /// - Throws: ``GitError`` naming the range, the command and git's message, or what `annotate` threw.
    public func history<Annotation>(
        range: String,
        progress: (HistoryProgress) -> Void = { _ in },
        annotating annotate: (Commit) throws -> Annotation
    ) throws -> (history: History, annotations: [Annotation]) {
        try validate(range: range)
        // `git rev-parse` checks the range and the clone while the log is already being read.
        let resolution = Pending { try resolve(range: range) }
        return try withoutActuallyEscaping(annotate) { annotate in
            try withoutActuallyEscaping(progress) { progress in
                try read(range: range, resolution: resolution, annotate: annotate, progress: progress)
            }
        }
    }

    /// The reading of ``history(range:progress:annotating:)``, with the range's check under way.
    private func read<Annotation>(
        range: String,
        resolution: Pending<Visibility>,
        annotate: @escaping (Commit) throws -> Annotation,
        progress: @escaping (HistoryProgress) -> Void
    ) throws -> (history: History, annotations: [Annotation]) {
        var resolved = false
        func visibility() throws -> Visibility {
            let visibility = try resolution.value()
            if !resolved { progress(.resolvedRange) }
            resolved = true
            return visibility
        }
        func readLog(patches: Bool) throws -> RangeReading<Annotation> {
            let reading = RangeReading(
                repository: self,
                range: range,
                visibility: visibility,
                annotate: annotate,
                progress: progress
            )
            do {
                try log(range: range, patches: patches, each: reading.take)
            } catch {
                reading.abandon()
                throw error
            }
            return reading
        }
        let reading: RangeReading<Annotation>
        var partialNote: String?
        do {
            reading = try readLog(patches: true)
        } catch {
            // The check's error (no repository, an unknown range) says more than the log's.
            guard try visibility().isPartial, let error = error as? GitError else { throw error }
            // A partial clone lacks file contents that patches need (and git may not fetch them).
            reading = try readLog(patches: false)
            partialNote =
                "this is a partial clone that lacks file contents, so line counts, test changes and header "
                + "diffs of '\(range)' could not be read (\(error)); run 'git fetch --refetch' or clone "
                + "without --filter to see them"
        }
        let visibility = try visibility()
        var limitations = visibility.limitations + (partialNote.map { [$0] } ?? [])
        progress(.listedCommits(reading.count))
        limitations += reading.shallowNotes
        var texts: [String: String] = [:]
        do {
            texts = try reading.finishTexts()
        } catch let error as GitError where visibility.isPartial {
            limitations.append("this partial clone could not give the texts Cadence reads (\(error))")
        }
        progress(.readTexts(texts.count))
        let built = try reading.commits(texts: texts)
        limitations += built.flatMap(\.missing)
        let history = History(
            range: range,
            commits: built.map(\.commit),
            isShallow: visibility.isShallow,
            isPartial: visibility.isPartial,
            limitations: limitations
        )
        return (history, built.map(\.annotation))
    }

    /// The command as a person would type it, for messages.
    static func commandLine(_ arguments: [String]) -> String {
        (["git"] + arguments).map { $0.contains(" ") || $0.isEmpty ? "'\($0)'" : $0 }.joined(separator: " ")
    }
}
