import Foundation

/// What one git process printed and how it ended.
public struct GitOutput: Sendable {
    /// Everything it wrote on standard output.
    public var stdout: Data
    /// Everything it wrote on standard error, decoded leniently.
    public var stderr: String
    /// Its exit status.
    public var status: Int32

    /// Creates an output.
    public init(stdout: Data, stderr: String, status: Int32) {
        self.stdout = stdout
        self.stderr = stderr
        self.status = status
    }
}

/// Runs git: the seam through which ``GitRepository`` starts every process (tests count them).
///
/// A runner must be safe to call from several threads at once: ``GitRepository`` runs `git rev-parse`
/// on a thread of its own while it streams the log on the caller's.
public protocol GitCommandRunner: Sendable {
    /// Runs `git <arguments>` in a folder, feeding `input` on standard input, and waits for it.
    /// - Parameters:
    ///   - arguments: The arguments after `git`.
    ///   - directory: The working directory.
    ///   - input: What to write on standard input (closed after it), or `nil` for nothing.
    /// - Returns: What the process printed and its status (a non-zero status is not thrown).
    /// - Throws: ``GitError/gitNotFound(executable:)`` when git cannot be started.
    func run(_ arguments: [String], in directory: URL, input: Data?) throws -> GitOutput

    /// Runs `git <arguments>` in a folder and hands its standard output to `consume` piece by piece, as
    /// git writes it, so that a long output is read while git is still working.
    /// - Parameters:
    ///   - arguments: The arguments after `git`.
    ///   - directory: The working directory.
    ///   - consume: Called on the calling thread with each piece, in order; what it throws stops git
    ///     and is rethrown.
    /// - Returns: The process's standard error and status (``GitOutput/stdout`` is empty).
    /// - Throws: ``GitError/gitNotFound(executable:)``, or what `consume` threw.
    func stream(
        _ arguments: [String],
        in directory: URL,
        consume: (UnsafeRawBufferPointer) throws -> Void
    ) throws -> GitOutput

    /// Starts `git <arguments>` with its standard input open for ``GitSession/send(_:)``, handing what
    /// it writes on standard output to `output` (on another thread) as it comes.
    /// - Parameters:
    ///   - arguments: The arguments after `git`.
    ///   - directory: The working directory.
    ///   - output: Called with each piece of standard output, in order.
    /// - Returns: The session; ``GitSession/finish()`` ends it.
    /// - Throws: ``GitError/gitNotFound(executable:)`` when git cannot be started.
    func start(
        _ arguments: [String],
        in directory: URL,
        output: @escaping @Sendable (UnsafeRawBufferPointer) -> Void
    ) throws -> any GitSession
}

extension GitCommandRunner {
    /// Runs the command to its end with ``run(_:in:input:)`` and hands the whole output over at once: for
    /// runners that cannot stream.
    public func stream(
        _ arguments: [String],
        in directory: URL,
        consume: (UnsafeRawBufferPointer) throws -> Void
    ) throws -> GitOutput {
        let output = try run(arguments, in: directory, input: nil)
        try output.stdout.withUnsafeBytes(consume)
        return GitOutput(stdout: Data(), stderr: output.stderr, status: output.status)
    }
}
