import CadenceCore
import Foundation

extension GitRepository {
    /// Whether an entry's hunks are kept: a Python test file that existed before, or a public header
    /// (ABI dumps are judged by their names alone; their diffs are huge).
    static func needsPatch(_ entry: RawEntry) -> Bool {
        if entry.status != .added,
            SourcePath.isPythonTestFile(entry.path) || entry.oldPath.map(SourcePath.isPythonTestFile) == true
        {
            return true
        }
        return SourcePath.isPublicHeader(entry.path) || entry.oldPath.map(SourcePath.isPublicHeader) == true
    }

    /// Reads a range in one `git log`, with patches unless `patches` is false, handing each commit's
    /// record to `each` as soon as it is whole (while git is still writing the rest).
    ///
    /// On a partial clone, git's Python diff driver is named so that hunk headers give the enclosing
    /// `def` (``TestChange`` reads them when a test file's old text is missing); a repository's own
    /// `.gitattributes` still wins. A full clone has every old text and skips the driver's cost.
    func log(
        range: String,
        patches: Bool = true,
        functionHeaders: Bool = false,
        each: (LogRecord) throws -> Void
    ) throws {
        var attributes: URL?
        if patches, functionHeaders {
            let file = FileManager.default.temporaryDirectory
                .appendingPathComponent("cadence-gitattributes-\(UUID().uuidString)")
            try? Data("*.py diff=python\n".utf8).write(to: file)
            attributes = file
        }
        defer { if let attributes { try? FileManager.default.removeItem(at: attributes) } }
        let arguments = GitRepository.logArguments(range: range, patches: patches, attributesFile: attributes?.path)
        let command = GitRepository.commandLine(arguments)
        var reader = LogStream(command: command)
        let output = try runner.stream(arguments, in: URL(fileURLWithPath: path)) { piece in
            try reader.append(piece, each: each)
        }
        guard output.status == 0 else {
            throw GitError.commandFailed(command: command, status: output.status, stderr: output.stderr)
        }
        try reader.finish(each: each)
    }
}
