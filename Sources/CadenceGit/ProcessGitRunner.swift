import Foundation

/// Runs git with Foundation's `Process` (see ``GitProcess`` for its environment), reading standard output
/// and standard error on their own threads while the process runs (and writing standard input on a
/// third), so that no pipe fills up and deadlocks; counts the processes it starts.
public final class ProcessGitRunner: GitCommandRunner, @unchecked Sendable {
    /// The git executable: a name looked up on `PATH` or a path.
    public let executable: String
    private let lock = NSLock()
    private var started = 0

    /// Creates a runner.
    /// - Parameter executable: `git` (looked up on `PATH`) or a path to a git executable.
    public init(executable: String = "git") {
        self.executable = executable
    }

    /// How many processes this runner has started.
    public var processesStarted: Int {
        lock.lock()
        defer { lock.unlock() }
        return started
    }

    /// Runs `git <arguments>`; see ``GitCommandRunner/run(_:in:input:)``.
    public func run(_ arguments: [String], in directory: URL, input: Data?) throws -> GitOutput {
        var stdout = Data()
        let output = try execute(arguments, in: directory, input: input) { stdout.append(contentsOf: $0) }
        return GitOutput(stdout: stdout, stderr: output.stderr, status: output.status)
    }

    /// Runs `git <arguments>`, handing standard output over as it comes; see
    /// ``GitCommandRunner/stream(_:in:consume:)``.
    public func stream(
        _ arguments: [String],
        in directory: URL,
        consume: (UnsafeRawBufferPointer) throws -> Void
    ) throws -> GitOutput {
        try execute(arguments, in: directory, input: nil, consume: consume)
    }

    /// Starts `git <arguments>` with standard input open, handing standard output to `output` on a
    /// thread of its own; see ``GitCommandRunner/start(_:in:output:)``.
    public func start(
        _ arguments: [String],
        in directory: URL,
        output: @escaping @Sendable (UnsafeRawBufferPointer) -> Void
    ) throws -> any GitSession {
        let git = try launch(arguments, in: directory, acceptsInput: true)
        return ProcessGitSession(git: git, output: output)
    }

    /// Starts git, feeds `input`, reads standard output into `consume`, and waits for the end.
    ///
    /// Standard output is read on this thread, standard error and standard input on others. When
    /// `consume` throws, git is stopped and the error rethrown.
    private func execute(
        _ arguments: [String],
        in directory: URL,
        input: Data?,
        consume: (UnsafeRawBufferPointer) throws -> Void
    ) throws -> GitOutput {
        let git = try launch(arguments, in: directory, acceptsInput: input != nil)
        let writing = DispatchGroup()
        if let feed = git.input, let input {
            let handle = Handle(feed)
            GitProcess.onThread(group: writing) {
                // git may stop reading early (it failed): the write then fails, and its status tells why.
                try? handle.handle.write(contentsOf: input)
                try? handle.handle.close()
            }
        }
        do {
            try GitProcess.readToEnd(git.output.fileDescriptor, consume: consume)
        } catch {
            git.stop()
            try? git.output.close()
            _ = git.wait()
            writing.wait()
            throw error
        }
        let end = git.wait()
        writing.wait()
        return GitOutput(stdout: Data(), stderr: end.stderr, status: end.status)
    }

    /// Starts git and counts it.
    private func launch(_ arguments: [String], in directory: URL, acceptsInput: Bool) throws -> GitProcess {
        guard let url = ProcessGitRunner.locate(executable) else {
            throw GitError.gitNotFound(executable: executable)
        }
        let git = try GitProcess(executable: url, arguments: arguments, in: directory, acceptsInput: acceptsInput)
        lock.lock()
        started += 1
        lock.unlock()
        return git
    }

    /// The executable's URL: the path itself, or the first match on `PATH`.
    static func locate(_ executable: String) -> URL? {
        let manager = FileManager.default
        if executable.contains("/") {
            return manager.isExecutableFile(atPath: executable) ? URL(fileURLWithPath: executable) : nil
        }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin:/usr/local/bin"
        for folder in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(executable)
            if manager.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// A file handle passed to a writer thread.
    private final class Handle: @unchecked Sendable {
        let handle: FileHandle
        init(_ handle: FileHandle) { self.handle = handle }
    }
}
