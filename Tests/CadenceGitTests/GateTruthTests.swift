import CadenceCore
import Foundation
import Testing

@testable import CadenceGit

/// The six ways the gate was wrong on CPython's real `v3.9.0..v3.9.4` (issue 9), each reproduced in a
/// small real repository and read end to end: git, the grouping, the release tags, the gate.
@Suite struct GateTruthTests {
    /// CPython 3.9's dates (from CPython's release data), so that 3.9 is in its bugfix phase.
    static let python39 = """
        [metadata."3.9"]
        pep = 596
        status = "bugfix"
        branch = "3.9"
        release-manager = "Łukasz Langa"
        start-of-development = 2019-06-04
        feature-freeze = 2020-05-18
        first-release = 2020-10-05
        end-of-bugfix = 2022-05-17
        end-of-life = 2025-10-31

        [[release."3.9"]]
        stage = "3.9.0"
        state = "actual"
        date = 2020-10-05
        """

    /// Audits `range` of `repository` for 3.9 on 2021-04-04, with the range's release facts.
    func audit(_ repository: TestRepository, _ range: String) throws -> BackportAudit {
        let series = try ReleaseHistory(toml: Self.python39, file: "python39.toml").series(named: SeriesName("3.9"))
        let git = GitRepository(path: repository.path)
        let classifier = ChangeClassifier()
        let read = try git.history(range: range) { classifier.annotate($0) }
        return BackportAudit(
            annotated: read.annotations,
            into: series,
            on: try CalendarDate("2021-04-04"),
            releases: try git.releases(in: range, commits: read.history.commits)
        )
    }

    func entry(_ audit: BackportAudit, _ sha: String) throws -> BackportAudit.Entry {
        try #require(audit.entries.first { entry in entry.change.commits.contains { $0.sha == sha } })
    }

    /// A 3.9 branch with a module, a test file and a public header, tagged v3.9.0.
    func baseline() throws -> TestRepository {
        let repository = try TestRepository()
        try repository.write("Lib/spam.py", "def parse(text):\n    return text.split(',')\n")
        try repository.write(
            "Lib/test/test_spam.py",
            """
            import unittest
            import spam

            class ParseTests(unittest.TestCase):
                def test_parse(self):
                    self.assertEqual(spam.parse('a,b'), ['a', 'b'])

                def test_empty(self):
                    with self.assertRaises(ValueError):
                        spam.parse('')

                def test_timing(self):
                    self.assertLess(spam.elapsed(), 0.5)

            """
        )
        try repository.write(
            "Include/cpython/pystate.h",
            "struct _ts {\n    int recursion_depth;\n    char overflowed;\n};\n#define Py_UNREACHABLE() abort()\n"
        )
        try repository.write("Doc/library/spam.rst", "spam\n====\n")
        try repository.commit("Python 3.9.0", on: "2020-10-05")
        try repository.git("tag", "v3.9.0")
        return repository
    }

    // MARK: - 1. What changed decides the kind, not the title's words

    @Test func titleWordsDoNotMakeARemovalOrAFeature() throws {
        let repository = try baseline()
        try repository.write(
            "Lib/spam.py",
            "def parse(text):\n    if not text:\n        return []\n    return text.split(',')\n"
        )
        let fix = try repository.commit(
            "bpo-1: Remove bogus check and add a missing return in spam.parse()",
            on: "2021-01-10"
        )
        try repository.write("Doc/library/spam.rst", "spam\n====\n\nRemoved the old note.\n")
        let docs = try repository.commit("bpo-2: Remove an outdated paragraph", on: "2021-01-11")
        let audit = try audit(repository, "v3.9.0..HEAD")
        let fixEntry = try entry(audit, fix)
        #expect(fixEntry.change.kind == .bugFix)
        #expect(fixEntry.verdict.decision == .allow)
        let docsEntry = try entry(audit, docs)
        #expect(docsEntry.change.kind == .documentation)
        #expect(docsEntry.verdict.decision == .allow)
        #expect(docsEntry.change.classification.evidence.first?.detail.hasPrefix("only documentation files") == true)
    }

