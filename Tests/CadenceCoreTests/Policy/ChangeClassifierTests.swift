import Testing

@testable import CadenceCore

@Suite struct ChangeClassifierTests {
    typealias F = GateFixture

    func classify(
        subject: String = "gh-100: Fix something",
        body: String = "",
        files: [FileChange] = [F.file("Lib/json/decoder.py")],
        news: [NewsEntry] = [],
        tests: [TestChange] = [],
        reverts: [String] = []
    ) throws -> ChangeClassification {
        let commit = try F.commit(
            "c1",
            subject: subject,
            body: body,
            files: files,
            news: news,
            tests: tests,
            reverts: reverts
        )
        return ChangeClassifier().classify([commit])
    }

    @Test func aSecurityNEWSSectionMakesASecurityFix() throws {
        let entry = F.news("Security", 100, "Fix a crash in the parser.")
        let result = try classify(news: [entry])
        #expect(result.kind == .security)
        #expect(result.evidence.first?.source == .newsSection)
        #expect(result.evidence.first?.path == entry.path)
        #expect(result.hasSignal(.crashFix))  // seen, but security decides
    }

    @Test func aCVEInTheBodyMakesASecurityFixAndNamesTheLine() throws {
        let body = "Some context.\n\nFixes CVE-2023-24329 (urlsplit)."
        let result = try classify(body: body)
        #expect(result.kind == .security)
        #expect(result.evidence.map(\.detail) == ["CVE-2023-24329"])
        #expect(result.evidence.first?.source == .body)
        #expect(result.evidence.first?.line == 5)
    }

    @Test(arguments: ["cve-2021-3177 fixed", "(CVE-2007-4559)", "see CVE-2019-9636."])
    func findsCVEIds(text: String) {
        #expect(ChangeClassifier.cveIDs(in: text).count == 1)
    }

    @Test(arguments: ["CVE-21-3177", "xCVE-2021-3177", "CVE-2021-31", "CVE-2021"])
    func ignoresTextThatIsNotACVEId(text: String) {
        #expect(ChangeClassifier.cveIDs(in: text).isEmpty)
    }

    @Test(arguments: [
        ("Documentation", ChangeKind.documentation), ("Tests", .tests), ("Build", .build), ("Tools/Demos", .build),
    ])
    func aNEWSSectionDeclaresTheKind(section: String, kind: ChangeKind) throws {
        let result = try classify(news: [F.news(section, 100, "Fix a crash that removed things.")])
        #expect(result.kind == kind)
        #expect(result.evidence.first?.detail == "NEWS section '\(section)'")
    }

    @Test func entriesInSectionsOfDifferentKindsDoNotDecide() throws {
        let result = try classify(news: [F.news("Tests", 100, "Fix it."), F.news("Library", 100, "Fix it.")])
        #expect(result.kind == .bugFix)
    }

    @Test(arguments: [
        (["Doc/library/json.rst", "Doc/whatsnew/3.12.rst"], ChangeKind.documentation),
        (["Lib/test/test_json/test_decode.py"], .tests),
        ([".github/workflows/build.yml", "configure.ac"], .build),
    ])
    func onlyOneKindOfFileDecides(paths: [String], kind: ChangeKind) throws {
        let entry = F.news("Library", 100, "Remove a crash.")
        let result = try classify(subject: "gh-100: Remove stale text", files: paths.map { F.file($0) }, news: [entry])
        #expect(result.kind == kind)
        #expect(result.evidence.compactMap(\.path) == paths)
        #expect(result.evidence.first?.detail == "only \(kind.rawValue) files (+1 −1)")
    }

    @Test func docsWithCodeAreNotDocumentation() throws {
        let result = try classify(files: [F.file("Doc/library/json.rst"), F.file("Lib/json/decoder.py")])
        #expect(result.kind == .bugFix)
        #expect(result.evidence.first?.detail == "no evidence of another kind: a bug fix")
    }

    @Test(arguments: [
        ("Fix a segfault when the decoder is reused.", ChangeKind.crashFix, "'segfault'"),
        ("Fix an unexpected exception in json.loads.", .crashFix, "'exception'"),
        ("Fix a reference leak in the decoder.", .crashFix, "'leak'"),
        ("Fix an IndexError in json.loads.", .crashFix, "'indexerror'"),
        // Deprecation words are weak: a deprecation is read from the code (a DeprecationWarning added).
        ("Deprecate the *strict* argument.", .bugFix, "no evidence of another kind: a bug fix"),
        ("Fix the address of the decoder's error.", .bugFix, "no evidence of another kind: a bug fix"),
        ("Add a test for the decoder.", .bugFix, "no evidence of another kind: a bug fix"),
    ])
    func decisiveWordsInTheNEWSEntryDecide(text: String, kind: ChangeKind, detail: String) throws {
        let entry = F.news("Library", 100, "\n\(text)")
        let result = try classify(news: [entry])
        #expect(result.kind == kind)
        #expect(result.evidence.first?.detail == detail)
        if kind != .bugFix {
            #expect(result.evidence.first?.path == entry.path)
            #expect(result.evidence.first?.line == 2)
        }
    }

