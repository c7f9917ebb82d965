/// Groups commits into ``Change``s: commits that share an issue number or a cherry-pick source belong
/// together (an original and its backports; several commits of one issue).
///
/// Reverts are grouped among themselves, never with what they undo (a `Rollback` names the issue it
/// rolls back): ``RevertLinker`` links them. Merge commits and release bookkeeping
/// (``CommitFacts/isBookkeeping``) are not changes and are left out.
///
/// ```swift
/// let changes = ChangeGrouper(configuration: .cpython).changes(from: commits, reading: parser)
/// ```
public struct ChangeGrouper: Sendable {
    /// The rules used to recognise reverts and classify changes.
    public var configuration: GateConfiguration

    /// Creates a grouper.
    public init(configuration: GateConfiguration = .cpython) { self.configuration = configuration }

    /// The changes among `commits`, reading each commit's facts with `reader`.
    public func changes(from commits: [Commit], reading reader: some CommitFactsReading) -> [Change] {
        changes(from: commits.map { AnnotatedCommit($0, facts: reader.facts(of: $0)) })
    }

    /// The changes among `commits`, in the order of their first commit in `commits`.
    public func changes(from commits: [AnnotatedCommit]) -> [Change] {
        // Work on positions: an annotated commit is large, and each copy retains all it holds.
        let members = commits.indices.filter { !commits[$0].facts.isBookkeeping && !commits[$0].commit.isMerge }
        var groups = UnionFind(count: members.count)
        var owners: [GroupKey: Int] = [:]
        var outsideSources: [String] = []
        var outsideByName: Set<String> = []
        // Full object names resolve through a table; only abbreviated ones are compared one by one.
        let memberNames = Set(members.map { commits[$0].sha.lowercased() })
        func resolve(_ source: String) -> String {
            let source = source.lowercased()
            if memberNames.contains(source) || outsideByName.contains(source) { return source }
            if source.utf8.count < 40 || members.contains(where: { commits[$0].sha.utf8.count < 40 }) {
                if let member = members.first(where: { Self.sameCommit(commits[$0].sha, source) }) {
                    return commits[member].sha.lowercased()
                }
                if let outside = outsideSources.first(where: { Self.sameCommit($0, source) }) { return outside }
            } else if let outside = outsideSources.first(where: { $0.utf8.count < 40 && Self.sameCommit($0, source) }) {
                return outside
            }
            // A source outside the range: backports of it belong together, however abbreviated.
            outsideSources.append(source)
            outsideByName.insert(source)
            return source
        }
        for (index, position) in members.enumerated() {
            let commit = commits[position]
            let isRevert = configuration.isRevert(commit)
            var keys = commit.issues.map { GroupKey.issue($0, isRevert: isRevert) }
            keys.append(.commit(commit.sha.lowercased(), isRevert: isRevert))
            for source in commit.facts.cherryPickedFrom {
                keys.append(.commit(resolve(source), isRevert: isRevert))
            }
            for key in keys {
                if let owner = owners[key] { groups.union(owner, index) } else { owners[key] = index }
            }
        }
        var order: [Int] = []
        var byRoot: [Int: [Int]] = [:]
        for (index, position) in members.enumerated() {
            let root = groups.find(index)
            if byRoot[root] == nil { order.append(root) }
            byRoot[root, default: []].append(position)
        }
        return order.map { root in
            Change((byRoot[root] ?? []).map { commits[$0] }, configuration: configuration)
        }
    }

    /// Whether two object names name the same commit: equal, or one abbreviates the other (at least 7 hex).
    static func sameCommit(_ a: String, _ b: String) -> Bool {
        let a = a.lowercased()
        let b = b.lowercased()
        guard min(a.count, b.count) >= 7 else { return a == b }
        return a.hasPrefix(b) || b.hasPrefix(a)
    }
}

/// What commits that belong together share: an issue or a commit (its own or its cherry-pick source),
/// among reverts or among other commits (a revert never joins what it undoes).
private enum GroupKey: Hashable {
    case issue(IssueReference, isRevert: Bool)
    case commit(String, isRevert: Bool)
}

/// Disjoint sets over `0..<count`, with path halving.
private struct UnionFind {
    private var parent: [Int]

    init(count: Int) { parent = Array(0..<count) }

    mutating func find(_ element: Int) -> Int {
        var element = element
        while parent[element] != element {
            parent[element] = parent[parent[element]]
            element = parent[element]
        }
        return element
    }

    mutating func union(_ a: Int, _ b: Int) {
        let rootA = find(a)
        let rootB = find(b)
        if rootA != rootB { parent[max(rootA, rootB)] = min(rootA, rootB) }
    }
}
