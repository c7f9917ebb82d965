import CadenceTestSupport
import Foundation
import Testing

@testable import CadencePackaging

/// PEP 605's pre-freeze ABI flag: the golden cases of `Fixtures/abi-tags.json` (copied from
/// `shared/golden/abi-tags.json`, the worked examples of seed 004) and the rules around them.
@Suite struct PreFreezeABITests {
    @Test func agreesWithEveryGoldenCase() throws {
        let file = "abi-tags.json"
        var tally = Conformance("\(file)#cases")
        for case let row as [String: Any] in try Fixture.object(file)["cases"] as? [Any] ?? [] {
            let text = row["version"] as? String ?? ""
            let debug = row["debug"] as? Bool ?? false
            let platform = row["platform"] as? String
            let expected = (row["soabi"] ?? row["pyd_tag"]) as? String
            let tag = try? PreFreezeABI.extensionModuleTag(for: Version(text), debug: debug, platform: platform)
            let kindMatches: Bool
            switch tag?.kind {
            case .soabi: kindMatches = row["soabi"] != nil
            case .pyd: kindMatches = row["pyd_tag"] != nil
            case nil: kindMatches = false
            }
            tally.check(
                tag?.description == expected && kindMatches,
                "\(text) debug \(debug) \(platform ?? "nil"): \(tag?.description ?? "error") != \(expected ?? "nil")"
            )
        }
        tally.finish()
    }

    @Test func marksAlphaAndBetaBuildsOfX_Y_0WithThePreFreezeFlag() throws {
        for text in ["3.9.0a1", "3.9.0a5", "3.9.0b2", "3.9.0b9", "3.10.0b10"] {
            #expect(try PreFreezeABI.isPreFreeze(Version(text)), "\(text)")
        }
        #expect(try PreFreezeABI.soabi(for: Version("3.9.0a5")) == "cpython-39p")
        #expect(try PreFreezeABI.soabi(for: Version("3.10.0b10")) == "cpython-310p")
        #expect(try PreFreezeABI.soabi(for: Version("3.9.0b6"), debug: true) == "cpython-39pd")
    }

    @Test func dropsTheFlagFromTheFirstReleaseCandidateOn() throws {
        for text in ["3.9.0rc1", "3.9.0rc2", "3.9.0", "3.9.1rc1", "3.9.1", "3.9.13"] {
            #expect(try !PreFreezeABI.isPreFreeze(Version(text)), "\(text)")
            #expect(try PreFreezeABI.soabi(for: Version(text)) == "cpython-39", "\(text)")
        }
        #expect(try PreFreezeABI.soabi(for: Version("3.9.0rc1"), debug: true) == "cpython-39d")
    }

    @Test func tagsWindowsPydFilesWithTheFlagAfterTheVersion() throws {
        #expect(try PreFreezeABI.pydTag(for: Version("3.9.0b2"), platform: "win_amd64") == "cp39p-win_amd64")
        #expect(try PreFreezeABI.pydTag(for: Version("3.9.0"), platform: "win32") == "cp39-win32")
        #expect(try PreFreezeABI.pydTag(for: Version("3.12.0a7"), platform: "WIN-ARM64") == "cp312p-win_arm64")
    }

    /// A Windows debug build keeps its `.pyd` tag and puts `_d` before it: `_d.cp39p-win_amd64.pyd`.
    @Test func marksWindowsDebugBuildsInTheFileSuffixNotTheTag() throws {
        let tag = try PreFreezeABI.extensionModuleTag(for: Version("3.9.0b2"), debug: true, platform: "win_amd64")
        #expect(tag.description == "cp39p-win_amd64")
        #expect(tag.fileSuffix == "_d.cp39p-win_amd64.pyd")
        #expect(tag.wheelABI == "cp39pd")
        let release = try PreFreezeABI.extensionModuleTag(for: Version("3.9.0"), platform: "win_amd64")
        #expect(release.fileSuffix == ".cp39-win_amd64.pyd")
    }

