import CadenceTestSupport
import Foundation
import Testing

@testable import CadencePackaging

/// Cadence's tags against every section of the packaging 26.2 vectors in `Fixtures/packaging/tags_vectors.json`.
@Suite struct TagConformanceTests {
    static let file = "packaging/tags_vectors.json"

    /// The rows of one section of the vectors file.
    static func rows(_ section: String) throws -> [[String: Any]] {
        guard let rows = try Fixture.object(file)[section] as? [[String: Any]] else {
            throw FixtureError.shape("\(file)#\(section)", "an array of objects")
        }
        return rows
    }

    /// A JSON array of numbers as a Python version (`[3, 11]`).
    static func pythonVersion(_ value: Any?) -> PythonVersion? {
        (value as? [Int]).flatMap(PythonVersion.init)
    }

    /// A JSON array of two numbers as a `(major, minor)` pair.
    static func pair(_ value: Any?) -> (major: Int, minor: Int)? {
        guard let numbers = value as? [Int], numbers.count == 2 else { return nil }
        return (numbers[0], numbers[1])
    }

    /// Python truthiness of a configuration value: `nil` for JSON null, else whether it is non-zero.
    static func truthiness(_ value: Any?) -> Bool? {
        guard let number = value as? NSNumber else { return nil }
        return number.intValue != 0
    }

    @Test func parsesTagsAndCompressedTagSets() throws {
        var tally = Conformance("\(Self.file)#parse_tag")
        for row in try Self.rows("parse_tag") {
            let input = row["input"] as? String ?? ""
            let expected = row["tags"] as? [String] ?? []
            let actual = (try? Tag.parse(input))?.map(\.description).sorted()
            tally.check(actual == expected.sorted(), "\(input.debugDescription): \(actual ?? []) != \(expected)")
        }
        tally.finish()
    }

    /// Malformed tags are rejected as upstream does, not as 26.2 does (see `known_divergences.json`).
    ///
    /// Upstream raises `InvalidTag` for a wrong field count where 26.2 raised a bare `ValueError`,
    /// and rejects an empty field too. `py3--any`, which 26.2
    /// accepts, is an error on packaging's development line (#1238: "has an empty component"),
    /// so Cadence rejects it.
    @Test func rejectsMalformedTagsLikeUpstream() throws {
        var tally = Conformance("\(Self.file)#parse_tag_malformed")
        for row in try Self.rows("parse_tag_malformed") {
            let input = row["input"] as? String ?? ""
            let parsed = try? Tag.parse(input)
            tally.check(parsed == nil, "\(input.debugDescription) accepted as \(parsed ?? [])")
        }
        tally.finish()
    }

    @Test func validatesTheOrderOfCompressedTagSets() throws {
        var tally = Conformance("\(Self.file)#parse_tag_validate_order_rejects")
        let object = try Fixture.object(Self.file)
        for case let row as [Any] in object["parse_tag_validate_order_rejects"] as? [Any] ?? [] {
            let input = row.first as? String ?? ""
            let rejects = row.last as? Bool ?? false
            let rejected = (try? Tag.parse(input, validatingOrder: true)) == nil
            let acceptedWithoutValidation = (try? Tag.parse(input)) != nil
            tally.check(
                rejected == rejects && acceptedWithoutValidation,
                "\(input.debugDescription): rejected \(rejected), expected \(rejects)"
            )
        }
        tally.finish()
    }

    @Test func listsCPythonTags() throws {
        var tally = Conformance("\(Self.file)#cpython_tags")
        for row in try Self.rows("cpython_tags") {
            guard let version = Self.pythonVersion(row["python_version"]) else {
                tally.check(false, "bad python_version in \(row)")
                continue
            }
            let abis = row["abis"] as? [String] ?? []
            let platforms = row["platforms"] as? [String] ?? []
            let expected = row["tags"] as? [String] ?? []
            let actual = CompatibleTags.cpython(version: version, abis: abis, platforms: platforms).map(\.description)
            tally.check(actual == expected, "\(version) \(abis) \(platforms): \(actual) != \(expected)")
        }
        tally.finish()
    }

