/// A PEP 508 dependency specifier such as `requests[security]>=2.8.1,==2.8.*; python_version < "2.7"`.
///
/// Parsing, printing and equality agree with `packaging.requirements.Requirement` 26.2 (markers take
/// the upstream fixes listed in `known_divergences.json`):
///
/// ```swift
/// let requirement = try Requirement("requests [security,tests] >= 2.8.1, == 2.8.* ; python_version < '2.7'")
/// print(requirement)  // requests[security,tests]==2.8.*,>=2.8.1; python_version < "2.7"
/// ```
public struct Requirement: Sendable, CustomStringConvertible {
    /// The project name as written (compare with ``canonicalName``).
    public let name: String
    /// The extras requested, de-duplicated and sorted.
    public let extras: [String]
    /// The version specifier; empty when there is none or a URL is given.
    public let specifier: SpecifierSet
    /// The direct reference after `@`, or `nil`.
    public let url: String?
    /// The environment marker after `;`, or `nil`.
    public let marker: Marker?

    /// Parses a requirement.
    /// - Parameter text: The requirement, e.g. `name[extra] >= 1.0; os_name == "posix"` or `name @ https://...`.
    /// - Throws: ``ParseError`` with subject `.requirement`, naming the input and the column of the problem.
    public init(_ text: String) throws {
        var parser = Parser(text)
        let parsed = try parser.parse()
        name = parsed.name
        extras = Array(Set(parsed.extras)).sorted()
        do {
            specifier = try SpecifierSet(parsed.specifier)
        } catch let error as ParseError {
            throw ParseError(.requirement, input: text, column: parsed.specifierStart + 1, reason: error.reason)
        }
        url = parsed.url
        marker = parsed.marker.map(Marker.init(expression:))
    }

    /// The PEP 503 normalised name: `scikit-learn` for `scikit_learn`.
    public var canonicalName: String { ProjectName.canonicalize(name) }

    /// `str(Requirement)`: name, `[extras]`, specifier, ` @ url`, then `; marker` (after a space when there is a URL).
    public var description: String {
        var text = name
        if !extras.isEmpty { text += "[" + extras.joined(separator: ",") + "]" }
        text += specifier.description
        if let url {
            text += " @ " + url
            if marker != nil { text += " " }
        }
        if let marker { text += "; " + marker.description }
        return text
    }
}

extension Requirement: Hashable {
    /// Whether two requirements mean the same as `packaging` sees it: same normalised name, extras,
    /// specifier set, URL and marker (text compared code point by code point, as Python does).
    /// - Parameters:
    ///   - lhs: A requirement.
    ///   - rhs: Another requirement.
    /// - Returns: `true` when they are equal.
    public static func == (lhs: Requirement, rhs: Requirement) -> Bool {
        lhs.canonicalName.utf8.elementsEqual(rhs.canonicalName.utf8) && lhs.extras == rhs.extras
            && lhs.specifier == rhs.specifier
            && lhs.url?.utf8.elementsEqual(rhs.url?.utf8 ?? "".utf8) ?? (rhs.url == nil)
            && lhs.marker == rhs.marker
    }

    /// Hashes the parts ``==(_:_:)`` compares.
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(canonicalName)
        hasher.combine(extras)
        hasher.combine(specifier)
        hasher.combine(url)
        hasher.combine(marker)
    }
}
