import CadenceCore
import CadenceData

/// The release history a request works on: CPython's built-in one, or a project's file.
public enum ReleaseData {
    /// The history in the file at `path` (`python-releases.toml` or `release-cycle.json`), or CPython's
    /// built-in one when `path` is `nil`.
    /// - Parameter path: The file, or `nil`.
    /// - Returns: The history.
    /// - Throws: ``CadenceCore/DataFileError`` naming the file and line when it cannot be read.
    public static func history(at path: String? = nil) throws -> ReleaseHistory {
        if let path { return try BuiltInData.history(at: path) }
        return try BuiltInData.cpythonHistory()
    }
}
