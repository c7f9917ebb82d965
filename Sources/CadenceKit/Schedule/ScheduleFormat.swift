import CadenceCore
import Foundation

/// The ways a schedule is written: a table, JSON (the seeds' vocabulary), Markdown, CSV, iCalendar, SVG.
public enum ScheduleFormat: String, CaseIterable, Sendable {
    case table, json, md, csv, ics, svg

    /// The schedule in this format, ending with a line break.
    /// - Parameters:
    ///   - schedule: The schedule.
    ///   - project: The project's name in calendar events and chart titles.
    ///   - date: The day the chart marks.
    ///   - now: The calendar's stamp.
    /// - Returns: The text.
    /// - Throws: What the JSON writer throws.
    public func render(_ schedule: Schedule, project: String, date: CalendarDate, now: Date) throws -> String {
        let text: String
        switch self {
        case .table: text = ScheduleTable().render(schedule)
        case .md: text = ScheduleMarkdown().render(schedule)
        case .csv: text = ScheduleCSV(lineEnding: .lf).render(schedule)
        case .json: text = String(decoding: try schedule.jsonData(), as: UTF8.self)
        case .ics: text = ScheduleCalendar(projectName: project, timestamp: now).render(schedule)
        case .svg: text = ScheduleChart(today: date, projectName: project).render(schedule)
        }
        return text.utf8.last == UInt8(ascii: "\n") ? text : text + "\n"
    }
}
