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
public protocol GitCommandRunner: Sendable {
    /// Runs `git <arguments>` in a folder, feeding `input` on standard input, and waits for it.
    /// - Parameters:
    ///   - arguments: The arguments after `git`.
    ///   - directory: The working directory.
    ///   - input: What to write on standard input (closed after it), or `nil` for nothing.
    /// - Returns: What the process printed and its status (a non-zero status is not thrown).
    /// - Throws: ``GitError/gitNotFound(executable:)`` when git cannot be started.
    func run(_ arguments: [String], in directory: URL, input: Data?) throws -> GitOutput
}
