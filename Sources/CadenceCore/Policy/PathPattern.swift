/// A pattern for repository paths, as `cadence.toml` writes them.
///
/// - `Doc/` (ending in `/`): every path in that folder and below;
/// - `Doc/data/*.abi`: `*` matches any characters except `/`;
/// - `configure`: exactly that path.
///
/// ```swift
/// PathPattern("Include/").matches("Include/cpython/pystate.h")  // true
/// PathPattern("Doc/data/*.abi").matches("Doc/data/python3.9.abi")  // true
/// ```
public struct PathPattern: Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The pattern as written.
    public let text: String

    /// Creates a pattern.
    public init(_ text: String) { self.text = text }

    /// Creates a pattern from a literal.
    public init(stringLiteral value: String) { self.init(value) }

    /// The pattern as written.
    public var description: String { text }

    /// Whether `path` matches (paths are compared as git stores them, byte for byte).
    public func matches(_ path: String) -> Bool {
        if text.utf8.last == UInt8(ascii: "/") { return path.utf8.starts(with: text.utf8) }
        guard text.utf8.contains(UInt8(ascii: "*")) else { return path.utf8.elementsEqual(text.utf8) }
        return Self.glob(Array(text.unicodeScalars)[...], Array(path.unicodeScalars)[...])
    }

    private static func glob(_ pattern: ArraySlice<Unicode.Scalar>, _ path: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = pattern.first else { return path.isEmpty }
        if first != "*" {
            guard path.first == first else { return false }
            return glob(pattern.dropFirst(), path.dropFirst())
        }
        var rest = path
        while true {
            if glob(pattern.dropFirst(), rest) { return true }
            guard let next = rest.first, next != "/" else { return false }
            rest = rest.dropFirst()
        }
    }
}

extension Array where Element == PathPattern {
    /// Whether any pattern matches `path`.
    func anyMatches(_ path: String) -> Bool { contains { $0.matches(path) } }
}
