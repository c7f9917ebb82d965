/// The ordered tag sequences an interpreter supports, most preferred first, computed from
/// explicit inputs (packaging's `cpython_tags`, `generic_tags` and `compatible_tags`).
///
/// packaging fills a missing argument from the running interpreter; Cadence does no I/O, so
/// every input is a parameter. Pass an empty platform list and no tag is produced for it
/// (packaging would fall back to the host's platforms).
///
/// ```swift
/// let tags = CompatibleTags.cpython(version: PythonVersion(3, 12), abis: ["cp312"], platforms: ["win_amd64"])
/// tags.prefix(3).map(\.description)  // ["cp312-cp312-win_amd64", "cp312-abi3-win_amd64", "cp312-none-win_amd64"]
/// ```
public enum CompatibleTags {
    /// The tags of a CPython interpreter (`packaging.tags.cpython_tags`), most preferred first.
    ///
    /// The order is `cpXY-<abi>-<platform>` for each ABI, `cpXY-abi3-<platform>` (or `abi3t` for a free-threaded
    /// first ABI such as `cp313t`), `cpXY-none-<platform>`, then the stable ABI of every older minor
    /// version down to 3.2. A major-only version gets only the given ABIs and `none`.
    /// - Parameters:
    ///   - version: The Python version, e.g. 3.11; only the first two numbers are used.
    ///   - abis: The interpreter's ABIs, most specific first (see ``CPythonBuild/abis``); the first
    ///     `abi3` and the first `none` are dropped, as they are placed explicitly.
    ///   - platforms: The platform tags, most specific first.
    /// - Returns: The tags, most preferred first.
    public static func cpython(version: PythonVersion, abis: [String], platforms: [String]) -> [Tag] {
        let interpreter = "cp\(version.nodot)"
        var abis = abis
        for explicit in ["abi3", "none"] {
            if let index = abis.firstIndex(of: explicit) { abis.remove(at: index) }
        }
        var tags: [Tag] = []
        for abi in abis {
            for platform in platforms { tags.append(Tag(interpreter: interpreter, abi: abi, platform: platform)) }
        }
        let threaded = isFreeThreaded(abis)
        let supportsStableABI = version.hasMinor && version >= PythonVersion(3, 2)
        let stableABI = threaded ? "abi3t" : "abi3"
        if supportsStableABI {
            for platform in platforms { tags.append(Tag(interpreter: interpreter, abi: stableABI, platform: platform)) }
        }
        for platform in platforms { tags.append(Tag(interpreter: interpreter, abi: "none", platform: platform)) }
        if supportsStableABI, let minor = version.minor {
            for olderMinor in stride(from: minor - 1, to: 1, by: -1) {
                let older = "cp\(PythonVersion(version.major, olderMinor).nodot)"
                for platform in platforms { tags.append(Tag(interpreter: older, abi: stableABI, platform: platform)) }
            }
        }
        return tags
    }

    /// The tags of an interpreter that needs no special handling (`packaging.tags.generic_tags`):
    /// `<interpreter>-<abi>-<platform>` for every ABI, with `none` added last unless listed.
    /// - Parameters:
    ///   - interpreter: The interpreter tag, e.g. `pp310` or `graalpy311`.
    ///   - abis: The interpreter's ABIs (see ``ExtensionSuffix/abis(of:fallback:)``).
    ///   - platforms: The platform tags, most specific first.
    /// - Returns: The tags, ABI by ABI, platform by platform.
    public static func generic(interpreter: String, abis: [String], platforms: [String]) -> [Tag] {
        var abis = abis
        if !abis.contains("none") { abis.append("none") }
        return abis.flatMap { abi in
            platforms.map { Tag(interpreter: interpreter, abi: abi, platform: $0) }
        }
    }

    /// The ABI-independent tags any interpreter of a Python version can use
    /// (`packaging.tags.compatible_tags`): `py*-none-<platform>` for every version from this one
    /// down (`py311`, `py3`, `py310`, …, `py30`), then `<interpreter>-none-any` when an interpreter
    /// is given, then the same `py*-none-any`.
    /// - Parameters:
    ///   - version: The Python version, e.g. 3.11.
    ///   - interpreter: The running interpreter's tag, e.g. `cp311`, or `nil` (an empty string
    ///     counts as none, as in packaging).
    ///   - platforms: The platform tags, most specific first.
    /// - Returns: The tags, most preferred first.
    public static func abiIndependent(version: PythonVersion, interpreter: String?, platforms: [String]) -> [Tag] {
        let versions = pythonInterpreterRange(version)
        var tags: [Tag] = []
        for python in versions {
            for platform in platforms { tags.append(Tag(interpreter: python, abi: "none", platform: platform)) }
        }
        if let interpreter, !interpreter.isEmpty {
            tags.append(Tag(interpreter: interpreter, abi: "none", platform: "any"))
        }
        for python in versions { tags.append(Tag(interpreter: python, abi: "none", platform: "any")) }
        return tags
    }

    /// `py311`, `py3`, `py310`, …, `py30` for 3.11; just `py3` for a major-only version.
    static func pythonInterpreterRange(_ version: PythonVersion) -> [String] {
        guard let minor = version.minor else { return ["py\(version.major)"] }
        var names = ["py\(version.nodot)", "py\(version.major)"]
        if minor > 0 {
            for older in stride(from: minor - 1, through: 0, by: -1) {
                names.append("py\(PythonVersion(version.major, older).nodot)")
            }
        }
        return names
    }

    /// packaging's `_is_threaded_cpython`: the first ABI is `cp<digits><flags>` and the flags,
    /// up to any line break, contain `t`.
    static func isFreeThreaded(_ abis: [String]) -> Bool {
        guard let first = abis.first, first.unicodeScalars.starts(with: "cp".unicodeScalars) else { return false }
        let rest = first.unicodeScalars.dropFirst(2)
        guard let firstDigit = rest.first, PythonText.isDecimalDigit(firstDigit) else { return false }
        let flags = rest.drop(while: PythonText.isDecimalDigit).prefix(while: { $0 != "\n" })
        return flags.contains("t")
    }
}
