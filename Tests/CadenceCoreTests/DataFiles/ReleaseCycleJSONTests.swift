import Foundation
import Testing

@testable import CadenceCore

@Suite struct ReleaseCycleJSONTests {
    @Test func writesThePEPsSitesShapeWithComputedStatus() throws {
        let history = try CPythonData.history()
        let json = history.releaseCycleJSON(statusOn: try .day("2026-11-22"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: [String: Any]])
        #expect(object.count == history.series.filter { $0.name >= SeriesName(major: 2, minor: 6) }.count)
        let python315 = try #require(object["3.15"])
        #expect(python315["status"] as? String == "bugfix")
        #expect(python315["first_release"] as? String == "2026-10-01")
        #expect(python315["end_of_life"] as? String == "2031-10")
        #expect(python315["pep"] as? Int == 790)
        #expect(object["3.8"]?["end_of_life"] as? String == "2024-10-07")
        // Newest first, keys in the generator's order.
        #expect(
            json.hasPrefix(
                "{\n  \"3.16\": {\n    \"branch\": \"main\",\n    \"pep\": 826,\n    \"status\": \"feature\","
            )
        )
    }

    @Test func readsItBackWithEstimatedMilestones() throws {
        let history = try CPythonData.history()
        let read = try ReleaseHistory(releaseCycleJSON: history.releaseCycleJSON(), file: "release-cycle.json")
        let original = try history.series(named: SeriesName("3.12"))
        let python312 = try read.series(named: SeriesName("3.12"))
        #expect(python312.milestones.firstRelease == original.milestones.firstRelease)
        #expect(python312.milestones.endOfLife.day == original.milestones.endOfLife.day)
        #expect(python312.releaseManager == original.releaseManager)
        #expect(python312.phase(on: try .day("2026-11-22")) == .security)
    }

    @Test func rejectsMalformedFilesNamingTheSeries() {
        #expect(throws: DataFileError.self) { try ReleaseHistory(releaseCycleJSON: "[1,", file: "r.json") }
        let bad = #"{"3.14": {"first_release": "2025-13-07", "end_of_life": "2030-10"}}"#
        #expect(
            throws: DataFileError(
                file: "r.json",
                line: nil,
                reason: "series \"3.14\": invalid date '2025-13-07': month 13 is not between 1 and 12"
            )
        ) { try ReleaseHistory(releaseCycleJSON: bad, file: "r.json") }
    }
}
