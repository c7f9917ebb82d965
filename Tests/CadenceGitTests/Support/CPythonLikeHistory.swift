import Foundation

/// A miniature CPython 3.9 branch: backports with and without `[3.9]`, NEWS entries in both folder
/// spellings, a deleted and an adapted test, a public struct change and its rollback, an ABI dump change,
/// the release of 3.9.3 merged back with `Merge tag`, a `git revert`, ABI markers and a non-UTF-8 message.
///
/// Commits after the tag `v3.9.2`, oldest first: see the properties.
final class CPythonLikeHistory: @unchecked Sendable {
    let repository: TestRepository
    var backport = ""  // [3.9] bpo-42500 (struct _ts, ABI dump, NEWS "Core and Builtins")
    var testRemoval = ""  // bpo-43000, no prefix (deletes test_b; NEWS "Core_and_Builtins"; README.rst)
    var testAdaptation = ""  // [3.9] gh-100 (adapts test_a, extends test_c, binary, rename)
    var release = ""  // Python 3.9.3, tagged v3.9.3, on a release branch
    var branchFix = ""  // bpo-43001 on 3.9 while the release was made
    var mergeTag = ""  // Merge tag 'v3.9.3' into 3.9
    var postRelease = ""  // Post 3.9.3
    var gitRevert = ""  // Revert "[3.9] bpo-42500 …" with its trailer (of the backport)
    var reapply = ""  // [3.9] bpo-42500 again: struct _ts gains its member back
    var rollback = ""  // free-form Rollback without trailer
    var abiBreak = ""  // [3.9] (ABI break) with a (CPython ABI break) NEWS entry
    var latin1 = ""  // a message in Latin-1

    static let testFile = """
        import unittest


        class ContextTests(unittest.TestCase):

            def test_a(self):
                self.assertEqual(1, 1)

            def test_b(self):
                self.assertTrue(True)
                self.assertFalse(False)

            def test_c(self):
                pass


        if __name__ == "__main__":
            unittest.main()

        """

    static let pystate = """
        #ifndef Py_CPYTHON_PYSTATE_H
        #define Py_CPYTHON_PYSTATE_H

        struct _ts {
            struct _ts *prev;
            int recursion_depth;
        };

        PyAPI_FUNC(int) PyThreadState_Foo(void);

        #endif

        """

    static let initconfig = """
        typedef struct {
            int isolated;
        } PyConfig;

        """