    @Test func namesTheMatchingWheelABITag() throws {
        #expect(try PreFreezeABI.wheelABITag(for: Version("3.9.0a5")) == "cp39p")
        #expect(try PreFreezeABI.wheelABITag(for: Version("3.9.0b6"), debug: true) == "cp39pd")
        #expect(try PreFreezeABI.wheelABITag(for: Version("3.9.0rc1")) == "cp39")
        #expect(try PreFreezeABI.wheelABITag(for: Version("3.9.4"), debug: true) == "cp39d")
    }

    @Test func usesTheSOABIForPOSIXPlatforms() throws {
        for platform in [nil, "posix", "linux_x86_64", "macosx_11_0_arm64", "manylinux_2_17_aarch64"] {
            let tag = try PreFreezeABI.extensionModuleTag(for: Version("3.9.0a1"), platform: platform)
            #expect(tag.kind == .soabi, "\(platform ?? "nil")")
            #expect(tag.description == "cpython-39p")
            #expect(tag.fileSuffix == nil)
        }
    }

    @Test(arguments: [
        ("3", "invalid CPython version '3': expected a release X.Y.Z such as 3.9.0 or 3.9.0b2"),
        ("3.9", "invalid CPython version '3.9': expected a release X.Y.Z such as 3.9.0 or 3.9.0b2"),
        ("3.9.0.1", "invalid CPython version '3.9.0.1': expected a release X.Y.Z such as 3.9.0 or 3.9.0b2"),
        ("1!3.9.0", "invalid CPython version '1!3.9.0': CPython versions have no epoch"),
        ("3.9.0+local", "invalid CPython version '3.9.0+local': CPython versions have no local label"),
        ("3.9.0.post1", "invalid CPython version '3.9.0.post1': CPython publishes no post-releases"),
        ("3.9.0a1.dev2", "invalid CPython version '3.9.0a1.dev2': CPython publishes no development releases (.devN)"),
        (
            "3.7.0b1",
            "invalid CPython version '3.7.0b1': the pre-freeze ABI applies from CPython 3.8 (earlier SOABIs also carry the 'm' flag)"
        ),
        (
            "2.7.18",
            "invalid CPython version '2.7.18': the pre-freeze ABI applies from CPython 3.8 (earlier SOABIs also carry the 'm' flag)"
        ),
        (
            "3.9.1b1",
            "invalid CPython version '3.9.1b1': CPython publishes alphas and betas only of X.Y.0, not of X.Y.1"
        ),
    ])
    func rejectsVersionsThatAreNotCPythonReleases(text: String, message: String) throws {
        let version = try Version(text)
        let error = #expect(throws: ABIError.self) { try PreFreezeABI.extensionModuleTag(for: version) }
        #expect(error?.description == message)
        #expect(error?.subject == .cpythonVersion)
    }

    @Test(arguments: [
        (
            "win amd64",
            "invalid platform 'win amd64': unexpected ' ' (a platform tag has letters, digits and '_') at column 4"
        ),
        ("", "invalid platform '': expected a platform tag such as win_amd64 at column 1"),
        ("any", "invalid platform 'any': extension modules are built for one platform, not 'any'"),
        ("win64", "invalid platform 'win64': expected win32 or win_<arch>, such as win_amd64"),
    ])
    func rejectsPlatformsThatAreNotPlatformTags(platform: String, message: String) throws {
        let error = #expect(throws: ABIError.self) {
            try PreFreezeABI.extensionModuleTag(for: Version("3.9.0b2"), platform: platform)
        }
        #expect(error?.description == message)
    }

    @Test func asksForAWindowsPlatformForAPydTag() throws {
        let error = #expect(throws: ABIError.self) {
            try PreFreezeABI.pydTag(for: Version("3.9.0"), platform: "linux_x86_64")
        }
        #expect(
            error?.description
                == "invalid platform 'linux_x86_64': expected a Windows platform such as win32, win_amd64 or win_arm64"
        )
    }

    @Test func encodesTheTagWithItsParts() throws {
        let tag = try PreFreezeABI.extensionModuleTag(for: Version("3.9.0b2"), debug: true, platform: "win_amd64")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(tag), as: UTF8.self)
        #expect(
            json
                == #"{"debug":true,"kind":"pyd","platform":"win_amd64","preFreeze":true,"tag":"cp39p-win_amd64","version":"3.9","wheelABI":"cp39pd"}"#
        )
    }
}
