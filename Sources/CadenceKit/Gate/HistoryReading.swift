import CadenceCore
import CadenceGit

/// How a use case reads a range of a repository's history: with the project's configured paths, each
/// commit annotated by the gate's classifier as soon as it is read.
public struct HistoryReading: Sendable {
    /// The repository's folder.
    public var repository: String
    /// The project's gate configuration (``ProjectConfiguration``).
    public var configuration: GateConfiguration

    /// Reads `repository` with `configuration`.
    public init(repository: String, configuration: GateConfiguration) {
        self.repository = repository
        self.configuration = configuration
    }

    /// The annotated commits of `range`, and what the clone could not show.
    /// - Parameters:
    ///   - range: Revisions as git reads them.
    ///   - progress: Called as reading goes on (for a progress display).
    /// - Returns: The history and its commits annotated, in the history's order.
    /// - Throws: ``CadenceGit/GitError`` naming the range, the command and git's message.
    public func annotated(
        _ range: String,
        progress: (HistoryProgress) -> Void = { _ in }
    ) throws -> (history: History, annotated: [AnnotatedCommit]) {
        let classifier = ChangeClassifier(configuration: configuration)
        // Each commit is annotated as soon as it is read, while git is still writing the log.
        let read = try GitRepository(path: repository, paths: configuration.paths).history(
            range: range,
            progress: progress
        ) {
            classifier.annotate($0)
        }
        return (read.history, read.annotations)
    }
}