    @Test func thePythonInterfaceDecidesRemovalsAndSendsNewRaisesToReview() throws {
        let repository = try baseline()
        try repository.write(
            "Lib/spam.py",
            "def parse(text):\n    if not isinstance(text, str):\n        raise TypeError(text)\n    return text.split(',')\n"
        )
        let raises = try repository.commit("bpo-20: Validate spam.parse()'s argument", on: "2021-01-10")
        try repository.write("Lib/spam.py", "def split(text):\n    return text.split(',')\n")
        let removal = try repository.commit("bpo-21: Tidy spam", on: "2021-01-11")
        try repository.write("Lib/spam.py", "")
        try repository.write("Lib/eggs.py", "def split(text):\n    return text.split(',')\n")
        let move = try repository.commit("bpo-22: Move split() to eggs", on: "2021-01-12")
        let audit = try audit(repository, "v3.9.0..HEAD")
        let review = try entry(audit, raises)
        #expect(review.verdict.decision == .review)
        #expect(review.verdict.deciding.map(\.rule) == [.codeChangesBehaviour])
        #expect(review.verdict.deciding.first?.evidence.map(\.detail) == ["raises-new: raise TypeError(text)"])
        let removed = try entry(audit, removal)
        #expect(removed.change.kind == .deprecation)
        #expect(removed.verdict.decision == .reject)
        // The removal decides before the addition: `split` is new API too, but a removal is the stronger case.
        #expect(removed.change.classification.evidence.map(\.detail) == ["public-name-removed: def parse(text)"])
        #expect(try entry(audit, move).verdict.decision == .allow)
    }

