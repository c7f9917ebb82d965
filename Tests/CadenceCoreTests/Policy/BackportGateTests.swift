import Testing

@testable import CadenceCore

/// Every rule of the gate firing and not firing, on CPython's 3.12 branch.
@Suite struct BackportGateTests {
    typealias F = GateFixture
    let bugfixDay = "2024-05-01"
    let securityDay = "2025-06-01"

    func verdict(
        _ change: Change,
        on day: String = "2024-05-01",
        configuration: GateConfiguration = .cpython
    ) throws -> BackportVerdict {
        let python312 = try GateFixture.cpython.get().series(named: SeriesName("3.12"))
        return BackportGate(configuration: configuration).verdict(for: change, into: python312, on: try .day(day))
    }

    // MARK: - phase-policy

    @Test func aBugFixOnABugfixBranchIsAllowedByThePhasePolicyAlone() throws {
        let verdict = try verdict(try F.change())
        #expect(verdict.decision == .allow)
        #expect(verdict.rules == [.phasePolicy])
        #expect(verdict.phase == .bugfix)
        #expect(
            verdict.summary
                == "the policy of 3.12 (bugfix on 2024-05-01) is bug fixes and docs; no behaviour changes; "
                + "a bug fix may go in"
        )
        #expect(verdict.findings.first?.evidence.first?.detail == "3.12 is in its bugfix phase on 2024-05-01")
    }

    @Test func aFeatureOnABugfixBranchIsRejectedByThePhasePolicy() throws {
        let verdict = try verdict(try F.change(news: "Add a *strict* parameter to json.loads."))
        #expect(verdict.kind == .feature)
        #expect(verdict.decision == .reject)
        #expect(verdict.rules == [.phasePolicy])
        #expect(verdict.summary.hasSuffix("a feature must not go in"))
    }

    // MARK: - behaviour-change-on-maintenance

    @Test func aBehaviourChangeIsRejectedOnMaintenanceBranches() throws {
        let change = try F.change(news: "json.loads now raises ValueError for lone surrogates.")
        let bugfix = try verdict(change)
        #expect(bugfix.decision == .reject)
        #expect(bugfix.rules == [.phasePolicy, .behaviourChangeOnMaintenance])
        let finding = try #require(bugfix.findings.first { $0.rule == .behaviourChangeOnMaintenance })
        #expect(finding.evidence.map(\.detail) == ["'now raises'"])
        #expect(finding.evidence.first?.path == change.newsEntries.first?.entry.path)
        #expect(finding.evidence.first?.line == 1)

        let security = try verdict(change, on: securityDay)
        #expect(security.rules == [.phasePolicy, .securityBranchSecurityOnly, .behaviourChangeOnMaintenance])
    }

    @Test func aBehaviourChangeOnABetaBranchIsLeftToThePhasePolicy() throws {
        let verdict = try verdict(try F.change(news: "json.loads no longer accepts NaN."), on: "2023-06-01")
        #expect(verdict.phase == .beta)
        #expect(verdict.decision == .review)
        #expect(verdict.rules == [.phasePolicy])
    }

    // MARK: - crash-fix-on-maintenance

    @Test func aCrashFixIsAllowedOnABugfixBranch() throws {
        let verdict = try verdict(try F.change(news: "Fix a segfault in the decoder."))
        #expect(verdict.decision == .allow)
        #expect(verdict.rules == [.phasePolicy, .crashFixOnMaintenance])
        #expect(verdict.findings.last?.evidence.first?.detail == "'segfault'")
    }

    @Test func aCrashFixIsRejectedOnASecurityBranch() throws {
        let verdict = try verdict(try F.change(news: "Fix a segfault in the decoder."), on: securityDay)
        #expect(verdict.decision == .reject)
        #expect(verdict.rules == [.phasePolicy, .securityBranchSecurityOnly])
    }

    // MARK: - security-branch-security-only

    @Test func aSecurityBranchTakesSecurityFixesOnly() throws {
        let bugFix = try verdict(try F.change(), on: securityDay)
        #expect(bugFix.decision == .reject)
        #expect(bugFix.deciding.map(\.rule) == [.phasePolicy, .securityBranchSecurityOnly])
        #expect(bugFix.findings.last?.message.contains("Security NEWS entry or a CVE id") == true)

        let commit = try F.commit(
            "s1",
            subject: "gh-102153: Fix urlsplit stripping (CVE-2023-24329)",
            files: [F.file("Lib/urllib/parse.py")]
        )
        let securityFix = try verdict(Change([commit]), on: securityDay)
        #expect(securityFix.kind == .security)
        #expect(securityFix.decision == .allow)
        #expect(securityFix.rules == [.phasePolicy])
    }

    // MARK: - removed-test and adapted-tests

    let removed = TestChange(
        file: "Lib/test/test_json/test_decode.py",
        function: "test_nan",
        kind: .removed,
        removedLines: 6
    )
    let adapted = TestChange(
        file: "Lib/test/test_json/test_fail.py",
        function: "test_failures",
        kind: .changed,
        removedLines: 3
    )

    @Test func aChangeThatRemovedATestIsRejected() throws {
        let verdict = try verdict(try F.change(tests: [removed]))
        #expect(verdict.decision == .reject)
        #expect(verdict.rules == [.removedTest, .phasePolicy])
        #expect(
            verdict.summary
                == "it removes test_nan in Lib/test/test_json/test_decode.py, which covered the behaviour it changes: "
                + "do not backport it to 3.12 (bugfix on 2024-05-01)"
        )
        let evidence = try #require(verdict.findings.first?.evidence.first)
        #expect(evidence.test == "test_nan")
        #expect(evidence.path == "Lib/test/test_json/test_decode.py")
        #expect(
            evidence.description == "c100000000 Lib/test/test_json/test_decode.py: test_nan: removed, 6 lines removed"
        )
    }

    @Test func aChangeThatAdaptedTestsGoesToReview() throws {
        let verdict = try verdict(try F.change(tests: [adapted]))
        #expect(verdict.decision == .review)
        #expect(verdict.rules == [.adaptedTests, .phasePolicy])
        #expect(verdict.summary.contains("test_failures in Lib/test/test_json/test_fail.py; 3 lines removed"))
    }

    @Test func theAdaptedLinesThresholdComesFromTheConfiguration() throws {
        var configuration = GateConfiguration.cpython
        configuration.adaptedTestLines = 4
        #expect(try verdict(try F.change(tests: [adapted]), configuration: configuration).rules == [.phasePolicy])
        configuration.adaptedTestLines = 3
        #expect(try verdict(try F.change(tests: [adapted]), configuration: configuration).decision == .review)
    }

    @Test func testRulesDoNotFireBeforeTheBranchIsInMaintenance() throws {
        let verdict = try verdict(try F.change(tests: [removed, adapted]), on: "2023-06-01")
        #expect(verdict.phase == .beta)
        #expect(verdict.rules == [.phasePolicy])
    }

    @Test func addingTestsIsNotAdaptingThem() throws {
        let change = try F.change(files: [
            F.file("Lib/json/decoder.py"), F.file("Lib/test/test_json/test_decode.py", 20, 0),
        ])
        #expect(try verdict(change).rules == [.phasePolicy])
    }

    // MARK: - public-abi-change

    @Test(arguments: ["Include/cpython/pystate.h", "Include/object.h", "Doc/data/python3.12.abi"])
    func publicHeadersAndABIFilesAreRejectedOnMaintenance(path: String) throws {
        let change = try F.change(files: [F.file("Python/ceval.c"), F.file(path, 2, 1)])
        let verdict = try verdict(change)
        #expect(verdict.decision == .reject)
        #expect(verdict.rules.first == .publicABIChange)
        #expect(verdict.findings.first?.evidence.map(\.path) == [path])
        #expect(verdict.summary.hasPrefix("it changes the public C API or ABI (\(path))"))
    }

    @Test func internalHeadersAreNotPublic() throws {
        let change = try F.change(files: [F.file("Include/internal/pycore_pystate.h")])
        #expect(try verdict(change).rules == [.phasePolicy])
    }

    @Test func aPublicHeaderChangeGoesToReviewAtRcAndIsFineInBeta() throws {
        let change = try F.change(files: [F.file("Include/cpython/pystate.h")])
        let rc = try verdict(change, on: "2023-08-15")
        #expect(rc.phase == .rc)
        #expect(rc.rules.contains(.publicABIChange))
        #expect(rc.findings.first { $0.rule == .publicABIChange }?.decision == .review)
        #expect(try verdict(change, on: "2023-06-01").rules == [.phasePolicy])
    }

    @Test func aDeclaredABIBreakIsRejectedOnMaintenance() throws {
        let commit = try F.commit(
            "m1",
            subject: "(ABI break) gh-9: Grow PyThreadState",
            news: [F.news("C API", 9, "(CPython ABI break) PyThreadState grew.")]
        )
        let verdict = try verdict(Change([commit]))
        #expect(verdict.decision == .reject)
        #expect(verdict.rules.first == .publicABIChange)
        #expect(verdict.summary.hasPrefix("it declares an ABI break"))
        #expect(verdict.findings.first?.evidence.count == 2)
    }

    // MARK: - abi-marker-mismatch

    @Test func mismatchedABIMarkersGoToReviewInAnyPhase() throws {
        let commit = try F.commit(
            "m2",
            subject: "(ABI break) gh-9: Grow PyThreadState",
            files: [F.file("Include/internal/pycore_x.h")],
            news: [F.news("C API", 9, "PyThreadState grew.")]
        )
        let feature = try verdict(Change([commit]), on: "2022-06-01")
        #expect(feature.phase == .feature)
        #expect(feature.decision == .review)
        #expect(feature.rules == [.abiMarkerMismatch, .phasePolicy])
        #expect(feature.summary.hasPrefix("PEP 605's ABI markers disagree: the summary opens with '(ABI break)'"))
    }

    // MARK: - serious fixes

    @Test func aSeriousFixThatChangesBehaviourNeedsWhatsNew() throws {
        let text = "Fix a crash in the decoder: it now raises RecursionError."
        let without = try verdict(try F.change(news: text))
        #expect(without.kind == .crashFix)
        #expect(without.decision == .reject)
        #expect(without.rules == [.seriousFixWithoutWhatsNew, .phasePolicy, .crashFixOnMaintenance])
        #expect(without.findings.first?.evidence.map(\.detail) == ["'now raises'"])

        let with = try verdict(
            try F.change(news: text, files: [F.file("Lib/json/decoder.py"), F.file("Doc/whatsnew/3.12.rst", 8, 0)])
        )
        #expect(with.decision == .review)
        #expect(with.rules == [.seriousFixChangesBehaviour, .phasePolicy, .crashFixOnMaintenance])
        #expect(with.findings.first?.evidence.last?.path == "Doc/whatsnew/3.12.rst")
    }

    @Test func aSecurityFixThatChangesBehaviourNeedsWhatsNewToo() throws {
        let commit = try F.commit(
            "s2",
            subject: "gh-102153: urlsplit now strips leading C0 control characters",
            files: [F.file("Lib/urllib/parse.py")],
            news: [
                F.news(
                    "Security",
                    102153,
                    "urllib.parse.urlsplit() now strips leading C0 control and space characters (CVE-2023-24329)."
                )
            ]
        )
        let verdict = try verdict(Change([commit]), on: securityDay)
        #expect(verdict.kind == .security)
        #expect(verdict.decision == .reject)
        #expect(verdict.rules == [.seriousFixWithoutWhatsNew, .phasePolicy])
    }

    @Test func seriousFixRulesDoNotFireBeforeMaintenance() throws {
        let verdict = try verdict(try F.change(news: "Fix a crash: it now raises RecursionError."), on: "2023-06-01")
        #expect(verdict.rules == [.phasePolicy])
    }

    // MARK: - strictest wins

    @Test func theStrictestDecisionWinsAndEveryFiredRuleIsListed() throws {
        let change = try F.change(news: "Fix a segfault in the decoder.", tests: [adapted, removed])
        let verdict = try verdict(change)
        #expect(verdict.decision == .reject)
        #expect(verdict.rules == [.removedTest, .adaptedTests, .phasePolicy, .crashFixOnMaintenance])
        #expect(verdict.findings.map(\.decision) == [.reject, .review, .allow, .allow])
        #expect(verdict.deciding.map(\.rule) == [.removedTest])
        #expect(verdict.summary.hasPrefix("it removes test_nan"))
        let lines = verdict.description.split(separator: "\n").map(String.init)
        #expect(lines.first == "reject: c100000000 into 3.12 (bugfix on 2024-05-01), a crash fix")
        #expect(lines.contains { $0.hasPrefix("  review [adapted-tests]: it had to adapt existing tests") })
        #expect(
            lines.contains("    c100000000 Lib/test/test_json/test_fail.py: test_failures: changed, 3 lines removed")
        )
    }

    // MARK: - configuration

    @Test func disabledRulesDoNotFireAndOverridesChangeThePolicy() throws {
        let configuration = try GateConfiguration(
            toml: "[rules]\ndisabled = [\"adapted-tests\"]\n\n[policy.bugfix]\nbug-fix = \"review\"\n",
            file: "cadence.toml"
        )
        let verdict = try verdict(try F.change(tests: [adapted]), configuration: configuration)
        #expect(verdict.rules == [.phasePolicy])
        #expect(verdict.decision == .review)
        #expect(verdict.summary.hasSuffix("a bug fix goes to the release manager, who decides"))
    }

    @Test func maintenancePhasesComeFromTheConfiguration() throws {
        var configuration = GateConfiguration.cpython
        configuration.maintenancePhases = [.beta, .bugfix]
        let verdict = try verdict(try F.change(tests: [removed]), on: "2023-06-01", configuration: configuration)
        #expect(verdict.rules == [.removedTest, .phasePolicy])
    }
}
