import CadenceTestSupport
import Foundation

@testable import CadencePackaging

/// Readers for the loosely typed values of the specifier fixture files.
enum SpecifierFixtureRow {
    /// A JSON `true`/`false`, or `nil` for JSON `null` or a missing key.
    static func optionalBool(_ value: Any?) -> Bool? {
        guard let value, !(value is NSNull) else { return nil }
        return value as? Bool
    }

    /// A fixture item: a plain string, or `{"version_object": "..."}` for a `Version` object.
    static func candidate(_ value: Any) throws -> VersionCandidate {
        if let text = value as? String { return .text(text) }
        if let object = value as? [String: Any], let text = object["version_object"] as? String {
            return .version(try Version(text))
        }
        throw FixtureError.shape("item \(value)", "a string or {\"version_object\": ...}")
    }

    /// How a fixture prints a filter result: the string, or `Version(<normalised>)`.
    static func rendering(_ value: Any) -> String {
        if let text = value as? String { return text.debugDescription }
        if let object = value as? [String: Any], let text = object["version_object"] as? String {
            return "Version(\(text))"
        }
        return "\(value)"
    }

    /// How Cadence's filter result prints in the same notation as ``rendering(_:)``.
    static func rendering(_ candidate: VersionCandidate) -> String {
        switch candidate {
        case .text(let text): text.debugDescription
        case .version(let version): "Version(\(version))"
        }
    }

    /// `Optional<Bool>` as Python prints it, for failure messages.
    static func python(_ value: Bool?) -> String {
        value.map { $0 ? "True" : "False" } ?? "None"
    }
}
