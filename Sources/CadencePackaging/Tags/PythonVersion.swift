/// A Python language version as the tag functions take it: a major and an optional minor number.
///
/// This is packaging's one- or two-item `PythonVersion` sequence, such as `(3, 11)` or `(3,)`.
/// Versions order like Python tuples: `(3,)` sorts before `(3, 0)`.
///
/// ```swift
/// PythonVersion(3, 11).nodot        // "311"
/// PythonVersion([3, 12, 1])?.nodot  // "312" (only the first two numbers count)
/// ```
public struct PythonVersion: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The major version, `3` in 3.11.
    public let major: Int
    /// The minor version, `11` in 3.11, or `nil` for a major-only version.
    public let minor: Int?

    /// Creates a version from its numbers.
    /// - Parameters:
    ///   - major: The major version.
    ///   - minor: The minor version, or `nil` for a major-only version such as `3`.
    public init(_ major: Int, _ minor: Int? = nil) {
        self.major = major
        self.minor = minor
    }

    /// Creates a version from the first two numbers of a sequence such as `sys.version_info`.
    ///
    /// The initializer fails when `components` is empty.
    /// - Parameter components: At least one number; numbers after the second are ignored.
    public init?(_ components: [Int]) {
        guard let major = components.first else { return nil }
        self.init(major, components.count > 1 ? components[1] : nil)
    }

    /// The version of a PEP 440 release: its first two release numbers (`3.9.0b2` → 3.9).
    /// - Parameter version: A version such as `3.9.0b2`.
    public init(_ version: Version) {
        self.init(version.major, version.release.count > 1 ? version.release[1] : nil)
    }

    /// The numbers without a dot, as in interpreter tags: `311` for 3.11, `3` for 3 (`_version_nodot`).
    public var nodot: String {
        minor.map { "\(major)\($0)" } ?? "\(major)"
    }

    /// The dotted form, `3.11` or `3`.
    public var description: String {
        minor.map { "\(major).\($0)" } ?? "\(major)"
    }

    /// Whether this version has a minor number (packaging's `len(python_version) > 1`).
    public var hasMinor: Bool { minor != nil }

    /// Orders like Python tuples: by major, then a missing minor before any minor.
    /// - Parameters:
    ///   - lhs: A version.
    ///   - rhs: Another version.
    /// - Returns: Whether `lhs` sorts first.
    public static func < (lhs: PythonVersion, rhs: PythonVersion) -> Bool {
        if lhs.major != rhs.major { return lhs.major < rhs.major }
        switch (lhs.minor, rhs.minor) {
        case (nil, nil): return false
        case (nil, _): return true
        case (_, nil): return false
        case (let left?, let right?): return left < right
        }
    }

    /// The running interpreter's version text (`packaging.tags.interpreter_version`): the
    /// `py_version_nodot` configuration variable when it is set and not empty, else the first two
    /// numbers of `sys.version_info` without a dot.
    ///
    /// ```swift
    /// PythonVersion.interpreterVersion(configured: nil, versionInfo: [3, 12, 1])  // "312"
    /// ```
    /// - Parameters:
    ///   - configured: `sysconfig.get_config_var("py_version_nodot")`, or `nil` when unset.
    ///   - versionInfo: `sys.version_info`, at least the major number.
    /// - Returns: The version text, e.g. `312`; empty when both inputs are empty.
    public static func interpreterVersion(configured: String?, versionInfo: [Int]) -> String {
        if let configured, !configured.isEmpty { return configured }
        return PythonVersion(versionInfo)?.nodot ?? ""
    }
}
