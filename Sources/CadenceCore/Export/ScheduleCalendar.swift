import Foundation

/// A release schedule as an iCalendar file (RFC 5545) that calendar programs can import or subscribe to.
///
/// The calendar holds one all-day event per release (`Python 3.9.0b1 (beta)`) and one all-day event
/// per phase of each series (`Python 3.9: bugfix`, from the first day of the phase to the first day
/// of the next). End-of-life has no end; it is shown as a one-day event on the day the series reaches
/// it (`Python 3.8: end-of-life`), a reminder rather than a bar across the rest of time.
///
/// ```swift
/// let ics = ScheduleCalendar(timestamp: now).render(schedule)
/// // BEGIN:VCALENDAR\r\n
/// // VERSION:2.0\r\n
/// // ...
/// ```
///
/// - Releases known only by month (`2020-05`) are placed on the first of the month, and their
///   description says so.
/// - UIDs are derived from the content (project, series, version and kind, or phase), never random, so
///   exporting the same schedule twice gives the same events and a calendar that subscribes updates
///   them in place; a release that moves to another date keeps its UID.
/// - `DTSTAMP` is the caller's `timestamp`: the renderer never reads the clock, and the same input
///   gives the same bytes.
/// - Lines end with CRLF and are folded at 75 octets without splitting a UTF-8 sequence; text values
///   escape `\`, `;`, `,` and line breaks.
public struct ScheduleCalendar: Hashable, Sendable {
    /// The project's name, which starts every event summary: `Python 3.9.0b1 (beta)`.
    public var projectName: String
    /// The moment the calendar is produced, written as `DTSTAMP` (in UTC) on every event.
    public var timestamp: Date
    /// Whether the phases of each series are events too, besides the releases.
    public var includesPhases: Bool

    /// Creates a calendar renderer.
    /// - Parameters:
    ///   - projectName: The project's name for event summaries; `Python` by default.
    ///   - timestamp: The moment of the export (`DTSTAMP`), given by the caller.
    ///   - includesPhases: Whether the phases of each series are events too; `true` by default.
    public init(projectName: String = "Python", timestamp: Date, includesPhases: Bool = true) {
        self.projectName = projectName
        self.timestamp = timestamp
        self.includesPhases = includesPhases
    }

    /// The iCalendar text for `schedule`.
    /// - Parameter schedule: The schedule to export.
    /// - Returns: A `VCALENDAR` with CRLF line endings, folded, ending with CRLF.
    public func render(_ schedule: Schedule) -> String {
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Cadence//Release schedule//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:" + ScheduleCalendar.escapeText("\(projectName) release schedule"),
        ]
        let stamp = ScheduleCalendar.utcStamp(timestamp)
        var uids = UIDRegistry()
        for event in events(schedule) {
            lines += [
                "BEGIN:VEVENT",
                "UID:" + uids.uid(for: event.identity, slug: event.slug),
                "DTSTAMP:" + stamp,
                "DTSTART;VALUE=DATE:" + ScheduleCalendar.basicDate(event.start),
                "DTEND;VALUE=DATE:" + ScheduleCalendar.basicDate(event.end),
                "SUMMARY:" + ScheduleCalendar.escapeText(event.summary),
                "DESCRIPTION:" + ScheduleCalendar.escapeText(event.description),
                "CATEGORIES:" + ScheduleCalendar.escapeText(event.category),
            ]
            if let status = event.status { lines.append("STATUS:" + status) }
            lines += ["TRANSP:TRANSPARENT", "END:VEVENT"]
        }
        lines.append("END:VCALENDAR")
        return lines.map(ScheduleCalendar.fold).joined(separator: "\r\n") + "\r\n"
    }

    /// One all-day event before it is written.
    struct Event {
        /// What the event is, exactly; its UID is derived from this.
        var identity: [String]
        /// A readable part for the UID, such as `release-python-3.9.0b1`.
        var slug: String
        /// The first day.
        var start: CalendarDate
        /// The day after the last (iCalendar's `DTEND` of an all-day event is exclusive).
        var end: CalendarDate
        var summary: String
        var description: String
        var category: String
        /// `CONFIRMED` for shipped releases, `TENTATIVE` for planned ones, nothing for phases.
        var status: String?
    }

    /// The events of `schedule`: its releases by date, then the phases of each series.
    func events(_ schedule: Schedule) -> [Event] {
        var events = schedule.releases.map(releaseEvent)
        if includesPhases {
            for series in schedule.series {
                events += series.phaseSpans.compactMap { phaseEvent($0, of: series) }
            }
        }
        return events
    }

    private func releaseEvent(_ release: Release) -> Event {
        let kind = release.kind.exportName
        let shipped = release.state == .actual ? "released" : "planned"
        var description = [
            "\(projectName) \(release.label): \(kind) of the \(release.series) series, \(shipped)."
        ]
        if release.date.isMonthOnly {
            description.append(
                "Only the month is known (\(release.date.month.name)): the event is placed on the first of the month."
            )
        }
        if let note = release.note, !note.isEmpty { description.append("Note: \(note)") }
        return Event(
            identity: ["release", projectName, release.series.description, release.label, release.kind.rawValue],
            slug: ["release", projectName, release.label].joined(separator: "-"),
            start: release.date.day,
            end: release.date.day.adding(days: 1),
            summary: "\(projectName) \(release.label) (\(kind))",
            description: description.joined(separator: "\n"),
            category: "Release",
            status: release.state == .actual ? "CONFIRMED" : "TENTATIVE"
        )
    }

    private func phaseEvent(_ span: PhaseSpan, of series: ReleaseSeries) -> Event? {
        let name = "\(projectName) \(series.name)"
        var description: String
        let end: CalendarDate
        if let to = span.to {
            guard to.day > span.from.day else { return nil }
            end = to.day
            description = "\(name) is in its \(span.phase.displayName) phase from \(span.from) until \(to)."
        } else {
            end = span.from.day.adding(days: 1)
            description = "\(name) reaches its \(span.phase.displayName) on \(span.from): no more releases."
        }
        if span.from.isMonthOnly || span.to?.isMonthOnly == true {
            description += "\nDates known only by month are placed on the first of the month."
        }
        return Event(
            identity: ["phase", projectName, series.name.description, span.phase.rawValue],
            slug: ["phase", projectName, series.name.description, span.phase.rawValue].joined(separator: "-"),
            start: span.from.day,
            end: end,
            summary: "\(name): \(span.phase.displayName)",
            description: description,
            category: "Phase",
            status: nil
        )
    }
}
