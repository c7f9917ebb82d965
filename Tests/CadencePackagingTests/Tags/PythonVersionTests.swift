import Testing

@testable import CadencePackaging

@Suite struct PythonVersionTests {
    @Test func writesVersionsWithoutADot() throws {
        #expect(PythonVersion(3, 11).nodot == "311")
        #expect(PythonVersion(3).nodot == "3")
        #expect(PythonVersion([11, 12, 3])?.nodot == "1112")
        #expect(PythonVersion([]) == nil)
        #expect(try PythonVersion(Version("3.9.0b2")) == PythonVersion(3, 9))
        #expect(PythonVersion(3, 11).description == "3.11")
    }

    @Test func ordersLikePythonTuples() {
        #expect(PythonVersion(3) < PythonVersion(3, 0))
        #expect(PythonVersion(2, 7) < PythonVersion(3))
        #expect(PythonVersion(3, 2) < PythonVersion(3, 10))
        #expect(!(PythonVersion(3) < PythonVersion(3)))
    }

    @Test func prefersTheConfiguredInterpreterVersion() {
        #expect(PythonVersion.interpreterVersion(configured: "313", versionInfo: [3, 12, 1]) == "313")
        #expect(PythonVersion.interpreterVersion(configured: "", versionInfo: [3, 12, 1]) == "312")
        #expect(PythonVersion.interpreterVersion(configured: nil, versionInfo: [3, 12, 1]) == "312")
    }
}
