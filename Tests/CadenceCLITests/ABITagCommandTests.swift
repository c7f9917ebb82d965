import Testing

@Suite struct ABITagCommandTests {
    @Test(arguments: [
        (["3.9.0a1"], "cpython-39p"),
        (["3.9.0b6", "--debug"], "cpython-39pd"),
        (["3.9.0rc1"], "cpython-39"),
        (["3.9.4"], "cpython-39"),
        (["3.9.0b2", "--platform", "win_amd64"], "cp39p-win_amd64"),
        (["3.9.0", "--platform", "win_amd64"], "cp39-win_amd64"),
    ])
    func printsThePEP605Tag(arguments: [String], tag: String) throws {
        let result = try CommandRunner.run(["abi-tag"] + arguments)
        #expect(result.lines == [tag])
        #expect(result.status == 0)
    }

    @Test func describesTheTagInJSON() throws {
        let result = try CommandRunner.run(["abi-tag", "3.9.0b6", "--debug", "--format", "json"])
        #expect(
            result.lines == [
                #"{"input":"3.9.0b6","tag":"cpython-39pd","preFreeze":true,"debug":true,"wheelABI":"cp39pd"}"#
            ]
        )
    }

    @Test func namesTheVersionAsWritten() throws {
        let result = try CommandRunner.run(["abi-tag", "V3.9.0.DEV1"])
        #expect(result.status == 1)
        #expect(result.standardError.hasPrefix("invalid CPython version 'V3.9.0.DEV1'"))
    }

    @Test func rejectsAVersionThatIsNotACPythonRelease() throws {
        let result = try CommandRunner.run(["abi-tag", "3"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("invalid CPython version '3'"))
    }
}
