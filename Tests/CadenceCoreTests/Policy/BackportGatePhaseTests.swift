import Testing

@testable import CadenceCore

/// The gate across every phase of a CPython series, and the real case of DOMAIN §3.
@Suite struct BackportGatePhaseTests {
    typealias F = GateFixture

    struct Row: Sendable, CustomStringConvertible {
        let day: String
        let phase: Phase
        let bugFix: PolicyDecision
        let feature: PolicyDecision
        /// A bug fix whose NEWS entry reads like a feature: CPython's feature words decide no kind.
        let featureWords: PolicyDecision
        let security: PolicyDecision
        var description: String { "\(day) \(phase)" }

        init(
            _ day: String,
            _ phase: Phase,
            bugFix: PolicyDecision,
            feature: PolicyDecision,
            featureWords: PolicyDecision,
            security: PolicyDecision
        ) {
            self.day = day
            self.phase = phase
            self.bugFix = bugFix
            self.feature = feature
            self.featureWords = featureWords
            self.security = security
        }
    }

    static let python312: [Row] = [
        Row("2022-06-01", .feature, bugFix: .allow, feature: .allow, featureWords: .allow, security: .allow),
        Row("2022-11-01", .alpha, bugFix: .allow, feature: .allow, featureWords: .allow, security: .allow),
        Row("2023-06-01", .beta, bugFix: .allow, feature: .reject, featureWords: .allow, security: .allow),
        Row("2023-08-15", .rc, bugFix: .review, feature: .reject, featureWords: .review, security: .review),
        Row("2024-05-01", .bugfix, bugFix: .allow, feature: .reject, featureWords: .review, security: .allow),
        Row("2025-06-01", .security, bugFix: .reject, feature: .reject, featureWords: .reject, security: .allow),
        Row("2029-01-01", .endOfLife, bugFix: .reject, feature: .reject, featureWords: .reject, security: .reject),
    ]

    /// A change of kind feature: its feature words decide, as they do not with CPython's configuration.
    static func feature(_ text: String = "Add a *strict* parameter to json.loads.") throws -> Change {
        try F.change(news: text, configuration: F.deciding(.feature))
    }

    @Test(arguments: python312)
    func eachPhaseOfCPython312AppliesItsPolicy(row: Row) throws {
        let series = try F.cpython.get().series(named: SeriesName("3.12"))
        let gate = BackportGate()
        let day = try CalendarDate.day(row.day)
        let bugFix = gate.verdict(for: try F.change(), into: series, on: day)
        let feature = gate.verdict(for: try Self.feature(), into: series, on: day)
        // The word rule is off by default; the column is what it says when it is on.
        let featureWords = BackportGate(configuration: F.readingWords).verdict(
            for: try F.change(news: "Add a *strict* parameter to json.loads."),
            into: series,
            on: day
        )
        let security = gate.verdict(
            for: Change([try F.commit("s1", subject: "gh-1: Fix CVE-2024-0450 in zipfile")]),
            into: series,
            on: day
        )
        #expect(bugFix.phase == row.phase)
        #expect(bugFix.decision == row.bugFix)
        #expect(feature.kind == .feature)
        #expect(feature.decision == row.feature)
        #expect(featureWords.kind == .bugFix)
        #expect(featureWords.decision == row.featureWords)
        #expect(security.decision == row.security)
        #expect(security.kind == .security)
    }

    @Test func featureReleasesUnderPEP598TakeGuardedAdditionsForReview() throws {
        // A hand-built PEP 598 series: X.Y.0 in 2024-10, feature complete in 2025-10
        let day = { (text: String) in ReleaseDate(try CalendarDate(text)) }
        let series = ReleaseSeries(
            name: try SeriesName("3.14"),
            milestones: SeriesMilestones(
                startOfDevelopment: try day("2023-05-01"),
                featureFreeze: try day("2024-05-01"),
                firstRelease: try day("2024-10-01"),
                featureComplete: try day("2025-10-01"),
                endOfBugfix: try day("2026-10-01"),
                endOfLife: try day("2029-10-01")
            )
        )
        let gate = BackportGate()
        let on = try CalendarDate.day("2025-03-01")
        let feature = gate.verdict(for: try Self.feature(), into: series, on: on)
        #expect(feature.phase == .featureReleases)
        #expect(feature.decision == .review)
        #expect(feature.rules == [.phasePolicy])
        // A bug fix that only reads like a feature goes to review too, by its own rule when it is on.
        let words = BackportGate(configuration: F.readingWords).verdict(
            for: try F.change(news: "Add a *strict* parameter to json.loads."),
            into: series,
            on: on
        )
        #expect(words.decision == .review)
        #expect(words.rules == [.readsLikeBehaviourChange, .phasePolicy])
        // A test of the old behaviour removed makes a behaviour change: never in a feature release.
        let nanTest = TestChange(
            file: "Lib/test/test_json/test_decode.py",
            function: "test_nan",
            kind: .removed,
            removedLines: 6,
            lostExpectations: ["'NaN'"]
        )
        let behaviour = gate.verdict(
            for: try F.change(news: "json.loads now rejects NaN.", tests: [nanTest]),
            into: series,
            on: on
        )
        #expect(behaviour.decision == .reject)
        #expect(behaviour.rules == [.phasePolicy, .behaviourChangeOnMaintenance, .removedTest])
        let after = gate.verdict(
            for: try Self.feature("Add a *strict* parameter."),
            into: series,
            on: try .day("2025-11-01")
        )
        #expect(after.phase == .bugfix)
        #expect(after.decision == .reject)
    }

