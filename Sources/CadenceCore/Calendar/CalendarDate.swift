/// A day on the proleptic Gregorian calendar, without a time or a time zone.
///
/// Release plans are written in days (`2024-10-07`) and months (`2020-05`); both are exact values
/// here, so a schedule never shifts with the machine's time zone.
///
/// ```swift
/// let date = try CalendarDate("2026-11-22")
/// date.adding(days: 10)  // 2026-12-02
/// ```
public struct CalendarDate: Comparable, Hashable, Sendable, CustomStringConvertible {
    /// The year, such as `2026`.
    public let year: Int
    /// The month, 1 (January) to 12 (December).
    public let month: Int
    /// The day of the month, from 1.
    public let day: Int

    /// Creates a date, checking that the day exists.
    /// - Throws: ``CalendarError`` for a month outside 1...12 or a day the month does not have.
    public init(year: Int, month: Int, day: Int) throws {
        guard (1...12).contains(month) else {
            throw CalendarError(input: "\(year)-\(month)-\(day)", reason: "month \(month) is not between 1 and 12")
        }
        let length = CalendarDate.daysIn(year: year, month: month)
        guard (1...length).contains(day) else {
            throw CalendarError(
                input: String(format4: year) + "-" + String(format2: month) + "-" + String(format2: day),
                reason: "\(CalendarDate.monthNames[month - 1]) \(year) has \(length) days"
            )
        }
        self.init(unchecked: year, month, day)
    }

    /// Parses an ISO 8601 calendar date, `YYYY-MM-DD`.
    /// - Throws: ``CalendarError`` naming the text when it is not a date or the day does not exist
    ///   (`2026-02-30`).
    public init(_ text: String) throws {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) })
        else {
            throw CalendarError(input: text, reason: "expected a date written YYYY-MM-DD")
        }
        do {
            try self.init(year: year, month: month, day: day)
        } catch let error as CalendarError {
            throw CalendarError(input: text, reason: error.reason)
        }
    }

    init(unchecked year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The date written `YYYY-MM-DD`.
    public var description: String {
        String(format4: year) + "-" + String(format2: month) + "-" + String(format2: day)
    }

    /// The month this date falls in.
    public var yearMonth: YearMonth { YearMonth(unchecked: year, month) }

    /// Days since 1970-01-01 (negative before it).
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date `dayNumber` days after 1970-01-01.
    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.init(unchecked: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// The date `days` days later (earlier when negative).
    public func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }

    /// The same day `months` months later, clamped to the end of a shorter month (Jan 31 + 1 = Feb 28).
    public func adding(months: Int) -> CalendarDate {
        let target = yearMonth.adding(months: months)
        return CalendarDate(
            unchecked: target.year,
            target.month,
            min(day, CalendarDate.daysIn(year: target.year, month: target.month))
        )
    }

    /// Days from this date to `other`: positive when `other` is later.
    public func days(until other: CalendarDate) -> Int { other.dayNumber - dayNumber }

    /// The weekday, 1 (Monday) to 7 (Sunday), as in ISO 8601.
    public var isoWeekday: Int {
        // 1970-01-01 was a Thursday (4).
        let offset = (dayNumber + 3) % 7
        return (offset < 0 ? offset + 7 : offset) + 1
    }

    /// Orders earlier before later.
    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// The number of days in `month` of `year`.
    public static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

extension String {
    /// A non-negative number padded with zeros to two digits.
    init(format2 value: Int) { self = value < 10 && value >= 0 ? "0" + Swift.String(value) : Swift.String(value) }
    /// A year padded with zeros to four digits.
    init(format4 value: Int) {
        let digits = Swift.String(value.magnitude)
        let padding = Swift.String(repeating: "0", count: Swift.max(0, 4 - digits.count))
        self = (value < 0 ? "-" : "") + padding + digits
    }
}
