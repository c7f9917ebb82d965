/// PEP 605's pre-freeze ABI flag: extension modules built against an alpha or beta of CPython
/// X.Y.0 are marked `p`, so they cannot be loaded by the release candidates and final releases,
/// whose ABI is frozen.
///
/// | version | debug | platform | tag |
/// |---|---|---|---|
/// | 3.9.0a1, 3.9.0b6 | no | POSIX | `cpython-39p` |
/// | 3.9.0b6 | yes | POSIX | `cpython-39pd` |
/// | 3.9.0rc1, 3.9.0, 3.9.4 | no | POSIX | `cpython-39` |
/// | 3.9.0b2 | — | `win_amd64` | `cp39p-win_amd64` |
///
/// Rules for the version, which must be a CPython release number:
/// - exactly three release numbers, X.Y.Z (CPython always writes the micro number: `3.9.0a1`);
/// - CPython 3.8 or later (before 3.8 the SOABI also carried the `m` pymalloc flag);
/// - no epoch, post-release, development release or local label, none of which CPython publishes;
/// - alphas and betas only of X.Y.0; release candidates of any X.Y.Z (CPython publishes `3.9.1rc1`).
///
/// ```swift
/// try PreFreezeABI.soabi(for: Version("3.9.0b6"), debug: true)  // "cpython-39pd"
/// ```
public enum PreFreezeABI {
    /// Whether builds of `version` carry the pre-freeze flag: it is an alpha or beta of X.Y.0.
    /// - Parameter version: A CPython release, e.g. `3.9.0b2`.
    /// - Returns: `true` for alphas and betas, `false` from the first release candidate on.
    /// - Throws: ``ABIError`` when `version` is not a CPython release number (see the rules above).
    public static func isPreFreeze(_ version: Version) throws -> Bool {
        try validate(version)
        guard let pre = version.pre else { return false }
        return pre.kind != .releaseCandidate
    }

    /// The SOABI of a POSIX build, as in its extension module names (`.cpython-39p-darwin.so`).
    /// - Parameters:
    ///   - version: A CPython release, e.g. `3.9.0b6`.
    ///   - debug: Whether the build is a debug build, which adds `d` after any `p`.
    /// - Returns: `cpython-39p`, `cpython-39pd`, `cpython-39` or `cpython-39d`.
    /// - Throws: ``ABIError`` when `version` is not a CPython release number.
    public static func soabi(for version: Version, debug: Bool = false) throws -> String {
        try extensionModuleTag(for: version, debug: debug, platform: nil).description
    }

    /// The tag of a Windows build's `.pyd` files (`.cp39p-win_amd64.pyd`).
    /// - Parameters:
    ///   - version: A CPython release, e.g. `3.9.0b2`.
    ///   - platform: A Windows platform: `win32` or `win_<arch>` such as `win_amd64` (`win-amd64` is
    ///     accepted too; letters are lowercased).
    /// - Returns: `cp39p-win_amd64` before the ABI freeze, `cp39-win_amd64` after it.
    /// - Throws: ``ABIError`` when `version` is not a CPython release number or `platform` is not a
    ///   Windows platform.
    public static func pydTag(for version: Version, platform: String) throws -> String {
        let tag = try extensionModuleTag(for: version, platform: platform)
        guard case .pyd = tag.kind else {
            throw ABIError(
                .platform,
                input: platform,
                reason: "expected a Windows platform such as win32, win_amd64 or win_arm64"
            )
        }
        return tag.description
    }

    /// The wheel ABI tag of a build: `cp39p` (or `cp39pd` for debug) before the ABI freeze, `cp39`
    /// (`cp39d`) after it.
    /// - Parameters:
    ///   - version: A CPython release, e.g. `3.9.0a5`.
    ///   - debug: Whether the build is a debug build.
    /// - Returns: The ABI tag, e.g. `cp39p`.
    /// - Throws: ``ABIError`` when `version` is not a CPython release number.
    public static func wheelABITag(for version: Version, debug: Bool = false) throws -> String {
        try extensionModuleTag(for: version, debug: debug, platform: nil).wheelABI
    }

