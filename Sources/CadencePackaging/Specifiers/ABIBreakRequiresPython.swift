/// The `Requires-Python` entry PEP 605 asks a project to publish after rebuilding for an ABI-breaking pre-release.
///
/// For a rebuild against `3.9.0a5` it is
/// `>= "3.9.0b6"; python_version == "3.9" and python_full_version != "3.9.0a5"`.
///
/// Under PEP 605's rolling pre-freeze releases one serial runs through alphas and betas
/// (`3.9.0b4`, `3.9.0a5`, `3.9.0b6`), an alpha marking a break in the full CPython ABI. PEP 440
/// orders every alpha before every beta, so `>= 3.9.0a5` would admit the older-ABI `3.9.0b4`.
/// The entry therefore asks for the next beta (`>= 3.9.0b6`), applies only on the `X.Y` series,
/// and exempts the breaking release itself, which the rebuilt binaries were built against:
///
/// ```swift
/// let entry = try ABIBreakRequiresPython(abiBreak: try Version("3.9.0a5"))
/// print(entry)  // >= "3.9.0b6"; python_version == "3.9" and python_full_version != "3.9.0a5"
/// try entry.admits(.python(try Version("3.9.0b4"), base: host))  // false
/// ```
///
/// The PEP itself spells the variable `full_python_version`; Cadence reads that spelling as
/// `python_full_version` and prints the standard name (``pep605Spelling`` gives the PEP's text).
public struct ABIBreakRequiresPython: Sendable, Hashable, CustomStringConvertible {
    /// The lowest Python allowed where ``condition`` holds (`3.9.0b6` after the `3.9.0a5` break).
    public let minimum: Version
    /// Where the minimum applies: `python_version == "3.9" and python_full_version != "3.9.0a5"` after the `3.9.0a5` break.
    public let condition: Marker

    /// A pre-release or rebuild target that cannot form such an entry.
    public struct InvalidRelease: Error, Sendable, Hashable, CustomStringConvertible {
        /// What is wrong, naming the versions involved.
        public let description: String
    }

    /// The entry for a project rebuilt against the ABI-breaking pre-release `abiBreak`.
    /// - Parameters:
    ///   - abiBreak: The alpha that broke the ABI, e.g. `3.9.0a5`.
    ///   - rebuildTarget: The first release the rebuilt binaries need: a later beta of the same X.Y.0, or
    ///     its release candidate when the break was the last pre-freeze release; by default the next
    ///     serial as a beta (`3.9.0b6` after `3.9.0a5`).
    /// - Throws: ``InvalidRelease`` when `abiBreak` is not an alpha, or `rebuildTarget` is neither a
    ///   later beta nor a release candidate of it.
    public init(abiBreak: Version, rebuildTarget: Version? = nil) throws {
        guard let pre = abiBreak.pre, pre.kind == .alpha, abiBreak.post == nil, abiBreak.dev == nil,
            abiBreak.local == nil
        else {
            throw InvalidRelease(description: "\(abiBreak) is not an alpha pre-release, so it cannot mark an ABI break")
        }
        guard let target = rebuildTarget ?? abiBreak.withNextBeta(after: pre.number) else {
            throw InvalidRelease(description: "\(abiBreak) has no next beta: give the rebuild target explicitly")
        }
        // A later beta, or a release candidate (which freezes the ABI) when no beta follows the break.
        guard let targetPre = target.pre,
            targetPre.kind == .beta && targetPre.number > pre.number || targetPre.kind == .releaseCandidate,
            target.epoch == abiBreak.epoch, ReleaseNumbers.compare(target.releaseNumbers, abiBreak.releaseNumbers) == 0,
            target.post == nil, target.dev == nil, target.local == nil
        else {
            throw InvalidRelease(
                description:
                    "rebuild target \(target) is not a later beta or a release candidate of \(abiBreak.baseVersion)"
            )
        }
        minimum = target
        condition = try Marker(
            "python_version == \"\(abiBreak.major).\(abiBreak.minor)\" and python_full_version != \"\(abiBreak)\""
        )
    }

