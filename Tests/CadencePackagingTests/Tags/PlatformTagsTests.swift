import Testing

@testable import CadencePackaging

@Suite struct PlatformTagsTests {
    @Test func followsEachManylinuxTagWithItsLegacyName() {
        let tags = PlatformTags.manylinux(glibc: (2, 17), archs: ["x86_64"])
        #expect(tags.first == "manylinux_2_17_x86_64")
        #expect(tags[1] == "manylinux2014_x86_64")
        #expect(tags.suffix(2) == ["manylinux_2_5_x86_64", "manylinux1_x86_64"])
    }

    @Test func stopsAt2_17OutsideX86() {
        let tags = PlatformTags.manylinux(glibc: (2, 28), archs: ["aarch64"])
        #expect(tags.last == "manylinux2014_aarch64")
        #expect(!tags.contains("manylinux_2_16_aarch64"))
    }

    @Test func assumesEveryEarlierGlibcMajorEndsAtMinor50() {
        let tags = PlatformTags.manylinux(glibc: (3, 1), archs: ["s390x"])
        #expect(tags.prefix(3) == ["manylinux_3_1_s390x", "manylinux_3_0_s390x", "manylinux_2_50_s390x"])
    }

    @Test func needsAManylinuxArchitectureOrAMatchingELFHeader() {
        #expect(PlatformTags.manylinux(glibc: (2, 31), archs: ["riscv32"]).isEmpty)
        #expect(PlatformTags.manylinux(glibc: (2, 31), archs: ["armv7l"], elfHeaderMatches: false).isEmpty)
        #expect(PlatformTags.manylinux(glibc: (2, 17), archs: ["armv8l", "armv7l"]).contains("manylinux2014_armv7l"))
        #expect(PlatformTags.manylinux(glibc: nil, archs: ["x86_64"]).isEmpty)
    }

    @Test func leavesOutVersionsTheManylinuxModuleRefuses() {
        let tags = PlatformTags.manylinux(glibc: (2, 17), archs: ["x86_64"]) { _, glibc in glibc.minor != 12 }
        #expect(!tags.contains("manylinux_2_12_x86_64"))
        #expect(!tags.contains("manylinux2010_x86_64"))
        #expect(tags.contains("manylinux_2_11_x86_64"))
    }

    @Test func listsMusllinuxTagsDownToMinorZero() {
        #expect(
            PlatformTags.musllinux(musl: (1, 2), archs: ["aarch64"]) == [
                "musllinux_1_2_aarch64", "musllinux_1_1_aarch64", "musllinux_1_0_aarch64",
            ]
        )
        #expect(PlatformTags.musllinux(musl: nil, archs: ["x86_64"]).isEmpty)
    }

    @Test func readsGlibcVersionStrings() {
        #expect(PlatformTags.glibcVersion(parsing: "2.17").map { [$0.major, $0.minor] } == [2, 17])
        #expect(PlatformTags.glibcVersion(parsing: "2.20-2014.11").map { [$0.major, $0.minor] } == [2, 20])
        #expect(PlatformTags.glibcVersion(parsing: "2") == nil)
        #expect(PlatformTags.glibcVersion(parsing: " 2.17") == nil)
    }

    @Test func readsTheMuslLoaderOutput() {
        let output = "musl libc (x86_64)\nVersion 1.2.2\nDynamic Program Loader\n"
        #expect(PlatformTags.muslVersion(parsingLoaderOutput: output).map { [$0.major, $0.minor] } == [1, 2])
        #expect(
            PlatformTags.muslVersion(parsingLoaderOutput: "\n  musl libc\n\n Version 1.1.24 \n").map {
                [$0.major, $0.minor]
            } == [1, 1]
        )
        #expect(PlatformTags.muslVersion(parsingLoaderOutput: "glibc\nVersion 1.2") == nil)
        #expect(PlatformTags.muslVersion(parsingLoaderOutput: "musl\nVersion 1") == nil)
    }

    @Test func listsMacPlatformsAcrossTheMacOS11Renumbering() {
        let tags = PlatformTags.macOS(version: (11, 0), arch: "arm64")
        #expect(tags.prefix(3) == ["macosx_11_0_arm64", "macosx_11_0_universal2", "macosx_10_16_universal2"])
        #expect(tags.last == "macosx_10_4_universal2")
        #expect(PlatformTags.macOS(version: (9, 0), arch: "x86_64").isEmpty)
        #expect(PlatformTags.macArchitecture("ppc64", is32Bit: true) == "ppc")
    }

    @Test func listsIOSPlatformsDownTo12() {
        let tags = PlatformTags.iOS(version: (13, 2), multiarch: "arm64-iphoneos")
        #expect(
            tags.prefix(4) == [
                "ios_13_2_arm64_iphoneos", "ios_13_1_arm64_iphoneos", "ios_13_0_arm64_iphoneos",
                "ios_12_9_arm64_iphoneos",
            ]
        )
        #expect(tags.count == 13)
        #expect(PlatformTags.iOS(version: (11, 9), multiarch: "x").isEmpty)
    }

    @Test func listsAndroidPlatformsDownToLevel16() {
        #expect(
            PlatformTags.android(apiLevel: 18, abi: "arm64-v8a") == [
                "android_18_arm64_v8a", "android_17_arm64_v8a", "android_16_arm64_v8a",
            ]
        )
        #expect(PlatformTags.android(apiLevel: 15, abi: "x86_64").isEmpty)
    }
}
