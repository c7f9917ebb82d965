import Foundation

/// A git process Cadence writes to while it runs, such as `git cat-file --batch` fed object names as a
/// log is read; what git writes goes to the handler given when it started.
public protocol GitSession: AnyObject {
    /// Writes to git's standard input (a failed write, because git ended, shows in ``finish()``'s status).
    func send(_ data: Data)

    /// Closes git's standard input and waits for git to end and for its output to be handed over.
    /// - Returns: Its standard error and status (``GitOutput/stdout`` is empty).
    /// - Throws: ``GitError/gitNotFound(executable:)`` from a runner that starts git only now.
    func finish() throws -> GitOutput
}

extension GitCommandRunner {
    /// A session that gathers what is sent and runs git with it on ``GitSession/finish()``, handing the
    /// whole output over at once: for runners that cannot keep a process open.
    public func start(
        _ arguments: [String],
        in directory: URL,
        output: @escaping @Sendable (UnsafeRawBufferPointer) -> Void
    ) throws -> any GitSession {
        BufferedGitSession(runner: self, arguments: arguments, directory: directory, output: output)
    }
}

/// A session that runs git only when it is finished, with everything sent as its input.
final class BufferedGitSession: GitSession {
    private let runner: any GitCommandRunner
    private let arguments: [String]
    private let directory: URL
    private let output: @Sendable (UnsafeRawBufferPointer) -> Void
    private var input = Data()

    init(
        runner: any GitCommandRunner,
        arguments: [String],
        directory: URL,
        output: @escaping @Sendable (UnsafeRawBufferPointer) -> Void
    ) {
        self.runner = runner
        self.arguments = arguments
        self.directory = directory
        self.output = output
    }

    func send(_ data: Data) { input.append(data) }

    func finish() throws -> GitOutput {
        let result = try runner.run(arguments, in: directory, input: input)
        result.stdout.withUnsafeBytes(output)
        return GitOutput(stdout: Data(), stderr: result.stderr, status: result.status)
    }
}

/// A running git process whose standard output a thread of its own hands to the session's handler.
final class ProcessGitSession: GitSession {
    private let git: GitProcess
    private let reading = DispatchGroup()

    init(git: GitProcess, output: @escaping @Sendable (UnsafeRawBufferPointer) -> Void) {
        self.git = git
        let descriptor = git.output.fileDescriptor
        GitProcess.onThread(group: reading) {
            try? GitProcess.readToEnd(descriptor, consume: output)
        }
    }

    func send(_ data: Data) {
        try? git.input?.write(contentsOf: data)
    }

    func finish() throws -> GitOutput {
        try? git.input?.close()
        reading.wait()
        let end = git.wait()
        return GitOutput(stdout: Data(), stderr: end.stderr, status: end.status)
    }
}
