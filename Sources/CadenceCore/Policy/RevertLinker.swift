/// Links reverts to the changes they undo, within one range of changes (such as `v3.9.2..v3.9.3`).
///
/// - A `This reverts commit <sha>.` trailer links to the change holding that commit (abbreviated names
///   match); a trailer naming a commit outside the range links to nothing, and no guess is made.
/// - Without a trailer, a change whose title opens with a revert word (`Revert …`, `Rollback …`,
///   `Roll back …`) links to the earlier change that shares an issue with it and touched the most of
///   the same files (NEWS entries aside); the later one when two tie.
///
/// A change reverted by a revert that stands (is not itself reverted in the range) never ships, unless a
/// release tag inside the range contains it and not the revert (``RangeReleases``): then it shipped in
/// that release and the revert is a regression fix.
///
/// ```swift
/// let analysis = RevertLinker().analyse(changes)
/// analysis.neverShipped.map(\.change.id)
/// ```
public struct RevertLinker: Sendable {
    /// The rules: revert words and NEWS paths.
    public var configuration: GateConfiguration

    /// Creates a linker.
    public init(configuration: GateConfiguration = .cpython) { self.configuration = configuration }

    /// The links, the never-shipped changes and what ships, for `changes` in history order.
    /// - Parameters:
    ///   - changes: The range's changes, in history order.
    ///   - releases: The release tags inside the range, which decide whether a reverted change shipped
    ///     before its revert.
    /// - Returns: The links, the changes that never ship, the reverts that match nothing, what ships.
    public func analyse(_ changes: [Change], releases: RangeReleases = RangeReleases()) -> RevertAnalysis {
        var links: [RevertLink] = []
        var unmatched: [Change] = []
        var hasOutsideTrailer: Set<String> = []
        // Which change holds each commit, by lowercased object name (a commit is in one change); used
        // only when every commit is named in full, as git names them.
        var changeOfCommit: [String: Int] = [:]
        var allNamesFull = true
        for (index, change) in changes.enumerated() {
            for commit in change.commits {
                changeOfCommit[commit.sha.lowercased()] = index
                allNamesFull = allNamesFull && commit.sha.utf8.count >= 40
            }
        }
        for (index, revert) in changes.enumerated() where revert.isRevert {
            let trailers = revert.commits.flatMap { commit in commit.facts.revertedCommits.map { (commit.sha, $0) } }
            var found: [RevertLink]
            if trailers.isEmpty {
                // Earlier changes, oldest first, whatever order the range lists them in (git's is newest first).
                let revertDate = revert.commits.first?.commit.commitDate
                let earlier = changes.indices.filter { candidate in
                    candidate != index && !changes[candidate].isRevert
                        && (revertDate.map { date in (changes[candidate].lastDate ?? date) <= date } ?? true)
                }
                .sorted { a, b in
                    if let dateA = changes[a].lastDate, let dateB = changes[b].lastDate, dateA != dateB {
                        return dateA < dateB
                    }
                    return a > b  // same day: git lists the newer first
                }
                found = linkByIssueAndFiles(revert, candidates: earlier.map { changes[$0] }).map { [$0] } ?? []
            } else {
                let (byTrailer, outside) = linkByTrailers(
                    revert,
                    trailers: trailers,
                    changes: changes,
                    changeOfCommit: allNamesFull ? changeOfCommit : nil
                )
                found = byTrailer
                if outside { hasOutsideTrailer.insert(revert.id) }
            }
            if found.isEmpty { unmatched.append(revert) }
            links += found
        }
        let standing = Standing(links: links)
        var neverShipped: [RevertAnalysis.NeverShipped] = []
        var shippedBeforeRevert: [String: String] = [:]
        for change in changes {
            let undoing = links.filter { $0.reverted == change.id && standing.stands($0.revert) }.map(\.revert)
            guard !undoing.isEmpty else { continue }
            let reverts = changes.filter { undoing.contains($0.id) }
            if let release = releases.release(
                between: change.commits.map(\.sha),
                and: reverts.flatMap { $0.commits.map(\.sha) }
            ) {
                shippedBeforeRevert[change.id] = release
                continue
            }
            neverShipped.append(.init(change: change, revertedBy: reverts))
        }
        let gone = Set(neverShipped.map(\.change.id))
        let shipped = changes.filter { change in
            if gone.contains(change.id) { return false }
            let targets = links.filter { $0.revert == change.id }.map(\.reverted)
            let onlyUndoesGone = !targets.isEmpty && targets.allSatisfy(gone.contains)
            return !(onlyUndoesGone && !hasOutsideTrailer.contains(change.id))
        }
        var analysis = RevertAnalysis(
            links: links,
            neverShipped: neverShipped,
            unmatchedReverts: unmatched,
            shipped: shipped
        )
        analysis.shippedBeforeRevert = shippedBeforeRevert
        return analysis
    }

