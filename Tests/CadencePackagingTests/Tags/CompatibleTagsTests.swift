import Testing

@testable import CadencePackaging

@Suite struct CompatibleTagsTests {
    @Test func prefersTheInterpreterABIThenTheStableABIThenNone() {
        let tags = CompatibleTags.cpython(version: PythonVersion(3, 4), abis: ["cp34m"], platforms: ["linux_x86_64"])
        #expect(
            tags.map(\.description) == [
                "cp34-cp34m-linux_x86_64", "cp34-abi3-linux_x86_64", "cp34-none-linux_x86_64",
                "cp33-abi3-linux_x86_64", "cp32-abi3-linux_x86_64",
            ]
        )
    }

    @Test func usesTheFreeThreadedStableABIForAFreeThreadedBuild() {
        let tags = CompatibleTags.cpython(version: PythonVersion(3, 13), abis: ["cp313t"], platforms: ["win_amd64"])
        #expect(
            tags.prefix(3).map(\.description) == [
                "cp313-cp313t-win_amd64", "cp313-abi3t-win_amd64", "cp313-none-win_amd64",
            ]
        )
        #expect(!tags.contains { $0.abi == "abi3" })
        #expect(tags.last?.description == "cp32-abi3t-win_amd64")
    }

    @Test func placesExplicitAbi3AndNoneItself() {
        let tags = CompatibleTags.cpython(
            version: PythonVersion(3, 2),
            abis: ["none", "cp32", "abi3"],
            platforms: ["any"]
        )
        #expect(tags.map(\.description) == ["cp32-cp32-any", "cp32-abi3-any", "cp32-none-any"])
    }

    @Test func givesAMajorOnlyVersionOnlyItsABIsAndNone() {
        let tags = CompatibleTags.cpython(version: PythonVersion(3), abis: ["abi"], platforms: ["plat"])
        #expect(tags.map(\.description) == ["cp3-abi-plat", "cp3-none-plat"])
    }

    @Test func addsNoneToGenericABIsUnlessListed() {
        #expect(
            CompatibleTags.generic(interpreter: "pp310", abis: ["pypy310_pp73"], platforms: ["any"]).map(\.description)
                == ["pp310-pypy310_pp73-any", "pp310-none-any"]
        )
        #expect(
            CompatibleTags.generic(interpreter: "x1", abis: ["none", "a"], platforms: ["p"]).map(\.description) == [
                "x1-none-p", "x1-a-p",
            ]
        )
    }

    @Test func listsABIIndependentTagsNewestFirst() {
        let tags = CompatibleTags.abiIndependent(version: PythonVersion(3, 1), interpreter: "cp31", platforms: ["plat"])
        #expect(
            tags.map(\.description) == [
                "py31-none-plat", "py3-none-plat", "py30-none-plat", "cp31-none-any", "py31-none-any", "py3-none-any",
                "py30-none-any",
            ]
        )
        let withoutInterpreter = CompatibleTags.abiIndependent(
            version: PythonVersion(3, 1),
            interpreter: "",
            platforms: ["plat"]
        )
        #expect(!withoutInterpreter.contains { $0.interpreter.hasPrefix("cp") })
    }

    @Test func producesNoPlatformTagsForNoPlatforms() {
        #expect(CompatibleTags.cpython(version: PythonVersion(3, 12), abis: ["cp312"], platforms: []).isEmpty)
        #expect(
            CompatibleTags.abiIndependent(version: PythonVersion(3), interpreter: nil, platforms: []).map(\.description)
                == ["py3-none-any"]
        )
    }

    @Test func recognisesFreeThreadedABIsLikePackaging() {
        #expect(CompatibleTags.isFreeThreaded(["cp313t"]))
        #expect(CompatibleTags.isFreeThreaded(["cp314td", "cp314t"]))
        #expect(!CompatibleTags.isFreeThreaded(["cp313"]))
        #expect(!CompatibleTags.isFreeThreaded(["cp313T"]))  // case-sensitive, as the regex is
        #expect(!CompatibleTags.isFreeThreaded(["cpt"]))  // needs a digit
        #expect(!CompatibleTags.isFreeThreaded(["cp313\nt"]))  // '.' stops at a line break
        #expect(!CompatibleTags.isFreeThreaded([]))
    }
}
