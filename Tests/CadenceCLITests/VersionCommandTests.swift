import Foundation
import Testing

@Suite struct VersionCommandTests {
    @Test func normalizesEachArgumentAndReportsInvalidOnes() throws {
        let result = try CommandRunner.run(["version", "normalize", "V3.9.0-Alpha5", "1.0-beta!"])
        #expect(result.lines == ["3.9.0a5"])
        #expect(result.standardError == "invalid version '1.0-beta!': unexpected '!' at column 9\n")
        #expect(result.status == 1)
    }

    @Test func answersEveryStdinLineInJSON() throws {
        let result = try CommandRunner.run(
            ["version", "normalize", "--stdin", "--format", "json"],
            input: "1.0c1\nnope\n"
        )
        #expect(
            result.lines == [
                #"{"input":"1.0c1","line":1,"normalized":"1.0rc1"}"#,
                #"{"input":"nope","line":2,"error":"invalid version 'nope': unexpected 'n' at column 1"}"#,
            ]
        )
        #expect(result.status == 1)
    }

    @Test func sortsStandardInputLikeSortV() throws {
        let result = try CommandRunner.run(["version", "sort"], input: "3.10.0\n3.9.0\n3.9.0rc1\nv3.9.0a5\n3.9\n")
        #expect(result.lines == ["v3.9.0a5", "3.9.0rc1", "3.9.0", "3.9", "3.10.0"])
        #expect(result.status == 0)
    }

    @Test func reportsInvalidLinesWithTheirNumbersUnlessSkipped() throws {
        let input = "3.9\nbanana\n3.8\n"
        let strict = try CommandRunner.run(["version", "sort"], input: input)
        #expect(strict.lines == ["3.8", "3.9"])
        #expect(strict.standardError == "line 2: invalid version 'banana': unexpected 'b' at column 1\n")
        #expect(strict.status == 1)
        let lenient = try CommandRunner.run(["version", "sort", "--skip-invalid", "--reverse"], input: input)
        #expect(lenient.lines == ["3.9", "3.8"])
        #expect(lenient.standardError.isEmpty)
        #expect(lenient.status == 0)
    }

    @Test func comparesInPEP440Order() throws {
        #expect(try CommandRunner.run(["version", "compare", "3.9.0a5", "3.9.0b1"]).lines == ["<"])
        #expect(try CommandRunner.run(["version", "compare", "1.0", "1.0.0"]).lines == ["=="])
        let json = try CommandRunner.run(["version", "compare", "--stdin", "--format", "json"], input: "3.10 3.9\n")
        #expect(json.lines == [#"{"a":"3.10","b":"3.9","result":">"}"#])
    }

    @Test func refusesArgumentsTogetherWithStdin() throws {
        let result = try CommandRunner.run(["version", "compare", "1.0", "2.0", "--stdin"], input: "1.0 1.0\n")
        #expect(result.status == 64)
        #expect(result.standardError.contains("Usage: cadence version compare"))
    }

    @Test func rejectsBadUsageWithExitCode64() throws {
        let result = try CommandRunner.run(["version", "compare", "1.0"])
        #expect(result.status == 64)
        #expect(result.standardError.contains("Give exactly two versions"))
    }
}
