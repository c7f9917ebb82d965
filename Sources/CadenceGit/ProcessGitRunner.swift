import Foundation

/// Runs git with Foundation's `Process`, reading standard output and standard error to their ends on
/// their own threads while the process runs (and writing standard input on a third), so that no pipe
/// fills up and deadlocks; counts the processes it starts.
///
/// Every process gets `GIT_TERMINAL_PROMPT=0` (never ask for a password), `GIT_NO_LAZY_FETCH=1` (a
/// partial clone does not fetch missing objects, where git supports it), `LC_ALL=C` (messages in
/// English) and `GIT_PAGER=cat`.
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
        guard let url = ProcessGitRunner.locate(executable) else {
            throw GitError.gitNotFound(executable: executable)
        }
        _ = ProcessGitRunner.ignoreBrokenPipes
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["GIT_NO_LAZY_FETCH"] = "1"
        environment["LC_ALL"] = "C"
        environment["GIT_PAGER"] = "cat"
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        let feed = input == nil ? nil : Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = feed ?? FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw GitError.gitNotFound(executable: url.path)
        }
        lock.lock()
        started += 1
        lock.unlock()
        let group = DispatchGroup()
        let stderr = Collected()
        let errorHandle = Handle(errors.fileHandleForReading)
        DispatchQueue.global().async(group: group) {
            stderr.data = errorHandle.handle.readDataToEndOfFile()
        }
        if let feed, let input {
            let inputHandle = Handle(feed.fileHandleForWriting)
            DispatchQueue.global().async(group: group) {
                // git may stop reading early (it failed): the write then fails, and its status tells why.
                try? inputHandle.handle.write(contentsOf: input)
                try? inputHandle.handle.close()
            }
        }
        let stdout = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        group.wait()
        return GitOutput(
            stdout: stdout,
            stderr: String(decoding: stderr.data, as: UTF8.self),
            status: process.terminationStatus
        )
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

    /// Writing to a process that has exited must fail with an error, not kill the caller with SIGPIPE.
    private static let ignoreBrokenPipes: Void = {
        signal(SIGPIPE, SIG_IGN)
    }()

    /// Bytes a reader thread collects.
    private final class Collected: @unchecked Sendable {
        var data = Data()
    }

    /// A file handle passed to a reader or writer thread.
    private final class Handle: @unchecked Sendable {
        let handle: FileHandle
        init(_ handle: FileHandle) { self.handle = handle }
    }
}
