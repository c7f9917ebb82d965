import CadencePackaging
import Foundation

extension MarkerEnvironment {
    /// Applies a JSON object of marker variables: a string sets a variable, a list of strings sets
    /// `extras` or `dependency_groups`.
    ///
    /// ```swift
    /// try environment.apply(json: #"{"python_full_version": "3.8.1", "extras": ["docs"]}"#)
    /// ```
    /// - Parameter text: The JSON object.
    /// - Throws: ``EnvironmentJSONError`` when the text is not a JSON object of such values.
    public mutating func apply(json text: String) throws(EnvironmentJSONError) {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        } catch {
            throw EnvironmentJSONError(text: text, reason: "not valid JSON")
        }
        guard let dictionary = object as? [String: Any] else {
            throw EnvironmentJSONError(text: text, reason: "expected a JSON object of marker variables")
        }
        for (key, value) in dictionary {
            switch (key, value) {
            case ("extras", let list as [String]): extras = Set(list)
            case ("dependency_groups", let list as [String]): dependencyGroups = Set(list)
            case (_, let string as String): values[key] = string
            default:
                throw EnvironmentJSONError(text: text, reason: "variable '\(key)' must be a string")
            }
        }
    }
}

/// A marker environment given as JSON that Cadence cannot use:
/// `invalid environment '["x"]': expected a JSON object of marker variables`.
public struct EnvironmentJSONError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The JSON as given.
    public var text: String
    /// What is wrong with it.
    public var reason: String

    /// An error for the JSON `text`.
    /// - Parameters:
    ///   - text: The JSON as given.
    ///   - reason: What is wrong with it.
    public init(text: String, reason: String) {
        self.text = text
        self.reason = reason
    }

    /// The message for a person, quoting the JSON.
    public var description: String { "invalid environment '\(text)': \(reason)" }
}
