/// A version of CPython's stable ABI, named by PEP 605's aliases `Py_LIMITED_API_3_N`, whose value
/// is the `Py_LIMITED_API` hex version `0x030N0000` (N in hex, as in `PY_VERSION_HEX`).
///
/// The stable ABI began with Python 3.2 (PEP 384) and the minor version is one byte, so N is
/// 2...255.
///
/// ```swift
/// let abi = try StableABI(name: "Py_LIMITED_API_3_9")
/// abi.hexText                           // "0x03090000"
/// try StableABI(Version("3.10")).name   // "Py_LIMITED_API_3_10", value 0x030A0000
/// ```
public struct StableABI: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The minor versions a stable ABI alias can name.
    public static let minorVersions = 2...255

    /// The Python 3 minor version, `9` for `Py_LIMITED_API_3_9`.
    public let minor: Int

    /// The major version, always 3.
    public var major: Int { 3 }

    /// Creates the stable ABI of Python 3.`minor`.
    /// - Parameter minor: The minor version, 2...255.
    /// - Throws: ``ABIError`` when `minor` is out of range.
    public init(minor: Int) throws {
        guard StableABI.minorVersions.contains(minor) else {
            throw ABIError(.stableABIVersion, input: "3.\(minor)", reason: StableABI.rangeReason(minor))
        }
        self.minor = minor
    }

    /// Reads an alias name, `Py_LIMITED_API_3_N` (case-sensitive, as a C macro; N in decimal
    /// without leading zeros).
    /// - Parameter name: The alias, e.g. `Py_LIMITED_API_3_9`.
    /// - Throws: ``ABIError`` naming the input and the column of the problem.
    public init(name: String) throws {
        let prefix = "Py_LIMITED_API_3_"
        let scalars = Array(name.unicodeScalars)
        let expected = Array(prefix.unicodeScalars)
        func fail(_ column: Int, _ reason: String) -> ABIError {
            ABIError(.stableABIName, input: name, column: column, reason: reason)
        }
        for (index, scalar) in expected.enumerated() where index >= scalars.count || scalars[index] != scalar {
            if index == 15, index < scalars.count, scalars[index].properties.numericType != nil {
                throw fail(index + 1, "only Python 3 has stable ABI aliases (expected Py_LIMITED_API_3_N)")
            }
            throw fail(index + 1, "expected Py_LIMITED_API_3_N, such as Py_LIMITED_API_3_9")
        }
        let digits = scalars[expected.count...]
        let start = expected.count + 1
        guard let first = digits.first else { throw fail(start, "expected the minor version N") }
        if let bad = digits.firstIndex(where: { !("0"..."9").contains($0) }) {
            throw fail(bad + 1, "expected a decimal minor version, found " + ParseError.quote(String(scalars[bad])))
        }
        guard first != "0" || digits.count == 1 else { throw fail(start, "the minor version has a leading zero") }
        guard digits.count <= 3, let minor = Int(String(String.UnicodeScalarView(digits))),
            StableABI.minorVersions.contains(minor)
        else {
            throw fail(start, StableABI.rangeReason(String(String.UnicodeScalarView(digits))))
        }
        self.minor = minor
    }

    /// The stable ABI of a Python version written `3.N`.
    /// - Parameter version: A version of exactly two numbers, such as `3.9`, with nothing else.
    /// - Throws: ``ABIError`` when the version is not `3.N` with N in 2...255.
    public init(_ version: Version) throws {
        let text = version.description
        guard version.epoch == 0, version.release.count == 2, version.pre == nil, version.post == nil,
            version.dev == nil, version.local == nil
        else {
            throw ABIError(.stableABIVersion, input: text, reason: "expected a version 3.N, such as 3.9")
        }
        guard version.major == 3 else {
            throw ABIError(.stableABIVersion, input: text, reason: "only Python 3 has stable ABI aliases")
        }
        guard StableABI.minorVersions.contains(version.minor) else {
            throw ABIError(.stableABIVersion, input: text, reason: StableABI.rangeReason(version.minor))
        }
        self.minor = version.minor
    }

    /// The stable ABI whose `Py_LIMITED_API` value is `hexValue`.
    /// - Parameter hexValue: A value `0x030N0000`, e.g. `0x03090000`.
    /// - Throws: ``ABIError`` when the value is not of that form with N in 2...255.
    public init(hexValue: UInt32) throws {
        let text = StableABI.hex(hexValue)
        guard hexValue >> 24 == 3, hexValue & 0xFFFF == 0 else {
            throw ABIError(.stableABIVersion, input: text, reason: "expected a value 0x030N0000, such as 0x03090000")
        }
        let minor = Int((hexValue >> 16) & 0xFF)
        guard StableABI.minorVersions.contains(minor) else {
            throw ABIError(.stableABIVersion, input: text, reason: StableABI.rangeReason(minor))
        }
        self.minor = minor
    }

    /// The alias name, `Py_LIMITED_API_3_9`.
    public var name: String { "Py_LIMITED_API_3_\(minor)" }

    /// The `Py_LIMITED_API` value, `0x03090000` for 3.9.
    public var hexValue: UInt32 { 0x0300_0000 | UInt32(minor) << 16 }

    /// The value as C source writes it: `0x03090000` (eight upper-case hex digits).
    public var hexText: String { StableABI.hex(hexValue) }

    /// The alias name, `Py_LIMITED_API_3_9`.
    public var description: String { name }

    /// Orders by minor version.
    /// - Parameters:
    ///   - lhs: A stable ABI version.
    ///   - rhs: Another one.
    /// - Returns: Whether `lhs` is older.
    public static func < (lhs: StableABI, rhs: StableABI) -> Bool { lhs.minor < rhs.minor }

    /// The hex value for an alias name: `Py_LIMITED_API_3_9` → `0x03090000`.
    /// - Parameter name: The alias, e.g. `Py_LIMITED_API_3_8`.
    /// - Returns: The value as C source writes it.
    /// - Throws: ``ABIError`` when `name` is not an alias.
    public static func hexText(forName name: String) throws -> String {
        try StableABI(name: name).hexText
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return "0x" + String(repeating: "0", count: max(0, 8 - digits.count)) + digits
    }

    private static func rangeReason(_ minor: some CustomStringConvertible) -> String {
        "minor version \(minor) is out of range \(minorVersions.lowerBound)...\(minorVersions.upperBound)"
    }
}
