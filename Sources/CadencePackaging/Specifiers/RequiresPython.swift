/// A project's `Requires-Python` constraint (such as `>=3.9,!=3.9.0a5,<4`) and the rules tools use to check it.
///
/// Installers do not agree on how to test an interpreter against it. packaging's
/// `SpecifierSet.contains` accepts a pre-release interpreter unless told otherwise, while pip
/// compares only the interpreter's `X.Y.Z` (`sys.version_info[:3]`), so Python `3.13.0rc1` is
/// checked as `3.13.0`. ``Rule`` names each behaviour:
///
/// ```swift
/// let requirement = try RequiresPython(">=3.13")
/// let python = try Version("3.13.0rc1")
/// requirement.admits(python)                           // false: 3.13.0rc1 < 3.13
/// requirement.admits(python, rule: .pip)               // true: checked as 3.13.0
/// ```
public struct RequiresPython: Sendable, Hashable, CustomStringConvertible {
    /// How an interpreter version is tested against the constraint.
    public enum Rule: Sendable, Hashable, CaseIterable {
        /// packaging's default, `SpecifierSet.contains(python)`: a pre-release interpreter is
        /// accepted when it satisfies the specifiers.
        case packaging
        /// `contains(python, prereleases: true)`: pre-release interpreters are always considered.
        case allowingPrereleases
        /// `contains(python, prereleases: false)`: pre-release interpreters are always refused.
        case excludingPrereleases
        /// pip's check: only the release `X.Y.Z` of the interpreter is tested, with packaging's
        /// default rule, so `3.13.0rc1` counts as `3.13.0`.
        case pip
    }

    /// The parsed constraint; an empty set admits every interpreter.
    public let specifiers: SpecifierSet

    /// Wraps an already-parsed specifier set.
    /// - Parameter specifiers: The constraint.
    public init(_ specifiers: SpecifierSet) {
        self.specifiers = specifiers
    }

    /// Parses the value of a `Requires-Python` field (or `requires-python` in `pyproject.toml`).
    /// - Parameter text: The specifier set text; empty text admits every interpreter.
    /// - Throws: ``ParseError`` with subject `.specifierSet` naming the input and the column of the problem.
    public init(_ text: String) throws {
        self.init(try SpecifierSet(text))
    }

    /// Whether an interpreter of version `python` may install the project.
    /// - Parameters:
    ///   - python: The interpreter version, e.g. `3.12.0rc1`.
    ///   - rule: Which tool's behaviour to follow; packaging's default unless given.
    /// - Returns: `true` when the constraint admits the interpreter under `rule`.
    public func admits(_ python: Version, rule: Rule = .packaging) -> Bool {
        switch rule {
        case .packaging: specifiers.contains(python)
        case .allowingPrereleases: specifiers.contains(python, prereleases: true)
        case .excludingPrereleases: specifiers.contains(python, prereleases: false)
        case .pip: specifiers.contains(RequiresPython.releaseOnly(python))
        }
    }

    /// The version pip tests for an interpreter: the first three release numbers, zero-padded.
    ///
    /// This is `sys.version_info[:3]` joined with dots: `3.13.0rc1` gives `3.13.0`, `3.12` gives `3.12.0`.
    /// - Parameter python: The interpreter's full version.
    /// - Returns: `X.Y.Z` without epoch, pre-, post-, dev- or local parts.
    public static func releaseOnly(_ python: Version) -> Version {
        var release = Array(python.release.prefix(3))
        while release.count < 3 { release.append(0) }
        return Version(unchecked: 0, release: release, pre: nil, post: nil, dev: nil, local: nil)
    }

    /// The constraint as packaging prints it, such as `!=3.9.0a5,<4,>=3.9`.
    public var description: String { specifiers.description }
}
