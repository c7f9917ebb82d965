extension PlatformTags {
    /// The iOS platform tags for a version and multiarch (`ios_platforms`), most specific first:
    /// the version itself, the earlier minors of its major, then X.9 down to X.0 for every earlier
    /// major down to 12.
    /// - Parameters:
    ///   - version: The iOS version, e.g. `(17, 2)`.
    ///   - multiarch: `sys.implementation._multiarch`, e.g. `arm64-iphoneos`; dashes become `_`.
    /// - Returns: Tags such as `ios_17_2_arm64_iphoneos`; empty before iOS 12.
    public static func iOS(version: OSVersion, multiarch: String) -> [String] {
        guard version.major >= 12 else { return [] }
        let arch = String(String.UnicodeScalarView(multiarch.unicodeScalars.map { $0 == "-" ? "_" : $0 }))
        var platforms = ["ios_\(version.major)_\(version.minor)_\(arch)"]
        for minor in stride(from: version.minor - 1, through: 0, by: -1) {
            platforms.append("ios_\(version.major)_\(minor)_\(arch)")
        }
        for major in stride(from: version.major - 1, to: 11, by: -1) {
            for minor in stride(from: 9, through: 0, by: -1) { platforms.append("ios_\(major)_\(minor)_\(arch)") }
        }
        return platforms
    }

    /// The Android platform tags for an API level and ABI (`android_platforms`): every level from
    /// `apiLevel` down to 16, the oldest that supports CPython.
    /// - Parameters:
    ///   - apiLevel: The device's maximum API level, e.g. `33`.
    ///   - abi: The Android ABI, e.g. `arm64-v8a`; `.`, `-` and spaces become `_`.
    /// - Returns: Tags such as `android_33_arm64_v8a`; empty below level 16.
    public static func android(apiLevel: Int, abi: String) -> [String] {
        let abi = ExtensionSuffix.normalize(abi)
        return stride(from: apiLevel, through: 16, by: -1).map { "android_\($0)_\(abi)" }
    }
}
