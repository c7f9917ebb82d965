import CadenceTestSupport
import Foundation
import Testing

@testable import CadenceCore

/// PEP 598's incremental feature releases, checked against the seed's own tables
/// (`Fixtures/golden/pep598-*.json`, copied from `shared/golden/`).
@Suite struct IncrementalFeatureModelTests {
    /// Each variant, its golden file and the series the file lists.
    static let goldenCases: [(IncrementalFeatureModel.Variant, String)] = [
        (.baseline, Golden.pep598),
        (.earlyBaseline, Golden.pep598EarlyBaseline),
        (.semver, Golden.pep598Semver),
    ]

    /// The generated schedule for the series a golden file lists.
    static func schedule(_ variant: IncrementalFeatureModel.Variant, like file: String) throws -> Schedule {
        let names = try Golden.series(in: Fixture.object(file), file: file).keys.map { try SeriesName($0) }
        return try IncrementalFeatureModel(variant: variant).schedule(for: names)
    }

    // MARK: - The seed's tables

    @Test(arguments: goldenCases)
    func generatesEveryReleaseOfTheGoldenSeries(variant: IncrementalFeatureModel.Variant, file: String) throws {
        // Given the golden table of the variant
        let golden = try Golden.series(in: Fixture.object(file), file: file)
        // When the model plans the same series
        let schedule = try Self.schedule(variant, like: file)
        // Then it gives the same series, and each one the same releases (month, version, kind) in order
        #expect(golden.values.allSatisfy { $0.count >= 14 })
        #expect(Set(schedule.series.map(\.name.description)) == Set(golden.keys))
        for series in schedule.series {
            let expected = golden[series.name.description, default: []].map(\.withoutNote)
            let generated = series.releases.map(GoldenRelease.init)
            #expect(generated == expected, "\(variant) \(series.name)")
        }
    }

    @Test(arguments: goldenCases)
    func generatesEveryGoldenActiveBranchPeriod(variant: IncrementalFeatureModel.Variant, file: String) throws {
        let golden = try Golden.activeBranches(in: Fixture.object(file), file: file)
        let generated = try Self.schedule(variant, like: file).activeBranches.map(GoldenPeriod.init)
        #expect(generated == golden, "\(variant)")
    }

    @Test func namesTheModelAndItsVariant() throws {
        let schedule = try IncrementalFeatureModel(variantNamed: "early-baseline").schedule(for: [SeriesName("3.9")])
        #expect(schedule.model == "incremental")
        #expect(schedule.variant == "early-baseline")
        #expect(IncrementalFeatureModel().variant == "baseline")
        #expect(IncrementalFeatureModel.Variant.allCases.map(\.rawValue) == ["baseline", "early-baseline", "semver"])
    }

    // MARK: - Rules beyond the tables

    /// "there are always two or three active branches" (seed 001), checked over a 40-year forecast.
    @Test(arguments: IncrementalFeatureModel.Variant.allCases)
    func alwaysHasTwoOrThreeActiveBranches(variant: IncrementalFeatureModel.Variant) throws {
        let far = variant == .semver ? try SeriesName("23") : try SeriesName("3.29")
        let periods = try IncrementalFeatureModel(variant: variant).schedule(for: [far]).activeBranches
        #expect(periods.count > 50)
        for period in periods {
            #expect((2...3).contains(period.branches.count), "\(GoldenPeriod(period))")
            #expect(period.from < period.to)
        }
        for (earlier, later) in zip(periods, periods.dropFirst()) {
            #expect(earlier.to == later.from, "periods leave no gap")
        }
    }

