import CadenceTestSupport
import Foundation
import Testing

@testable import CadenceCore

/// The JSON rendering of schedules: generated schedules rendered, read back as a consumer would, and
/// compared with the golden files they reproduce.
@Suite struct ScheduleJSONTests {
    @Test(arguments: IncrementalFeatureModelTests.goldenCases)
    func rendersPEP598SchedulesAsTheGoldenRows(variant: IncrementalFeatureModel.Variant, file: String) throws {
        // Given a generated PEP 598 schedule
        let golden = try Fixture.object(file)
        let schedule = try IncrementalFeatureModelTests.schedule(variant, like: file)
        // When it is rendered to JSON and read back
        let decoded = try Golden.decoded(schedule)
        // Then its series rows and active branches are the golden ones (notes are the golden file's commentary)
        let goldenSeries = try Golden.series(in: golden, file: file).mapValues { $0.map(\.withoutNote) }
        #expect(try Golden.series(in: decoded, file: "rendered") == goldenSeries)
        #expect(
            try Golden.activeBranches(in: decoded, file: "rendered") == Golden.activeBranches(in: golden, file: file)
        )
        #expect(decoded["model"] as? String == golden["model"] as? String)  // incremental-feature-releases
        #expect(decoded["variant"] as? String == variant.rawValue)
        // And the flat list holds every series row, by date, each naming its series
        let flat = try #require(decoded["releases"] as? [[String: Any]])
        #expect(flat.count == goldenSeries.values.map(\.count).reduce(0, +))
        let months = flat.compactMap { $0["month"] as? String }
        #expect(months == months.sorted())
        for row in flat {
            let series = try #require(row["series"] as? String)
            let version = try #require(row["version"] as? String)
            #expect(goldenSeries[series]?.contains { $0.version == version } == true, "\(series) \(version)")
        }
    }

    @Test func rendersThePEP605TimelineAsTheGoldenRows() throws {
        let file = Golden.pep605
        let golden = try Golden.releases(in: Fixture.object(file), file: file)
        let schedule = try RollingPreFreezeModel().schedule(for: [SeriesName("3.9"), SeriesName("3.10")])
        let decoded = try Golden.decoded(schedule)
        #expect(try Golden.releases(in: decoded, file: "rendered") == golden)
        #expect(decoded["variant"] == nil, "a model without variants has no variant key")
        let flat = try #require(decoded["releases"] as? [[String: Any]])
        #expect(flat.compactMap { $0["series"] as? String }.prefix(3) == ["3.9", "3.9", "3.9"])
        #expect(flat.first { $0["version"] as? String == "3.8.x" }?["series"] as? String == "3.8")
        let series = try #require(decoded["series"] as? [String: Any])
        #expect(Set(series.keys) == ["3.8", "3.9", "3.10", "3.11"])
    }

    @Test func isStableAndSortsItsKeys() throws {
        let schedule = try IncrementalFeatureModel().schedule(for: [SeriesName("3.9")])
        let first = try schedule.jsonData()
        #expect(first == (try IncrementalFeatureModel().schedule(for: [SeriesName("3.9")]).jsonData()))
        let text = String(decoding: first, as: UTF8.self)
        let keys = ["\"active_branches\"", "\"model\"", "\"releases\"", "\"series\"", "\"variant\""]
        let positions = keys.compactMap { text.range(of: $0)?.lowerBound }
        #expect(positions.count == keys.count)
        #expect(positions == positions.sorted())
        #expect(text.hasSuffix("}\n"))
        #expect(text.contains("\n  \"model\" : \"incremental-feature-releases\""), "pretty printed")
    }

    @Test func addsTheDayAndStateOfAShippedReleaseOnAKnownDay() throws {
        // Given a series with one shipped release on a known day and one planned for a month
        let name = try SeriesName("3.13")
        let milestones = SeriesMilestones(
            startOfDevelopment: try ReleaseDate("2023-05-22"),
            featureFreeze: try ReleaseDate("2024-05-08"),
            firstRelease: try ReleaseDate("2024-10-07"),
            endOfBugfix: try ReleaseDate("2026-10"),
            endOfLife: try ReleaseDate("2029-10")
        )
        let releases = [
            Release(series: name, label: "3.13.0", date: try ReleaseDate("2024-10-07"), kind: .final, state: .actual),
            Release(series: name, label: "3.13.x", date: try ReleaseDate("2029-10"), kind: .closed, note: "planned"),
        ]
        let schedule = Schedule(
            model: "cpython",
            series: [ReleaseSeries(name: name, milestones: milestones, releases: releases)],
            activeBranches: []
        )
        // When it is rendered
        let decoded = try Golden.decoded(schedule)
        let rows = try #require((decoded["series"] as? [String: Any])?["3.13"] as? [[String: Any]])
        // Then the day and state appear only where they say something
        #expect(rows.count == 2)
        #expect(rows[0]["month"] as? String == "2024-10")
        #expect(rows[0]["day"] as? String == "2024-10-07")
        #expect(rows[0]["state"] as? String == "actual")
        #expect(rows[1]["day"] == nil && rows[1]["state"] == nil)
        #expect(rows[1]["note"] as? String == "planned")
        #expect((decoded["active_branches"] as? [Any])?.isEmpty == true)
    }
}
