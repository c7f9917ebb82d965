import Testing

@testable import CadencePackaging

@Suite struct ExtensionSuffixTests {
    @Test func readsTheABIOfEachInterpreterFamily() throws {
        #expect(try ExtensionSuffix.abis(of: ".cpython-312-x86_64-linux-gnu.so") == ["cp312"])
        #expect(try ExtensionSuffix.abis(of: ".cp312-win_amd64.pyd") == ["cp312"])
        #expect(try ExtensionSuffix.abis(of: ".pypy310-pp73-darwin.so") == ["pypy310_pp73"])
        #expect(try ExtensionSuffix.abis(of: ".graalpy-38-native-x86_64-darwin.dylib") == ["graalpy_38_native"])
        #expect(try ExtensionSuffix.abis(of: ".pyston 23-x86_64.so") == ["pyston_23_x86_64"])
        #expect(try ExtensionSuffix.abis(of: "..so") == [])
    }

    @Test func asksTheCPythonBuildWhenTheSuffixNamesNoABI() throws {
        let build = CPythonBuild(version: PythonVersion(3, 7), debug: nil, extensionSuffixes: ["_d.pyd", ".pyd"])
        #expect(try ExtensionSuffix.abis(of: ".pyd", fallback: build) == ["cp37dm"])
        let error = #expect(throws: ABIError.self) { try ExtensionSuffix.abis(of: ".pyd") }
        #expect(
            error?.description
                == "invalid extension suffix '.pyd': it names no ABI (expected '.<soabi>.<extension>'), and no CPython build was given to ask"
        )
    }

    @Test(arguments: [
        ("so", "invalid extension suffix 'so': expected a suffix starting with '.' at column 1"),
        ("", "invalid extension suffix '': expected a suffix starting with '.' at column 1"),
        (
            ".cpython.so",
            "invalid extension suffix '.cpython.so': expected 'cpython-<version><flags>' after the first '.' at column 2"
        ),
        (
            ".cpython-.so",
            "invalid extension suffix '.cpython-.so': expected 'cpython-<version><flags>' after the first '.' at column 2"
        ),
    ])
    func rejectsSuffixesPackagingCannotRead(suffix: String, message: String) {
        let error = #expect(throws: ABIError.self) { try ExtensionSuffix.abis(of: suffix) }
        #expect(error?.description == message)
    }
}
