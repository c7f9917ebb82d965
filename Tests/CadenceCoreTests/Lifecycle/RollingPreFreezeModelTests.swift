import CadencePackaging
import CadenceTestSupport
import Foundation
import Testing

@testable import CadenceCore

/// PEP 605's rolling pre-freeze releases, checked against the seed's timeline and its a5/a7 ABI-break
/// scenario (`Fixtures/golden/pep605-schedule.json`, copied from `shared/golden/`).
@Suite struct RollingPreFreezeModelTests {
    static let file = Golden.pep605
    static let a5a7 = ["3.9.0a5", "3.9.0a7"]

    static func model(breaks: [String] = []) throws -> RollingPreFreezeModel {
        try RollingPreFreezeModel(abiBreaks: breaks.map { try Version($0) })
    }

    static func scenario() throws -> [String: Any] {
        let scenario = try Fixture.object(file)["abi_break_scenario"] as? [String: Any]
        return try #require(scenario)
    }

    // MARK: - The seed's timeline

    @Test func generatesTheSeedsTimelineReleaseForRelease() throws {
        // Given the seed's timeline, 3.9.0a1 (2019-12) to 3.11.0b2 (2023-12)
        let golden = try Golden.releases(in: Fixture.object(Self.file), file: Self.file)
        #expect(golden.count == 42)
        // When the model plans the cycles of 3.9 and 3.10
        let schedule = try Self.model().schedule(for: [SeriesName("3.9"), SeriesName("3.10")])
        // Then it lists the same releases in the same order: month, version, kind and note
        let generated = schedule.releases.map(GoldenRelease.init)
        #expect(generated == golden)
        for (index, (mine, theirs)) in zip(generated, golden).enumerated() where mine != theirs {
            Issue.record("row \(index): generated \(mine), golden \(theirs)")
        }
        #expect(schedule.model == "rolling")
        #expect(schedule.variant == nil)
    }

    @Test func agreesWithEveryRowTheSeedStates() throws {
        let stated = try Fixture.object(Self.file)["stated_in_source"] as? [String] ?? []
        #expect(stated.count == 18)
        let releases = try Self.model().schedule(for: [SeriesName("3.9"), SeriesName("3.10")]).releases
        for line in stated {
            let month = String(line.prefix(7))
            let versions = line.dropFirst(8).split(separator: ",").map {
                String($0.split(separator: " (").first ?? "").trimmingCharacters(in: .whitespaces)
            }
            let generated = releases.filter { $0.date.month.description == month }.map(\.label)
            #expect(generated == versions, "\(line)")
        }
    }

