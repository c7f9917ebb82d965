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
    func log(range: String, patches: Bool = true, each: (LogRecord) throws -> Void) throws {
        let arguments = GitRepository.logArguments(range: range, patches: patches)
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
