import CadencePackaging

/// Where and why a text did not read as version numbers, before a domain error names its subject.
struct VersionTextFailure: Error, Hashable {
    /// The 1-based column (in Unicode scalars) of the problem, or `nil` when the whole text is at fault.
    var column: Int?
    /// What is wrong, such as `unexpected 'x'`.
    var reason: String
}

extension VersionTriple {
    /// Reads numbers separated by single dots (`3.9.2` → `[3, 9, 2]`), as CPython's
    /// `--feature-limit X.Y.Z`, `-X compat_version=VERSION` and their environment variables take them.
    ///
    /// Only ASCII digits and dots are accepted: no spaces, signs, `v` prefix or pre-release segment.
    /// - Parameter text: The text as given.
    /// - Returns: The numbers (at least one), or where and why the text is not such a list.
    static func dottedNumbers(in text: String) -> Result<[Int], VersionTextFailure> {
        guard !text.isEmpty else {
            return .failure(
                VersionTextFailure(column: nil, reason: "expected numbers separated by dots, such as 3.9.2")
            )
        }
        var numbers: [Int] = []
        var current: Int?
        var currentColumn = 1
        var column = 0
        for scalar in text.unicodeScalars {
            column += 1
            if scalar == "." {
                guard let value = current else {
                    return .failure(VersionTextFailure(column: column, reason: "expected a number before '.'"))
                }
                numbers.append(value)
                current = nil
                continue
            }
            guard let digit = Self.asciiDigit(scalar) else {
                return .failure(
                    VersionTextFailure(column: column, reason: "unexpected " + ParseError.quote(String(scalar)))
                )
            }
            if current == nil { currentColumn = column }
            let (times10, overflow1) = (current ?? 0).multipliedReportingOverflow(by: 10)
            let (value, overflow2) = times10.addingReportingOverflow(digit)
            guard !overflow1, !overflow2 else {
                return .failure(VersionTextFailure(column: currentColumn, reason: "number too large"))
            }
            current = value
        }
        guard let last = current else {
            return .failure(VersionTextFailure(column: column + 1, reason: "expected a number after '.'"))
        }
        numbers.append(last)
        return .success(numbers)
    }

    /// Reads the version of a running CPython: `X.Y` or `X.Y.Z`, optionally with a pre-release
    /// segment (`3.9.0rc1`), in any spelling PEP 440 accepts; the triple is its first three numbers,
    /// as `sys.version_info[:3]` is.
    ///
    /// Epochs, post-releases, development releases, local labels and releases of one or of more
    /// than three numbers are rejected: no CPython interpreter reports such a version.
    /// - Parameter text: The version as given.
    /// - Returns: The triple, or where and why the text is not a CPython version.
    static func runningVersion(in text: String) -> Result<VersionTriple, VersionTextFailure> {
        let version: Version
        do {
            version = try Version(text)
        } catch let error as ParseError {
            return .failure(VersionTextFailure(column: error.column, reason: error.reason))
        } catch {
            return .failure(VersionTextFailure(column: nil, reason: String(describing: error)))
        }
        guard version.epoch == 0, version.post == nil, version.dev == nil, version.local == nil,
            (2...3).contains(version.release.count)
        else {
            return .failure(
                VersionTextFailure(
                    column: nil,
                    reason: "expected a CPython version X.Y.Z such as 3.9.3, optionally with aN, bN or rcN"
                )
            )
        }
        return .success(VersionTriple(version))
    }

    private static func asciiDigit(_ scalar: Unicode.Scalar) -> Int? {
        guard scalar.value >= 0x30 && scalar.value <= 0x39 else { return nil }
        return Int(scalar.value - 0x30)
    }
}