    // MARK: - Linking

    /// The links the trailers make, and whether a trailer names a commit outside the range.
    private func linkByTrailers(
        _ revert: Change,
        trailers: [(String, String)],
        changes: [Change],
        changeOfCommit: [String: Int]?
    ) -> (links: [RevertLink], outside: Bool) {
        var links: [RevertLink] = []
        var outside = false
        for (commit, named) in trailers {
            let target: Change?
            let name = named.lowercased()
            if let changeOfCommit, let index = changeOfCommit[name] {
                target = changes[index].id != revert.id ? changes[index] : nil
            } else if changeOfCommit != nil, name.utf8.count >= 40 {
                target = nil  // a full name that is no commit of the range (all named in full): outside it
            } else {
                // An abbreviated name, or commits named in short: compare by prefix.
                target = changes.first { change in
                    change.id != revert.id && change.commits.contains { ChangeGrouper.sameCommit($0.sha, named) }
                }
            }
            guard let target else {
                outside = true
                continue
            }
            let evidence = Evidence(.revert, commit: commit, detail: "This reverts commit \(named)")
            if let existing = links.firstIndex(where: { $0.reverted == target.id }) {
                links[existing].evidence.append(evidence)
            } else {
                links.append(RevertLink(revert: revert.id, reverted: target.id, method: .trailer, evidence: [evidence]))
            }
        }
        return (links, outside)
    }

    private func linkByIssueAndFiles(_ revert: Change, candidates: [Change]) -> RevertLink? {
        guard
            let opening = revert.commits.lazy.compactMap({ self.configuration.words.revert.opening($0.facts.title) })
                .first
        else { return nil }
        let issues = Set(revert.issues)
        let files = Set(revert.paths.filter { !configuration.paths.news.anyMatches($0) })
        var best: (change: Change, issues: [IssueReference], files: [String])?
        for candidate in candidates {
            let sharedIssues = candidate.issues.filter(issues.contains)
            let sharedFiles = candidate.paths.filter(files.contains)
            guard !sharedIssues.isEmpty, !sharedFiles.isEmpty else { continue }
            if best == nil || sharedFiles.count >= (best?.files.count ?? 0) {
                best = (candidate, sharedIssues, sharedFiles)
            }
        }
        guard let best else { return nil }
        var evidence = [
            Evidence(.revert, commit: revert.id, line: 1, detail: "title opens with '\(opening)', no revert trailer")
        ]
        evidence += best.issues.map { Evidence(.revert, commit: best.change.id, detail: "shares \($0)") }
        evidence += best.files.map { Evidence(.file, commit: best.change.id, path: $0, detail: "touched by both") }
        return RevertLink(revert: revert.id, reverted: best.change.id, method: .issueAndFiles, evidence: evidence)
    }
}

/// Which reverts stand: a revert stands unless a standing revert undoes it.
private struct Standing {
    let links: [RevertLink]

    func stands(_ id: String, visiting: Set<String> = []) -> Bool {
        guard !visiting.contains(id) else { return true }
        let undoers = links.filter { $0.reverted == id }.map(\.revert)
        return !undoers.contains { stands($0, visiting: visiting.union([id])) }
    }
}
