import Testing

@Suite struct SpecCommandTests {
    @Test func saysWhichVersionsTheSetContains() throws {
        let result = try CommandRunner.run(["spec", "contains", ">=3.9,!=3.9.0a5,<4", "3.9.0a5", "3.9.1", "4.0"])
        #expect(result.lines == ["3.9.0a5\tfalse", "3.9.1\ttrue", "4.0\tfalse"])
        #expect(result.status == 1)
    }

    /// packaging 26.2 checks one version on its own: a matching pre-release is contained unless --no-pre.
    @Test func containsAMatchingPreReleaseUnlessTold() throws {
        let included = try CommandRunner.run(["spec", "contains", ">=3.9", "3.10.0b1"])
        #expect(included.lines == ["3.10.0b1\ttrue"])
        #expect(included.status == 0)
        let excluded = try CommandRunner.run(["spec", "contains", "--no-pre", ">=3.9", "3.10.0b1", "--format", "json"])
        #expect(excluded.lines == [#"{"input":"3.10.0b1","contains":false}"#])
        #expect(excluded.status == 1)
    }

    @Test func filtersLikePackaging() throws {
        let finals = try CommandRunner.run(["spec", "filter", ">=3.9", "3.8", "3.9.0rc1", "3.9.1", "3.10.0a1"])
        #expect(finals.lines == ["3.9.1"])
        // When no final release matches, packaging lets the pre-releases through.
        let onlyPre = try CommandRunner.run(["spec", "filter", ">=3.11", "3.8", "3.11.0rc1", "3.12.0a1"])
        #expect(onlyPre.lines == ["3.12.0a1"])
        let nothing = try CommandRunner.run(["spec", "filter", "--no-pre", ">=3.11", "3.12.0a1"])
        #expect(nothing.lines.isEmpty)
        #expect(nothing.status == 1)
    }

    @Test func filtersTheCPythonReleasesFromStandardInput() throws {
        let result = try CommandRunner.run(
            ["spec", "filter", "==3.9.*", "--stdin"],
            input: "3.8.0\n3.9.0a5\n3.9.0\n3.9.18\n"
        )
        #expect(result.lines == ["3.9.0", "3.9.18"])
        let json = try CommandRunner.run(
            ["spec", "contains", "==3.9.*", "--stdin", "--format", "json"],
            input: "3.9.1\n"
        )
        #expect(json.lines == [#"{"input":"3.9.1","line":1,"contains":true}"#])
    }

    @Test func treatsABadSetAsBadUsage() throws {
        let result = try CommandRunner.run(["spec", "contains", ">=3.9,<", "3.9"])
        #expect(result.status == 64)
        #expect(
            result.standardError.contains("invalid specifier set '>=3.9,<': expected a version after '<' at column 8")
        )
    }

    @Test func reportsAnInvalidVersionWithItsPosition() throws {
        let result = try CommandRunner.run(["spec", "contains", ">=3.9", "--stdin"], input: "3.10\nbanana\n")
        #expect(result.lines == ["3.10\ttrue"])
        #expect(result.standardError == "line 2: invalid version 'banana': unexpected 'b' at column 1\n")
        #expect(result.status == 1)
    }
}
