import Foundation
import Testing

@testable import CadenceCore

@Suite struct GateConfigurationTests {
    @Test func cpythonDefaultsNameItsFoldersAndPolicy() {
        let cpython = GateConfiguration.cpython
        #expect(cpython.paths.isPublicHeader("Include/cpython/pystate.h"))
        #expect(!cpython.paths.isPublicHeader("Include/internal/pycore_pystate.h"))
        #expect(cpython.paths.isPublicHeader("PC/pyconfig.h"))
        #expect(!cpython.paths.isPublicHeader("PC/errmap.h"))
        #expect(cpython.paths.abiFiles.anyMatches("Doc/data/python3.9.abi"))
        #expect(cpython.paths.tests.anyMatches("Lib/test/test_ssl.py"))
        #expect(cpython.paths.whatsNew.anyMatches("Doc/whatsnew/3.9.rst"))
        #expect(cpython.sectionKinds["Security"] == .security)
        #expect(cpython.maintenancePhases == [.featureReleases, .bugfix, .security])
        #expect(cpython.adaptedTestLines == 1)
        #expect(cpython.words.decisiveKinds == [.crashFix])
        #expect(!cpython.words.deprecation.contains("remov*"))
        #expect(cpython.policy(for: .bugfix) == ChangePolicy.cpython(for: .bugfix))
        #expect(GateRule.allCases.filter { !cpython.isEnabled($0) } == [.readsLikeBehaviourChange])
        #expect(cpython.paths.isPublicPythonModule("Lib/json/decoder.py"))
        #expect(cpython.paths.isPublicPythonModule("Lib/json/__init__.py"))
        #expect(!cpython.paths.isPublicPythonModule("Lib/_pydecimal.py"))
        #expect(!cpython.paths.isPublicPythonModule("Lib/asyncio/__main__.py"))
        #expect(!cpython.paths.isPublicPythonModule("Lib/idlelib/pyshell.py"))
        #expect(!cpython.paths.isPublicPythonModule("Lib/test/test_json/test_decode.py"))
    }

    @Test func theDocumentedExampleReads() throws {
        // The example in GateConfiguration's doc comment, read from the source so the two cannot drift.
        let source = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // Policy
            .deletingLastPathComponent()  // CadenceCoreTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // repository
            .appendingPathComponent("Sources/CadenceCore/Policy/GateConfiguration.swift")
        let lines = try String(contentsOf: source, encoding: .utf8).split(separator: "\n").map(String.init)
        let start = try #require(lines.firstIndex(of: "/// ```toml"))
        let end = try #require(lines[(start + 1)...].firstIndex(of: "/// ```"))
        let example = lines[(start + 1)..<end].map { $0.dropFirst(4) }.joined(separator: "\n")
        let configuration = try GateConfiguration(toml: example, file: "cadence.toml")
        #expect(configuration.disabledRules == [.adaptedTests])
        #expect(configuration.policy(for: .bugfix).decision(for: .behaviourChange) == .review)
        #expect(configuration.sectionKinds["Tools/Demos"] == .build)
        #expect(configuration.words.revert.count == 3)
        #expect(configuration.words.decisiveKinds == [.crashFix])
    }

