import Testing

@testable import CadenceCore

/// Test functions removed or changed, read from `--unified=0` hunks and the old file.
@Suite struct TestChangeDiffTests {
    /// A test module in CPython's style: decorators, a multi-line string at column 0, nested helpers.
    static let oldFile = """
        import unittest


        class ContextTests(unittest.TestCase):

            def setUp(self):
                self.ctx = object()

            @unittest.skipIf(True,
                             "not on this platform")
            def test_wrap_socket(self):
                data = '''
        column zero inside a string
        '''
                self.assertTrue(data)

            def test_options(self):
                def check(value):
                    return value
                # a comment inside the test
                self.assertEqual(check(1), 1)

            # a comment between tests

            def test_last(self):
                pass


        def test_module_level():
            assert True


        if __name__ == "__main__":
            unittest.main()

        """

    @Test func outlinePlacesLinesInTheirTests() throws {
        let outline = PythonOutline(Self.oldFile)
        #expect(outline.test(at: 7)?.function.name == nil)  // setUp body
        #expect(outline.test(at: 9)?.function.name == "test_wrap_socket")  // decorator
        #expect(outline.test(at: 10)?.function.name == "test_wrap_socket")  // decorator continuation
        #expect(outline.test(at: 13)?.function.name == "test_wrap_socket")  // string at column 0
        #expect(outline.test(at: 15)?.function.name == "test_wrap_socket")
        #expect(outline.test(at: 19)?.function.name == "test_options")  // nested helper's body
        #expect(outline.test(at: 20)?.function.name == "test_options")  // comment inside
        #expect(outline.test(at: 23) == nil)  // comment between tests
        #expect(outline.test(at: 24) == nil)  // blank line
        #expect(outline.test(at: 29)?.testCase == nil)
        #expect(outline.test(at: 30)?.function.name == "test_module_level")
        #expect(outline.test(at: 34) == nil)  // `unittest.main()` after the last test
        let wrap = try #require(outline.test(at: 11))
        #expect(wrap.function.line == 11)
        #expect(wrap.testCase == "ContextTests")
    }

    /// Lines 16-21 of the old file: a blank line and test_options.
    static let testOptions = [
        "",
        "    def test_options(self):",
        "        def check(value):",
        "            return value",
        "        # a comment inside the test",
        "        self.assertEqual(check(1), 1)",
    ]

    /// A patch of `Lib/test/test_ssl.py` deleting lines 16-21 (test_options and the blank line before it).
    static let deletion = UnifiedDiff.FilePatch(
        oldPath: "Lib/test/test_ssl.py",
        newPath: "Lib/test/test_ssl.py",
        hunks: [UnifiedDiff.Hunk(oldStart: 16, oldCount: 6, newStart: 15, newCount: 0, removed: testOptions)]
    )

