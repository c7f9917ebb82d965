extension PlatformTags {
    /// A C library version, `(major, minor)`: glibc `(2, 17)` or musl `(1, 2)`.
    public typealias LibcVersion = (major: Int, minor: Int)

    /// The architectures packaging accepts for manylinux without reading an ELF header.
    static let manylinuxArchitectures: Set<String> = [
        "x86_64", "aarch64", "ppc64", "ppc64le", "s390x", "loongarch64", "riscv64",
    ]

    /// The glibc versions whose manylinux tags also have a legacy name (PEP 513, 571, 599).
    private static func legacyManylinuxName(_ glibc: LibcVersion) -> String? {
        switch (glibc.major, glibc.minor) {
        case (2, 17): "manylinux2014"
        case (2, 12): "manylinux2010"
        case (2, 5): "manylinux1"
        default: nil
        }
    }

    /// The manylinux platform tags (PEP 600) a glibc system supports (`_manylinux.platform_tags`).
    ///
    /// For each architecture, every glibc version from the system's down to 2.17 (2.5 on x86_64
    /// and i686) gives `manylinux_2_N_<arch>`, followed by its legacy name where there is one
    /// (`manylinux2014_x86_64` after `manylinux_2_17_x86_64`). Older glibc major versions are
    /// assumed to end at minor 50, as packaging assumes.
    ///
    /// ```swift
    /// PlatformTags.manylinux(glibc: (2, 5), archs: ["x86_64"])  // ["manylinux_2_5_x86_64", "manylinux1_x86_64"]
    /// ```
    /// - Parameters:
    ///   - glibc: The system's glibc version (`gnu_get_libc_version()`), or `nil` when it has none.
    ///   - archs: The compatible architectures, closest first, e.g. `["armv8l", "armv7l"]`.
    ///   - elfHeaderMatches: For `armv7l` (hard-float ARM) and `i686` packaging reads the
    ///     interpreter's ELF header to confirm the ABI; pass that answer here. Other architectures
    ///     must be among the ones manylinux defines.
    ///   - isAllowed: The optional `_manylinux` module's verdict for an architecture and glibc version
    ///     (`manylinux_compatible`, or the legacy `manylinux1_compatible`-style flags); every version
    ///     is allowed by default.
    /// - Returns: The tags, most specific first; empty when the system is not manylinux-compatible.
    public static func manylinux(
        glibc: LibcVersion?,
        archs: [String],
        elfHeaderMatches: Bool = true,
        isAllowed: (_ arch: String, _ glibc: LibcVersion) -> Bool = { _, _ in true }
    ) -> [String] {
        guard let glibc else { return [] }
        let abiMatches =
            archs.contains("armv7l") || archs.contains("i686")
            ? elfHeaderMatches : archs.contains(where: manylinuxArchitectures.contains)
        guard abiMatches else { return [] }
        let tooOld: LibcVersion = archs.contains("x86_64") || archs.contains("i686") ? (2, 4) : (2, 16)
        var maxima = [glibc]
        for major in stride(from: glibc.major - 1, to: 1, by: -1) { maxima.append((major, 50)) }
        var tags: [String] = []
        for arch in archs {
            for maximum in maxima {
                let lowest = maximum.major == tooOld.major ? tooOld.minor : -1
                for minor in stride(from: maximum.minor, to: lowest, by: -1) {
                    let version: LibcVersion = (maximum.major, minor)
                    guard isAllowed(arch, version) else { continue }
                    tags.append("manylinux_\(version.major)_\(version.minor)_\(arch)")
                    if let legacy = legacyManylinuxName(version) { tags.append("\(legacy)_\(arch)") }
                }
            }
        }
        return tags
    }

    /// The musllinux platform tags (PEP 656) a musl system supports (`_musllinux.platform_tags`):
    /// for each architecture, `musllinux_<major>_<minor>_<arch>` from the system's minor down to 0.
    /// - Parameters:
    ///   - musl: The musl version the interpreter is linked against, or `nil` when it is not.
    ///   - archs: The compatible architectures, closest first.
    /// - Returns: The tags, most specific first.
    public static func musllinux(musl: LibcVersion?, archs: [String]) -> [String] {
        guard let musl else { return [] }
        return archs.flatMap { arch in
            stride(from: musl.minor, through: 0, by: -1).map { "musllinux_\(musl.major)_\($0)_\(arch)" }
        }
    }

    /// Reads a glibc version string (`_parse_glibc_version`): the leading `major.minor`, ignoring
    /// anything after it (`2.20-2014.11` is 2.20).
    /// - Parameter text: The text from `confstr("CS_GNU_LIBC_VERSION")` or `gnu_get_libc_version()`.
    /// - Returns: The version, or `nil` when the text does not start with `digits.digits`.
    public static func glibcVersion(parsing text: String) -> LibcVersion? {
        leadingVersion(Substring(text), isDigit: { $0.isASCII && PythonText.isDecimalDigit($0) })
    }

    /// Reads the version from the musl loader's output (`_parse_musl_version`): the first non-blank
    /// line must start with `musl` and the second with `Version major.minor`.
    /// - Parameter output: What the loader printed to standard error, e.g.
    ///   `"musl libc (x86_64)\nVersion 1.2.2\nDynamic Program Loader\n"`.
    /// - Returns: The version, or `nil` when the output is not from a musl loader.
    public static func muslVersion(parsingLoaderOutput output: String) -> LibcVersion? {
        let lines = PythonText.lines(output).map { PythonText.strip($0) }.filter { !$0.isEmpty }
        guard lines.count >= 2, PythonText.startsWith(lines[0], "musl"),
            PythonText.startsWith(lines[1], "Version ")
        else { return nil }
        return leadingVersion(lines[1].dropFirst("Version ".count), isDigit: PythonText.isDecimalDigit)
    }

    /// The `major.minor` at the start of `text`, with digits as `isDigit` defines them
    /// (`[0-9]` or Python's Unicode `\d`); `nil` when a number does not fit in an `Int`.
    private static func leadingVersion(_ text: Substring, isDigit: (Unicode.Scalar) -> Bool) -> LibcVersion? {
        let scalars = text.unicodeScalars
        let majorDigits = scalars.prefix(while: isDigit)
        let rest = scalars.dropFirst(majorDigits.count)
        guard !majorDigits.isEmpty, rest.first == "." else { return nil }
        let minorDigits = rest.dropFirst().prefix(while: isDigit)
        guard let major = number(majorDigits), let minor = number(minorDigits) else { return nil }
        return (major, minor)
    }

    /// The value of a run of decimal digits of any script, as Python's `int()` reads it.
    private static func number(_ digits: Substring.UnicodeScalarView.SubSequence) -> Int? {
        guard !digits.isEmpty else { return nil }
        var value = 0
        for digit in digits {
            guard let digitValue = digit.properties.numericValue.map(Int.init) else { return nil }
            let (shifted, overflow) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowSum) = shifted.addingReportingOverflow(digitValue)
            if overflow || overflowSum { return nil }
            value = sum
        }
        return value
    }
}
