import CadencePackaging

/// A CPython version as three numbers, `(major, minor, micro)`: what `sys.version_info[:3]`,
/// PEP 598's `sys.feature_limit` and PEP 606's `sys.get_python_compat_version()` hold.
///
/// Triples order like Python tuples, number by number:
///
/// ```swift
/// VersionTriple(3, 9, 2) < VersionTriple(3, 9, 3)  // true
/// VersionTriple(numbers: [3, 8])?.description       // "3.8.0"
/// ```
public struct VersionTriple: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The major version, `3` in 3.9.2.
    public let major: Int
    /// The minor version, `9` in 3.9.2.
    public let minor: Int
    /// The micro version, `2` in 3.9.2.
    public let micro: Int

    /// Creates a triple from its three numbers.
    /// - Parameters:
    ///   - major: The major version.
    ///   - minor: The minor version.
    ///   - micro: The micro version.
    public init(_ major: Int, _ minor: Int, _ micro: Int) {
        self.major = major
        self.minor = minor
        self.micro = micro
    }

    /// Creates a triple from one to three numbers, padding with zeros (`[3, 8]` is 3.8.0).
    ///
    /// Fails when `numbers` is empty, has more than three numbers, or holds a negative one.
    /// - Parameter numbers: The numbers, as in a Python tuple such as `(3, 8)`.
    public init?(numbers: [Int]) {
        guard (1...3).contains(numbers.count), numbers.allSatisfy({ $0 >= 0 }) else { return nil }
        let padded = numbers + Array(repeating: 0, count: 3 - numbers.count)
        self.init(padded[0], padded[1], padded[2])
    }

    /// The first three release numbers of a version, as `sys.version_info[:3]` gives them
    /// (`3.9.0rc1` → 3.9.0); the pre-release segment and any further numbers are dropped.
    /// - Parameter version: A PEP 440 version.
    public init(_ version: Version) {
        self.init(version.major, version.minor, version.micro)
    }

    /// The series this version belongs to, `3.9` for 3.9.2.
    public var series: SeriesName { SeriesName(major: major, minor: minor) }

    /// The first release of the series, X.Y.0.
    public var seriesStart: VersionTriple { VersionTriple(major, minor, 0) }

    /// The dotted form, `3.9.2`.
    public var description: String { "\(major).\(minor).\(micro)" }

    /// The Python tuple, `(3, 9, 2)`.
    public var pythonTuple: String { "(\(major), \(minor), \(micro))" }

    /// Orders like Python tuples: by major, then minor, then micro.
    /// - Parameters:
    ///   - lhs: A triple.
    ///   - rhs: Another triple.
    /// - Returns: Whether `lhs` comes first.
    public static func < (lhs: VersionTriple, rhs: VersionTriple) -> Bool {
        (lhs.major, lhs.minor, lhs.micro) < (rhs.major, rhs.minor, rhs.micro)
    }
}