    @Test func aChangeDocumentedAsNewInAMicroReleaseGoesToReview() throws {
        let repository = try baseline()
        try repository.write("Lib/spam.py", "def parse(text):\n    return [part.strip() for part in text.split(',')]\n")
        try repository.write(
            "Doc/library/spam.rst",
            "spam\n====\n\n.. function:: parse(text)\n\n   .. versionchanged:: 3.9.1\n      Parts are stripped.\n"
        )
        let documented = try repository.commit("bpo-50: Strip the parts of spam.parse()", on: "2021-01-10")
        try repository.write("Doc/library/spam.rst", "spam\n====\n\n.. versionadded:: 3.9\n")
        let feature = try repository.commit("bpo-51: Say when spam came", on: "2021-01-11")
        let audit = try audit(repository, "v3.9.0..HEAD")
        let review = try entry(audit, documented)
        #expect(review.verdict.decision == .review)
        #expect(review.verdict.deciding.map(\.rule) == [.documentsMicroChange])
        #expect(
            review.verdict.deciding.first?.evidence.map(\.detail) == [
                ".. versionchanged:: 3.9.1 in Doc/library/spam.rst"
            ]
        )
        // A note naming the feature release (3.9) says nothing about a bugfix release.
        #expect(try entry(audit, feature).verdict.decision == .allow)
    }

    // MARK: - 2. Adapted tests: only a changed expectation counts

    @Test func aChangedExpectationGoesToReviewButATestOnlyFixDoesNot() throws {
        let repository = try baseline()
        // A test-only robustness fix: the timing bound changes, but the commit touches only tests.
        try repository.write(
            "Lib/test/test_spam.py",
            try testFile(repository).replacingOccurrences(of: "0.5", with: "5.0")
        )
        let robust = try repository.commit("bpo-3: Fix timeouts in test_spam", on: "2021-01-10")
        // A fix that had to change what an existing test expects.
        try repository.write("Lib/spam.py", "def parse(text):\n    return text.split(';')\n")
        try repository.write(
            "Lib/test/test_spam.py",
            try testFile(repository).replacingOccurrences(
                of: "spam.parse('a,b'), ['a', 'b']",
                with: "spam.parse('a;b'), ['a', 'b']"
            )
        )
        let adapted = try repository.commit("bpo-4: Fix the separator in spam.parse()", on: "2021-01-11")
        // A refactor of a test that keeps every expectation.
        try repository.write("Lib/spam.py", "def parse(text):\n    return list(text.split(';'))\n")
        try repository.write(
            "Lib/test/test_spam.py",
            try testFile(repository).replacingOccurrences(
                of: "        self.assertEqual(spam.parse('a;b'), ['a', 'b'])",
                with: "        result = spam.parse('a;b')\n        self.assertEqual(result, ['a', 'b'])"
            )
        )
        let refactor = try repository.commit("bpo-5: Simplify spam.parse()", on: "2021-01-12")
        let audit = try audit(repository, "v3.9.0..HEAD")
        #expect(try entry(audit, robust).verdict.decision == .allow)
        #expect(try entry(audit, robust).change.kind == .tests)
        let review = try entry(audit, adapted)
        #expect(review.verdict.decision == .review)
        #expect(review.verdict.deciding.map(\.rule) == [.adaptedTests])
        #expect(review.verdict.deciding.first?.evidence.first?.detail == "changed; no longer expects 'a,b'")
        #expect(try entry(audit, refactor).verdict.decision == .allow)
    }

    @Test func aDeletedTestOfTheOldBehaviourIsRejectedAndAMovedOneIsNot() throws {
        let repository = try baseline()
        let original = try testFile(repository)
        try repository.write("Lib/spam.py", "def parse(text):\n    return text.split(',') if text else []\n")
        try repository.write(
            "Lib/test/test_spam.py",
            original.replacingOccurrences(
                of:
                    "    def test_empty(self):\n        with self.assertRaises(ValueError):\n            spam.parse('')\n\n",
                with: ""
            )
        )
        let removal = try repository.commit("bpo-6: Allow spam.parse() with empty text", on: "2021-01-10")
        // Moving a test to another file keeps its expectations.
        try repository.write(
            "Lib/test/test_spam.py",
            original.replacingOccurrences(
                of: "    def test_timing(self):\n        self.assertLess(spam.elapsed(), 0.5)\n\n",
                with: ""
            ).replacingOccurrences(
                of:
                    "    def test_empty(self):\n        with self.assertRaises(ValueError):\n            spam.parse('')\n\n",
                with: ""
            )
        )
        try repository.write(
            "Lib/test/test_spam_timing.py",
            "import unittest\nimport spam\n\nclass T(unittest.TestCase):\n    def test_timing(self):\n        self.assertLess(spam.elapsed(), 0.5)\n"
        )
        try repository.write("Lib/spam.py", "def parse(text):\n    return text.split(',') if text else list()\n")
        let moved = try repository.commit("bpo-7: Tidy spam and move its timing test", on: "2021-01-11")
        let audit = try audit(repository, "v3.9.0..HEAD")
        let rejected = try entry(audit, removal)
        #expect(rejected.verdict.decision == .reject)
        #expect(rejected.change.kind == .behaviourChange)
        #expect(rejected.verdict.deciding.map(\.rule).contains(.removedTest))
        #expect(
            rejected.verdict.findings.first { $0.rule == .removedTest }?.evidence.first?.detail
                == "removed; no longer expects ValueError, ''"
        )
        #expect(try entry(audit, moved).verdict.decision == .allow)
    }

    // MARK: - 3. ABI: only what compiled extensions see

    @Test func aPrivateMacroIsNotAnABIChangeButAReplacedFieldIs() throws {
        let repository = try baseline()
        let header = try String(
            contentsOf: repository.url.appendingPathComponent("Include/cpython/pystate.h"),
            encoding: .utf8
        )
        try repository.write("Include/cpython/pystate.h", header + "#define _Py__has_builtin(x) 0\n")
        let privateMacro = try repository.commit("bpo-8: Add _Py__has_builtin() macro", on: "2021-01-10")
        try repository.write(
            "Include/cpython/pystate.h",
            header.replacingOccurrences(of: "char overflowed;", with: "int recursion_headroom;")
                + "#define _Py__has_builtin(x) 0\n"
        )
        let layout = try repository.commit("bpo-9: Fix recursion in or after except", on: "2021-01-11")
        let audit = try audit(repository, "v3.9.0..HEAD")
        #expect(try entry(audit, privateMacro).verdict.decision == .allow)
        let broken = try entry(audit, layout)
        #expect(broken.verdict.decision == .reject)
        #expect(
            broken.verdict.findings.first { $0.rule == .publicABIChange }?.evidence.map(\.detail)
                == ["struct _ts: field 'overflowed' (char) replaced by 'recursion_headroom' (int)"]
        )
    }

    // MARK: - 4. Security and crash fixes

    @Test func aSecurityFixIsNeverRejectedForItsWords() throws {
        let repository = try baseline()
        try repository.write(
            "Lib/spam.py",
            "def parse(text):\n    if '<!ENTITY' in text:\n        raise ValueError(text)\n    return text.split(',')\n"
        )
        try repository.write(
            "Misc/NEWS.d/next/Security/2021-01-10-10-00-00.bpo-10.aaaaaa.rst",
            "spam.parse() no longer accepts entity declarations: it now raises ValueError.\n"
        )
        let security = try repository.commit("bpo-10: Reject entity declarations in spam.parse()", on: "2021-01-10")
        try repository.write("Lib/spam.py", "def parse(text):\n    return (text or '').split(',')\n")
        try repository.write(
            "Misc/NEWS.d/next/Library/2021-01-11-10-00-00.bpo-11.bbbbbb.rst",
            "spam.parse() no longer crashes on None.\n"
        )
        let crash = try repository.commit("bpo-11: Fix a crash in spam.parse()", on: "2021-01-11")
        let audit = try audit(repository, "v3.9.0..HEAD")
        let securityEntry = try entry(audit, security)
        #expect(securityEntry.change.kind == .security)
        #expect(securityEntry.verdict.decision == .allow)
        let crashEntry = try entry(audit, crash)
        #expect(crashEntry.change.kind == .crashFix)
        #expect(crashEntry.verdict.decision == .allow)
    }

    // MARK: - 5. Reverts

    @Test func aRollbackOfAReleasedChangeIsAllowedAndTheChangeIsJudged() throws {
        let repository = try baseline()
        let header = try String(
            contentsOf: repository.url.appendingPathComponent("Include/cpython/pystate.h"),
            encoding: .utf8
        )
        try repository.write(
            "Include/cpython/pystate.h",
            header.replacingOccurrences(of: "char overflowed;", with: "int headroom;")
        )
        let change = try repository.commit(
            "[3.9] bpo-42500: Fix recursion in or after except (GH-1) (GH-2)",
            on: "2021-02-20"
        )
        try repository.commit("Python 3.9.3", on: "2021-04-02")
        try repository.git("tag", "v3.9.3")
        try repository.write("Include/cpython/pystate.h", header)
        let rollback = try repository.commit(
            "bpo-42500: Rollback the 3.9 fix, it broke the ABI in 3.9.3",
            on: "2021-04-03"
        )
        let audit = try audit(repository, "v3.9.0..HEAD")
        let revert = try entry(audit, rollback)
        #expect(revert.verdict.decision == .allow)
        #expect(revert.verdict.rules == [.revertRestoresShipped])
        #expect(revert.reverts.map(\.reverted) == [change])
        let original = try entry(audit, change)
        #expect(!original.isNeverShipped)
        #expect(original.shippedBeforeRevert == "v3.9.3")
        #expect(original.verdict.decision == .reject)
    }

    @Test func aChangeRevertedBeforeAnyReleaseNeverShipped() throws {
        let repository = try baseline()
        try repository.write("Lib/spam.py", "def parse(text):\n    return text.split(', ')\n")
        let change = try repository.commit("bpo-12: Split on comma and space in spam.parse()", on: "2021-01-10")
        try repository.write("Lib/spam.py", "def parse(text):\n    return text.split(',')\n")
        try repository.commit(
            "Revert \"bpo-12: Split on comma and space in spam.parse()\"\n\nThis reverts commit \(change).\n",
            on: "2021-01-11"
        )
        let audit = try audit(repository, "v3.9.0..HEAD")
        #expect(try entry(audit, change).isNeverShipped)
    }

    @Test func revertingARevertOfAnUnshippedChangeIsJudgedAsThatChange() throws {
        let repository = try baseline()
        let header = try String(
            contentsOf: repository.url.appendingPathComponent("Include/cpython/pystate.h"),
            encoding: .utf8
        )
        let changed = header.replacingOccurrences(of: "char overflowed;", with: "long overflowed;")
        try repository.write("Include/cpython/pystate.h", changed)
        let original = try repository.commit("bpo-30: Align PyThreadState", on: "2021-01-10")
        try repository.write("Include/cpython/pystate.h", header)
        // As in CPython's 2156fec1f7, the revert's title names no issue (two reverts of one issue group
        // together).
        let revert = try repository.commit(
            "[3.9] Revert \"Align PyThreadState\"\n\nThis reverts commit \(original).\n",
            on: "2021-01-11"
        )
        try repository.write("Include/cpython/pystate.h", changed)
        let again = try repository.commit(
            "bpo-30: Align PyThreadState again\n\nThis reverts commit \(revert).\n",
            on: "2021-01-12"
        )
        let audit = try audit(repository, "v3.9.0..HEAD")
        let reapplied = try entry(audit, again)
        #expect(reapplied.verdict.decision == .reject)
        #expect(reapplied.verdict.deciding.map(\.rule) == [.publicABIChange])
        #expect(
            reapplied.verdict.deciding.first?.evidence.map(\.detail)
                == ["struct _ts: field 'overflowed' changed type from 'char' to 'long'"]
        )
        // The first revert restored what 3.9.0 shipped: allowed.
        #expect(try entry(audit, revert).verdict.rules == [.revertRestoresShipped])
    }

    @Test func newsOnlyAndCommentOnlyChangesAreDocumentation() throws {
        let repository = try baseline()
        try repository.write("Misc/NEWS.d/next/Library/2021-01-10-10-00-00.bpo-40.cccccc.rst", "Fix the markup.\n")
        let news = try repository.commit("bpo-40: Fix broken NEWS markup", on: "2021-01-10")
        let header = try String(
            contentsOf: repository.url.appendingPathComponent("Include/cpython/pystate.h"),
            encoding: .utf8
        )
        try repository.write("Include/cpython/pystate.h", "/* The thread state. */\n" + header)
        try repository.write("Lib/spam.py", "# Parsing helpers.\ndef parse(text):\n    return text.split(',')\n")
        let comments = try repository.commit("bpo-41: Explain spam and the thread state", on: "2021-01-11")
        let audit = try audit(repository, "v3.9.0..HEAD")
        #expect(try entry(audit, news).change.kind == .documentation)
        let documented = try entry(audit, comments)
        #expect(documented.change.kind == .documentation)
        #expect(
            documented.change.classification.evidence.map(\.detail) == [
                "only comments (+1 −0)", "only comments (+1 −0)",
            ]
        )
        #expect(documented.verdict.decision == .allow)
    }

    // MARK: - 6. Cherry-picks that came back with the merged release tag

    @Test func fixesThatShippedInTheStartingReleaseAreNotJudgedAgain() throws {
        let repository = try TestRepository()
        try repository.write("Lib/spam.py", "def parse(text):\n    return text.split(',')\n")
        try repository.commit("Initial", on: "2020-09-01")
        // The release manager's branch for 3.9.0 cherry-picks a fix; the branch gets the same fix.
        try repository.git("checkout", "-q", "-b", "release")
        try repository.write("Lib/spam.py", "def parse(text):\n    return text.strip().split(',')\n")
        try repository.commit(
            "[3.9] bpo-13: Strip spam.parse()'s input\n\n(cherry picked from commit \(String(repeating: "a", count: 40)))\n",
            on: "2020-09-20"
        )
        try repository.commit("Python 3.9.0", on: "2020-10-05")
        try repository.git("tag", "v3.9.0")
        try repository.git("checkout", "-q", "3.9")
        try repository.write("Lib/spam.py", "def parse(text):\n    return text.strip().split(',')\n")
        let twin = try repository.commit(
            "[3.9] bpo-13: Strip spam.parse()'s input (GH-1)\n\n(cherry picked from commit \(String(repeating: "a", count: 40)))\n",
            on: "2020-09-21"
        )
        try repository.git("merge", "-q", "--no-ff", "-m", "Merge tag 'v3.9.0' into 3.9", "v3.9.0", date: "2020-10-06")
        try repository.write("Lib/spam.py", "def parse(text):\n    return text.strip().split(',') if text else []\n")
        let later = try repository.commit("bpo-14: Fix spam.parse() on empty text", on: "2020-11-01")
        let audit = try audit(repository, "v3.9.0..3.9")
        let shipped = try entry(audit, twin)
        #expect(shipped.isAlreadyShipped)
        #expect(shipped.alreadyShipped?.release == "v3.9.0")
        #expect(!shipped.isJudged)
        #expect(try entry(audit, later).isJudged)
    }

    private func testFile(_ repository: TestRepository) throws -> String {
        try String(contentsOf: repository.url.appendingPathComponent("Lib/test/test_spam.py"), encoding: .utf8)
    }
}
