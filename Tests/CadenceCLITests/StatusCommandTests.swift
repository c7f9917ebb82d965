import Foundation
import Testing

@Suite struct StatusCommandTests {
    @Test func tablesEverySeriesAliveOnTheDateFromTheBuiltInData() throws {
        let result = try CommandRunner.run(["status", "--date", "2026-11-22"])
        #expect(result.status == 0)
        #expect(result.lines.first == "Release series on 2026-11-22")
        let series = result.lines.dropFirst(4).prefix { !$0.isEmpty }.map { $0.split(separator: " ")[0] }
        #expect(series == ["3.16", "3.15", "3.14", "3.13", "3.12", "3.11"])
        #expect(result.lines.contains { $0.hasPrefix("3.15") && $0.contains("bugfix") && $0.contains("3.15.0*") })
        #expect(result.standardOutput.contains("* planned for a date that has passed"))
    }

    @Test func answersInJSONWithComputedPhases() throws {
        let result = try CommandRunner.run(["status", "--date", "2020-06-01", "--format", "json"])
        #expect(result.status == 0)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        )
        #expect(object["date"] as? String == "2020-06-01")
        let rows = try #require(object["series"] as? [[String: Any]])
        let python39 = try #require(rows.first { $0["series"] as? String == "3.9" })
        #expect(python39["phase"] as? String == "beta")
        #expect(python39["status"] as? String == "prerelease")
        #expect((python39["latest_release"] as? [String: Any])?["version"] as? String == "3.9.0b1")
    }

    @Test func includesEndOfLifeSeriesWithAll() throws {
        let some = try CommandRunner.run(["status", "--date", "2026-11-22", "--format", "md"])
        let all = try CommandRunner.run(["status", "--date", "2026-11-22", "--format", "md", "--all"])
        #expect(some.standardOutput.contains("| 3.11 | security |"))
        #expect(!some.standardOutput.contains("| 3.9 |"))
        #expect(all.standardOutput.contains("| 3.9 | end-of-life |"))
    }

    @Test func rejectsAnImpossibleDateAsUsage() throws {
        let result = try CommandRunner.run(["status", "--date", "2026-02-30"])
        #expect(result.status == 64)
        #expect(result.standardError.contains("--date: invalid date '2026-02-30': February 2026 has 28 days"))
    }

    @Test func namesTheFileAndLineOfBrokenData() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("cadence-bad-\(UUID()).toml")
        try "[metadata.\"3.9\"]\npep = 596\nfrist-release = 2020-10-05\n".write(
            to: file,
            atomically: true,
            encoding: .utf8
        )
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try CommandRunner.run(["status", "--data", file.path])
        #expect(result.status == 1)
        #expect(result.standardError.hasPrefix("error: \(file.path):3: unknown key 'frist-release'"))
        #expect(result.standardOutput.isEmpty)
    }
}

@Suite struct DataCommandTests {
    @Test func writesReleaseCycleJSONThatReadsBack() throws {
        let written = try CommandRunner.run(["data", "release-cycle", "--date", "2026-11-22"])
        #expect(written.status == 0)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(written.standardOutput.utf8)) as? [String: [String: Any]]
        )
        #expect(object["3.15"]?["status"] as? String == "bugfix")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("cadence-rc-\(UUID()).json")
        try written.standardOutput.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let checked = try CommandRunner.run(["data", "check", file.path])
        #expect(checked.status == 0)
        #expect(checked.lines == ["\(file.path): \(object.count) series, 0 releases"])
    }

    @Test func refreshesStatusesInTheTOML() throws {
        let declared = try CommandRunner.run(["data", "toml"])
        let refreshed = try CommandRunner.run(["data", "toml", "--refresh-status", "--date", "2026-11-22"])
        #expect(declared.standardOutput.contains("[metadata.\"3.15\"]\npep = 790\nstatus = \"prerelease\""))
        #expect(refreshed.standardOutput.contains("[metadata.\"3.15\"]\npep = 790\nstatus = \"bugfix\""))
    }
}
