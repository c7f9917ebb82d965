import Foundation
import Testing

@Suite struct MarkerCommandTests {
    /// The PEP 605 seed's line after an ABI break, spelled as the seed writes it.
    @Test func excludesTheABIBreakingAlphaWithTheSeedsSpelling() throws {
        let marker = #"python_version == "3.9" and full_python_version != "3.9.0a5""#
        let broken = try CommandRunner.run(["marker", "eval", marker, "--python", "3.9.0a5"])
        #expect(broken.lines == ["false"])
        #expect(broken.status == 1)
        let rebuilt = try CommandRunner.run(["marker", "eval", marker, "--python", "3.9.0b6"])
        #expect(rebuilt.lines == ["true"])
        #expect(rebuilt.status == 0)
    }

    @Test func setsSingleVariablesAndAnswersInJSON() throws {
        let result = try CommandRunner.run([
            "marker", "eval", #"sys_platform == "win32""#, "--env", "sys_platform=win32", "--format", "json",
        ])
        #expect(result.lines == [#"{"marker":"sys_platform == \"win32\"","result":true}"#])
    }

    @Test func readsEnvironmentsFromAFile() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("cadence-env-\(UUID().uuidString)")
        try "# a dotenv-style file\nos_name=nt\nplatform_machine=ARM64\n".write(
            to: file,
            atomically: true,
            encoding: .utf8
        )
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try CommandRunner.run([
            "marker", "eval", #"os_name == "nt" and platform_machine == "ARM64""#, "--env-file", file.path,
        ])
        #expect(result.lines == ["true"])
    }

    @Test func evaluatesOneEnvironmentPerStdinLine() throws {
        let input = """
            {"python_full_version": "3.8.1"}
            {"python_full_version": "3.10.0"}
            not json
            """
        let result = try CommandRunner.run(
            ["marker", "eval", #"python_full_version < "3.9""#, "--stdin"],
            input: input
        )
        #expect(result.lines == ["true", "false"])
        #expect(result.standardError == "line 3: invalid environment 'not json': not valid JSON\n")
        #expect(result.status == 1)
    }

    @Test func reportsAnUndefinedComparison() throws {
        let result = try CommandRunner.run(["marker", "eval", #"os_name === "posix""#, "--env", "os_name=posix"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("undefined comparison 'os_name === \"posix\"'"))
    }

    @Test func saysHowToSupplyAMissingVariable() throws {
        let missing = try CommandRunner.run(["marker", "eval", #""docs" in extras"#])
        #expect(missing.status == 1)
        #expect(missing.standardError.contains("undefined environment name 'extras'"))
        #expect(missing.standardError.contains(#"give it as a JSON list, such as {"extras": ["docs"]}"#))
        let given = try CommandRunner.run(
            ["marker", "eval", #""docs" in extras"#, "--stdin"],
            input: #"{"extras": ["docs"]}"#
        )
        #expect(given.lines == ["true"])
    }

    @Test func takesExtrasAsACommaSeparatedList() throws {
        let result = try CommandRunner.run(["marker", "eval", #""test" in extras"#, "--env", "extras=docs, test"])
        #expect(result.lines == ["true"])
    }

    @Test func treatsABadPythonVersionAsBadUsage() throws {
        let result = try CommandRunner.run(["marker", "eval", #"os_name == "nt""#, "--python", "banana"])
        #expect(result.status == 64)
        #expect(result.standardError.contains("--python: invalid version 'banana'"))
        #expect(result.standardError.contains("Usage: cadence marker eval"))
    }

    @Test func treatsABadMarkerAsBadUsage() throws {
        let result = try CommandRunner.run(["marker", "eval", "python_version >= "])
        #expect(result.status == 64)
        #expect(result.standardError.contains("expected a quoted string or marker variable at column 19"))
    }
}
