import Foundation

/// One running git process: standard error gathered on a thread of its own, standard input open when
/// asked for, standard output left to the caller to read.
///
/// `@unchecked Sendable`: its stored properties are set once in `init`; the error bytes are written by
/// the reader thread before `reading` is left and read only after waiting on it.
///
/// Every process gets `GIT_TERMINAL_PROMPT=0` (never ask for a password), `GIT_NO_LAZY_FETCH=1` (a
/// partial clone does not fetch missing objects, where git supports it), `LC_ALL=C` (messages in
/// English) and `GIT_PAGER=cat`.
final class GitProcess: @unchecked Sendable {
    /// The read end of git's standard output.
    let output: FileHandle
    /// The write end of git's standard input, when it was asked for.
    let input: FileHandle?
    private let process: Process
    private let exited = DispatchSemaphore(value: 0)
    private let reading = DispatchGroup()
    private let errors = Gathered()

    /// Starts `executable <arguments>` in `directory`.
    /// - Throws: ``GitError/gitNotFound(executable:)`` when it cannot be started.
    init(executable: URL, arguments: [String], in directory: URL, acceptsInput: Bool) throws {
        _ = GitProcess.ignoreBrokenPipes
        process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["GIT_NO_LAZY_FETCH"] = "1"
        environment["LC_ALL"] = "C"
        environment["GIT_PAGER"] = "cat"
        process.environment = environment
        // Pipes are inheritable, and Foundation closes a child's other descriptors from a list it takes
        // before spawning: a pipe made by another thread in between would leak into this child (which
        // then holds the other process's pipe open, and its reader never sees the end). So pipes are
        // made and processes spawned one at a time.
        GitProcess.spawning.lock()
        defer { GitProcess.spawning.unlock() }
        let outputPipe = Pipe()
        GitProcess.enlarge(outputPipe)
        let errorPipe = Pipe()
        let inputPipe = acceptsInput ? Pipe() : nil
        process.standardOutput = outputPipe
        process.standardError = errorPipe
        process.standardInput = inputPipe ?? FileHandle.nullDevice
        // Foundation's `waitUntilExit()` polls its run loop every 50 ms on Linux, which would add up to
        // 50 ms to every git command: wait for the termination handler instead.
        let exited = self.exited
        process.terminationHandler = { _ in exited.signal() }
        do {
            try process.run()
        } catch {
            throw GitError.gitNotFound(executable: executable.path)
        }
        output = outputPipe.fileHandleForReading
        input = inputPipe?.fileHandleForWriting
        let errorHandle = errorPipe.fileHandleForReading
        let errors = self.errors
        GitProcess.onThread(group: reading) {
            errors.data = errorHandle.readDataToEndOfFile()
        }
    }

    /// Stops git (when its output is no longer wanted).
    func stop() {
        process.terminate()
    }

    /// Waits for git to end and for its standard error to be read.
    /// - Returns: What git wrote on standard error, and its exit status.
    func wait() -> (stderr: String, status: Int32) {
        exited.wait()
        reading.wait()
        return (String(decoding: errors.data, as: UTF8.self), process.terminationStatus)
    }

    /// Runs blocking work (reading or writing a pipe to its end) on a thread of its own, in `group`.
    ///
    /// Not on Dispatch's global queue: its few threads would all be blocked in reads while other work,
    /// such as reading another process's output, waited for one of them.
    static func onThread(group: DispatchGroup, _ body: @escaping @Sendable () -> Void) {
        group.enter()
        let thread = Thread {
            body()
            group.leave()
        }
        thread.stackSize = 1 << 18
        thread.start()
    }

    /// Reads a file descriptor to its end in large pieces, handing each to `consume`.
    static func readToEnd(_ descriptor: Int32, consume: (UnsafeRawBufferPointer) throws -> Void) throws {
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

    /// Asks for a 1 MiB pipe buffer where the system allows it (Linux), so that git seldom waits for a
    /// reader busy with what it has already read.
    private static func enlarge(_ pipe: Pipe) {
        #if os(Linux)
        let setPipeSize: Int32 = 1031  // F_SETPIPE_SZ
        _ = fcntl(pipe.fileHandleForReading.fileDescriptor, setPipeSize, 1 << 20)
        #endif
    }

    /// Held while pipes are made and a process is spawned (see `init`).
    private static let spawning = NSLock()

    /// Writing to a process that has exited must fail with an error, not kill the caller with SIGPIPE.
    private static let ignoreBrokenPipes: Void = {
        signal(SIGPIPE, SIG_IGN)
    }()

    /// Bytes a reader thread gathers.
    private final class Gathered: @unchecked Sendable {
        var data = Data()
    }
}
