import Testing

@testable import CadenceCore

/// Schedule metrics on hand-built schedules, Given / When / Then, with every number worked out by hand.
@Suite struct ScheduleMetricsTests {
    @Test(arguments: [12, 18, 24, 36])
    func regularCadencesGiveTheNumbersTheirRulesImply(cadence: Int) throws {
        // Given X.Y.0 every `cadence` months, feature freeze 5 months before, end of life 60 months after.
        let schedule = TestSchedules.regular(cadence: cadence)
        // When measured over six years (a whole number of cycles for every cadence here).
        let metrics = try ScheduleMetrics(of: schedule, from: 2016, to: 2021)
        // Then a change merged on main waits 1…cadence months for the next freeze, plus 5 to X.Y.0.
        #expect(metrics.sampleDays.count == 72)
        #expect(metrics.undeliveredChanges == 0)
        let latency = try #require(metrics.featureDeliveryMonths)
        #expect(latency.count == 72)
        #expect(latency.minimum == 6)
        #expect(latency.maximum == Double(cadence + 5))
        #expect(abs(latency.mean - Double(cadence + 11) / 2) < 1e-9)
        // Each series has a branch from feature freeze to end of life, 65 months.
        let maintained = try #require(metrics.seriesMaintained)
        #expect(abs(maintained.mean - 65 / Double(cadence)) < 1e-9)
        #expect(maintained.minimum == (65 / Double(cadence)).rounded(.down))
        #expect(maintained.maximum == (65 / Double(cadence)).rounded(.up))
        // NEP 29 supports each series for max(42 months, two cadences).
        let supported = try #require(metrics.seriesSupported)
        #expect(abs(supported.mean - Double(max(42, 2 * cadence)) / Double(cadence)) < 1e-9)
        #expect(supported.minimum >= 2)
    }

