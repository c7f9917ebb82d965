import CadencePackaging

/// The name of a release series: `3.9` for CPython's X.Y series, or `4` under PEP 598's
/// semantic-versioning variant, where a series is a major version.
///
/// ```swift
/// let series = try SeriesName("3.9")
/// series.next  // 3.10
/// ```
public struct SeriesName: Comparable, Hashable, Sendable, CustomStringConvertible {
    /// The numbers of the name: `[3, 9]` for `3.9`, `[4]` for `4`.
    public let numbers: [Int]

    /// Parses `X.Y` or `X`.
    /// - Throws: ``LifecycleError`` naming the text when it is not one or two numbers separated by a dot.
    public init(_ text: String) throws {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let numbers = parts.compactMap { part in
            part.isEmpty || part.count > 6 || !part.allSatisfy(\.isASCIIDigit) ? nil : Int(part)
        }
        guard (1...2).contains(parts.count), numbers.count == parts.count else {
            throw LifecycleError.invalidSeries(text)
        }
        self.numbers = numbers
    }

    /// The series `major.minor`.
    public init(major: Int, minor: Int) { numbers = [major, minor] }

    /// The series of a major version, as in PEP 598's semantic-versioning variant.
    public init(major: Int) { numbers = [major] }

    /// The series a version belongs to: `3.9` for `3.9.0b2` (or `4` for a one-number series).
    /// - Parameters:
    ///   - version: Any release of the series.
    ///   - majorOnly: Whether series are named by the major version alone.
    public init(of version: Version, majorOnly: Bool = false) {
        numbers = majorOnly ? [version.major] : [version.major, version.minor]
    }

    /// The major version, `3` in `3.9`.
    public var major: Int { numbers[0] }
    /// The minor version, `9` in `3.9`; `nil` for a major-only series.
    public var minor: Int? { numbers.count > 1 ? numbers[1] : nil }

    /// The series that follows: `3.10` after `3.9`, `5` after `4`.
    public var next: SeriesName { offset(by: 1) }

    /// The series that precedes this one in the same major version (`3.8` before `3.9`), or the previous
    /// major version for a major-only series; `nil` before `X.0` or `0`.
    public var previous: SeriesName? {
        numbers.last == 0 ? nil : offset(by: -1)
    }

    /// The series `count` steps later (earlier when negative) in the last number.
    public func offset(by count: Int) -> SeriesName {
        var numbers = self.numbers
        numbers[numbers.count - 1] += count
        return SeriesName(numbers)
    }

    private init(_ numbers: [Int]) { self.numbers = numbers }

    /// The name written with dots: `3.9`.
    public var description: String { numbers.map { String($0) }.joined(separator: ".") }

    /// Orders earlier before later.
    public static func < (lhs: SeriesName, rhs: SeriesName) -> Bool {
        lhs.numbers.lexicographicallyPrecedes(rhs.numbers)
    }
}