    /// The real case of DOMAIN §3: the backport is rejected on the 3.9 maintenance branch.
    ///
    /// 3.9.3 changed a public struct in `Include/cpython/pystate.h` (bpo-42500's fix) and 3.9.4 rolled it
    /// back (bpo-43710).
    @Test func the393PystateChangeIsRejectedOnThe39MaintenanceBranch() throws {
        // Given the bpo-42500 fix on main and its backport to 3.9, which replaced a member of struct _ts
        let issue = IssueReference(.bpo, 42500)
        let layout = InterfaceDifference(
            kind: .layoutChanged,
            name: "_ts",
            detail: "struct _ts: field 'overflowed' (char) replaced by 'recursion_headroom' (int)"
        )
        let pystate = F.header("Include/cpython/pystate.h", [layout], structs: ["_ts"])
        let files = [
            F.file("Include/cpython/pystate.h", 2, 1), F.file("Python/ceval.c", 38, 29),
            F.file("Lib/test/test_exceptions.py", 26, 0),
        ]
        let news = NewsEntry(
            path: "Misc/NEWS.d/next/Core and Builtins/2020-11-30-14-27-29.bpo-42500.excVKU.rst",
            section: "Core and Builtins",
            issue: issue,
            text: "Improve handling of exceptions near recursion limit. Converts a number of Fatal Errors in\n"
                + "RecursionErrors.\n"
        )
        let original = try F.commit(
            "4e7a69bdb6",
            on: "2020-12-02",
            subject: "bpo-42500: Fix recursion in or after except (GH-23568)",
            issues: [issue],
            files: files,
            news: [news],
            interfaces: [pystate]
        )
        let backport = try F.commit(
            "8b795ab554",
            on: "2021-02-26",
            subject: "[3.9] bpo-42500: Fix recursion in or after except (GH-23568) (#24501)",
            summary: "bpo-42500: Fix recursion in or after except (GH-23568) (#24501)",
            target: "3.9",
            issues: [issue],
            files: files,
            news: [news],
            interfaces: [pystate],
            cherryPickedFrom: [F.sha("4e7a69bdb6")]
        )
        let changes = ChangeGrouper().changes(from: [original, backport])
        let change = try #require(changes.first)
        #expect(changes.count == 1)

        // When it is judged for 3.9 on 2021-04-01
        let python39 = try F.cpython.get().series(named: SeriesName("3.9"))
        let verdict = BackportGate().verdict(for: change, into: python39, on: try .day("2021-04-01"))

        // Then it is rejected for the public header, though a crash fix is otherwise welcome
        #expect(verdict.phase == .bugfix)
        #expect(verdict.kind == .crashFix)
        #expect(verdict.decision == .reject)
        #expect(verdict.rules == [.publicABIChange, .phasePolicy, .crashFixOnMaintenance])
        #expect(
            verdict.summary
                == "it changes what compiled extensions see (Include/cpython/pystate.h): an ABI change on a maintenance "
                + "branch is a regression (3.9.3 changed a public struct and 3.9.4 had to roll it back); "
                + "do not backport it to 3.9 (bugfix on 2021-04-01)"
        )
        let evidence = try #require(verdict.findings.first?.evidence)
        #expect(evidence.map(\.path) == ["Include/cpython/pystate.h", "Include/cpython/pystate.h"])
        #expect(evidence.map(\.commit) == [F.sha("4e7a69bdb6"), F.sha("8b795ab554")])
        #expect(evidence.map(\.detail) == [layout.detail, layout.detail])

        // And on main (3.10, in its alphas that day) the same change is welcome
        let python310 = try F.cpython.get().series(named: SeriesName("3.10"))
        let onMain = BackportGate().verdict(for: change, into: python310, on: try .day("2021-04-01"))
        #expect(onMain.phase == .alpha)
        #expect(onMain.decision == .allow)
    }
}