    @Test func relabelsThePreFreezeReleasesOfTheA5A7Scenario() throws {
        // Given the PEP's scenario where 3.9.0a5 and 3.9.0a7 break the full CPython ABI
        let expected = try Self.scenario()["pre_freeze_3_9"] as? [String]
        // When the model plans 3.9 with those breaks
        let schedule = try Self.model(breaks: Self.a5a7).schedule(for: [SeriesName("3.9")])
        let nine = try #require(schedule.series.first { $0.name == (try SeriesName("3.9")) })
        let preFreeze = nine.releases.filter { $0.kind == .alphaABIBreak || $0.kind == .betaBinaryCompatible }
        // Then the serial runs on across `a` and `b`, with `a` exactly at the breaks
        #expect(preFreeze.map(\.label) == expected)
        #expect(preFreeze.filter { $0.kind == .alphaABIBreak }.map(\.label) == ["3.9.0a1", "3.9.0a5", "3.9.0a7"])
        #expect(
            preFreeze.map(\.date.month.description)
                == (try Self.model()).plan(index: 0).preFreezeMonths.map(\.description)
        )
    }

    @Test func announcesTheA5BreakWithTheSeedsFacts() throws {
        let scenario = try Self.scenario()
        let facts = try #require(scenario["a5_announcement_facts"] as? [String: String])
        let line = try #require(scenario["requires_python_for_projects_rebuilt_after_a5"] as? String)
        let announcement = try Self.model(breaks: Self.a5a7).announcement(for: Version("3.9.0a5"))
        #expect(announcement.release.label == "3.9.0a5")
        #expect(announcement.release.date.month == (try YearMonth("2020-08")))
        #expect(announcement.notBinaryCompatibleWith?.label == facts["not_binary_compatible_with"])
        #expect(announcement.nextExpectedRelease?.label == facts["next_expected_release"])
        #expect(announcement.requiresPython.pep605Spelling == line)
        #expect(announcement.requiresPython == (try ABIBreakRequiresPython(line)))
    }

    @Test func announcesTheOtherBreaksOfThePlan() throws {
        let model = try Self.model(breaks: Self.a5a7)
        let a7 = try model.announcement(for: Version("3.9.0a7"))
        #expect(a7.notBinaryCompatibleWith?.label == "3.9.0b6")
        #expect(a7.nextExpectedRelease?.label == "3.9.0b8")
        #expect(a7.requiresPython.minimum == (try Version("3.9.0b8")))
        let a1 = try model.announcement(for: Version("3.10.0a1"))
        #expect(a1.notBinaryCompatibleWith == nil, "alpha 1 starts the series' ABI")
        #expect(a1.nextExpectedRelease?.label == "3.10.0b2")
        // A break on the last pre-freeze release is followed by the release candidate
        let last = try Self.model(breaks: ["3.9.0a9"]).announcement(for: Version("3.9.0a9"))
        #expect(last.nextExpectedRelease?.label == "3.9.0rc1")
        #expect(last.requiresPython.minimum == (try Version("3.9.0rc1")), "rc1 freezes the ABI; there is no 3.9.0b10")
    }

    // MARK: - Rules beyond the timeline

    @Test(arguments: 1..<20)
    func keepsTheRhythmOfEveryLaterCycle(offset: Int) throws {
        let name = SeriesName(major: 3, minor: 9 + offset)
        let model = try Self.model()
        let releases = model.plan(index: offset).releases
        let preFreeze = releases.filter { $0.kind.isPrerelease && $0.kind != .rc }
        // Ten pre-freeze releases, every other month from October of the even year
        #expect(preFreeze.count == 10)
        #expect(preFreeze.first?.label == "\(name).0a1")
        #expect(preFreeze.first?.date.month == YearMonth(unchecked: 2019 + 2 * offset, 10))
        #expect(preFreeze.last?.label == "\(name).0b10")
        for (earlier, later) in zip(preFreeze, preFreeze.dropFirst()) {
            #expect(earlier.date.month.months(until: later.date.month) == 2)
        }
        // rc1 in June, rc2 in July, X.Y.0 in August of the odd year
        let final = try #require(releases.first { $0.kind == .final })
        #expect(final.date.month == YearMonth(unchecked: 2021 + 2 * offset, 8))
        #expect(releases.filter { $0.kind == .rc }.map(\.date.month.month) == [6, 7])
        // Maintenance releases are never in a month with a pre-freeze release of the next series
        let nextPreFreeze = Set(model.plan(index: offset + 1).preFreezeMonths)
        let maintenance = releases.filter { $0.kind == .maintenance || $0.kind == .finalBinaryMaintenance }
        #expect(maintenance.count == 13)
        #expect(maintenance.allSatisfy { !nextPreFreeze.contains($0.date.month) })
        #expect(maintenance.last?.label == "\(name).13" && maintenance.last?.kind == .finalBinaryMaintenance)
    }

    @Test func listsTheActiveBranchesOfTheCycle() throws {
        let periods = try Self.model().schedule(for: [SeriesName("3.9")]).activeBranches.map(\.description)
        #expect(
            periods == [
                "2019-12 -> 2021-06: 3.9.0 pre-freeze, 3.8.x maintenance",
                "2021-06 -> 2021-08: 3.10.0 pre-alpha, 3.9.0 pre-release, 3.8.x maintenance",
                "2021-08 -> 2021-09: 3.10.0 pre-alpha, 3.9.x maintenance, 3.8.x maintenance",
                "2021-09 -> 2021-10: 3.10.0 pre-alpha, 3.9.x maintenance",
            ]
        )
    }

    // MARK: - Phases

    @Test(arguments: [
        ("2019-07-01", Phase.feature), ("2019-12-01", .alpha), ("2021-05-31", .alpha), ("2021-06-01", .rc),
        ("2021-07-31", .rc), ("2021-08-01", .bugfix), ("2023-08-31", .bugfix), ("2023-09-01", .security),
        ("2026-08-01", .endOfLife),
    ])
    func answersThePhaseOf3_9(date: String, phase: Phase) throws {
        let schedule = try Self.model().schedule(for: [SeriesName("3.9")])
        let nine = try #require(schedule.series.first { $0.name == (try SeriesName("3.9")) })
        #expect(nine.phase(on: try CalendarDate(date)) == phase)
    }

    @Test func carriesTheStatusQuoSeriesUntilItsFinalBinaryRelease() throws {
        // Given the plan of 3.9, which lists 3.8's final binary maintenance release
        let schedule = try Self.model().schedule(for: [SeriesName("3.9")])
        #expect(schedule.series.map(\.name.description) == ["3.10", "3.9", "3.8"], "newest first")
        let eight = try #require(schedule.series.last)
        // Then 3.8 is in bugfix from 3.8.0 (2019-10) to that release (2021-09), security to 2024-10
        #expect(eight.releases.map(\.label) == ["3.8.x"])
        #expect(eight.phase(on: try CalendarDate("2019-09-30")) == .beta)
        #expect(eight.phase(on: try CalendarDate("2020-01-15")) == .bugfix)
        #expect(eight.phase(on: try CalendarDate("2021-09-01")) == .security)
        #expect(eight.phase(on: try CalendarDate("2024-10-01")) == .endOfLife)
    }

    @Test func freezesAtTheFirstReleaseCandidateWithoutABetaPhase() throws {
        let schedule = try Self.model().schedule(for: [SeriesName("3.10")])
        let ten = try #require(schedule.series.first { $0.name == (try SeriesName("3.10")) })
        #expect(ten.milestones.featureFreeze.description == "2023-06")
        let spans = ten.phaseSpans.map { "\($0.phase.rawValue) \($0.from)" }
        #expect(
            spans == ["feature 2021-06", "alpha 2021-10", "rc 2023-06", "bugfix 2023-08", "security 2025-09"]
                + ["end-of-life 2028-08"]
        )
    }

    // MARK: - Bad input

    @Test(arguments: [
        (
            "3.9.0b5",
            "3.9.0b5 cannot mark an ABI break: name the pre-freeze release as an alpha of X.Y.0, such as 3.9.0a5"
        ),
        ("3.9.1a2", "3.9.1a2 cannot mark an ABI break"),
        ("3.9.0a10", "3.9.0a10 is not a pre-freeze release: 3.9 has 9, 3.9.0a1 to 3.9.0b9"),
        ("3.10.0a0", "3.10.0a0 is not a pre-freeze release: 3.10 has 10, 3.10.0a1 to 3.10.0b10"),
        ("3.8.0a3", "3.8 comes before 3.9, the first series released under PEP 605"),
    ])
    func refusesABreakThatIsNotAPreFreezeAlpha(version: String, message: String) throws {
        let error = #expect(throws: LifecycleError.self) { try Self.model(breaks: [version]) }
        let description = error?.description ?? ""
        #expect(description.hasPrefix("the rolling model cannot plan this: "))
        #expect(description.contains(message), "\(description)")
    }

    @Test func refusesToAnnounceAReleaseThatDoesNotBreakTheABI() throws {
        let model = try Self.model(breaks: Self.a5a7)
        let error = #expect(throws: LifecycleError.self) { try model.announcement(for: Version("3.9.0b4")) }
        #expect(
            error?.description == "the rolling model cannot plan this: 3.9.0b4 is not an ABI-breaking pre-release "
                + "of this plan; those of 3.9 are 3.9.0a1, 3.9.0a5, 3.9.0a7"
        )
    }

    @Test(arguments: [
        ("4", "the rolling model plans the series 3.9, 3.10, 3.11, …; 4 is not one of them"),
        ("3.7", "3.7 comes before 3.9, the first series released under PEP 605 (it follows the status quo)"),
        ("3.99", "3.99 is more than 50 series after 3.9, too far to plan"),
    ])
    func refusesSeriesItCannotPlan(series: String, message: String) throws {
        let name = try SeriesName(series)
        let error = #expect(throws: LifecycleError.self) { try Self.model().schedule(for: [name]) }
        #expect(error?.description == "the rolling model cannot plan this: " + message)
    }

    @Test func refusesToPlanNothing() throws {
        let error = #expect(throws: LifecycleError.self) { try Self.model().schedule(for: []) }
        #expect(error?.description == "the rolling model cannot plan this: no series requested: name one, such as 3.9")
    }
}

extension ActiveBranchPeriod {
    /// `2019-12 -> 2021-06: 3.9.0 pre-freeze, 3.8.x maintenance`, as the seeds write periods.
    fileprivate var description: String { GoldenPeriod(self).description }
}
