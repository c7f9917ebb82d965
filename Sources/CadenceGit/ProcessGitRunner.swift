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

    /// Starts git, feeds `input`, reads standard output into `consume`, and waits for the end.
    ///
    /// Standard output is read on this thread, standard error on another. When `consume` throws, git is
    /// stopped and the error rethrown.
    private func execute(
        _ arguments: [String],
        in directory: URL,
        input: Data?,
        consume: (UnsafeRawBufferPointer) throws -> Void
    ) throws -> GitOutput {
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
        ProcessGitRunner.enlarge(output)
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
        let reading = output.fileHandleForReading
        do {
            try ProcessGitRunner.readToEnd(reading.fileDescriptor, consume: consume)
        } catch {
            process.terminate()
            try? reading.close()
            process.waitUntilExit()
            group.wait()
            throw error
        }
        process.waitUntilExit()
        group.wait()
        return GitOutput(
            stdout: Data(),
            stderr: String(decoding: stderr.data, as: UTF8.self),
            status: process.terminationStatus
        )
    }

    /// Asks for a 1 MiB pipe buffer where the system allows it (Linux), so that git seldom waits for a
    /// reader busy with the records it has already read.
    private static func enlarge(_ pipe: Pipe) {
        #if os(Linux)
        let setPipeSize: Int32 = 1031  // F_SETPIPE_SZ
        _ = fcntl(pipe.fileHandleForReading.fileDescriptor, setPipeSize, 1 << 20)
        #endif
    }

    /// Reads a file descriptor to its end in large pieces, handing each to `consume`.
    private static func readToEnd(_ descriptor: Int32, consume: (UnsafeRawBufferPointer) throws -> Void) throws {
        let capacity = 1 << 18
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let count = read(descriptor, buffer, capacity)
            if count > 0 {
                try consume(UnsafeRawBufferPointer(start: buffer, count: count))
            } else if count == 0 || errno != EINTR {
                return
            }
        }
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
