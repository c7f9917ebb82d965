import CadenceCore
import Foundation

extension GitRepository {
    /// The paths whose diffs Cadence reads: Python test files and public headers (ABI dumps are judged by
    /// their names alone; their diffs are huge).
    static let patchPathspecs = [
        ":(glob)Lib/**/test/**/*.py", ":(glob)Lib/**/tests/**/*.py", ":(glob)Lib/**/idle_test/**/*.py",
        ":(glob)**/test_*.py", ":(glob)Include/**/*.h", ":(exclude,glob)Include/internal/**",
    ]

    /// Whether an entry's diff is read: a Python test file that existed before, or a public header.
    static func needsPatch(_ entry: RawEntry) -> Bool {
        let paths = [entry.path] + (entry.oldPath.map { [$0] } ?? [])
        if entry.status != .added, paths.contains(where: SourcePath.isPythonTestFile) { return true }
        return paths.contains(where: SourcePath.isPublicHeader)
    }

    /// The diffs of test files and public headers of a range, by commit and path, in one
    /// `git log -p --unified=0`; no process when no commit needs one.
    func patches(range: String, for records: [LogRecord]) throws -> [String: [String: UnifiedDiff.FilePatch]] {
        let needed = Set(records.filter { $0.entries.contains(where: GitRepository.needsPatch) }.map(\.sha))
        guard !needed.isEmpty else { return [:] }
        // Git's Python diff driver names the enclosing `def` in hunk headers (the fallback when a file's
        // old text is missing); a repository's own .gitattributes still wins.
        let attributes = FileManager.default.temporaryDirectory
            .appendingPathComponent("cadence-gitattributes-\(UUID().uuidString)")
        try? Data("*.py diff=python\n".utf8).write(to: attributes)
        defer { try? FileManager.default.removeItem(at: attributes) }
        let arguments =
            [
                "-c", "core.quotePath=false", "-c", "core.attributesFile=\(attributes.path)", "-c",
                "log.showSignature=false", "-c", "diff.noprefix=false", "log", "-p", "--unified=0", "--no-color",
                "--no-ext-diff", "--no-textconv", "-M", "--src-prefix=a/", "--dst-prefix=b/", "--format=%x00%H", range,
                "--",
            ] + GitRepository.patchPathspecs
        let data = try git(arguments)
        var patches: [String: [String: UnifiedDiff.FilePatch]] = [:]
        for chunk in data.split(separator: 0) {
            let text = String(decoding: chunk, as: UTF8.self)
            guard let newline = text.firstIndex(of: "\n") else { continue }
            let sha = String(text[..<newline])
            guard needed.contains(sha) else { continue }
            var files: [String: UnifiedDiff.FilePatch] = [:]
            for file in UnifiedDiff(parsing: text[text.index(after: newline)...]).files {
                files[file.path] = file
            }
            patches[sha] = files
        }
        return patches
    }
}
