import CadenceTestSupport
import Testing

@testable import CadenceCore

/// NEP 29's support window: the consequences PEP 598 and PEP 605 state for 12-, 18- and 24-month
/// cadences (`Fixtures/golden/support-window.json`), checked on generated series, and the details of
/// the rule (boundaries, reasons, drop dates, unreleased series).
@Suite struct SupportWindowTests {
    /// Series 3.0, 3.1, … whose X.Y.0 come every `cadence` months from 2001-10-14.
    static func generated(cadence: Int, count: Int = 14) throws -> [ReleaseSeries] {
        let start = try CalendarDate("2001-10-14")
        return try (0..<count).map { index in try series(minor: index, released: start.adding(months: index * cadence))
        }
    }

    /// A series released on `released`, named 3.`minor`, with plausible other milestones.
    static func series(minor: Int, released: CalendarDate) throws -> ReleaseSeries {
        ReleaseSeries(
            name: SeriesName(major: 3, minor: minor),
            milestones: SeriesMilestones(
                startOfDevelopment: ReleaseDate(released.adding(months: -17)),
                featureFreeze: ReleaseDate(released.adding(months: -5)),
                firstRelease: ReleaseDate(released),
                endOfBugfix: ReleaseDate(released.adding(months: 24)),
                endOfLife: ReleaseDate(released.adding(months: 60))
            )
        )
    }

    /// What a stated consequence says, as numbers.
    struct Consequence: CustomStringConvertible {
        var cadence: Int
        var window: SupportWindow
        /// The fewest and most series supported at once.
        var fewest: Int
        var most: Int
        /// In each cadence cycle, how many months have `most` (or, when `most == fewest`, all).
        var monthsAtMost: Int
        /// X.Y may be dropped `dropMonths` months after X.(Y+`dropAfterNewer`).0.
        var dropAfterNewer: Int
        var dropMonths: Int
        /// Whether the minimum ever keeps a series the window alone would drop.
        var minimumMatters: Bool
        /// Words the golden file's sentence must contain, so the data and the check stay the same claim.
        var statedAs: [String]

        var description: String { "\(cadence)-month cadence, \(window.months) months, minimum \(window.minimumCount)" }
    }

    static func consequences() throws -> [Consequence] {
        [
            Consequence(
                cadence: 18,
                window: .nep29,
                fewest: 2,
                most: 3,
                monthsAtMost: 6,
                dropAfterNewer: 2,
                dropMonths: 6,
                minimumMatters: false,
                statedAs: [
                    "at least the two most recent", "6 months after X.(Y+2).0", "6-month period", "three supported",
                ]
            ),
            Consequence(
                cadence: 12,
                window: .nep29,
                fewest: 3,
                most: 4,
                monthsAtMost: 6,
                dropAfterNewer: 3,
                dropMonths: 6,
                minimumMatters: false,
                statedAs: ["at least the three most recent", "6 months after X.(Y+3).0", "half of each year four"]
            ),
            Consequence(
                cadence: 24,
                window: try SupportWindow(months: 42, minimumCount: 0),
                fewest: 1,
                most: 2,
                monthsAtMost: 18,
                dropAfterNewer: 1,
                dropMonths: 18,
                minimumMatters: false,
                statedAs: ["42-month rule alone", "at least the most recent", "18 months after X.(Y+1).0"]
            ),
            Consequence(
                cadence: 24,
                window: .nep29,
                fewest: 2,
                most: 2,
                monthsAtMost: 24,
                dropAfterNewer: 2,
                dropMonths: 0,
                minimumMatters: true,
                statedAs: ["two-release minimum", "48 months from X.Y.0"]
            ),
        ]
    }

    @Test func everyStatedConsequenceIsChecked() throws {
        let file = "golden/support-window.json"
        let stated = try #require(Fixture.object(file)["stated_consequences"] as? [[String: Any]])
        var tally = Conformance(file)
        for row in stated {
            let cadence = try #require(row["cadence_months"] as? Int)
            let sentence = try #require(row["consequence"] as? String)
            let checks = try Self.consequences().filter { $0.cadence == cadence }
            tally.check(!checks.isEmpty, "no check for the \(cadence)-month cadence")
            for check in checks {
                let missing = check.statedAs.filter { !sentence.contains($0) }
                tally.check(missing.isEmpty, "\(check): the golden sentence does not say \(missing)")
                let failures = try Self.verify(check)
                tally.check(failures.isEmpty, "\(check): \(failures.prefix(3))")
            }
        }
        #expect(tally.run >= 7)
        tally.finish()
    }