    /// The extension module tag of a CPython build: the SOABI on POSIX systems, the `.pyd` tag on Windows.
    ///
    /// This is the entry point behind `cadence abi-tag VERSION [--debug] [--platform P]`.
    ///
    /// ```swift
    /// try PreFreezeABI.extensionModuleTag(for: Version("3.9.0b6"), debug: true).description       // "cpython-39pd"
    /// try PreFreezeABI.extensionModuleTag(for: Version("3.9.0b2"), platform: "win_amd64").description  // "cp39p-win_amd64"
    /// ```
    /// - Parameters:
    ///   - version: A CPython release, e.g. `3.9.0b2` (see the rules above).
    ///   - debug: Whether the build is a debug build: `d` in the SOABI, `_d` before a `.pyd` tag.
    ///   - platform: `nil` or `posix` for the SOABI; a Windows platform (`win32`, `win_<arch>`) for the
    ///     `.pyd` tag; any other platform tag (`linux_x86_64`, `macosx_11_0_arm64`) is POSIX. Letters
    ///     are lowercased and `-` or `.` read as `_`.
    /// - Returns: The tag; its `description` is the text.
    /// - Throws: ``ABIError`` when `version` is not a CPython release number or `platform` is not a
    ///   platform tag.
    public static func extensionModuleTag(
        for version: Version,
        debug: Bool = false,
        platform: String? = nil
    ) throws -> ExtensionModuleTag {
        let isPreFreeze = try isPreFreeze(version)
        let kind = try platform.map(kind(of:)) ?? .soabi
        return ExtensionModuleTag(
            kind: kind,
            version: PythonVersion(version.major, version.minor),
            isPreFreeze: isPreFreeze,
            isDebug: debug
        )
    }

    /// Checks that `version` is a CPython release number, by the rules in the type's documentation.
    private static func validate(_ version: Version) throws {
        func reject(_ reason: String) -> ABIError {
            ABIError(.cpythonVersion, input: version.description, reason: reason)
        }
        guard version.release.count == 3 else {
            throw reject("expected a release X.Y.Z such as 3.9.0 or 3.9.0b2")
        }
        guard version.epoch == 0 else { throw reject("CPython versions have no epoch") }
        guard version.local == nil else { throw reject("CPython versions have no local label") }
        guard version.post == nil else { throw reject("CPython publishes no post-releases") }
        guard version.dev == nil else { throw reject("CPython publishes no development releases (.devN)") }
        guard version.major > 3 || (version.major == 3 && version.minor >= 8) else {
            throw reject("the pre-freeze ABI applies from CPython 3.8 (earlier SOABIs also carry the 'm' flag)")
        }
        if let pre = version.pre, pre.kind != .releaseCandidate, version.micro != 0 {
            throw reject("CPython publishes alphas and betas only of X.Y.0, not of X.Y.\(version.micro)")
        }
    }

    /// The naming scheme a platform uses: Windows platforms get `.pyd` tags, all others the SOABI.
    private static func kind(of platform: String) throws -> ExtensionModuleTag.Kind {
        var normalized = String.UnicodeScalarView()
        for (index, scalar) in platform.unicodeScalars.enumerated() {
            switch scalar {
            case "a"..."z", "0"..."9", "_": normalized.append(scalar)
            case "A"..."Z": normalized.append(Unicode.Scalar(scalar.value + 0x20) ?? scalar)
            case "-", ".": normalized.append("_")
            default:
                throw ABIError(
                    .platform,
                    input: platform,
                    column: index + 1,
                    reason: ParseError.unexpected(in: String(scalar), at: 0)
                        + " (a platform tag has letters, digits and '_')"
                )
            }
        }
        let name = String(normalized)
        guard !name.isEmpty else {
            throw ABIError(.platform, input: platform, column: 1, reason: "expected a platform tag such as win_amd64")
        }
        guard name != "any" else {
            throw ABIError(
                .platform,
                input: platform,
                reason: "extension modules are built for one platform, not 'any'"
            )
        }
        if name == "win32" || (name.hasPrefix("win_") && name.count > 4) { return .pyd(platform: name) }
        guard !name.hasPrefix("win") else {
            throw ABIError(.platform, input: platform, reason: "expected win32 or win_<arch>, such as win_amd64")
        }
        return .soabi
    }
}
