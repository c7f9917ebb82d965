import Testing

@testable import CadenceCore

/// NEWS entry paths, test files, public headers and ABI data, and unified diff hunks.
@Suite struct HistoryPathTests {
    @Test(
        arguments: [
            (
                "Misc/NEWS.d/next/Library/2023-06-05-10-11-12.gh-issue-104411.AbCdEf.rst", "Library",
                IssueReference(.github, 104411)
            ),
            (
                "Misc/NEWS.d/next/Core and Builtins/2021-04-02-01-02-03.bpo-43710.XyZ123.rst", "Core and Builtins",
                IssueReference(.bpo, 43710)
            ),
            (
                "Misc/NEWS.d/next/Core_and_Builtins/2023-01-01-00-00-00.gh-issue-1.a.rst", "Core and Builtins",
                IssueReference(.github, 1)
            ),
            ("Misc/NEWS.d/next/C API/2021-01-01-00-00-00.bpo-2.b.rst", "C API", IssueReference(.bpo, 2)),
            ("Misc/NEWS.d/next/C_API/2023-01-01-00-00-00.gh-issue-3.c.rst", "C API", IssueReference(.github, 3)),
            (
                "Misc/NEWS.d/next/Tools-Demos/2023-01-01-00-00-00.gh-issue-4.d.rst", "Tools/Demos",
                IssueReference(.github, 4)
            ),
            ("Misc/NEWS.d/next/macOS/2023-01-01-00-00-00.gh-issue-5.e.rst", "macOS", IssueReference(.github, 5)),
            (
                "Misc/NEWS.d/next/Security/2021-01-01-00-00-00.bpo-42938.4Zn4Mp.rst", "Security",
                IssueReference(.bpo, 42938)
            ),
        ] as [(String, String, IssueReference)]
    )
    func readsNewsEntryPaths(path: String, section: String, issue: IssueReference) {
        #expect(NewsEntry.Location(path: path) == NewsEntry.Location(section: section, issue: issue))
    }

    @Test(arguments: [
        "Misc/NEWS.d/next/Library/README.rst",
        "Misc/NEWS.d/3.9.1.rst",
        "Misc/NEWS.d/next/Library/notes.txt",
        "Misc/NEWS.d/next/Library/sub/2023.gh-issue-1.a.rst",
        "Doc/whatsnew/3.9.rst",
    ])
    func skipsWhatIsNoEntry(path: String) {
        #expect(NewsEntry.Location(path: path) == nil)
        #expect(!SourcePath.isNewsEntry(path))
    }

    @Test func readsTheNewsABIMarker() {
        let marked = NewsEntry(path: "p", section: "C API", issue: nil, text: "  (CPython ABI break) Add a field.\n")
        let plain = NewsEntry(path: "p", section: "C API", issue: nil, text: "Add a field (CPython ABI break).")
        #expect(marked.hasABIBreakMarker)
        #expect(!plain.hasABIBreakMarker)
        #expect(NewsEntry.sectionName(folder: "Unknown_Thing") == "Unknown Thing")
    }

    @Test(arguments: [
        ("Lib/test/test_ssl.py", true), ("Lib/test/cjkencodings/big5.txt", true),
        ("Lib/tomllib/tests/test_misc.py", true), ("Lib/unittest/test/test_case.py", true),
        ("Lib/idlelib/idle_test/htest.py", true), ("Tools/peg_generator/test_x.py", true),
        ("Lib/ssl.py", false), ("Lib/testing.py", false), ("Doc/library/test.rst", false),
    ])
    func classifiesTestFiles(path: String, isTest: Bool) {
        #expect(SourcePath.isTestFile(path) == isTest)
    }

    @Test func classifiesInterfaceFiles() {
        #expect(SourcePath.isPublicHeader("Include/cpython/pystate.h"))
        #expect(SourcePath.isPublicHeader("Include/object.h"))
        #expect(!SourcePath.isPublicHeader("Include/internal/pycore_pystate.h"))
        #expect(!SourcePath.isPublicHeader("Include/README.rst"))
        #expect(SourcePath.isABIData("Doc/data/python3.11.abi"))
        #expect(!SourcePath.isABIData("Doc/data/refcounts.dat"))
        #expect(!SourcePath.isABIData("Doc/data/old/python3.10.abi"))
    }

    @Test func readsUnifiedDiffHunksAndPaths() {
        let text = """
            diff --git a/Lib/test/test_x.py b/Lib/test/test_x.py
            index 1111111..2222222 100644
            --- a/Lib/test/test_x.py
            +++ b/Lib/test/test_x.py
            @@ -3 +3 @@ class T(unittest.TestCase):
            --- a removed line that looks like a header
            +++ an added one
            @@ -10,2 +9,0 @@ def test_y(self):
            -        one
            -        two
            \\ No newline at end of file
            diff --git a/Lib/test/old name.py b/Lib/test/new name.py
            similarity index 100%
            rename from Lib/test/old name.py
            rename to Lib/test/new name.py
            diff --git a/Lib/test/gone.py b/Lib/test/gone.py
            deleted file mode 100644
            --- a/Lib/test/gone.py
            +++ /dev/null
            @@ -1 +0,0 @@
            -def test_gone(): pass
            diff --git "a/Lib/test/caf\\303\\251.py" "b/Lib/test/caf\\303\\251.py"
            --- "a/Lib/test/caf\\303\\251.py"
            +++ "b/Lib/test/caf\\303\\251.py"
            @@ -1 +1 @@
            -x\r
            +y
            """
        let diff = UnifiedDiff(parsing: Substring(text))
        #expect(
            diff.files.map(\.path) == [
                "Lib/test/test_x.py", "Lib/test/new name.py", "Lib/test/gone.py", "Lib/test/café.py",
            ]
        )
        let first = diff.files[0]
        #expect(first.hunks.count == 2)
        #expect(first.hunks[0].removed == ["-- a removed line that looks like a header"])
        #expect(first.hunks[0].added == ["++ an added one"])
        #expect(first.hunks[0].context == "class T(unittest.TestCase):")
        #expect(first.hunks[1].removedLineNumbers == 10...11)
        #expect(first.hunks[1].addedLineNumbers == nil)
        #expect(diff.files[1].oldPath == "Lib/test/old name.py")
        #expect(diff.files[2].newPath == nil)
        #expect(diff.files[2].hunks[0].removed == ["def test_gone(): pass"])
        #expect(diff.files[3].hunks[0].removed == ["x"])
    }
}
