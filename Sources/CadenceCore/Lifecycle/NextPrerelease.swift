import CadencePackaging

/// PEP 605's next rolling pre-release of a series: `a` when anything since the previous pre-release
/// breaks the full CPython ABI, `b` otherwise, with one serial running through both.
///
/// ```swift
/// let next = try NextPrerelease(after: Version("3.9.0b4"), breaksABI: true)
/// next.version                       // 3.9.0a5
/// next.requiresPython?.description   // >= "3.9.0b6"; python_version == "3.9" and python_full_version != "3.9.0a5"
/// ```
public struct NextPrerelease: Hashable, Sendable {
    /// The release to cut, such as `3.9.0a5` or `3.9.0b6`.
    public let version: Version
    /// The pre-release it follows, if the series has one.
    public let previous: Version?
    /// Whether it breaks the ABI (an `a` release).
    public let breaksABI: Bool
    /// For an ABI break, the `Requires-Python` entry projects rebuilt against it should publish.
    public let requiresPython: ABIBreakRequiresPython?

    /// The pre-release that follows `previous`.
    /// - Parameters:
    ///   - previous: The series' latest pre-release (`3.9.0b4`), or `nil` before the first one.
    ///   - series: The series, needed when there is no previous pre-release.
    ///   - breaksABI: Whether any change since `previous` breaks the full CPython ABI (PEP 605's
    ///     `(ABI break)` markers). The first pre-release of a series always does.
    /// - Throws: ``LifecycleError/unplannable(model:reason:)`` when `previous` is not an alpha or beta of
    ///   X.Y.0 (after the release candidate the ABI is frozen), or neither `previous` nor `series` is given.
    public init(after previous: Version?, series: SeriesName? = nil, breaksABI: Bool) throws {
        self.previous = previous
        let base: [Int]
        let serial: Int
        if let previous {
            guard let pre = previous.pre, pre.kind != .releaseCandidate, previous.micro == 0,
                previous.release.count == 3, previous.post == nil, previous.dev == nil, previous.local == nil
            else {
                throw LifecycleError.unplannable(
                    model: "rolling",
                    reason: "\(previous) is not an alpha or beta of X.Y.0; after the release candidate the ABI is "
                        + "frozen and there are no more pre-freeze releases"
                )
            }
            base = previous.release
            serial = pre.number + 1
        } else {
            guard let series, let minor = series.minor else {
                throw LifecycleError.unplannable(
                    model: "rolling",
                    reason: "name the series (X.Y) when it has no pre-release yet"
                )
            }
            base = [series.major, minor, 0]
            serial = 1
        }
        let isBreak = breaksABI || serial == 1
        let label = base.map { String($0) }.joined(separator: ".") + (isBreak ? "a" : "b") + String(serial)
        do {
            version = try Version(label)
            requiresPython = isBreak ? try ABIBreakRequiresPython(abiBreak: version) : nil
        } catch {
            throw LifecycleError.unplannable(model: "rolling", reason: "\(error)")
        }
        self.breaksABI = isBreak
    }

    /// A draft announcement, in plain words, for the release manager to edit.
    /// - Parameter reasons: One line per change that breaks the ABI (its summary), if any.
    /// - Returns: The text.
    public func announcement(reasons: [String] = []) -> String {
        let series = "\(version.major).\(version.minor)"
        var text = "Python \(version) is now available for testing.\n\n"
        if breaksABI {
            if let previous {
                text +=
                    "It is an 'a' release: extension modules built for \(previous) or earlier pre-releases must be "
                    + "rebuilt, because the full CPython ABI changed.\n"
            } else {
                text += "It is the first pre-release of Python \(series): it starts a new ABI.\n"
            }
            if !reasons.isEmpty {
                text += "\nChanges that break the ABI:\n" + reasons.map { "- \($0)\n" }.joined()
            }
            if let requiresPython {
                text +=
                    "\nProjects that publish binaries rebuilt against \(version) should declare:\n"
                    + "    Requires-Python: \(requiresPython)\n"
                    + "so that installers do not offer them to earlier pre-releases with the old ABI.\n"
            }
        } else {
            text +=
                "It is a 'b' release: binary compatible with \(previous.map { "\($0)" } ?? "the previous pre-release"), "
                + "so extension modules built for it keep working (their SOABI carries the pre-freeze flag 'p').\n"
        }
        text += "\nThe stable ABI and the limited API are not affected by pre-freeze releases.\n"
        return text
    }
}