    @Test(arguments: 0..<20)
    func keepsTheTwoYearCadenceForEverySeries(offset: Int) throws {
        let name = SeriesName(major: 3, minor: 9 + offset)
        let series = try #require(try IncrementalFeatureModel().schedule(for: [name]).series.first)
        let baseline = try #require(series.releases.first { $0.kind == .baseline })
        let complete = try #require(series.releases.first { $0.kind == .featureComplete })
        let closed = try #require(series.releases.last)
        #expect(baseline.label == "\(name).0")
        #expect(baseline.date.month == YearMonth(unchecked: 2020 + 2 * offset, 10))
        #expect(baseline.date.month.months(until: complete.date.month) == 12)
        #expect(baseline.date.month.months(until: closed.date.month) == 60)
        #expect(closed.kind == .closed && closed.label == "\(name).x")
        let afterBaseline = series.releases.filter { $0.date > baseline.date && $0.kind != .closed }
        #expect(
            afterBaseline.map(\.kind) == [.incremental, .incremental, .incremental, .featureComplete]
                + [.maintenance, .maintenance, .maintenance, .finalMaintenance]
        )
        for (earlier, later) in zip([baseline] + afterBaseline, afterBaseline) {
            #expect(earlier.date.month.months(until: later.date.month) == 3)
        }
    }

    @Test func flagsFeatureCompleteFromTheFeatureCompleteReleaseOn() throws {
        let series = try #require(try IncrementalFeatureModel().schedule(for: [SeriesName("3.9")]).series.first)
        let complete = series.releases.filter(\.isFeatureComplete).map(\.label)
        #expect(complete == ["3.9.4", "3.9.5", "3.9.6", "3.9.7", "3.9.8"])
    }

    // MARK: - Phases

    @Test(arguments: [
        ("2019-06-01", Phase.feature), ("2019-11-15", .alpha), ("2020-05-01", .beta), ("2020-09-30", .rc),
        ("2020-10-01", .featureReleases), ("2021-09-30", .featureReleases), ("2021-10-01", .bugfix),
        ("2022-09-30", .bugfix), ("2022-10-01", .security), ("2025-09-30", .security), ("2025-10-01", .endOfLife),
    ])
    func answersThePhaseOf3_9(date: String, phase: Phase) throws {
        let series = try #require(try IncrementalFeatureModel().schedule(for: [SeriesName("3.9")]).series.first)
        #expect(series.phase(on: try CalendarDate(date)) == phase)
    }

    @Test func spansThePhasesOfAnEarlyBaselineSeries() throws {
        let model = IncrementalFeatureModel(variant: .earlyBaseline)
        let series = try #require(try model.schedule(for: [SeriesName("3.10")]).series.first)
        let spans = series.phaseSpans.map { "\($0.phase.rawValue) \($0.from)" }
        #expect(
            spans == [
                "feature 2020-03", "alpha 2021-11", "beta 2022-03", "rc 2022-06", "feature-releases 2022-07",
                "bugfix 2023-10", "security 2024-10", "end-of-life 2027-10",
            ]
        )
    }

    @Test func plansMajorVersionsUnderSemver() throws {
        let schedule = try IncrementalFeatureModel(variant: .semver).schedule(for: [SeriesName("3.9"), SeriesName("5")])
        #expect(schedule.series.map(\.name.description) == ["5", "3.9"], "newest first")
        let five = try #require(schedule.series.first)
        #expect(five.releases.first?.label == "5.0.0a1")
        #expect(five.releases.first { $0.kind == .featureComplete }?.label == "5.4.0")
        #expect(five.phase(on: try CalendarDate("2025-01-15")) == .featureReleases)
        #expect(schedule.series.last?.releases.first { $0.kind == .baseline }?.label == "3.9.0")
    }

    // MARK: - Bad input

    @Test func rejectsAnUnknownVariantNamingTheKnownOnes() throws {
        let error = #expect(throws: LifecycleError.self) { try IncrementalFeatureModel(variantNamed: "late") }
        #expect(
            error?.description
                == "unknown variant 'late' of the incremental model: expected one of baseline, early-baseline, semver"
        )
    }

    @Test(arguments: [
        (
            IncrementalFeatureModel.Variant.baseline, "3.8",
            "3.8 comes before 3.9, the first series released under PEP 598"
        ),
        (.baseline, "4", "the baseline variant plans the series 3.9, 3.10, 3.11, …; 4 is not one of them"),
        (.semver, "3.10", "the semver variant plans the series 3.9, then the major versions 4, 5, …; 3.10 is not one"),
        (.earlyBaseline, "2.7", "2.7 comes before 3.9"),
        (.baseline, "3.60", "3.60 is more than 50 series after 3.9, too far to plan"),
    ])
    func refusesSeriesItCannotPlan(variant: IncrementalFeatureModel.Variant, series: String, message: String) throws {
        let name = try SeriesName(series)
        let error = #expect(throws: LifecycleError.self) {
            try IncrementalFeatureModel(variant: variant).schedule(for: [name])
        }
        let description = error?.description ?? ""
        #expect(description.hasPrefix("the incremental model cannot plan this: "))
        #expect(description.contains(message), "\(description)")
    }

    @Test func refusesToPlanNothing() {
        let error = #expect(throws: LifecycleError.self) { try IncrementalFeatureModel().schedule(for: []) }
        #expect(
            error?.description == "the incremental model cannot plan this: no series requested: name one, such as 3.9"
        )
    }
}
