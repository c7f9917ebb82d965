import CadenceCore
import Foundation

/// Where "today" and "now" come from: the machine's clock in the CLI, a fixed day in tests.
///
/// Use cases take the day as a plain input; only the edge (the CLI, the server) asks a clock.
public protocol CalendarClock: Sendable {
    /// Today's date in the clock's time zone.
    var today: CalendarDate { get }
    /// The current instant (stamps such as an iCalendar file's `DTSTAMP`).
    var now: Date { get }
}

/// The machine's clock, with today in the machine's time zone.
public struct SystemCalendarClock: CalendarClock {
    /// Creates the clock.
    public init() {}

    /// Today's date in the machine's time zone.
    public var today: CalendarDate {
        let instant = now
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: instant)
        let fallback = CalendarDate(dayNumber: Int(instant.timeIntervalSince1970 / 86_400))
        guard let year = parts.year, let month = parts.month, let day = parts.day else { return fallback }
        return (try? CalendarDate(year: year, month: month, day: day)) ?? fallback
    }

    /// The current instant.
    public var now: Date { Date() }
}

/// A clock stopped on one day (at midnight UTC), for tests and reproducible runs.
public struct FixedCalendarClock: CalendarClock {
    /// The day it always gives.
    public let today: CalendarDate

    /// A clock stopped on `today`.
    public init(today: CalendarDate) { self.today = today }

    /// Midnight UTC of ``today``.
    public var now: Date { Date(timeIntervalSince1970: TimeInterval(today.dayNumber) * 86_400) }
}
