import Testing

@testable import CadenceCore

@Suite struct CalendarDateTests {
    @Test func readsISODatesAndWritesThemBack() throws {
        let date = try CalendarDate("2024-02-29")
        #expect((date.year, date.month, date.day) == (2024, 2, 29))
        #expect(date.description == "2024-02-29")
    }

    @Test(arguments: [
        ("2026-02-30", "invalid date '2026-02-30': February 2026 has 28 days"),
        ("2026-13-01", "invalid date '2026-13-01': month 13 is not between 1 and 12"),
        ("2026-1-01", "invalid date '2026-1-01': expected a date written YYYY-MM-DD"),
        ("tomorrow", "invalid date 'tomorrow': expected a date written YYYY-MM-DD"),
    ])
    func rejectsImpossibleDatesNamingThem(text: String, message: String) {
        #expect(throws: CalendarError.self) { try CalendarDate(text) }
        do {
            _ = try CalendarDate(text)
        } catch {
            #expect("\(error)" == message)
        }
    }

    @Test func dayNumbersRoundTripAcrossCenturies() {
        var previous: CalendarDate?
        for number in stride(from: -800_000, through: 800_000, by: 97) {
            let date = CalendarDate(dayNumber: number)
            #expect(date.dayNumber == number)
            if let previous { #expect(previous < date) }
            previous = date
        }
        #expect(CalendarDate(dayNumber: 0).description == "1970-01-01")
    }

    @Test func knowsWeekdays() throws {
        #expect(try CalendarDate("2026-11-22").isoWeekday == 7)  // a Sunday
        #expect(try CalendarDate("2024-10-07").isoWeekday == 1)  // 3.13.0, a Monday
    }

    @Test func addsMonthsClampingToShorterMonths() throws {
        #expect(try CalendarDate("2024-01-31").adding(months: 1).description == "2024-02-29")
        #expect(try CalendarDate("2024-10-07").adding(months: -17).description == "2023-05-07")
        #expect(try YearMonth("2019-11").adding(months: 6).description == "2020-05")
        #expect(try YearMonth("2020-01").adding(months: -1).description == "2019-12")
        #expect(try YearMonth("2019-11").months(until: YearMonth("2021-10")) == 23)
    }
}
