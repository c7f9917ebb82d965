import Foundation
import Testing

@Suite struct ScheduleCommandTests {
    @Test func generatesTheSeedsScheduleAsJSON() throws {
        let result = try CommandRunner.run([
            "schedule", "--model", "rolling", "--series", "3.9", "--abi-break", "3.9.0a5,3.9.0a7", "--format", "json",
        ])
        #expect(result.status == 0)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        )
        #expect(object["model"] as? String == "rolling-pre-freeze")  // the seeds' name
        let releases = try #require(object["releases"] as? [[String: Any]])
        let python39 = releases.filter { $0["series"] as? String == "3.9" }.compactMap { $0["version"] as? String }
        #expect(
            Array(python39.prefix(9)) == [
                "3.9.0a1", "3.9.0b2", "3.9.0b3", "3.9.0b4", "3.9.0a5", "3.9.0b6", "3.9.0a7", "3.9.0b8", "3.9.0b9",
            ]
        )
    }

    @Test func writesACalendarWithCRLFLines() throws {
        let result = try CommandRunner.run(["schedule", "--model", "cpython", "--series", "3.13", "--format", "ics"])
        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("BEGIN:VCALENDAR\r\n"))
        #expect(result.standardOutput.hasSuffix("END:VCALENDAR\r\n"))
        #expect(result.standardOutput.components(separatedBy: "BEGIN:VEVENT").count - 1 >= 30)
    }

    @Test func drawsTheStatusChartOfCPythonsRealData() throws {
        let result = try CommandRunner.run([
            "schedule", "--model", "cpython", "--format", "svg", "--date", "2026-11-22",
        ])
        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("<svg") || result.standardOutput.hasPrefix("<?xml"))
        #expect(result.standardOutput.contains("3.16"))
        #expect(result.standardOutput.contains("today: 2026-11-22"))
    }

    @Test(arguments: [
        (["--model", "weekly", "--series", "3.9"], "unknown release model 'weekly'"),
        (
            ["--model", "incremental", "--variant", "nope", "--series", "3.9"],
            "unknown variant 'nope' of the incremental model"
        ),
        (["--model", "annual", "--series", "3.8"], "PEP 602 plans CPython 3.9 and later"),
        (["--model", "annual"], "Name at least one series to plan"),
        (["--model", "annual", "--series", "three"], "invalid release series 'three'"),
        (["--model", "rolling", "--series", "3.9", "--abi-break", "3.9.0b2"], "--model rolling --abi-break 3.9.0b2: "),
        (["--series", "3.9"], "Choose a model"),
    ])
    func refusesBadRequestsAsUsage(arguments: [String], message: String) throws {
        let result = try CommandRunner.run(["schedule"] + arguments)
        #expect(result.status == 64)
        #expect(result.standardError.contains(message))
        #expect(result.standardError.contains("Usage: cadence schedule"))
    }

    @Test func reportsASeriesTheDataLacks() throws {
        let result = try CommandRunner.run(["schedule", "--model", "cpython", "--series", "3.99"])
        #expect(result.status == 64)
        #expect(
            result.standardError.contains("--series 3.99: the release data has no such series (it has 1.6 to 3.16)")
        )
    }
}

@Suite struct ModelsCommandTests {
    @Test func comparesEveryModelAndTheRealData() throws {
        let result = try CommandRunner.run(["models", "compare", "--from", "2020", "--to", "2032", "--format", "json"])
        #expect(result.status == 0)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        )
        let models = try #require(object["models"] as? [[String: Any]])
        #expect(models.count == 5)
        func mean(_ model: Int, _ metric: String) -> Double? {
            ((models[model][metric] as? [String: Any])?["mean"] as? String).flatMap(Double.init)
        }
        // PEP 598's incremental feature releases deliver features sooner than the annual model.
        let annual = try #require(mean(0, "feature_latency_months"))
        let incremental = try #require(mean(1, "feature_latency_months"))
        #expect(incremental < annual)
        // The annual model keeps more series alive at once than the two-year cadences.
        #expect(try #require(mean(0, "series_maintained")) > (try #require(mean(3, "series_maintained"))))
    }

    @Test func refusesAnInvertedWindow() throws {
        let result = try CommandRunner.run(["models", "compare", "--from", "2030", "--to", "2020"])
        #expect(result.status == 64)
        #expect(result.standardError.contains("--from 2030 is after --to 2020"))
    }
}

@Suite struct SupportCommandTests {
    @Test func listsWhatALibrarySupportsFromTheRealData() throws {
        let result = try CommandRunner.run(["support", "--date", "2026-11-22", "--format", "json"])
        #expect(result.status == 0)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        )
        let rows = try #require(object["supported"] as? [[String: Any]])
        #expect(rows.compactMap { $0["series"] as? String } == ["3.15", "3.14", "3.13", "3.12"])
    }

    @Test func keepsTwoReleasesUnderATwoYearCadence() throws {
        let result = try CommandRunner.run(["support", "--date", "2030-01-01", "--model", "rolling", "--months", "0"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("one of the 2 newest"))
    }
}