    /// Checks one consequence on generated series, far from both ends of the list; returns failures.
    static func verify(_ check: Consequence) throws -> [String] {
        let all = try generated(cadence: check.cadence)
        let releases = all.map(\.milestones.firstRelease.day)
        var failures: [String] = []
        // Cycles [r(i), r(i+1)) with enough series before and after them.
        for cycle in 4..<(all.count - 5) {
            var monthsAtMost = 0
            for month in 0..<check.cadence {
                let first = releases[cycle].yearMonth.adding(months: month + 1).firstDay
                for day in [first, first.adding(days: 14)] {
                    let supported = check.window.supportedSeries(on: day, among: all)
                    if supported.count < check.fewest || supported.count > check.most {
                        failures.append("\(day): \(supported.count) supported")
                    }
                    let kept = supported.contains { $0.reason == .keptByMinimum }
                    if kept && !check.minimumMatters { failures.append("\(day): kept by the minimum") }
                }
                let supported = check.window.supportedSeries(on: first, among: all)
                if supported.count == check.most { monthsAtMost += 1 }
                // The newest supported series is always the latest release.
                if supported.first?.series != all[cycle].name { failures.append("\(first): newest is wrong") }
            }
            if monthsAtMost != check.monthsAtMost {
                failures.append("cycle from \(releases[cycle]): \(monthsAtMost) months with \(check.most)")
            }
            // X.Y may be dropped dropMonths after X.(Y+k).0 …
            let expectedDrop = releases[cycle + check.dropAfterNewer].adding(months: check.dropMonths)
            let entry = check.window.supportedSeries(on: releases[cycle], among: all).first {
                $0.series == all[cycle].name
            }
            if entry?.mayBeDroppedOn != expectedDrop {
                failures.append("\(all[cycle].name) dropped on \(entry?.mayBeDroppedOn?.description ?? "?")")
            }
            // … and is supported the day before, not on that day.
            let before = check.window.supportedSeries(on: expectedDrop.adding(days: -1), among: all)
            let on = check.window.supportedSeries(on: expectedDrop, among: all)
            if !before.contains(where: { $0.series == all[cycle].name })
                || on.contains(where: { $0.series == all[cycle].name })
            {
                failures.append("\(all[cycle].name) not dropped exactly on \(expectedDrop)")
            }
        }
        return failures
    }

    @Test func twentyFourMonthCadenceSupportsEachSeriesFor48Months() throws {
        // PEP 605: "the recommended Python version support period increases to 48 months from the
        // initial X.Y.0 release"; the last 6 of them by the two-release minimum.
        let all = try Self.generated(cadence: 24)
        let series = all[5]
        let released = series.milestones.firstRelease.day
        let at = { (months: Int) in
            SupportWindow.nep29.supportedSeries(on: released.adding(months: months), among: all)
                .first { $0.series == series.name }
        }
        #expect(at(41)?.reason == .withinWindow)
        #expect(at(42)?.reason == .keptByMinimum)
        #expect(at(47)?.reason == .keptByMinimum)
        #expect(at(48) == nil)
        #expect(at(0)?.mayBeDroppedOn == released.adding(months: 48))
        #expect(at(0)?.windowEnds == released.adding(months: 42))
        #expect(at(0)?.minimumKeepsUntil == released.adding(months: 48))
    }

    @Test func countsOnlyReleasedSeriesButUsesPlannedOnesForDropDates() throws {
        let all = [
            try Self.series(minor: 8, released: CalendarDate("2019-10-14")),
            try Self.series(minor: 9, released: CalendarDate("2020-10-05")),
            try Self.series(minor: 10, released: CalendarDate("2021-10-04")),
        ]
        let supported = SupportWindow.nep29.supportedSeries(on: try CalendarDate("2021-01-01"), among: all)
        #expect(supported.map(\.series.description) == ["3.9", "3.8"])
        #expect(supported.map(\.reason) == [.withinWindow, .withinWindow])
        // 3.8: 42 months after 2019-10-14, later than 3.10.0 (the release two places newer).
        #expect(supported[1].windowEnds == (try CalendarDate("2023-04-14")))
        #expect(supported[1].minimumKeepsUntil == (try CalendarDate("2021-10-04")))
        #expect(supported[1].mayBeDroppedOn == (try CalendarDate("2023-04-14")))
        // 3.9: the series two places newer is not in the list, so the minimum's end is unknown.
        #expect(supported[0].minimumKeepsUntil == nil)
        #expect(supported[0].mayBeDroppedOn == nil)
        #expect(SupportWindow.nep29.supportedSeries(on: try CalendarDate("2019-10-13"), among: all).isEmpty)
    }

    @Test func windowIncludesItsLastDayOnly() throws {
        let all = [try Self.series(minor: 0, released: CalendarDate("2010-01-31"))]
        let window = try SupportWindow(months: 1, minimumCount: 0)
        // 2010-01-31 plus one month is 2010-02-28 (the end of a shorter month).
        #expect(window.supportedSeries(on: try CalendarDate("2010-02-27"), among: all).count == 1)
        #expect(window.supportedSeries(on: try CalendarDate("2010-02-28"), among: all).isEmpty)
        // With a minimum of one, the only series stays.
        let kept = SupportWindow.nep29.supportedSeries(on: try CalendarDate("2030-01-01"), among: all)
        #expect(kept.map(\.reason) == [.keptByMinimum])
        #expect(kept.first?.mayBeDroppedOn == nil)
    }

    @Test func refusesNegativeParameters() {
        #expect(throws: SupportWindowError.negative(parameter: "months", value: -6)) {
            try SupportWindow(months: -6)
        }
        #expect(throws: SupportWindowError.negative(parameter: "minimum count", value: -1)) {
            try SupportWindow(minimumCount: -1)
        }
        #expect(
            String(describing: SupportWindowError.negative(parameter: "months", value: -6))
                == "invalid support window: months must be 0 or more, got -6"
        )
        #expect(SupportWindow.nep29 == (try? SupportWindow()))
    }
}

@Suite struct SupportWindowLimitTests {
    @Test func refusesWindowsBeyondACentury() {
        #expect(throws: SupportWindowError.tooLarge(parameter: "months", value: Int.max, limit: 1200)) {
            try SupportWindow(months: Int.max)
        }
        #expect(throws: SupportWindowError.tooLarge(parameter: "minimum count", value: Int.max, limit: 1000)) {
            try SupportWindow(minimumCount: Int.max)
        }
    }
}
