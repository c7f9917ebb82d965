import CadenceCore
import CadenceKit
import Testing

@Suite struct StatusQueryTests {
    @Test func computesEachSeriesPhaseOnTheDayAsked() throws {
        // Given CPython's data and a day in 2021
        let query = StatusQuery(
            history: try ReleaseData.history(),
            date: try CalendarDate("2021-04-01"),
            today: try CalendarDate("2026-11-22")
        )
        // When the status is asked
        let report = query.report()
        // Then 3.9 is in bugfix and 3.10 in its alphas, and the stale-status column stays out (not today)
        #expect(report.rows.first { $0.series.description == "3.9" }?.phase == .bugfix)
        #expect(report.rows.first { $0.series.description == "3.10" }?.phase == .alpha)
        #expect(report.rows.allSatisfy { $0.staleDeclaredStatus == nil })
        #expect(report.table.hasPrefix("Release series on 2021-04-01\n\n"))
        #expect(try ResultEncoder().string(for: report).hasPrefix(#"{"date":"2021-04-01","series":[{"series":"#))
    }

    @Test func guessesTheTargetFromTheRangesEnd() throws {
        let history = try ReleaseData.history()
        #expect(try TargetSeries.resolve(nil, range: "v3.9.0..origin/3.9", in: history).name.description == "3.9")
        #expect(throws: UsageError.self) { try TargetSeries.resolve(nil, range: "v3.9.0..feature-x", in: history) }
    }

    @Test func aFixedClockGivesItsDay() throws {
        let day = try CalendarDate("2026-11-22")
        #expect(FixedCalendarClock(today: day).today == day)
        #expect(FixedCalendarClock(today: day).now.timeIntervalSince1970 == Double(day.dayNumber) * 86_400)
    }
}
