import Foundation

/// Reads test fixtures from the `Fixtures` folder of the test target that asks.
///
/// The folder is found from the calling file (`#filePath`): the nearest folder above it that holds a
/// `Fixtures` folder, so tests run from any working directory. The packaging vectors under
/// `Tests/CadencePackagingTests/Fixtures/packaging/` are a copy of `shared/vectors/packaging/` (expected
/// values produced by pypa/packaging 26.2; see its README.md for provenance).
public enum Fixture {
    /// The `Fixtures` folder of the test target holding `caller`.
    public static func directory(for caller: String = #filePath) -> URL {
        var folder = URL(fileURLWithPath: caller).deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("Fixtures")
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isFolder), isFolder.boolValue {
                return candidate
            }
            folder.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: caller).deletingLastPathComponent().appendingPathComponent("Fixtures")
    }

    /// The raw bytes of a fixture file, such as `packaging/versions_valid.json`.
    public static func data(_ name: String, caller: String = #filePath) throws -> Data {
        try Data(contentsOf: directory(for: caller).appendingPathComponent(name))
    }

    /// A fixture file parsed as JSON (arrays, dictionaries, strings, numbers, booleans, `NSNull`).
    public static func json(_ name: String, caller: String = #filePath) throws -> Any {
        try JSONSerialization.jsonObject(with: data(name, caller: caller), options: [.fragmentsAllowed])
    }

    /// A fixture file that holds a JSON array.
    public static func array(_ name: String, caller: String = #filePath) throws -> [Any] {
        guard let array = try json(name, caller: caller) as? [Any] else {
            throw FixtureError.shape(name, "an array")
        }
        return array
    }

    /// A fixture file that holds a JSON object.
    public static func object(_ name: String, caller: String = #filePath) throws -> [String: Any] {
        guard let object = try json(name, caller: caller) as? [String: Any] else {
            throw FixtureError.shape(name, "an object")
        }
        return object
    }
}

/// A fixture whose content does not have the shape a test expects.
public enum FixtureError: Error, CustomStringConvertible {
    /// The file does not hold the expected kind of JSON value.
    case shape(String, String)
    /// One row of the file is malformed: file, row index, problem.
    case row(String, Int, String)

    /// The problem, naming the file (and row).
    public var description: String {
        switch self {
        case .shape(let name, let expected): "fixture \(name) is not \(expected)"
        case .row(let name, let index, let problem): "fixture \(name), row \(index): \(problem)"
        }
    }
}
