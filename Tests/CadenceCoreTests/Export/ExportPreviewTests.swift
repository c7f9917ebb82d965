import CadenceCore
import Foundation
import Testing

/// Writes every export of the CPython-like fixture to the folder named by `CADENCE_EXPORT_PREVIEW`.
///
/// The files are for a person to look at: open the SVG in a browser, import the ICS into a calendar.
/// Skipped when the variable is not set.
@Suite struct ExportPreviewTests {
    static let folder = ProcessInfo.processInfo.environment["CADENCE_EXPORT_PREVIEW"]

    @Test(.enabled(if: folder != nil, "set CADENCE_EXPORT_PREVIEW to a folder to write the exports there"))
    func writesEveryExportOfTheCPythonLikeSchedule() throws {
        let folder = URL(fileURLWithPath: try #require(ExportPreviewTests.folder), isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let schedule = try ExportFixtures.cpython()
        let today = try ExportFixtures.today()
        let stamp = Date(timeIntervalSince1970: 1_795_348_800)  // 2026-11-22T12:00:00Z
        let files = [
            "schedule.txt": ScheduleTable().render(schedule),
            "schedule.md": ScheduleMarkdown().render(schedule),
            "schedule.csv": ScheduleCSV().render(schedule),
            "schedule.ics": ScheduleCalendar(timestamp: stamp).render(schedule),
            "chart.svg": ScheduleChart(today: today).render(schedule),
            "chart-narrow.svg": ScheduleChart(today: today, width: 480).render(schedule),
            "awkward.svg": ScheduleChart(today: try CalendarDate("2021-03-01")).render(try ExportFixtures.awkward()),
            "awkward.ics": ScheduleCalendar(timestamp: stamp).render(try ExportFixtures.awkward()),
            "awkward.md": ScheduleMarkdown().render(try ExportFixtures.awkward()),
            "awkward.txt": ScheduleTable().render(try ExportFixtures.awkward()),
            "awkward.csv": ScheduleCSV().render(try ExportFixtures.awkward()),
        ]
        for (name, text) in files {
            let url = folder.appendingPathComponent(name)
            try Data(text.utf8).write(to: url)
            #expect(try Data(contentsOf: url).count == text.utf8.count, "\(name)")
        }
    }
}
