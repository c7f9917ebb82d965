import Foundation

@testable import CadenceGit

extension GitRepository {
    /// Runs git in the repository and returns its whole output, throwing when it fails: for tests that
    /// look at git's output themselves.
    func git(_ arguments: [String], input: Data? = nil) throws -> Data {
        let output = try runner.run(arguments, in: URL(fileURLWithPath: path), input: input)
        guard output.status == 0 else {
            throw GitError.commandFailed(
                command: GitRepository.commandLine(arguments),
                status: output.status,
                stderr: output.stderr
            )
        }
        return output.stdout
    }
}