    @Test func deletedTestIsRemovedAndLosesWhatItExpected() {
        let changes = TestChange.changes(in: Self.deletion, oldText: Self.oldFile)
        #expect(
            changes == [
                TestChange(
                    file: "Lib/test/test_ssl.py",
                    function: "test_options",
                    kind: .removed,
                    removedLines: 5,
                    testCase: "ContextTests",
                    lostExpectations: ["1"]
                )
            ]
        )
        #expect(changes.first?.changesExpectations == true)
    }

    /// The deletion with the commit's other test file adding `lines`.
    static func movedTestOptions(_ lines: [String]) -> [TestChange] {
        let other = UnifiedDiff.FilePatch(
            oldPath: "Lib/test/test_ssl_options.py",
            newPath: "Lib/test/test_ssl_options.py",
            hunks: [UnifiedDiff.Hunk(oldStart: 0, oldCount: 0, newStart: 1, newCount: lines.count, added: lines)]
        )
        // The commit passes the added lines of all its test files.
        let added = TestExpectation.Added([deletion, other])
        return TestChange.changes(in: deletion, oldText: oldFile, addedExpectations: added)
    }

    @Test func aTestMovedToAnotherFileKeepsItsExpectations() {
        let changes = Self.movedTestOptions(Array(Self.testOptions.dropFirst()))
        #expect(changes.map(\.kind) == [.removed])
        #expect(changes.map(\.lostExpectations) == [[]])
        #expect(changes.first?.changesExpectations == false)
        // Without the other file's lines, the same deletion loses what the test expected.
        #expect(TestChange.changes(in: Self.deletion, oldText: Self.oldFile).map(\.lostExpectations) == [["1"]])
    }

    @Test func aTestMovedAndEditedKeepsItsExpectationTokens() {
        // Every token of test_options (`1`) comes back in the other file, but its lines were edited.
        let changes = Self.movedTestOptions([
            "    def test_options(self):", "        self.assertEqual(options(1), 1)",
        ])
        #expect(changes.map(\.kind) == [.removed])
        // Every token it expected is kept: the body-line fallback is only for a test without tokens.
        #expect(changes.map(\.lostExpectations) == [[]])
    }

    @Test func changedExpectedValueIsLostAndARefactorLosesNothing() {
        // test_options' `self.assertEqual(check(1), 1)` (line 21) replaced.
        func change(to line: String) -> [TestChange] {
            let patch = UnifiedDiff.FilePatch(
                oldPath: "Lib/test/test_ssl.py",
                newPath: "Lib/test/test_ssl.py",
                hunks: [
                    UnifiedDiff.Hunk(
                        oldStart: 21,
                        oldCount: 1,
                        newStart: 21,
                        newCount: 1,
                        removed: ["        self.assertEqual(check(1), 1)"],
                        added: [line]
                    )
                ]
            )
            return TestChange.changes(in: patch, oldText: Self.oldFile)
        }
        let changed = change(to: "        self.assertEqual(check(2), 2)")
        #expect(changed.map(\.kind) == [.changed])
        #expect(changed.map(\.lostExpectations) == [["1"]])
        let raises = change(to: "        self.assertRaises(TypeError, check)")
        #expect(raises.map(\.lostExpectations) == [["1"]])
        let refactored = change(to: "        self.assertEqual(1, check(value=1))")
        #expect(refactored.map(\.kind) == [.changed])
        #expect(refactored.map(\.lostExpectations) == [[]])
    }

    @Test func adaptedTestIsChangedAndTrailingCodeIsNot() {
        let patch = UnifiedDiff.FilePatch(
            oldPath: "Lib/test/test_ssl.py",
            newPath: "Lib/test/test_ssl.py",
            hunks: [
                // line 15, `self.assertTrue(data)`, replaced
                UnifiedDiff.Hunk(
                    oldStart: 15,
                    oldCount: 1,
                    newStart: 15,
                    newCount: 1,
                    removed: ["        self.assertTrue(data)"],
                    added: ["        self.assertFalse(data)"]
                ),
                // a line added to test_last: an extension, not a change
                UnifiedDiff.Hunk(oldStart: 26, oldCount: 0, newStart: 27, newCount: 1, added: ["        pass"]),
                // `unittest.main()` replaced: not in a test
                UnifiedDiff.Hunk(oldStart: 34, oldCount: 1, newStart: 35, newCount: 1),
            ]
        )
        #expect(
            TestChange.changes(in: patch, oldText: Self.oldFile) == [
                // assertTrue turned into assertFalse: what it expects changed, though no literal did
                TestChange(
                    file: "Lib/test/test_ssl.py",
                    function: "test_wrap_socket",
                    kind: .changed,
                    removedLines: 1,
                    testCase: "ContextTests",
                    lostExpectations: ["`assertTrue` became `assertFalse`"]
                )
            ]
        )
    }

    @Test func changedSignatureIsAChangeNotARemoval() {
        let patch = UnifiedDiff.FilePatch(
            oldPath: "Lib/test/test_ssl.py",
            newPath: "Lib/test/test_ssl.py",
            hunks: [
                UnifiedDiff.Hunk(
                    oldStart: 25,
                    oldCount: 1,
                    newStart: 25,
                    newCount: 2,
                    removed: ["    def test_last(self):"],
                    added: ["    @support.cpython_only", "    def test_last(self):"]
                )
            ]
        )
        #expect(TestChange.changes(in: patch, oldText: Self.oldFile).map(\.kind) == [.changed])
    }

    @Test func renamedTestIsAChangeAndTheHarnessIsNoTest() {
        // Real case, 3.9's bpo-42474: `def test_comparison` became `def test_comparison_basic`.
        let patch = UnifiedDiff.FilePatch(
            oldPath: "Lib/test/test_ssl.py",
            newPath: "Lib/test/test_ssl.py",
            hunks: [
                UnifiedDiff.Hunk(
                    oldStart: 25,
                    oldCount: 1,
                    newStart: 25,
                    newCount: 1,
                    removed: ["    def test_last(self):"],
                    added: ["    def test_last_renamed(self):"]
                )
            ]
        )
        #expect(TestChange.changes(in: patch, oldText: Self.oldFile).map(\.kind) == [.changed])
        #expect(TestChange.changes(in: patch, oldText: nil).map(\.kind) == [.changed])
        let harness = "import unittest\n\ndef test_main():\n    unittest.main()\n"
        let harnessPatch = UnifiedDiff.FilePatch(
            oldPath: "Lib/test/test_x.py",
            newPath: "Lib/test/test_x.py",
            hunks: [UnifiedDiff.Hunk(oldStart: 4, oldCount: 1, newStart: 4, newCount: 1)]
        )
        #expect(TestChange.changes(in: harnessPatch, oldText: harness) == [])
    }

    @Test func withoutTheOldTextReadsDefLinesAndHunkContext() {
        let patch = UnifiedDiff.FilePatch(
            oldPath: "Lib/test/test_ssl.py",
            newPath: "Lib/test/test_ssl.py",
            hunks: [
                UnifiedDiff.Hunk(
                    oldStart: 15,
                    oldCount: 1,
                    newStart: 15,
                    newCount: 0,
                    context: "def test_wrap_socket(self):",
                    removed: ["        self.assertTrue(data)"]
                ),
                UnifiedDiff.Hunk(
                    oldStart: 25,
                    oldCount: 3,
                    newStart: 24,
                    newCount: 0,
                    context: "class ContextTests(unittest.TestCase):",
                    removed: ["    def test_last(self):", "        pass", ""]
                ),
            ]
        )
        #expect(
            TestChange.changes(in: patch, oldText: nil) == [
                // no expectation token in `self.assertTrue(data)`: a changed test loses nothing
                TestChange(file: "Lib/test/test_ssl.py", function: "test_wrap_socket", kind: .changed, removedLines: 1),
                // a removed placeholder (`pass`) expected nothing
                TestChange(file: "Lib/test/test_ssl.py", function: "test_last", kind: .removed, removedLines: 2),
            ]
        )
    }

    @Test func deletedFileRemovesEveryTest() {
        let lines = Self.oldFile.split(separator: "\n", omittingEmptySubsequences: false).count
        let patch = UnifiedDiff.FilePatch(
            oldPath: "Lib/test/test_ssl.py",
            newPath: nil,
            hunks: [UnifiedDiff.Hunk(oldStart: 1, oldCount: lines, newStart: 0, newCount: 0)]
        )
        let changes = TestChange.changes(in: patch, oldText: Self.oldFile)
        #expect(changes.map(\.function) == ["test_wrap_socket", "test_options", "test_last", "test_module_level"])
        #expect(changes.allSatisfy { $0.kind == .removed })
    }
}
