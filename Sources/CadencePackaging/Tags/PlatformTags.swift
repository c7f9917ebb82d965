/// Platform tags (the third part of a wheel tag) a system supports, most specific first,
/// computed from what packaging would read from the host: OS and C library versions, architecture.
///
/// This file holds macOS (`mac_platforms`, `_mac_arch`, `_mac_binary_formats`);
/// `PlatformTags+Linux.swift` manylinux and musllinux; `PlatformTags+Mobile.swift` iOS and Android.
///
/// ```swift
/// PlatformTags.macOS(version: (11, 0), arch: "arm64").prefix(3)
/// // ["macosx_11_0_arm64", "macosx_11_0_universal2", "macosx_10_16_universal2"]
/// ```
public enum PlatformTags {
    /// An Apple OS version as packaging takes it, `(major, minor)`: `(10, 15)` or `(14, 2)`.
    public typealias OSVersion = (major: Int, minor: Int)

    /// The architecture a macOS interpreter builds for (`_mac_arch`): a 32-bit interpreter on a
    /// 64-bit CPU uses `ppc` or `i386`.
    /// - Parameters:
    ///   - arch: The CPU architecture from `platform.mac_ver()`, e.g. `x86_64`.
    ///   - is32Bit: Whether the interpreter is 32-bit (`struct.calcsize("P") == 4`).
    /// - Returns: `arch` for a 64-bit interpreter; otherwise `ppc` for PowerPC and `i386` for the rest.
    public static func macArchitecture(_ arch: String, is32Bit: Bool) -> String {
        guard is32Bit else { return arch }
        return PythonText.startsWith(arch, "ppc") ? "ppc" : "i386"
    }

    /// The binary formats a macOS version can load for an architecture (`_mac_binary_formats`),
    /// most specific first: the architecture, then the fat and universal formats that contain it.
    /// - Parameters:
    ///   - version: The macOS version, e.g. `(10, 15)`.
    ///   - arch: The architecture, e.g. `x86_64`, `arm64`, `i386`, `ppc64`, `ppc` or `intel`.
    /// - Returns: The formats, e.g. `["arm64", "universal2"]`; empty when that macOS cannot run the
    ///   architecture (x86_64 and i386 before 10.4, ppc64 outside 10.4–10.5, ppc after 10.6).
    public static func macBinaryFormats(version: OSVersion, arch: String) -> [String] {
        var formats = [arch]
        switch arch {
        case "x86_64":
            if version < (10, 4) { return [] }
            formats += ["intel", "fat64", "fat32"]
        case "i386":
            if version < (10, 4) { return [] }
            formats += ["intel", "fat32", "fat"]
        case "ppc64":
            if version > (10, 5) || version < (10, 4) { return [] }
            formats.append("fat64")
        case "ppc":
            if version > (10, 6) { return [] }
            formats += ["fat32", "fat"]
        default:
            break
        }
        if arch == "arm64" || arch == "x86_64" { formats.append("universal2") }
        if ["x86_64", "i386", "ppc64", "ppc", "intel"].contains(arch) { formats.append("universal") }
        return formats
    }

    /// The macOS platform tags for a version and architecture (`mac_platforms`), most specific first.
    ///
    /// Before macOS 11 every minor version down to 10.0 is listed; from 11 every major version down
    /// to 11 (minor 0), then 10.16 down to 10.4: every format for x86_64, only `universal2` for others.
    /// - Parameters:
    ///   - version: The macOS version, e.g. `(14, 2)`.
    ///   - arch: The architecture (see ``macArchitecture(_:is32Bit:)``).
    /// - Returns: Tags such as `macosx_14_0_arm64`; empty before macOS 10.0.
    public static func macOS(version: OSVersion, arch: String) -> [String] {
        var platforms: [String] = []
        func add(_ major: Int, _ minor: Int, formats: [String]) {
            for format in formats { platforms.append("macosx_\(major)_\(minor)_\(format)") }
        }
        if version >= (10, 0) && version < (11, 0) {
            for minor in stride(from: version.minor, through: 0, by: -1) {
                add(10, minor, formats: macBinaryFormats(version: (10, minor), arch: arch))
            }
        }
        if version >= (11, 0) {
            for major in stride(from: version.major, to: 10, by: -1) {
                add(major, 0, formats: macBinaryFormats(version: (major, 0), arch: arch))
            }
            for minor in stride(from: 16, to: 3, by: -1) {
                add(
                    10,
                    minor,
                    formats: arch == "x86_64" ? macBinaryFormats(version: (10, minor), arch: arch) : ["universal2"]
                )
            }
        }
        return platforms
    }
}
