/// When a release happens: a day, or only a month for plans written in months (PEP 598, PEP 605).
///
/// A month-only date orders and compares as the first day of its month.
public struct ReleaseDate: Comparable, Hashable, Sendable, CustomStringConvertible {
    /// The day; the first of the month when only the month is known.
    public let day: CalendarDate
    /// Whether only the month is known.
    public let isMonthOnly: Bool

    /// A release on a known day.
    public init(_ day: CalendarDate) {
        self.day = day
        isMonthOnly = false
    }

    /// A release planned for a month.
    public init(_ month: YearMonth) {
        day = month.firstDay
        isMonthOnly = true
    }

    /// Parses `YYYY-MM-DD` or `YYYY-MM`.
    /// - Throws: ``CalendarError`` naming the text when it is neither.
    public init(_ text: String) throws {
        if text.count == 7 {
            self.init(try YearMonth(text))
        } else {
            self.init(try CalendarDate(text))
        }
    }

    /// The month of the release.
    public var month: YearMonth { day.yearMonth }

    /// `YYYY-MM-DD`, or `YYYY-MM` when only the month is known.
    public var description: String { isMonthOnly ? month.description : day.description }

    /// Orders earlier before later.
    public static func < (lhs: ReleaseDate, rhs: ReleaseDate) -> Bool {
        (lhs.day, lhs.isMonthOnly ? 0 : 1) < (rhs.day, rhs.isMonthOnly ? 0 : 1)
    }
}
