import Testing

@testable import CadenceCore

@Suite struct AnnualModelTests {
    @Test(arguments: ["3.13", "3.14"])
    func landsWithinAMonthOfTheRealDatesForNineInTen(series: String) throws {
        let name = try SeriesName(series)
        let plan = try AnnualModel().schedule(for: [name]).series[0]
        let actual = try CPythonData.history().series(named: name)
        let accuracy = PlanAccuracy(plan: plan, actual: actual)
        let share = Int((accuracy.share * 100).rounded())
        print(
            "annual model vs CPython \(series): \(accuracy.onPlan.count)/\(accuracy.pairings.count) releases within one month (\(share)%)"
        )
        for pairing in accuracy.pairings where !accuracy.onPlan.contains(pairing) {
            print(
                "  off plan: \(pairing.actual.label) \(pairing.actual.date) vs \(pairing.planned?.label ?? "-") \(pairing.planned?.date.description ?? "-")"
            )
        }
        #expect(accuracy.pairings.count >= 20)
        #expect(accuracy.share >= 0.9)
        #expect(accuracy.pairings.allSatisfy { $0.planned != nil })
    }

    @Test func followsPEP602sRules() throws {
        let plan = try AnnualModel().schedule(for: [SeriesName("3.14")]).series[0]
        let dates = Dictionary(uniqueKeysWithValues: plan.releases.map { ($0.label, $0.date.description) })
        #expect(dates["3.14.0a1"] == "2024-10-08")  // second Tuesday of October, a year before
        #expect(dates["3.14.0a7"] == "2025-04-08")
        #expect(dates["3.14.0b1"] == "2025-05-06")  // feature freeze
        #expect(dates["3.14.0"] == "2025-10-06")  // first Monday of October
        #expect(dates["3.14.1"] == "2025-12-02")
        #expect(plan.releases.filter { $0.kind == .maintenance || $0.kind == .finalMaintenance }.count == 12)
        #expect(plan.milestones.endOfLife.description == "2030-10-01")
        #expect(plan.milestones.startOfDevelopment.description == "2024-05-07")
        #expect(plan.phase(on: try .day("2026-11-22")) == .bugfix)
    }

    @Test func keepsPEP602sShorterBugfixPeriodBefore313() throws {
        let plan = try AnnualModel().schedule(for: [SeriesName("3.12")]).series[0]
        #expect(plan.releases.filter { $0.kind == .maintenance || $0.kind == .finalMaintenance }.count == 9)
    }

    @Test func listsActiveBranchesInTheSeedsVocabulary() throws {
        let schedule = try AnnualModel().schedule(for: [SeriesName("3.13"), SeriesName("3.14")])
        func branches(in text: String) throws -> [String]? {
            let month = try YearMonth(text)
            return schedule.activeBranches.first { $0.from <= month && month < $0.to }?.branches
        }
        #expect(try branches(in: "2024-10") == ["3.14.0 pre-beta", "3.13.x maintenance"])
        #expect(try branches(in: "2024-06") == ["3.14.0 pre-alpha", "3.13.0 pre-release"])
    }

    @Test func refusesSeriesBeforePEP602() {
        #expect(
            throws: LifecycleError.unplannable(
                model: "annual",
                reason: "PEP 602 plans CPython 3.9 and later (3.Y), not 3.8"
            )
        ) {
            try AnnualModel().schedule(for: [SeriesName("3.8")])
        }
        #expect(throws: LifecycleError.self) { try AnnualModel().schedule(for: [SeriesName("4")]) }
    }
}