    init() throws {
        let repo = try TestRepository()
        repository = repo
        try repo.write("Lib/test/test_ssl.py", Self.testFile)
        try repo.write("Lib/ssl.py", "def wrap(): pass\n")
        try repo.write("Lib/old_name.py", "x = 1\ny = 2\nz = 3\n")
        try repo.write("Include/cpython/pystate.h", Self.pystate)
        try repo.write("Include/cpython/initconfig.h", Self.initconfig)
        try repo.write("Include/internal/pycore_pystate.h", "struct _internal { int a; };\n")
        try repo.write("Include/patchlevel.h", "#define PY_VERSION \"3.9.2+\"\n")
        try repo.write("Doc/data/python3.9.abi", "<abi-corpus version='1'/>\n")
        try repo.write(
            "Misc/NEWS.d/next/Library/README.rst",
            "Put news entry ``blurb`` files for the *Library* section in this directory.\n"
        )
        try repo.write("bin.dat", data: Data([0, 1, 2, 3]))
        try repo.commit("Python 3.9.2", on: "2021-02-19")
        try repo.git("tag", "v3.9.2")

        try repo.write(
            "Include/cpython/pystate.h",
            Self.pystate.replacingOccurrences(
                of: "    int recursion_depth;\n",
                with: "    int recursion_depth;\n    int recursion_headroom;\n"
            )
        )
        try repo.write("Include/internal/pycore_pystate.h", "struct _internal { int a; int b; };\n")
        try repo.write("Doc/data/python3.9.abi", "<abi-corpus version='2'/>\n")
        try repo.write(
            "Misc/NEWS.d/next/Core and Builtins/2021-02-20-10-00-00.bpo-42500.fXK7Hk.rst",
            "Improve handling of exceptions near recursion limit.\n"
        )
        backport = try repo.commit(
            """
            [3.9] bpo-42500: Fix recursion in or after except (GH-23568) (GH-24501)

            Ensure the recursion limit is respected.
            (cherry picked from commit 4e7a69bdb63a104587759d7784124492dcdd496e)

            Co-authored-by: Mark Shannon <mark@hotpy.org>
            """,
            on: "2021-02-20"
        )

        try repo.write(
            "Lib/test/test_ssl.py",
            Self.testFile.replacingOccurrences(
                of: "    def test_b(self):\n        self.assertTrue(True)\n        self.assertFalse(False)\n\n",
                with: ""
            )
        )
        try repo.write(
            "Misc/NEWS.d/next/Core_and_Builtins/2021-02-21-10-00-00.bpo-43000.AbCdEf.rst",
            "Remove an obsolete check.\n"
        )
        try repo.write(
            "Misc/NEWS.d/next/Tests/README.rst",
            "Put news entry ``blurb`` files for the *Tests* section in this directory.\n"
        )
        testRemoval = try repo.commit(
            "bpo-43000: Remove an obsolete check (GH-24000) (GH-24010)\n\n(cherry picked from commit 0123456789abcdef0123456789abcdef01234567)\n",
            on: "2021-02-21"
        )

        var adapted = Self.testFile.replacingOccurrences(
            of: "    def test_b(self):\n        self.assertTrue(True)\n        self.assertFalse(False)\n\n",
            with: ""
        )
        adapted = adapted.replacingOccurrences(of: "assertEqual(1, 1)", with: "assertEqual(2, 2)")
        adapted = adapted.replacingOccurrences(
            of: "        pass\n",
            with: "        pass\n        self.assertTrue(True)\n"
        )
        try repo.write("Lib/test/test_ssl.py", adapted)
        try repo.write("bin.dat", data: Data([0, 9, 9, 9]))
        try repo.git("mv", "Lib/old_name.py", "Lib/new_name.py")
        try repo.write("Misc/NEWS.d/next/Library/2021-02-22-10-00-00.gh-issue-100.XyZ123.rst", "Adapt :mod:`ssl`.\n")
        testAdaptation = try repo.commit("[3.9] gh-100: Adapt ssl test (GH-101) (#102)", on: "2021-02-22")

        try repo.git("checkout", "-q", "-b", "release")
        try repo.write("Include/patchlevel.h", "#define PY_VERSION \"3.9.3\"\n")
        release = try repo.commit("Python 3.9.3", on: "2021-04-02")
        try repo.git("tag", "v3.9.3")
        try repo.git("checkout", "-q", "3.9")
        try repo.write("Lib/ssl.py", "def wrap(): return None\n")
        branchFix = try repo.commit("bpo-43001: Return None from wrap (GH-24001)", on: "2021-04-02")
        try repo.git(
            "merge",
            "-q",
            "--no-ff",
            "--no-edit",
            "-m",
            "Merge tag 'v3.9.3' into 3.9",
            "v3.9.3",
            date: "2021-04-02"
        )
        mergeTag = try repo.head()
        try repo.write("Include/patchlevel.h", "#define PY_VERSION \"3.9.3+\"\n")
        postRelease = try repo.commit("Post 3.9.3", on: "2021-04-02")

        try repo.git("revert", "--no-edit", backport, date: "2021-04-03")
        gitRevert = try repo.head()
        try repo.write(
            "Include/cpython/pystate.h",
            Self.pystate.replacingOccurrences(
                of: "    int recursion_depth;\n",
                with: "    int recursion_depth;\n    int recursion_headroom;\n"
            )
        )
        reapply = try repo.commit("[3.9] bpo-42500: Reapply the recursion fix (GH-25100)", on: "2021-04-04")
        try repo.write("Include/cpython/pystate.h", Self.pystate)
        rollback = try repo.commit(
            "bpo-43710: Rollback the 3.9 bpo-42500 fix, it broke the ABI in 3.9.3 (#25180)",
            on: "2021-04-04"
        )

        try repo.write(
            "Include/cpython/initconfig.h",
            Self.initconfig.replacingOccurrences(
                of: "    int isolated;\n",
                with: "    int isolated;\n    int safe_path;\n"
            )
        )
        try repo.write(
            "Misc/NEWS.d/next/C API/2021-04-05-10-00-00.bpo-43999.Qw3rTy.rst",
            "(CPython ABI break) Add ``safe_path`` to :c:type:`PyConfig`.\n"
        )
        try repo.write(
            "Misc/NEWS.d/next/Tools-Demos/2021-04-05-10-00-01.bpo-43998.Zx9Yw8.rst",
            "Teach the demo about ``safe_path``.\n"
        )
        abiBreak = try repo.commit(
            "[3.9] (ABI break) bpo-43999: Add safe_path to PyConfig (GH-25200) (GH-25201)",
            on: "2021-04-05"
        )

        try repo.write("Lib/ssl.py", "def wrap(): return 1\n")
        latin1 = try repo.commitRawObject(
            messageBytes: Data("Fix caf".utf8) + Data([0xE9]) + Data(" handling\n".utf8),
            on: "2021-04-06"
        )
    }
}