    @Test func listsABIIndependentTags() throws {
        var tally = Conformance("\(Self.file)#compatible_tags")
        for row in try Self.rows("compatible_tags") {
            guard let version = Self.pythonVersion(row["python_version"]) else {
                tally.check(false, "bad python_version in \(row)")
                continue
            }
            let interpreter = row["interpreter"] as? String
            let platforms = row["platforms"] as? [String] ?? []
            let expected = row["tags"] as? [String] ?? []
            let actual = CompatibleTags.abiIndependent(version: version, interpreter: interpreter, platforms: platforms)
                .map(\.description)
            tally.check(actual == expected, "\(version) \(interpreter ?? "nil"): \(actual) != \(expected)")
        }
        tally.finish()
    }

    @Test func listsGenericTags() throws {
        var tally = Conformance("\(Self.file)#generic_tags")
        for row in try Self.rows("generic_tags") {
            let interpreter = row["interpreter"] as? String ?? ""
            let abis = row["abis"] as? [String] ?? []
            let platforms = row["platforms"] as? [String] ?? []
            let expected = row["tags"] as? [String] ?? []
            let actual = CompatibleTags.generic(interpreter: interpreter, abis: abis, platforms: platforms)
                .map(\.description)
            tally.check(actual == expected, "\(interpreter) \(abis): \(actual) != \(expected)")
        }
        tally.finish()
    }

    /// `null` in the vectors means the host value was left alone: no `_d.pyd` suffix (a Linux host)
    /// and `sys.maxunicode == 0x10FFFF`.
    @Test func namesTheABIsOfACPythonBuild() throws {
        var tally = Conformance("\(Self.file)#cpython_abis")
        for row in try Self.rows("cpython_abis") {
            let config = row["config"] as? [String: Any] ?? [:]
            guard let version = Self.pythonVersion(row["python_version"]) else {
                tally.check(false, "bad python_version in \(row)")
                continue
            }
            let build = CPythonBuild(
                version: version,
                debug: Self.truthiness(config["Py_DEBUG"]),
                hasTotalRefCount: row["sys_has_gettotalrefcount"] as? Bool ?? false,
                extensionSuffixes: row["extension_suffixes"] as? [String] ?? [],
                gilDisabled: Self.truthiness(config["Py_GIL_DISABLED"]),
                withPymalloc: Self.truthiness(config["WITH_PYMALLOC"]),
                unicodeSize: (config["Py_UNICODE_SIZE"] as? NSNumber)?.intValue,
                maxUnicode: row["maxunicode"] as? Int ?? 0x10FFFF
            )
            let expected = row["abis"] as? [String] ?? []
            tally.check(build.abis == expected, "\(config) \(version): \(build.abis) != \(expected)")
        }
        tally.finish()
    }

    @Test func readsTheABIFromAnExtensionSuffix() throws {
        var tally = Conformance("\(Self.file)#generic_abi_from_EXT_SUFFIX")
        for row in try Self.rows("generic_abi_from_EXT_SUFFIX") {
            let suffix = row["ext_suffix"] as? String ?? ""
            let expected = row["abis"] as? [String] ?? []
            let actual = try? ExtensionSuffix.abis(of: suffix)
            tally.check(actual == expected, "\(suffix.debugDescription): \(actual ?? ["error"]) != \(expected)")
        }
        tally.finish()
    }

    @Test func choosesTheMacArchitecture() throws {
        var tally = Conformance("\(Self.file)#mac_arch")
        for row in try Self.rows("mac_arch") {
            let arch = row["arch"] as? String ?? ""
            let is32Bit = row["is_32bit"] as? Bool ?? false
            let expected = row["expected"] as? String
            let actual = PlatformTags.macArchitecture(arch, is32Bit: is32Bit)
            tally.check(actual == expected, "\(arch) 32-bit \(is32Bit): \(actual) != \(expected ?? "nil")")
        }
        tally.finish()
    }

