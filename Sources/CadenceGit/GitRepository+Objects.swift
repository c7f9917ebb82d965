import Foundation

extension GitRepository {
    /// Starts the `git cat-file --batch` that reads the texts of a range's blobs while its log is read.
    func objectReader() throws -> ObjectReader {
        try ObjectReader(runner: runner, directory: URL(fileURLWithPath: path))
    }
}