    @Test func twelveMonthCadenceCountsSeriesMonthByMonth() throws {
        // Given X.Y.0 every October 1 and feature freeze every May 1.
        let metrics = try ScheduleMetrics(of: TestSchedules.regular(cadence: 12), from: 2017, to: 2017)
        // Then 6 series are maintained from May to September, 5 from October to April…
        let maintained = try #require(metrics.seriesMaintained)
        #expect((maintained.minimum, maintained.maximum) == (5, 6))
        #expect(abs(maintained.mean - 65.0 / 12) < 1e-9)
        let may = try CalendarDate("2017-05-01")
        let april = try CalendarDate("2017-04-01")
        let schedule = TestSchedules.regular(cadence: 12)
        #expect(ScheduleMetrics.maintainedSeries(on: may, in: schedule).map(\.description) == (2...7).map { "3.\($0)" })
        #expect(
            ScheduleMetrics.maintainedSeries(on: april, in: schedule).map(\.description) == (2...6).map { "3.\($0)" }
        )
        // …and a library supports 4 series from October to March, 3 from April to September.
        let supported = try #require(metrics.seriesSupported)
        #expect((supported.minimum, supported.mean, supported.maximum) == (3, 3.5, 4))
    }

    @Test func fixesWaitForTheNextReleaseOfTheirBranch() throws {
        // Given one series: 3.1.0 on 2021-01-01, bugfix releases on March 15 and June 15, security only
        // from July 1, one security release on December 1, end of life on 2022-01-01.
        let name = SeriesName(major: 3, minor: 1)
        let releases = [
            Release(series: name, label: "3.1.0", date: try ReleaseDate("2021-01-01"), kind: .final),
            Release(series: name, label: "3.1.1", date: try ReleaseDate("2021-03-15"), kind: .maintenance),
            Release(series: name, label: "3.1.2", date: try ReleaseDate("2021-06-15"), kind: .finalMaintenance),
            Release(series: name, label: "3.1.3", date: try ReleaseDate("2021-12-01"), kind: .security),
            Release(series: name, label: "3.1.x", date: try ReleaseDate("2022-01-01"), kind: .closed),
        ]
        let series = ReleaseSeries(
            name: name,
            milestones: SeriesMilestones(
                startOfDevelopment: try ReleaseDate("2019-05-01"),
                featureFreeze: try ReleaseDate("2020-05-01"),
                firstRelease: try ReleaseDate("2021-01-01"),
                endOfBugfix: try ReleaseDate("2021-07-01"),
                endOfLife: try ReleaseDate("2022-01-01")
            ),
            releases: releases
        )
        let schedule = Schedule(model: "hand", series: [series], activeBranches: [])
        // When measured over 2021 and 2022.
        let metrics = try ScheduleMetrics(of: schedule, from: 2021, to: 2022)
        // Then a bug fix merged on any day from Jan 1 to Jun 30 waits for the next release: 0 days on
        // Jan 1 (3.1.0), 72…0 until Mar 15, 91…0 until Jun 15, then 168…154 until the Dec 1 release.
        let bugfix = try #require(metrics.bugfixWaitDays)
        #expect(bugfix.count == 181)
        #expect(abs(bugfix.mean - 9229.0 / 181) < 1e-9)
        #expect((bugfix.minimum, bugfix.maximum) == (0, 168))
        // Security fixes merged Jul 1 … Dec 1 wait 153…0 days; Dec 2 … Dec 31 nothing ships them.
        let security = try #require(metrics.securityWaitDays)
        #expect(security.count == 154)
        #expect(abs(security.mean - 11781.0 / 154) < 1e-9)
        #expect(security.maximum == 153)
        // After end of life nothing is maintained; the last month's security fixes are unreleased.
        #expect((metrics.unreleasedBugfixes, metrics.unreleasedSecurityFixes) == (0, 30))
        #expect(metrics.seriesMaintained?.minimum == 0)
        #expect(ScheduleMetrics.fixWait(mergedOn: try CalendarDate("2021-12-02"), into: series) == nil)
    }

    @Test func countsFixesNoReleaseShips() throws {
        // Given a series in security whose last release comes before a merge.
        let schedule = TestSchedules.regular(cadence: 12, count: 1)
        // When measured in its last year (security releases every 6 months; the last on 2015-04-01).
        let metrics = try ScheduleMetrics(of: schedule, from: 2015, to: 2015)
        // Then fixes merged from April 2 to September 30 wait for a release that never comes.
        #expect(metrics.unreleasedSecurityFixes == 182)
        #expect(metrics.securityWaitDays?.count == 91)
        #expect(metrics.bugfixWaitDays == nil)
        // And with no series in development, no merged change reaches a release.
        #expect(metrics.undeliveredChanges == 12)
        #expect(metrics.featureDeliveryMonths == nil)
    }

    @Test func incrementalFeatureReleasesShipBackportedFeatures() throws {
        // Given PEP 598's 3.9: baseline 2020-10, incremental releases 2021-01, -04, -07, feature
        // complete 2021-10; and 3.10's baseline in 2022-10.
        let schedule = try TestSchedules.incremental()
        // When measured over 2021.
        let metrics = try ScheduleMetrics(of: schedule, from: 2021, to: 2021)
        // Then Jan…Sep merges reach the next 3.9 feature release (0, 2, 1, 0, 2, 1, 0, 2, 1 months)
        // and Oct…Dec merges wait for 3.10.0 (12, 11, 10 months).
        let latency = try #require(metrics.featureDeliveryMonths)
        #expect(latency.count == 12)
        #expect(latency.mean == 42.0 / 12)
        #expect((latency.minimum, latency.maximum) == (0, 12))
        // PEP 598's feature-releases phase is a bugfix branch for the fix-wait metric.
        #expect(metrics.bugfixWaitDays?.count == 365)
        // And after 3.10's feature complete release nothing is in development: undelivered.
        let later = try ScheduleMetrics(of: schedule, from: 2023, to: 2023)
        #expect(later.undeliveredChanges == 3)
        #expect(later.featureDeliveryMonths?.maximum == 2)
    }

    @Test func measuresMonthsAsCalendarMonths() throws {
        let start = try CalendarDate("2020-01-01")
        #expect(ScheduleMetrics.months(from: start, to: try CalendarDate("2020-10-01")) == 9)
        #expect(ScheduleMetrics.months(from: start, to: try CalendarDate("2020-10-16")) == 9 + 15.0 / 31)
        #expect(ScheduleMetrics.months(from: start, to: start) == 0)
    }

    @Test func summarisesSamples() {
        #expect(MetricSummary([Double]()) == nil)
        let summary = MetricSummary([3, 1, 2])
        #expect(summary?.count == 3)
        #expect((summary?.minimum, summary?.mean, summary?.maximum) == (1, 2, 3))
    }

    @Test func refusesAWindowThatEndsBeforeItStarts() {
        #expect(throws: ScheduleMetricsError.emptyWindow(from: 2030, to: 2020)) {
            try ScheduleMetrics(of: TestSchedules.regular(cadence: 12), from: 2030, to: 2020)
        }
        #expect(
            String(describing: ScheduleMetricsError.emptyWindow(from: 2030, to: 2020))
                == "invalid metrics window 2030…2020: the first year must not be after the last"
        )
    }

    @Test func definesMaintainedPhases() {
        let maintained = Phase.allCases.filter(ScheduleMetrics.isMaintained)
        #expect(maintained == [.beta, .rc, .featureReleases, .bugfix, .security])
    }
}