    @Test func listsMacBinaryFormats() throws {
        var tally = Conformance("\(Self.file)#mac_binary_formats")
        for row in try Self.rows("mac_binary_formats") {
            guard let version = Self.pair(row["version"]) else {
                tally.check(false, "bad version in \(row)")
                continue
            }
            let arch = row["arch"] as? String ?? ""
            let expected = row["expected"] as? [String] ?? []
            let actual = PlatformTags.macBinaryFormats(version: version, arch: arch)
            tally.check(actual == expected, "\(version) \(arch): \(actual) != \(expected)")
        }
        tally.finish()
    }

    @Test func listsMacPlatforms() throws {
        var tally = Conformance("\(Self.file)#mac_platforms")
        for row in try Self.rows("mac_platforms") {
            guard let version = Self.pair(row["version"]) else {
                tally.check(false, "bad version in \(row)")
                continue
            }
            let arch = row["arch"] as? String ?? ""
            let expected = row["platforms"] as? [String] ?? []
            let actual = PlatformTags.macOS(version: version, arch: arch)
            tally.check(actual == expected, "\(version) \(arch): \(actual) != \(expected)")
        }
        tally.finish()
    }

    @Test func writesTheInterpreterVersion() throws {
        var tally = Conformance("\(Self.file)#interpreter_version_from_version_info")
        for row in try Self.rows("interpreter_version_from_version_info") {
            let versionInfo = row["version_info"] as? [Int] ?? []
            let expected = row["expected"] as? String
            let actual = PythonVersion.interpreterVersion(configured: nil, versionInfo: versionInfo)
            tally.check(actual == expected, "\(versionInfo): \(actual) != \(expected ?? "nil")")
        }
        tally.finish()
    }

    @Test func listsManylinuxPlatforms() throws {
        var tally = Conformance("\(Self.file)#manylinux_platform_tags")
        for row in try Self.rows("manylinux_platform_tags") {
            let glibc = Self.pair(row["glibc"])
            let archs = row["archs"] as? [String] ?? []
            let expected = row["platforms"] as? [String] ?? []
            let actual = PlatformTags.manylinux(glibc: glibc, archs: archs)
            tally.check(actual == expected, "\(String(describing: glibc)) \(archs): \(actual) != \(expected)")
        }
        tally.finish()
    }

    @Test func listsMusllinuxPlatforms() throws {
        var tally = Conformance("\(Self.file)#musllinux_platform_tags")
        for row in try Self.rows("musllinux_platform_tags") {
            let musl = Self.pair(row["musl"])
            let archs = row["archs"] as? [String] ?? []
            let expected = row["platforms"] as? [String] ?? []
            let actual = PlatformTags.musllinux(musl: musl, archs: archs)
            tally.check(actual == expected, "\(String(describing: musl)) \(archs): \(actual) != \(expected)")
        }
        tally.finish()
    }

    /// packaging's test turns each `t` into `Tag("py3", "none", t)` for the supported list and into
    /// `parse_tag("py3-none-" + t)` for a thing's tags, so `t2.t3` is a thing with two tags.
    @Test func selectsCompatibleThingsBestFirst() throws {
        var tally = Conformance("\(Self.file)#create_compatible_tags_selector_test_params")
        for row in try Self.rows("create_compatible_tags_selector_test_params") {
            let supported = row["supported"] as? [String] ?? []
            let things = row["things"] as? [String] ?? []
            let expected = row["expected"] as? [String] ?? []
            let selector = CompatibleTagSelector(
                supported: supported.map { Tag(interpreter: "py3", abi: "none", platform: $0) }
            )
            let tagged = things.map { ($0, (try? Tag.parse("py3-none-\($0)")) ?? []) }
            let actual = selector.select(tagged)
            tally.check(actual == expected, "\(supported) \(things): \(actual) != \(expected)")
        }
        tally.finish()
    }
}
