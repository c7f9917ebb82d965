/// Commits that belong together, such as an original on `main` and its backports, or several commits
/// for one issue, with the kind of change they make and why.
///
/// ```swift
/// let changes = ChangeGrouper().changes(from: commits, reading: parser)
/// changes[0].kind  // .crashFix
/// changes[0].classification.evidence  // the NEWS line that says "crash"
/// ```
public struct Change: Hashable, Sendable, Identifiable {
    /// The commits, oldest first (by commit date, then in the order given).
    public var commits: [AnnotatedCommit]
    /// The kind and the evidence for it.
    public var classification: ChangeClassification
    /// Whether the change undoes another: a `This reverts commit` trailer, or a title opening with a
    /// revert word (`Revert …`, `Rollback …`, `Roll back …`).
    public var isRevert: Bool

    /// Groups `commits` into one change and classifies it with `configuration`'s rules.
    public init(_ commits: [AnnotatedCommit], configuration: GateConfiguration = .cpython) {
        if commits.count < 2 {
            self.commits = commits
        } else {
            let order = commits.indices.sorted {
                (commits[$0].commit.commitDate, $0) < (commits[$1].commit.commitDate, $1)
            }
            self.commits = order.map { commits[$0] }
        }
        classification = ChangeClassifier(configuration: configuration).classify(self.commits)
        isRevert = commits.contains { configuration.isRevert($0) }
    }

    /// The object name of the oldest commit.
    public var id: String { commits.first?.sha ?? "" }

    /// The kind of change.
    public var kind: ChangeKind { classification.kind }

    /// The issues the change is about, in order of first mention.
    public var issues: [IssueReference] {
        var seen: Set<IssueReference> = []
        return commits.flatMap(\.issues).filter { seen.insert($0).inserted }
    }

    /// The paths the change touched, in order of first touch.
    public var paths: [String] {
        var seen: Set<String> = []
        return commits.flatMap { $0.commit.files.map(\.path) }.filter { seen.insert($0).inserted }
    }

    /// The NEWS entries of all its commits, with the commit that added each.
    public var newsEntries: [(commit: String, entry: NewsEntry)] {
        commits.flatMap { commit in commit.commit.newsEntries.map { (commit.sha, $0) } }
    }

    /// The test functions its commits removed or changed, with the commit of each.
    public var testChanges: [(commit: String, test: TestChange)] {
        commits.flatMap { commit in commit.commit.testChanges.map { (commit.sha, $0) } }
    }

    /// The files its commits changed, with the commit of each.
    public var fileChanges: [(commit: String, file: FileChange)] {
        commits.flatMap { commit in commit.commit.files.map { (commit.sha, $0) } }
    }

    /// The branches its commits name in `[X.Y]` prefixes.
    public var targets: [SeriesName] {
        var seen: Set<SeriesName> = []
        return commits.compactMap(\.facts.target).filter { seen.insert($0).inserted }
    }

    /// The commit date of its newest commit.
    public var lastDate: CalendarDate? { commits.map(\.commit.commitDate).max() }
}

extension GateConfiguration {
    /// Whether `commit` is a revert: a `This reverts commit` trailer, or a title opening with one of
    /// ``Words/revert``.
    ///
    /// The commit's ``AnnotatedCommit/signals`` answer for the title when present (they come from a
    /// classifier with this configuration).
    public func isRevert(_ commit: AnnotatedCommit) -> Bool {
        if !commit.facts.revertedCommits.isEmpty { return true }
        if let signals = commit.signals { return signals.revertOpening != nil }
        return words.revert.opening(commit.facts.title) != nil
    }
}
