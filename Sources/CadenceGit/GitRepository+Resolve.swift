import Foundation

extension GitRepository {
    /// What the clone lets Cadence see: shallow or partial, and where a shallow history stops.
    struct Visibility: Sendable {
        var isShallow: Bool
        var isPartial: Bool
        /// The commits whose parents a shallow clone lacks (its `shallow` file).
        var shallowBoundary: Set<String>
        var limitations: [String]
    }

    /// Checks what needs no git: the range is one git can take as revisions, the folder exists.
    func validate(range: String) throws {
        guard !range.isEmpty, !range.hasPrefix("-"), !range.contains("\0"), !range.contains("\n") else {
            throw GitError.invalidRange(range: range)
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
            throw GitError.notARepository(path: path, stderr: "no such folder")
        }
    }

    /// Checks the repository, the range and the clone in one `git rev-parse` (after ``validate(range:)``).
    func resolve(range: String) throws -> Visibility {
        let arguments = [
            "rev-parse", "--is-shallow-repository", "--git-path", "shallow", "--git-path", "objects/pack", range, "--",
        ]
        let output = try runner.run(arguments, in: URL(fileURLWithPath: path), input: nil)
        guard output.status == 0 else {
            if output.stderr.contains("not a git repository") {
                throw GitError.notARepository(path: path, stderr: output.stderr)
            }
            throw GitError.unknownRange(range: range, path: path, stderr: output.stderr)
        }
        let lines = String(decoding: output.stdout, as: UTF8.self).split(separator: "\n").map(String.init)
        guard lines.count >= 3 else {
            throw GitError.unreadableOutput(
                command: GitRepository.commandLine(arguments),
                reason: "expected the shallow flag and two paths, got \(lines.count) lines"
            )
        }
        let isShallow = lines[0] == "true"
        var boundary: Set<String> = []
        if isShallow, let text = try? String(contentsOfFile: absolute(lines[1]), encoding: .utf8) {
            boundary = Set(text.split(whereSeparator: \.isNewline).map(String.init))
        }
        let packs = (try? FileManager.default.contentsOfDirectory(atPath: absolute(lines[2]))) ?? []
        let isPartial = packs.contains { $0.hasSuffix(".promisor") }
        return Visibility(isShallow: isShallow, isPartial: isPartial, shallowBoundary: boundary, limitations: [])
    }

    /// A path git printed relative to the repository's folder, made absolute.
    private func absolute(_ gitPath: String) -> String {
        gitPath.hasPrefix("/") ? gitPath : URL(fileURLWithPath: path).appendingPathComponent(gitPath).path
    }
}