    /// Reads an entry written as `>= "3.9.0b6"; <marker>`, optionally after `Requires-Python:` or
    /// `Python-Requires:` (the PEP's own line, with `full_python_version`, is accepted).
    /// - Parameter line: The entry.
    /// - Throws: ``ParseError`` (`.specifier` for the bound, `.marker` for the condition), columns counted in `line`.
    public init(_ line: String) throws {
        let scalars = Array(line.unicodeScalars)
        var index = 0
        func skipSpaces() { while index < scalars.count, PythonText.isSpace(scalars[index]) { index += 1 } }
        func fail(_ subject: ParseError.Subject, _ reason: String, at column: Int) -> ParseError {
            ParseError(subject, input: line, column: column + 1, reason: reason)
        }
        skipSpaces()
        for label in ["Requires-Python:", "Python-Requires:"]
        where line.unicodeScalars.dropFirst(index).starts(with: label.unicodeScalars) {
            index += label.unicodeScalars.count
            skipSpaces()
        }
        guard scalars[index...].starts(with: ">=".unicodeScalars) else {
            throw fail(.specifier, "expected '>=' before the minimum version", at: index)
        }
        index += 2
        skipSpaces()
        guard index < scalars.count, scalars[index] == "\"" || scalars[index] == "'",
            let close = scalars[(index + 1)...].firstIndex(of: scalars[index])
        else { throw fail(.specifier, "expected the minimum version in quotes", at: index) }
        let versionText = String(String.UnicodeScalarView(scalars[(index + 1)..<close]))
        guard let version = try? Version(versionText) else {
            throw fail(.specifier, "\(ParseError.quote(versionText)) is not a version", at: index + 1)
        }
        index = close + 1
        skipSpaces()
        guard index < scalars.count, scalars[index] == ";" else {
            throw fail(.marker, "expected ';' before the condition", at: index)
        }
        let markerStart = index + 1
        do {
            condition = try Marker(String(String.UnicodeScalarView(scalars[markerStart...])))
        } catch let error as ParseError {
            throw fail(.marker, error.reason, at: markerStart + (error.column ?? 1) - 1)
        }
        minimum = version
    }

    /// The entry with the standard variable name: `>= "3.9.0b6"; python_version == "3.9" and python_full_version != "3.9.0a5"`.
    public var description: String {
        ">= \"\(minimum)\"; \(condition)"
    }

    /// The entry as PEP 605 prints it, with `full_python_version`.
    public var pep605Spelling: String {
        description.replacing("python_full_version", with: "full_python_version")
    }

    /// Whether a Python described by `environment` may install the rebuilt release: yes where the
    /// condition does not hold, otherwise only from ``minimum`` on (pre-releases included).
    ///
    /// A later ABI break (say `3.9.0a7`) is not visible to this entry; the project publishes a new
    /// entry for it after rebuilding again.
    /// - Parameter environment: The target interpreter's environment (see ``MarkerEnvironment/python(_:base:)``).
    /// - Returns: `true` when the entry admits that Python.
    /// - Throws: ``MarkerEvaluationError`` when the environment lacks `python_version` or `python_full_version`.
    public func admits(_ environment: MarkerEnvironment) throws -> Bool {
        guard try condition.evaluate(environment) else { return true }
        let full = try environment.string(
            named: MarkerVariable.pythonFullVersion.rawValue,
            variable: .pythonFullVersion,
            in: .metadata
        )
        guard let python = try? Version(full) else { return false }
        return python >= minimum
    }
}

extension Version {
    /// The beta with the serial after `number` on the same release: `3.9.0b6` for `3.9.0a5` (`nil` past `Int.max`).
    fileprivate func withNextBeta(after number: Int) -> Version? {
        guard number < Int.max else { return nil }
        return Version(
            unchecked: epoch,
            release: release,
            pre: PreRelease(.beta, number + 1),
            post: nil,
            dev: nil,
            local: nil
        )
    }
}
