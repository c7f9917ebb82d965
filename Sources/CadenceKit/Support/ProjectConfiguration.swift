import CadenceCore
import Foundation

/// Finds and reads a project's `cadence.toml`, the gate's rules and paths (``CadenceCore/GateConfiguration``).
public enum ProjectConfiguration {
    /// The name of the file Cadence looks for at a repository's root.
    public static let fileName = "cadence.toml"

    /// The configuration of the repository at `repository`: the file `file` when given, else
    /// `cadence.toml` at the repository's root when there is one, else CPython's built-in rules.
    ///
    /// ```swift
    /// let configuration = try ProjectConfiguration.read(repository: "/src/mylib")
    /// configuration.paths.tests  // ["tests/"] when its cadence.toml says so
    /// ```
    /// - Parameters:
    ///   - repository: The repository's folder.
    ///   - file: A configuration file named explicitly (it must exist).
    /// - Returns: The configuration.
    /// - Throws: ``CadenceCore/DataFileError`` naming the file (and line) of a file that cannot be read or
    ///   is not valid.
    public static func read(repository: String, file: String? = nil) throws -> GateConfiguration {
        let path = file ?? (repository as NSString).appendingPathComponent(fileName)
        guard file != nil || FileManager.default.fileExists(atPath: path) else { return .cpython }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw DataFileError(file: path, line: nil, reason: "cannot read the file")
        }
        return try GateConfiguration(toml: text, file: path)
    }
}
