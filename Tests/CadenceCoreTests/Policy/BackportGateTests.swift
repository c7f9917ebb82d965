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
        configuration: GateConfiguration = .cpython,
        reverting links: [RevertLink] = []
    ) throws -> BackportVerdict {
        let python312 = try GateFixture.cpython.get().series(named: SeriesName("3.12"))
        return BackportGate(configuration: configuration)
            .verdict(for: change, into: python312, on: try .day(day), reverting: links)
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
        // CPython's feature words are weak signals; a configuration whose feature words decide makes a feature.
        let configuration = F.deciding(.feature)
        let change = try F.change(news: "Add a *strict* parameter to json.loads.", configuration: configuration)
        let verdict = try verdict(change, configuration: configuration)
        #expect(verdict.kind == .feature)
        #expect(verdict.decision == .reject)
        #expect(verdict.rules == [.phasePolicy])
        #expect(verdict.summary.hasSuffix("a feature must not go in"))
    }

    // MARK: - behaviour-change-on-maintenance

    @Test func aBehaviourChangeIsRejectedOnMaintenanceBranches() throws {
        // A removed test whose expectations no added line keeps makes a behaviour change.
        let change = try F.change(tests: [removed])
        let bugfix = try verdict(change)
        #expect(bugfix.kind == .behaviourChange)
        #expect(bugfix.decision == .reject)
        #expect(bugfix.rules == [.phasePolicy, .behaviourChangeOnMaintenance, .removedTest])
        let finding = try #require(bugfix.findings.first { $0.rule == .behaviourChangeOnMaintenance })
        #expect(finding.evidence.map(\.detail) == ["a test of the old behaviour removed"])
        #expect(finding.evidence.first?.path == removed.file)
        #expect(finding.evidence.first?.test == removed.function)

        let security = try verdict(change, on: securityDay)
        #expect(
            security.rules == [.phasePolicy, .securityBranchSecurityOnly, .behaviourChangeOnMaintenance, .removedTest]
        )
    }

    @Test func behaviourWordsDecideOnlyWhenTheConfigurationMakesThemDecisive() throws {
        let text = "json.loads now raises ValueError for lone surrogates."
        let configuration = F.deciding(.behaviourChange)
        let change = try F.change(news: text, configuration: configuration)
        let decided = try verdict(change, configuration: configuration)
        #expect(decided.kind == .behaviourChange)
        #expect(decided.decision == .reject)
        #expect(decided.rules == [.phasePolicy, .behaviourChangeOnMaintenance])
        let finding = try #require(decided.findings.first { $0.rule == .behaviourChangeOnMaintenance })
        #expect(finding.evidence.map(\.detail) == ["'now raises'"])
        #expect(finding.evidence.first?.path == change.newsEntries.first?.entry.path)
        #expect(finding.evidence.first?.line == 1)

        // With CPython's words the same text makes a bug fix, allowed: the words are weak signals, read
        // only when the word rule is on.
        let cpython = try verdict(try F.change(news: text))
        #expect(cpython.kind == .bugFix)
        #expect(cpython.decision == .allow)
        #expect(cpython.rules == [.phasePolicy])
        let reading = try verdict(try F.change(news: text), configuration: F.readingWords)
        #expect(reading.decision == .review)
        #expect(reading.rules == [.readsLikeBehaviourChange, .phasePolicy])
    }

    @Test func aBehaviourChangeOnABetaBranchIsLeftToThePhasePolicy() throws {
        let verdict = try verdict(try F.change(tests: [removed]), on: "2023-06-01")
        #expect(verdict.phase == .beta)
        #expect(verdict.kind == .behaviourChange)
        #expect(verdict.decision == .review)
        #expect(verdict.rules == [.phasePolicy])
    }

    // MARK: - reads-like-behaviour-change

    @Test(arguments: [
        ("json.loads now raises ValueError for lone surrogates.", "'now raises'"),
        ("Add a *strict* parameter to json.loads.", "'add' … 'parameter'"),
    ])
    func aBugFixThatReadsLikeABehaviourChangeGoesToReviewWhenTheWordRuleIsOn(text: String, detail: String) throws {
        let change = try F.change(news: text)
        // CPython's defaults leave words out of the verdict: they are weak signals.
        #expect(try verdict(change).decision == .allow)
        let verdict = try verdict(change, configuration: F.readingWords)
        #expect(verdict.kind == .bugFix)
        #expect(verdict.decision == .review)
        #expect(verdict.rules == [.readsLikeBehaviourChange, .phasePolicy])
        #expect(
            verdict.summary
                == "its words read like a behaviour change or a new API, which nothing in its tests or headers "
                + "confirms: the release manager decides whether 3.12 (bugfix on 2024-05-01) takes it"
        )
        let evidence = try #require(verdict.findings.first?.evidence)
        #expect(evidence.map(\.detail) == [detail])
        #expect(evidence.first?.path == change.newsEntries.first?.entry.path)
    }

    @Test func onlyAMaintenanceBugFixThatIsNoRevertReadsLikeABehaviourChange() throws {
        let text = "json.loads now raises ValueError for lone surrogates."
        let words = F.readingWords
        let beta = try verdict(try F.change(news: text), on: "2023-06-01", configuration: words)
        #expect(beta.decision == .allow)
        #expect(beta.rules == [.phasePolicy])
        let crashFix = try verdict(
            try F.change(news: "Fix a crash: json.loads now raises RecursionError."),
            configuration: words
        )
        #expect(crashFix.kind == .crashFix)
        #expect(crashFix.rules == [.phasePolicy, .crashFixOnMaintenance])
        let revert = try F.change(subject: "Revert \"gh-100: Fix a bug\"", news: text, reverts: [F.sha("b1")])
        #expect(try verdict(revert, configuration: words).rules == [.phasePolicy])
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

    /// A test of the old behaviour removed: what it expected, no added line expects.
    let removed = TestChange(
        file: "Lib/test/test_json/test_decode.py",
        function: "test_nan",
        kind: .removed,
        removedLines: 6,
        lostExpectations: ["'NaN'", "ValueError"]
    )
    /// A test whose expected message changed.
    let adapted = TestChange(
        file: "Lib/test/test_json/test_fail.py",
        function: "test_failures",
        kind: .changed,
        removedLines: 3,
        lostExpectations: ["'Expecting value'"]
    )
    /// A test removed whose expectations come back in an added line (moved or merged into another test).
    let moved = TestChange(
        file: "Lib/test/test_json/test_decode.py",
        function: "test_nan",
        kind: .removed,
        removedLines: 6
    )
    /// A test whose lines changed but which expects what it did (refactored, made robust).
    let refactored = TestChange(
        file: "Lib/test/test_json/test_fail.py",
        function: "test_failures",
        kind: .changed,
        removedLines: 3
    )

    @Test func aChangeThatRemovedATestOfTheOldBehaviourIsRejected() throws {
        let verdict = try verdict(try F.change(tests: [removed]))
        #expect(verdict.decision == .reject)
        #expect(verdict.rules.contains(.removedTest))
        let finding = try #require(verdict.findings.first { $0.rule == .removedTest })
        #expect(finding.decision == .reject)
        #expect(
            finding.message
                == "it removes test_nan in Lib/test/test_json/test_decode.py, which checked the behaviour it changes: "
                + "do not backport it to 3.12 (bugfix on 2024-05-01)"
        )
        let evidence = try #require(finding.evidence.first)
        #expect(evidence.test == "test_nan")
        #expect(evidence.path == "Lib/test/test_json/test_decode.py")
        #expect(
            evidence.description
                == "c100000000 Lib/test/test_json/test_decode.py: test_nan: removed; no longer expects 'NaN', ValueError"
        )
    }

    @Test func aRemovedTestWhoseExpectationsAnAddedLineKeepsIsNoSignal() throws {
        let verdict = try verdict(try F.change(tests: [moved]))
        #expect(verdict.kind == .bugFix)
        #expect(verdict.decision == .allow)
        #expect(verdict.rules == [.phasePolicy])
    }

    @Test func aChangeThatChangedWhatTestsExpectGoesToReview() throws {
        let verdict = try verdict(try F.change(tests: [adapted]))
        #expect(verdict.decision == .review)
        #expect(verdict.rules == [.adaptedTests, .phasePolicy])
        #expect(
            verdict.summary
                == "it had to change what existing tests expect (test_failures in Lib/test/test_json/test_fail.py), "
                + "a strong signal not to backport it to 3.12 (bugfix on 2024-05-01): the release manager decides"
        )
        #expect(verdict.findings.first?.evidence.map(\.detail) == ["changed; no longer expects 'Expecting value'"])
    }

    @Test func aTestAdaptedWithoutChangingWhatItExpectsIsNoSignal() throws {
        let verdict = try verdict(try F.change(tests: [refactored]))
        #expect(verdict.decision == .allow)
        #expect(verdict.rules == [.phasePolicy])
    }

    @Test func theEvidenceNamesThreeLostExpectationsAndCountsTheRest() throws {
        let long = "'" + String(repeating: "x", count: 70) + "'"
        var test = adapted
        test.lostExpectations = [long, "1", "None", "2", "KeyError"]
        let verdict = try verdict(try F.change(tests: [test]))
        #expect(
            verdict.findings.first?.evidence.map(\.detail)
                == ["changed; no longer expects '\(String(repeating: "x", count: 56))…', 1, None and 2 more"]
        )
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

    @Test func aTestOnlyChangeIsNotJudgedByTheTestRules() throws {
        let files = [
            F.file("Lib/test/test_json/test_decode.py", 0, 6), F.file("Lib/test/test_json/test_fail.py", 3, 3),
        ]
        let verdict = try verdict(try F.change(files: files, tests: [removed, adapted]))
        #expect(verdict.kind == .tests)
        #expect(verdict.decision == .allow)
        #expect(verdict.rules == [.phasePolicy])
    }

    @Test func aRevertIsNotJudgedByTheTestRules() throws {
        let change = try F.change(
            subject: "Revert \"gh-100: Fix a bug\"",
            tests: [removed, adapted],
            reverts: [F.sha("b1")]
        )
        #expect(change.isRevert)
        let verdict = try verdict(change)
        #expect(verdict.kind == .bugFix)  // its removed test is no behaviour change either
        #expect(verdict.rules == [.phasePolicy])
    }

    @Test func addingTestsIsNotAdaptingThem() throws {
        let change = try F.change(files: [
            F.file("Lib/json/decoder.py"), F.file("Lib/test/test_json/test_decode.py", 20, 0),
        ])
        #expect(try verdict(change).rules == [.phasePolicy])
    }

    // MARK: - public-abi-change

    static let breaks: [(path: String, difference: InterfaceDifference)] = [
        (
            "Include/cpython/pystate.h",
            InterfaceDifference(
                kind: .layoutChanged,
                name: "_ts",
                detail: "struct _ts: field 'overflowed' (char) replaced by 'recursion_headroom' (int)"
            )
        ),
        (
            "Include/object.h",
            InterfaceDifference(kind: .removed, name: "Py_TPFLAGS_X", detail: "constant Py_TPFLAGS_X removed")
        ),
        (
            "PC/pyconfig.h",
            InterfaceDifference(
                kind: .constantChanged,
                name: "SIZEOF_WCHAR_T",
                detail: "constant SIZEOF_WCHAR_T changed from '2' to '4'"
            )
        ),
    ]

    @Test(arguments: breaks)
    func aBreakingPublicHeaderChangeIsRejectedOnMaintenance(path: String, difference: InterfaceDifference) throws {
        let change = try F.change(
            files: [F.file("Python/ceval.c"), F.file(path, 2, 1)],
            interfaces: [F.header(path, [difference])]
        )
        let verdict = try verdict(change)
        #expect(verdict.decision == .reject)
        #expect(verdict.rules.first == .publicABIChange)
        #expect(verdict.findings.first?.evidence.map(\.path) == [path])
        #expect(verdict.findings.first?.evidence.map(\.detail) == [difference.detail])
        #expect(verdict.summary.hasPrefix("it changes what compiled extensions see (\(path))"))
    }

    @Test(arguments: ["Include/cpython/pystate.h", "PC/pyconfig.h"])
    func aPublicHeaderWhoseTextsWereNotReadIsAnABIChange(path: String) throws {
        for interfaces in [[], [InterfaceChange(file: path, kind: .publicHeader, structs: ["_ts"])]] {
            let change = try F.change(files: [F.file("Python/ceval.c"), F.file(path, 2, 1)], interfaces: interfaces)
            let verdict = try verdict(change)
            #expect(verdict.decision == .reject)
            #expect(verdict.rules.first == .publicABIChange)
            #expect(
                verdict.findings.first?.evidence.map(\.detail) == ["public header (+2 −1); its texts could not be read"]
            )
            #expect(verdict.summary.hasPrefix("it changes what compiled extensions see (\(path))"))
        }
    }

    @Test func anABIFileIsAnABIChange() throws {
        let path = "Doc/data/python3.12.abi"
        let change = try F.change(
            files: [F.file("Python/ceval.c"), F.file(path, 2, 1)],
            interfaces: [InterfaceChange(file: path, kind: .abiData)]
        )
        let verdict = try verdict(change)
        #expect(verdict.decision == .reject)
        #expect(verdict.rules.first == .publicABIChange)
        #expect(verdict.findings.first?.evidence.map(\.detail) == ["ABI file (+2 −1)"])
        #expect(verdict.summary.hasPrefix("it changes what compiled extensions see (\(path))"))
    }

    @Test func aPublicHeaderChangeThatBreaksNothingIsNoABIChange() throws {
        let path = "Include/cpython/pystate.h"
        let addition = InterfaceDifference(
            kind: .added,
            name: "PyThreadState_GetUnchecked",
            detail: "function PyThreadState_GetUnchecked added"
        )
        // A comment or a blank line changed (no difference), or only a declaration added.
        for differences in [[], [addition]] {
            let change = try F.change(
                files: [F.file("Python/ceval.c"), F.file(path, 2, 1)],
                interfaces: [F.header(path, differences)]
            )
            #expect(try verdict(change).rules == [.phasePolicy])
        }
    }

    @Test func internalHeadersAreNotPublic() throws {
        let change = try F.change(files: [F.file("Include/internal/pycore_pystate.h")])
        #expect(try verdict(change).rules == [.phasePolicy])
    }

    @Test func onlyHeaderFilesUnderIncludeArePublicHeaders() throws {
        // The reader reads headers (`.h`) only; a README beside them has no declarations to compare.
        let change = try F.change(files: [F.file("Include/README.rst")])
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

    @Test func aRevertIsNotJudgedByTheABIRule() throws {
        let path = "Include/cpython/pystate.h"
        let change = try F.change(
            subject: "Revert \"gh-100: Fix a bug\"",
            files: [F.file(path, 1, 2)],
            interfaces: [F.header(path, [Self.breaks[0].difference])],
            reverts: [F.sha("b1")]
        )
        #expect(try verdict(change).rules == [.phasePolicy])
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

    let decoder = F.file("Lib/json/decoder.py")
    let whatsNew = F.file("Doc/whatsnew/3.12.rst", 8, 0)

    @Test func aCrashFixThatChangesWhatTestsExpectNeedsWhatsNew() throws {
        let text = "Fix a crash in the decoder."
        let without = try verdict(try F.change(news: text, tests: [adapted]))
        #expect(without.kind == .crashFix)
        // Adapting tests is a strong signal, not a verdict: the release manager decides.
        #expect(without.decision == .review)
        #expect(without.rules == [.adaptedTests, .seriousFixWithoutWhatsNew, .phasePolicy, .crashFixOnMaintenance])
        let serious = try #require(without.findings.first { $0.rule == .seriousFixWithoutWhatsNew })
        #expect(
            serious.message
                == "this crash fix also changes what existing tests expect: on 3.12 (bugfix on 2024-05-01) a "
                + "behaviour change needs a discussion and a What's New entry, not only a NEWS entry; the release "
                + "manager decides"
        )
        #expect(serious.evidence.map(\.detail) == ["changed; no longer expects 'Expecting value'"])

        let with = try verdict(try F.change(news: text, files: [decoder, whatsNew], tests: [adapted]))
        #expect(with.decision == .review)
        #expect(with.rules == [.adaptedTests, .seriousFixChangesBehaviour, .phasePolicy, .crashFixOnMaintenance])
        let finding = try #require(with.findings.first { $0.rule == .seriousFixChangesBehaviour })
        #expect(
            finding.message
                == "this crash fix changes what existing tests expect and documents it in What's New: "
                + "the release manager decides whether 3.12 (bugfix on 2024-05-01) takes it"
        )
        #expect(finding.evidence.first?.test == "test_failures")
        #expect(finding.evidence.last?.path == "Doc/whatsnew/3.12.rst")
    }

    @Test func aCrashFixThatDocumentsABehaviourChangeInWhatsNewGoesToReview() throws {
        let verdict = try verdict(try F.change(news: "Fix a crash in the decoder.", files: [decoder, whatsNew]))
        #expect(verdict.decision == .review)
        #expect(verdict.rules == [.seriousFixChangesBehaviour, .phasePolicy, .crashFixOnMaintenance])
        #expect(
            verdict.summary
                == "this crash fix documents a behaviour change in What's New: "
                + "the release manager decides whether 3.12 (bugfix on 2024-05-01) takes it"
        )
        #expect(verdict.findings.first?.evidence.map(\.path) == ["Doc/whatsnew/3.12.rst"])
    }

    @Test func aCrashFixWhoseWordsOrRefactoredTestsSoundLikeABehaviourChangeIsAllowed() throws {
        let words = try verdict(try F.change(news: "Fix a crash in the decoder: it now raises RecursionError."))
        #expect(words.decision == .allow)
        #expect(words.rules == [.phasePolicy, .crashFixOnMaintenance])
        let refactor = try verdict(try F.change(news: "Fix a crash in the decoder.", tests: [refactored]))
        #expect(refactor.decision == .allow)
        #expect(refactor.rules == [.phasePolicy, .crashFixOnMaintenance])
    }

    @Test func aSecurityFixThatChangesWhatTestsExpectGoesToReviewNotRejection() throws {
        let news = F.news(
            "Security",
            102153,
            "urllib.parse.urlsplit() now strips leading C0 control and space characters (CVE-2023-24329)."
        )
        let test = TestChange(
            file: "Lib/test/test_urlparse.py",
            function: "test_urlsplit_strip_url",
            kind: .changed,
            removedLines: 2,
            testCase: "UrlParseTestCase",
            lostExpectations: ["'\\x00http'"]
        )
        let commit = try F.commit(
            "s2",
            subject: "gh-102153: urlsplit now strips leading C0 control characters",
            files: [F.file("Lib/urllib/parse.py"), F.file("Lib/test/test_urlparse.py", 4, 2)],
            news: [news],
            tests: [test]
        )
        let verdict = try verdict(Change([commit]), on: securityDay)
        #expect(verdict.kind == .security)
        #expect(verdict.decision == .review)
        #expect(verdict.rules == [.adaptedTests, .seriousFixChangesBehaviour, .phasePolicy])
        let finding = try #require(verdict.findings.first { $0.rule == .seriousFixChangesBehaviour })
        #expect(
            finding.message
                == "this security fix changes what existing tests expect (security fixes may bring changes along, "
                + "but not a blank cheque): the release manager decides whether 3.12 (security on 2025-06-01) takes it"
        )

        // Its words alone change nothing: a security fix is allowed.
        let wordsOnly = try F.commit(
            "s3",
            subject: "gh-102153: urlsplit now strips leading C0 control characters",
            files: [F.file("Lib/urllib/parse.py")],
            news: [news]
        )
        let allowed = try self.verdict(Change([wordsOnly]), on: securityDay)
        #expect(allowed.decision == .allow)
        #expect(allowed.rules == [.phasePolicy])
    }

    @Test func seriousFixRulesDoNotFireBeforeMaintenance() throws {
        let change = try F.change(news: "Fix a crash in the decoder.", files: [decoder, whatsNew], tests: [adapted])
        #expect(try verdict(change, on: "2023-06-01").rules == [.phasePolicy])
    }

    // MARK: - revert-restores-shipped

    @Test func aLinkedRevertRestoresWhatShippedAndIsAllowedWhileTheBranchIsOpen() throws {
        let path = "Include/cpython/pystate.h"
        let change = try F.change(
            "r1",
            subject: "Revert \"gh-100: Fix a bug\"",
            files: [F.file(path, 1, 2), F.file("Lib/test/test_json/test_decode.py", 0, 6)],
            tests: [removed],
            reverts: [F.sha("b1")]
        )
        let link = RevertLink(
            revert: change.id,
            reverted: F.sha("b1"),
            method: .trailer,
            evidence: [Evidence(.body, commit: change.id, line: 3, detail: "This reverts commit \(F.sha("b1")).")]
        )
        let verdict = try verdict(change, reverting: [link])
        #expect(verdict.decision == .allow)
        #expect(verdict.rules == [.revertRestoresShipped])
        #expect(
            verdict.summary
                == "it reverts b100000000, restoring behaviour that already shipped: "
                + "a regression fix may go into 3.12 (bugfix on 2024-05-01)"
        )
        #expect(verdict.findings.first?.evidence == link.evidence)

        // The other rules judge it when it has no link, when the branch is closed or when the rule is off.
        #expect(try self.verdict(change).rules == [.phasePolicy])
        let closed = try self.verdict(change, on: "2029-01-01", reverting: [link])
        #expect(closed.decision == .reject)
        #expect(!closed.rules.contains(.revertRestoresShipped))
        var configuration = GateConfiguration.cpython
        configuration.disabledRules = [.revertRestoresShipped]
        #expect(try self.verdict(change, configuration: configuration, reverting: [link]).rules == [.phasePolicy])
    }

    // MARK: - strictest wins

    @Test func theStrictestDecisionWinsAndEveryFiredRuleIsListed() throws {
        let header = F.file("Include/cpython/pystate.h", 2, 1)
        let change = try F.change(news: "Fix a segfault in the decoder.", files: [decoder, header], tests: [adapted])
        let verdict = try verdict(change)
        #expect(verdict.decision == .reject)
        #expect(
            verdict.rules == [
                .publicABIChange, .adaptedTests, .seriousFixWithoutWhatsNew, .phasePolicy, .crashFixOnMaintenance,
            ]
        )
        #expect(verdict.findings.map(\.decision) == [.reject, .review, .review, .allow, .allow])
        #expect(verdict.deciding.map(\.rule) == [.publicABIChange])
        #expect(verdict.summary.hasPrefix("it changes what compiled extensions see (Include/cpython/pystate.h)"))
        let lines = verdict.description.split(separator: "\n").map(String.init)
        #expect(lines.first == "reject: c100000000 into 3.12 (bugfix on 2024-05-01), a crash fix")
        #expect(
            lines.contains { $0.hasPrefix("  review [adapted-tests]: it had to change what existing tests expect") }
        )
        #expect(
            lines.contains(
                "    c100000000 Lib/test/test_json/test_fail.py: test_failures: changed; no longer expects 'Expecting value'"
            )
        )
    }

    // MARK: - configuration

    @Test func disabledRulesDoNotFireAndOverridesChangeThePolicy() throws {
        let configuration = try GateConfiguration(
            toml: "[rules]\ndisabled = [\"adapted-tests\"]\n\n[policy.bugfix]\nbug-fix = \"review\"\n",
            file: "cadence.toml"
        )
        #expect(try verdict(try F.change(tests: [adapted])).rules == [.adaptedTests, .phasePolicy])
        let verdict = try verdict(try F.change(tests: [adapted]), configuration: configuration)
        #expect(verdict.rules == [.phasePolicy])
        #expect(verdict.decision == .review)
        #expect(verdict.summary.hasSuffix("a bug fix goes to the release manager, who decides"))
    }

    @Test func maintenancePhasesComeFromTheConfiguration() throws {
        var configuration = GateConfiguration.cpython
        configuration.maintenancePhases = [.beta, .bugfix]
        let verdict = try verdict(try F.change(tests: [removed]), on: "2023-06-01", configuration: configuration)
        #expect(verdict.phase == .beta)
        #expect(verdict.rules == [.behaviourChangeOnMaintenance, .removedTest, .phasePolicy])
    }
}
