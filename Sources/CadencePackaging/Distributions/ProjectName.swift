/// A project (distribution) name, validated and normalised as packaging's `canonicalize_name`
/// does: lowercase, with every run of `-`, `_` and `.` turned into one `-` (PEP 503).
///
/// Two names are equal when their normalised forms are: `Foo.Bar`, `foo_bar` and `FOO--bar` are
/// one project.
///
/// ```swift
/// try ProjectName("Foo.Bar").normalized   // "foo-bar"
/// ProjectName.canonicalize("oslo.concurrency")  // "oslo-concurrency" (no validation)
/// try ProjectName("_not_legal")
/// // invalid name '_not_legal': a name starts with an ASCII letter or digit, unexpected '_' at column 1
/// ```
public struct ProjectName: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The name as it was given.
    public let original: String
    /// The normalised name, such as `foo-bar`.
    public let normalized: String

    /// Validates and normalises a name (`canonicalize_name(name, validate=True)`).
    ///
    /// A valid name is ASCII letters, digits, `.`, `_` and `-`, starting and ending with a letter or
    /// digit (the core metadata `Name` rule).
    /// - Parameter name: The name, e.g. `Django` or `oslo.concurrency`.
    /// - Throws: ``ParseError`` with subject `.name`, naming the input and the first bad column.
    public init(_ name: String) throws {
        if let error = ProjectName.validationError(name) { throw error }
        self.original = name
        self.normalized = ProjectName.canonicalize(name)
    }

    /// The normalised name.
    public var description: String { normalized }

    /// Whether two names are the same project.
    /// - Parameters:
    ///   - lhs: A name.
    ///   - rhs: Another name.
    /// - Returns: `true` when their normalised forms are equal.
    public static func == (lhs: ProjectName, rhs: ProjectName) -> Bool { lhs.normalized == rhs.normalized }

    /// Hashes the normalised name.
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) { hasher.combine(normalized) }

    /// Orders by normalised name, code point by code point.
    /// - Parameters:
    ///   - lhs: A name.
    ///   - rhs: Another name.
    /// - Returns: Whether `lhs` sorts first.
    public static func < (lhs: ProjectName, rhs: ProjectName) -> Bool {
        PythonText.precedes(lhs.normalized, rhs.normalized)
    }

    /// Normalises any text as a name without validating it (`canonicalize_name(name)`): Python's
    /// `lower()`, then every run of `-`, `_` and `.` becomes one `-`.
    /// - Parameter name: The name, e.g. `Foo.....Bar`.
    /// - Returns: The normalised name, e.g. `foo-bar`.
    public static func canonicalize(_ name: String) -> String {
        var result = String.UnicodeScalarView()
        var lastWasSeparator = false
        for scalar in PythonText.lower(name).unicodeScalars {
            if scalar == "-" || scalar == "_" || scalar == "." {
                if !lastWasSeparator { result.append("-") }
                lastWasSeparator = true
            } else {
                result.append(scalar)
                lastWasSeparator = false
            }
        }
        return String(result)
    }

    /// Whether a name is valid: ASCII letters, digits, `.`, `_` and `-`, starting and ending with a
    /// letter or digit.
    /// - Parameter name: The name to check.
    /// - Returns: `true` when ``init(_:)`` would accept it.
    public static func isValid(_ name: String) -> Bool {
        validationError(name) == nil
    }

    /// Whether a name is already normalised (`is_normalized_name`): lowercase ASCII letters and
    /// digits in runs joined by single `-`.
    ///
    /// This follows packaging's development line (#1230): packaging 26.2 also accepted a doubled
    /// dash between two characters (`a--b`), which ``canonicalize(_:)`` would collapse.
    /// - Parameter name: The name to check.
    /// - Returns: `true` when `name` is a valid name equal to its normalised form.
    public static func isNormalized(_ name: String) -> Bool {
        var previous: UInt8 = UInt8(ascii: "-")
        for byte in name.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): break
            case UInt8(ascii: "-") where previous != UInt8(ascii: "-"): break
            default: return false
            }
            previous = byte
        }
        return !name.isEmpty && previous != UInt8(ascii: "-")
    }

    /// Why `name` is not valid, or `nil` when it is.
    static func validationError(_ name: String) -> ParseError? {
        func isAlphanumeric(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"):
                return true
            default:
                return false
            }
        }
        let bytes = Array(name.utf8)
        guard let first = bytes.first, let last = bytes.last else {
            return ParseError(.name, input: name, column: 1, reason: "expected a name, found nothing")
        }
        guard isAlphanumeric(first) else {
            let unexpected = ParseError.unexpected(in: name, at: 0)
            return ParseError(
                .name,
                input: name,
                column: 1,
                reason: "a name starts with an ASCII letter or digit, \(unexpected)"
            )
        }
        for (offset, byte) in bytes.enumerated().dropFirst() {
            let isPunctuation = byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
            if !isAlphanumeric(byte) && !isPunctuation {
                let unexpected = ParseError.unexpected(in: name, at: offset)
                return ParseError(
                    .name,
                    input: name,
                    utf8Offset: offset,
                    reason: "\(unexpected) (a name has ASCII letters, digits, '.', '_' and '-')"
                )
            }
        }
        guard isAlphanumeric(last) else {
            let unexpected = ParseError.unexpected(in: name, at: bytes.count - 1)
            return ParseError(
                .name,
                input: name,
                utf8Offset: bytes.count - 1,
                reason: "a name ends with an ASCII letter or digit, \(unexpected)"
            )
        }
        return nil
    }
}
