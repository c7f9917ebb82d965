import Foundation
import Testing

@testable import CadenceCore

/// A real calendar library, Python's `icalendar`, reads the exported files as Cadence meant them.
///
/// Skipped with a message on a machine without the library; in CI (`CI=true`) it always runs, so a
/// missing library fails the build instead of passing silently.
@Suite struct ScheduleCalendarInteropTests {
    struct Report: Decodable {
        var events: Int
        var summaries: [String]
        var descriptions: [String]
        var uids: [String]
        var starts: [String]
    }

    @Test(.enabled(if: PythonICalendar.shouldTest, Comment(rawValue: PythonICalendar.skipReason)))
    func icalendarReadsEveryEventWithItsText() throws {
        try #require(PythonICalendar.isAvailable, Comment(rawValue: PythonICalendar.skipReason))

        for schedule in [try ExportFixtures.cpython(), try ExportFixtures.awkward()] {
            // Given an exported calendar on disk
            let text = ScheduleCalendar(timestamp: ScheduleCalendarTests.stamp).render(schedule)
            let file = FileManager.default.temporaryDirectory
                .appendingPathComponent("cadence-\(UUID().uuidString).ics")
            try Data(text.utf8).write(to: file)
            defer { try? FileManager.default.removeItem(at: file) }

            // When icalendar parses it
            let output = try PythonICalendar.run(["-c", PythonICalendar.reportScript, file.path])
            try #require(output.status == 0, "icalendar failed: \(output.standardError)")
            let report = try JSONDecoder().decode(Report.self, from: Data(output.standardOutput.utf8))

            // Then it finds every event, with unfolded, unescaped text and the dates we wrote
            let ours = ICS.events(text)
            let phases = schedule.series.map(\.phaseSpans.count).reduce(0, +)
            #expect(report.events == schedule.releases.count + phases)
            #expect(report.events == ours.count)
            #expect(report.uids == ours.compactMap { $0["UID"] })
            let expectedSummaries = schedule.releases.map { "Python \($0.label) (\($0.kind.exportName))" }
            #expect(Array(report.summaries.prefix(schedule.releases.count)) == expectedSummaries)
            #expect(
                Array(report.starts.prefix(schedule.releases.count)) == schedule.releases.map(\.date.day.description)
            )
            for release in schedule.releases {
                guard let note = release.note else { continue }
                #expect(report.descriptions.contains { $0.hasSuffix("Note: " + note) }, "\(release.label)")
            }
        }
    }
}
