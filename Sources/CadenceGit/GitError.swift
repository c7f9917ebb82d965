/// Why reading a repository failed, written for the person who asked: the input, the git command and
/// what git said.
public enum GitError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No `git` executable could be started.
    case gitNotFound(executable: String)
    /// The folder does not exist or is not inside a git repository.
    case notARepository(path: String, stderr: String)
    /// The range or revision does not resolve in the repository.
    case unknownRange(range: String, path: String, stderr: String)
    /// The range is not one git can take as a revision (it starts with `-`, or is empty).
    case invalidRange(range: String)
    /// A git command failed.
    case commandFailed(command: String, status: Int32, stderr: String)
    /// A git command's output could not be read.
    case unreadableOutput(command: String, reason: String)

    /// The message for a person.
    public var description: String {
        switch self {
        case .gitNotFound(let executable):
            return "git is not installed or not on PATH: could not start '\(executable)'"
        case .notARepository(let path, let stderr):
            return "'\(path)' is not a git repository" + GitError.saying(stderr)
        case .unknownRange(let range, let path, let stderr):
            return "range '\(range)' does not resolve in the repository at '\(path)'" + GitError.saying(stderr)
                + " (fetch the tags or branches it names, or check their spelling)"
        case .invalidRange(let range):
            return "invalid range '\(range)': expected revisions such as 'v3.9.3..v3.9.4' (not starting with '-')"
        case .commandFailed(let command, let status, let stderr):
            return "'\(command)' failed with status \(status)" + GitError.saying(stderr)
        case .unreadableOutput(let command, let reason):
            return "could not read the output of '\(command)': \(reason)"
        }
    }

    /// `: <git's last message>` when git said something.
    static func saying(_ stderr: String) -> String {
        let lines = stderr.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        let said = lines.filter { !$0.isEmpty }.joined(separator: "; ")
        return said.isEmpty ? "" : ": git says \"\(said)\""
    }
}
