import Foundation

/// Reads test fixtures from `Tests/CadenceCoreTests/Fixtures`, next to this source file.
///
/// The packaging vectors under `Fixtures/packaging/` are a copy of `shared/vectors/packaging/`
/// (expected values produced by pypa/packaging 26.2; see its README.md for provenance).
enum Fixture {
    /// The fixtures folder, found relative to this file so tests run from any working directory.
    static let directory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // CadenceCoreTests
        .appendingPathComponent("Fixtures")

    /// The raw bytes of a fixture file, such as `packaging/versions_valid.json`.
    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: directory.appendingPathComponent(name))
    }

    /// A fixture file parsed as JSON (arrays, dictionaries, strings, numbers, booleans, `NSNull`).
    static func json(_ name: String) throws -> Any {
        try JSONSerialization.jsonObject(with: data(name), options: [.fragmentsAllowed])
    }

    /// A fixture file that holds a JSON array.
    static func array(_ name: String) throws -> [Any] {
        guard let array = try json(name) as? [Any] else { throw FixtureError.shape(name, "an array") }
        return array
    }

    /// A fixture file that holds a JSON object.
    static func object(_ name: String) throws -> [String: Any] {
        guard let object = try json(name) as? [String: Any] else { throw FixtureError.shape(name, "an object") }
        return object
    }
}

/// A fixture whose content does not have the shape a test expects.
enum FixtureError: Error, CustomStringConvertible {
    case shape(String, String)
    case row(String, Int, String)

    var description: String {
        switch self {
        case .shape(let name, let expected): "fixture \(name) is not \(expected)"
        case .row(let name, let index, let problem): "fixture \(name), row \(index): \(problem)"
        }
    }
}