    @Test(arguments: [
        ("Add a *strict* parameter to json.loads.", ChangeKind.feature, "'add' … 'parameter'"),
        ("New function json.dumps_fast.", .feature, "'new' … 'function'"),
        ("json.loads now raises ValueError on bad input.", .behaviourChange, "'now raises'"),
        ("The decoder no longer accepts NaN.", .behaviourChange, "'no longer'"),
        ("Added a *strict* keyword to json.loads.", .feature, "'added' … 'keyword'"),
    ])
    func featureAndBehaviourWordsAreSignalsThatDoNotDecide(text: String, signal: ChangeKind, detail: String) throws {
        let entry = F.news("Library", 100, "\n\(text)")
        let result = try classify(news: [entry])
        #expect(result.kind == .bugFix)
        #expect(result.evidence.map(\.detail) == ["no evidence of another kind: a bug fix"])
        let evidence = try #require(result.signals[signal]?.first)
        #expect(evidence.detail == detail)
        #expect(evidence.path == entry.path)
        #expect(evidence.line == 2)

        // A configuration can make them decide.
        var configuration = GateConfiguration.cpython
        configuration.words.decisiveKinds = [.crashFix, .deprecation, .feature, .behaviourChange]
        let commit = try F.commit(
            "c1",
            subject: "gh-100: Fix something",
            files: [F.file("Lib/json/decoder.py")],
            news: [entry]
        )
        let decided = ChangeClassifier(configuration: configuration).classify([commit])
        #expect(decided.kind == signal)
        #expect(decided.evidence.first?.detail == detail)
    }

    @Test func removalWordsAreNoDeprecation() throws {
        let result = try classify(news: [F.news("Library", 100, "Removed the undocumented helper.")])
        #expect(result.kind == .bugFix)
        #expect(!result.hasSignal(.deprecation))
    }

    // MARK: - Tests

    static let nanTest = TestChange(
        file: "Lib/test/test_json/test_decode.py",
        function: "test_nan",
        kind: .removed,
        removedLines: 6,
        lostExpectations: ["'NaN'"]
    )

    @Test func aRemovedTestOfTheOldBehaviourMakesABehaviourChangeOverCrashWords() throws {
        let result = try classify(news: [F.news("Library", 100, "Fix a crash in json.loads.")], tests: [Self.nanTest])
        #expect(result.kind == .behaviourChange)
        #expect(result.evidence.map(\.detail) == ["a test of the old behaviour removed"])
        #expect(result.evidence.first?.source == .test)
        #expect(result.evidence.first?.test == "test_nan")
        #expect(result.evidence.first?.path == Self.nanTest.file)
        #expect(result.hasSignal(.crashFix))
    }

    @Test func testsThatKeepTheirExpectationsOrAreOnlyChangedMakeNoBehaviourChange() throws {
        var moved = Self.nanTest
        moved.lostExpectations = []
        var adapted = Self.nanTest
        adapted.kind = .changed
        for test in [moved, adapted] {
            #expect(try classify(tests: [test]).kind == .bugFix)
        }
    }

    @Test func aRevertOrATestOnlyChangeRemovingATestIsNoBehaviourChange() throws {
        let revert = try classify(subject: "Revert \"gh-100: Fix NaN\"", tests: [Self.nanTest], reverts: [F.sha("b1")])
        #expect(revert.kind == .bugFix)
        #expect(!revert.hasSignal(.behaviourChange))
        let testsOnly = try classify(files: [F.file("Lib/test/test_json/test_decode.py", 0, 6)], tests: [Self.nanTest])
        #expect(testsOnly.kind == .tests)
    }

    // MARK: - Subjects and configuration

    @Test func wordsInTheSubjectCountOnLineOne() throws {
        let result = try classify(subject: "gh-100: Fix crash in json.loads (#101)")
        #expect(result.kind == .crashFix)
        #expect(result.evidence.first?.source == .subject)
        #expect(result.evidence.first?.line == 1)
    }

    @Test func crashOutranksBehaviourButKeepsTheSignal() throws {
        let entry = F.news("Library", 100, "Fix a crash: the decoder now raises RecursionError instead.")
        let result = try classify(news: [entry])
        #expect(result.kind == .crashFix)
        #expect(result.hasSignal(.behaviourChange))
        #expect(result.signals[.behaviourChange]?.first?.detail == "'now raises'")
    }

    @Test func theConfigurationsWordsAreUsed() throws {
        var configuration = GateConfiguration.cpython
        configuration.words.crash = ["panic*"]
        let commit = try F.commit("c1", subject: "Fix a panic in the scheduler", files: [F.file("src/sched.rs")])
        #expect(ChangeClassifier(configuration: configuration).classify([commit]).kind == .crashFix)
        #expect(ChangeClassifier().classify([commit]).kind == .bugFix)
    }
}
