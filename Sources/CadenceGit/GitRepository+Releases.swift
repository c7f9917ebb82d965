import CadenceCore
import Foundation

extension GitRepository {
    /// What the releases around `range` say about its commits (``RangeReleases``): the release tags
    /// inside it with the commits they contain, and the commits that already shipped in the release the
    /// range starts from (brought back by merging that release's tag into the branch, and
    /// patch-identical to, or cherry-picked from the same commit as, a commit of the release).
    ///
    /// Which tags are inside the range and what they contain is worked out from `commits` (the range's
    /// commits with their parents, as ``history(range:progress:)`` read them) and one `git for-each-ref`;
    /// only a merge of the starting release's history costs more git commands (`merge-base`, and `log
    /// --cherry-mark` over what it merged). Only a range written `START..END` has a start; for others
    /// the facts are empty.
    /// - Parameters:
    ///   - range: The range, as given to ``history(range:progress:)``.
    ///   - commits: The range's commits.
    /// - Returns: The facts.
    /// - Throws: ``GitError`` when a git command fails.
    public func releases(in range: String, commits: [Commit]) throws -> RangeReleases {
        let ends = range.components(separatedBy: "..")
        guard ends.count == 2, !ends[0].isEmpty, !ends[0].hasPrefix("."), !ends[1].hasPrefix(".") else {
            return RangeReleases()
        }
        let start = ends[0]
        let parents = Dictionary(commits.map { ($0.sha.lowercased(), $0.parents.map { $0.lowercased() }) }) { a, _ in a
        }
        var tags: [RangeReleases.Tag] = []
        // `%(*objectname)` is the commit of an annotated tag, `%(objectname)` that of a lightweight one.
        for line in try lines([
            "for-each-ref", "--sort=creatordate", "--format=%(refname:short) %(objectname) %(*objectname)", "refs/tags",
        ]) {
            let fields = line.split(separator: " ").map { String($0).lowercased() }
            guard fields.count >= 2 else { continue }
            let commit = fields.count >= 3 ? fields[2] : fields[1]
            guard parents[commit] != nil else { continue }
            tags.append(
                RangeReleases.Tag(
                    name: String(line.prefix { $0 != " " }),
                    commits: Self.ancestors(of: commit, in: parents)
                )
            )
        }
        var shipped: [String: RangeReleases.Shipped] = [:]
        for commit in commits where commit.parents.count == 2 {
            let (branch, released) = (commit.parents[0], commit.parents[1])
            // Only a merge of the start's own history: what it brings back shipped in the start.
            guard parents[released.lowercased()] == nil else { continue }
            let check = try runner.run(
                ["merge-base", "--is-ancestor", released, start],
                in: URL(fileURLWithPath: path),
                input: nil
            )
            guard check.status == 0 else { continue }
            try markShipped(branch: branch, released: released, in: start, into: &shipped)
        }
        return RangeReleases(tags: tags, alreadyShipped: shipped)
    }

    /// The commits of the range reachable from `commit` (itself included), following parents inside the range.
    static func ancestors(of commit: String, in parents: [String: [String]]) -> Set<String> {
        var found: Set<String> = [commit]
        var stack = [commit]
        while let next = stack.popLast() {
            for parent in parents[next] ?? [] where parents[parent] != nil && found.insert(parent).inserted {
                stack.append(parent)
            }
        }
        return found
    }

    /// Marks the branch's commits that match a commit of the release side of a merge.
    private func markShipped(
        branch: String,
        released: String,
        in start: String,
        into shipped: inout [String: RangeReleases.Shipped]
    ) throws {
        // `=` marks a branch commit with a patch-identical commit on the release's side.
        let marks = try lines([
            "log", "--no-merges", "--cherry-mark", "--right-only", "--format=%m %H", released + "..." + branch, "--",
        ])
        for line in marks where line.hasPrefix("=") {
            let sha = String(line.dropFirst(2)).lowercased()
            if shipped[sha] == nil {
                shipped[sha] = RangeReleases.Shipped(release: start, counterpart: "", method: "patch-id")
            }
        }
        // Same cherry-pick source: the release's fixes and the branch's, cherry-picked from one commit.
        let releaseMessages = try records(["log", "--no-merges", "--format=%H%x00%B%x1e", released, "^" + branch, "--"])
        var sourceOwner: [String: String] = [:]
        for (sha, message) in releaseMessages {
            for source in CommitMessage(message).cherryPickedFrom { sourceOwner[source.lowercased()] = sha }
        }
        guard !sourceOwner.isEmpty else { return }
        for (sha, message) in try records(["log", "--no-merges", "--format=%H%x00%B%x1e", branch, "^" + released, "--"])
        {
            let key = sha.lowercased()
            guard shipped[key] == nil || shipped[key]?.counterpart == "" else { continue }
            for source in CommitMessage(message).cherryPickedFrom {
                if let owner = sourceOwner[source.lowercased()] {
                    shipped[key] = RangeReleases.Shipped(
                        release: start,
                        counterpart: owner,
                        method: shipped[key] == nil ? "cherry-pick source" : "patch-id"
                    )
                }
            }
        }
    }

    /// The lines of a git command's output.
    private func lines(_ arguments: [String]) throws -> [String] {
        try output(arguments).split(separator: "\n").map(String.init)
    }

    /// `(sha, message)` records of a log printed with `%H%x00%B%x1e`.
    private func records(_ arguments: [String]) throws -> [(String, String)] {
        try output(arguments).split(separator: "\u{1e}").compactMap { record in
            let trimmed: Substring = record.drop { $0 == "\n" }
            guard let nul = trimmed.firstIndex(of: "\0") else { return nil }
            return (String(trimmed[..<nul]), String(trimmed[nul...].dropFirst()))
        }
    }

    /// What a git command printed; ``GitError/commandFailed(command:status:stderr:)`` when it failed.
    private func output(_ arguments: [String]) throws -> String {
        let output = try runner.run(arguments, in: URL(fileURLWithPath: path), input: nil)
        guard output.status == 0 else {
            throw GitError.commandFailed(
                command: GitRepository.commandLine(arguments),
                status: output.status,
                stderr: output.stderr
            )
        }
        return String(decoding: output.stdout, as: UTF8.self)
    }
}
