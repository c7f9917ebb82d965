import CadenceCore
import Foundation

/// The data Cadence ships with, read at run time: CPython's release history and plan.
///
/// The file is `python-releases.toml`, CPython's own release data (public domain / CC0), copied
/// into the package as a resource. It is looked up next to the executable, in the resource bundle
/// SwiftPM builds (`Cadence_CadenceData.resources`), or in the folder named by the environment
/// variable `CADENCE_DATA_DIR`.
///
/// ```swift
/// let history = try BuiltInData.cpythonHistory()
/// history.status(on: try CalendarDate("2026-11-22"))
/// ```
public enum BuiltInData {
    /// The built-in data file's name.
    public static let cpythonFileName = "python-releases.toml"

    /// CPython's release history and plan.
    /// - Throws: ``CadenceCore/DataFileError`` when the file cannot be found or read.
    public static func cpythonHistory() throws -> ReleaseHistory {
        try history(at: try cpythonFileURL().path, displayName: cpythonFileName)
    }

    /// Reads a release history from a file: CPython's TOML format, or the `release-cycle.json` shape
    /// (recognised by a `.json` extension or a leading `{`).
    /// - Parameters:
    ///   - path: The file to read.
    ///   - displayName: The name used in error messages; `path` by default.
    /// - Returns: The history the file holds.
    /// - Throws: ``CadenceCore/DataFileError`` naming the file (and line, where there is one) when it
    ///   cannot be read or is malformed.
    public static func history(at path: String, displayName: String? = nil) throws -> ReleaseHistory {
        let name = displayName ?? path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw DataFileError(file: name, line: nil, reason: "is a folder, not a data file")
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw DataFileError(file: name, line: nil, reason: "cannot read the file (\(error.localizedDescription))")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DataFileError(file: name, line: nil, reason: "the file is not UTF-8 text")
        }
        let isJSON =
            path.lowercased().hasSuffix(".json") || text.drop(while: { $0.isWhitespace }).first == "{"
        return isJSON
            ? try ReleaseHistory(releaseCycleJSON: text, file: name) : try ReleaseHistory(toml: text, file: name)
    }

    /// Where the built-in CPython data file is.
    /// - Throws: ``CadenceCore/DataFileError`` listing the places looked in when it is in none of them.
    public static func cpythonFileURL() throws -> URL {
        let candidates = resourceDirectories().map { $0.appendingPathComponent(cpythonFileName) }
        if let found = candidates.first(where: { FileManager.default.isReadableFile(atPath: $0.path) }) {
            return found
        }
        throw DataFileError(
            file: cpythonFileName,
            line: nil,
            reason: "the built-in CPython data was not found (looked in "
                + candidates.map { $0.deletingLastPathComponent().path }.joined(separator: ", ")
                + "); set CADENCE_DATA_DIR to the folder holding it, or pass --data FILE"
        )
    }

    /// The folders that may hold the resources, most specific first.
    static func resourceDirectories() -> [URL] {
        var directories: [URL] = []
        if let override = ProcessInfo.processInfo.environment["CADENCE_DATA_DIR"], !override.isEmpty {
            directories.append(URL(fileURLWithPath: override))
        }
        var executableFolders = [Bundle.main.bundleURL]
        if let executable = Bundle.main.executableURL {
            executableFolders.append(executable.resolvingSymlinksInPath().deletingLastPathComponent())
        }
        for folder in Set(executableFolders.map(\.standardizedFileURL)).sorted(by: { $0.path < $1.path }) {
            for bundle in ["Cadence_CadenceData.resources", "Cadence_CadenceData.bundle"] {
                directories.append(folder.appendingPathComponent(bundle))
            }
            directories.append(folder.appendingPathComponent("Cadence_CadenceData.bundle/Contents/Resources"))
        }
        return directories
    }
}
