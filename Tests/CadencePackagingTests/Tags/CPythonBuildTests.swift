import Testing

@testable import CadencePackaging

@Suite struct CPythonBuildTests {
    @Test func letsADebugBuildLoadOrdinaryExtensionsFrom3_8() {
        #expect(CPythonBuild(version: PythonVersion(3, 12), debug: true).abis == ["cp312d", "cp312"])
        #expect(CPythonBuild(version: PythonVersion(3, 12)).abis == ["cp312"])
        #expect(CPythonBuild(version: PythonVersion(3, 7), debug: true, withPymalloc: false).abis == ["cp37d"])
    }

    @Test func addsTheFreeThreadingFlagFrom3_13() {
        #expect(CPythonBuild(version: PythonVersion(3, 13), gilDisabled: true).abis == ["cp313t"])
        #expect(
            CPythonBuild(version: PythonVersion(3, 14), debug: true, gilDisabled: true).abis == ["cp314td", "cp314t"]
        )
        #expect(CPythonBuild(version: PythonVersion(3, 12), gilDisabled: true).abis == ["cp312"])
    }

    @Test func addsThePymallocAndWideUnicodeFlagsOfOldBuilds() {
        #expect(CPythonBuild(version: PythonVersion(3, 7)).abis == ["cp37m"])
        #expect(CPythonBuild(version: PythonVersion(2, 7), withPymalloc: true, unicodeSize: 4).abis == ["cp27mu"])
        #expect(CPythonBuild(version: PythonVersion(3, 2), withPymalloc: false, maxUnicode: 0xFFFF).abis == ["cp32"])
        #expect(CPythonBuild(version: PythonVersion(3, 2), withPymalloc: false).abis == ["cp32u"])
    }

    /// Windows leaves `Py_DEBUG` unset; the `_d.pyd` suffix or `sys.gettotalrefcount` tells a debug build.
    @Test func detectsADebugBuildWithoutPyDebug() {
        #expect(CPythonBuild(version: PythonVersion(3, 11), debug: nil, extensionSuffixes: ["_d.pyd", ".pyd"]).isDebug)
        #expect(CPythonBuild(version: PythonVersion(3, 11), debug: nil, hasTotalRefCount: true).isDebug)
        #expect(!CPythonBuild(version: PythonVersion(3, 11), debug: nil).isDebug)
        #expect(!CPythonBuild(version: PythonVersion(3, 11), debug: false, hasTotalRefCount: true).isDebug)
    }
}