    @Test func ruleIdsAreStableAndDescribed() {
        #expect(
            GateRule.allCases.map(\.rawValue) == [
                "phase-policy", "security-branch-security-only", "behaviour-change-on-maintenance",
                "crash-fix-on-maintenance", "removed-test", "adapted-tests", "public-abi-change",
                "serious-fix-without-whats-new", "serious-fix-changes-behaviour", "abi-marker-mismatch",
                "code-changes-behaviour", "documents-micro-change", "reads-like-behaviour-change",
                "revert-restores-shipped",
            ]
        )
        #expect(Set(GateRule.allCases.map(\.summary)).count == GateRule.allCases.count)
    }

    @Test func anEmptyFileKeepsTheDefaults() throws {
        let configuration = try GateConfiguration(toml: "# nothing to change\n", file: "cadence.toml")
        #expect(configuration == .cpython)
    }

    @Test func readsEveryTableOverTheDefaults() throws {
        let text = """
            [paths]
            tests = ["tests/", "src/*_test.c"]
            public-headers = ["include/"]
            private-headers = []

            [thresholds]
            adapted-test-lines = 10
            removed-tests = 2

            [words]
            crash = ["panic*"]
            decisive = ["crash-fix", "behaviour-change"]

            [news-sections]
            "Security fixes" = "security"

            [rules]
            maintenance-phases = ["bugfix"]
            disabled = ["adapted-tests", "abi-marker-mismatch"]

            [policy.bugfix]
            behaviour-change = "review"
            feature = "allow"

            [policy.security]
            crash-fix = "review"
            """
        let configuration = try GateConfiguration(toml: text, file: "cadence.toml")
        #expect(configuration.paths.tests == ["tests/", "src/*_test.c"])
        #expect(configuration.paths.isPublicHeader("include/api.h"))
        #expect(configuration.paths.documentation == GateConfiguration.cpython.paths.documentation)
        #expect(configuration.adaptedTestLines == 10)
        #expect(configuration.removedTests == 2)
        #expect(configuration.words.crash == ["panic*"])
        #expect(configuration.words.deprecation == GateConfiguration.cpython.words.deprecation)
        #expect(configuration.words.decisiveKinds == [.crashFix, .behaviourChange])
        #expect(configuration.sectionKinds == ["Security fixes": .security])
        #expect(configuration.maintenancePhases == [.bugfix])
        #expect(configuration.disabledRules == [.adaptedTests, .abiMarkerMismatch])
        #expect(!configuration.isEnabled(.adaptedTests))
        #expect(configuration.isEnabled(.phasePolicy))
        let bugfix = configuration.policy(for: .bugfix)
        #expect(bugfix.decision(for: .behaviourChange) == .review)
        #expect(bugfix.decision(for: .feature) == .allow)
        #expect(bugfix.decision(for: .deprecation) == .reject)
        #expect(configuration.policy(for: .security).decision(for: .crashFix) == .review)
        #expect(configuration.policy(for: .security).decision(for: .bugFix) == .reject)
    }

    static let phases = "feature, alpha, beta, rc, feature-releases, bugfix, security, end-of-life"
    static let tables = "[paths], [thresholds], [words], [news-sections], [rules] or [policy.<phase>]"

    static let malformed: [(text: String, message: String)] = [
        (
            "[paths]\ntests = [\"t/\"]\ndocs = [\"Doc/\"]",
            "cadence.toml:3: unknown key 'docs' in [paths]: expected abi-files, build, documentation, news, "
                + "private-code, private-headers, public-code, public-headers, tests, whats-new"
        ),
        (
            "[thresholds]\nadapted-test-lines = 0",
            "cadence.toml:2: 'adapted-test-lines' must be at least 1, found 0"
        ),
        (
            "[thresholds]\nremoved-tests = \"one\"",
            "cadence.toml:2: 'removed-tests' must be an integer, found a string (\"one\")"
        ),
        (
            "[paths]\ntests = \"Lib/test/\"",
            "cadence.toml:2: 'tests' must be an array of strings such as [\"a\", \"b\"], found a string (\"Lib/test/\")"
        ),
        ("[paths]\ntests = [\"Lib/test/\", 3]", "cadence.toml:2: 'tests' must hold strings, found an integer (3)"),
        ("[paths]\ntests = [\"\"]", "cadence.toml:2: an empty path pattern matches nothing"),
        ("[words]\ncrash = [\"a*b\"]", "cadence.toml:2: word pattern 'a*b': '*' may only end a pattern"),
        ("[words]\ncrash = [\"*\"]", "cadence.toml:2: an empty word pattern in 'crash' would match everything"),
        (
            "[words]\ncrashes = [\"panic*\"]",
            "cadence.toml:2: unknown key 'crashes' in [words]: expected behaviour-change, crash, decisive, deprecation, "
                + "feature-nouns, feature-verbs, revert"
        ),
        (
            "[words]\ndecisive = [\"crash\"]",
            "cadence.toml:2: unknown kind 'crash': expected security, crash-fix, bug-fix, behaviour-change, "
                + "feature, deprecation-or-removal, documentation, tests, build"
        ),
        (
            "\n[news-sections]\nLibrary = \"bugfix\"",
            "cadence.toml:3: unknown kind 'bugfix': expected security, crash-fix, bug-fix, behaviour-change, "
                + "feature, deprecation-or-removal, documentation, tests, build"
        ),
        (
            "[rules]\nmaintenance-phases = [\"bugfix\", \"maintenance\"]",
            "cadence.toml:2: unknown phase 'maintenance': expected " + phases
        ),
        (
            "[rules]\ndisabled = [\"phase-policy\"]",
            "cadence.toml:2: rule 'phase-policy' cannot be disabled: change [policy.<phase>]"
        ),
        (
            "[rules]\ndisabled = [\"no-such-rule\"]",
            "cadence.toml:2: unknown rule 'no-such-rule': expected "
                + GateRule.allCases.map(\.rawValue).joined(separator: ", ")
        ),
        (
            "[rules]\nstrict = true",
            "cadence.toml:2: unknown key 'strict' in [rules]: expected maintenance-phases, disabled"
        ),
        (
            "[policy.maintenance]\nfeature = \"reject\"",
            "cadence.toml:1: unknown phase 'maintenance' in [policy.maintenance]: expected " + phases
        ),
        (
            "[policy.bugfix]\nfeature = \"maybe\"",
            "cadence.toml:2: decision 'maybe' must be allow, review or reject"
        ),
        (
            "[policy.bugfix]\nfeatures = \"reject\"",
            "cadence.toml:2: unknown key 'features' in [policy.bugfix]: expected security, crash-fix, bug-fix, "
                + "behaviour-change, feature, deprecation-or-removal, documentation, tests, build"
        ),
        (
            "[policy]\nfeature = \"reject\"",
            "cadence.toml:1: unknown table [policy]: expected " + tables
        ),
        (
            "[gate]\n",
            "cadence.toml:1: unknown table [gate]: expected " + tables
        ),
        (
            "strict = true\n[paths]",
            "cadence.toml:1: key 'strict' is outside a table: put it under " + tables
        ),
        ("[[paths]]\ntests = []", "cadence.toml:1: [[paths]] is not used in cadence.toml: write [paths]"),
        (
            "[paths]\ntests = [\"a\"",
            "cadence.toml:2:9: array is not closed on this line (multi-line arrays are not supported)"
        ),
    ]

    @Test(arguments: malformed)
    func rejectsUnknownKeysAndBadValuesNamingTheLine(text: String, message: String) {
        do {
            _ = try GateConfiguration(toml: text, file: "cadence.toml")
            Issue.record("expected an error for \(text)")
        } catch {
            #expect("\(error)" == message)
        }
    }
}
