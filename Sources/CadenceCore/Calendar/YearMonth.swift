/// A month of a year: the precision of release plans such as PEP 598's (`2020-05 3.9.0b1`).
///
/// ```swift
/// let month = try YearMonth("2019-11")
/// month.adding(months: 6)  // 2020-05
/// ```
public struct YearMonth: Comparable, Hashable, Sendable, CustomStringConvertible {
    /// The year, such as `2020`.
    public let year: Int
    /// The month, 1 (January) to 12 (December).
    public let month: Int

    /// Creates a month.
    /// - Throws: ``CalendarError`` when `month` is outside 1...12.
    public init(year: Int, month: Int) throws {
        guard (1...12).contains(month) else {
            throw CalendarError(input: "\(year)-\(month)", reason: "month \(month) is not between 1 and 12")
        }
        self.init(unchecked: year, month)
    }

    /// Parses `YYYY-MM`.
    /// - Throws: ``CalendarError`` naming the text when it is not a month.
    public init(_ text: String) throws {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
            let year = Int(parts[0]), let month = Int(parts[1])
        else {
            throw CalendarError(input: text, reason: "expected a month written YYYY-MM")
        }
        guard (1...12).contains(month) else {
            throw CalendarError(input: text, reason: "month \(month) is not between 1 and 12")
        }
        self.init(unchecked: year, month)
    }

    init(unchecked year: Int, _ month: Int) {
        self.year = year
        self.month = month
    }

    /// The month written `YYYY-MM`.
    public var description: String { String(format4: year) + "-" + String(format2: month) }

    /// Months since January of year 0; differences give month counts.
    public var monthNumber: Int { year * 12 + month - 1 }

    /// The month `months` months later (earlier when negative).
    public func adding(months: Int) -> YearMonth {
        let number = monthNumber + months
        let year = number >= 0 ? number / 12 : (number - 11) / 12
        return YearMonth(unchecked: year, number - year * 12 + 1)
    }

    /// Months from this month to `other`: positive when `other` is later.
    public func months(until other: YearMonth) -> Int { other.monthNumber - monthNumber }

    /// The first day of the month.
    public var firstDay: CalendarDate { CalendarDate(unchecked: year, month, 1) }

    /// The last day of the month.
    public var lastDay: CalendarDate {
        CalendarDate(unchecked: year, month, CalendarDate.daysIn(year: year, month: month))
    }

    /// The month's English name and year, such as `May 2020`.
    public var name: String { CalendarDate.monthNames[month - 1] + " \(year)" }

    /// Orders earlier before later.
    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool { lhs.monthNumber < rhs.monthNumber }
}
