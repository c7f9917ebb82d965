import Testing

@testable import CadenceCore

/// Public header and ABI data changes, with the structs a hunk touched.
@Suite struct InterfaceChangeTests {
    static let header = """
        #ifndef Py_CPYTHON_PYSTATE_H
        #  error "this header file must not be included directly"
        #endif

        /* struct _ts is the thread state { not a brace } */
        struct _ts {
            /* See Python/ceval.c for comments explaining most fields */
            struct _ts *prev;
            struct _ts *next;
            int recursion_depth;
            struct {
                int nested;
            } inner;
        };

        typedef struct {
            int isolated;
            wchar_t *home;   // a "quoted { brace"
        } PyConfig;

        PyAPI_FUNC(PyObject *) _PyThreadState_GetDict(PyThreadState *tstate);
        """

    @Test func outlineFindsStructsByTagOrTypedef() {
        let outline = CHeaderOutline(Self.header)
        #expect(outline.blocks.map(\.name) == ["_ts", "PyConfig"])
        #expect(outline.blocks.map(\.lines) == [6...14, 16...19])
    }

    @Test func aStructMemberAddedIsAStructChange() {
        var newHeader = Self.header.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        newHeader.insert("    int recursion_headroom;", at: 10)  // new line 11
        let patch = UnifiedDiff.FilePatch(
            oldPath: "Include/cpython/pystate.h",
            newPath: "Include/cpython/pystate.h",
            hunks: [UnifiedDiff.Hunk(oldStart: 10, oldCount: 0, newStart: 11, newCount: 1)]
        )
        let change = InterfaceChange(
            patch: patch,
            oldText: Self.header,
            newText: newHeader.joined(separator: "\n")
        )
        #expect(change == InterfaceChange(file: "Include/cpython/pystate.h", kind: .publicHeader, structs: ["_ts"]))
    }

    @Test func aCommentInsideAStructIsNoStructChange() {
        // Real case, 3.8's bpo-20526 backport: `+    /* Borrowed reference to the current frame */` in struct _ts.
        let patch = UnifiedDiff.FilePatch(
            oldPath: "Include/cpython/pystate.h",
            newPath: "Include/cpython/pystate.h",
            hunks: [
                UnifiedDiff.Hunk(
                    oldStart: 7,
                    oldCount: 0,
                    newStart: 8,
                    newCount: 1,
                    added: ["    /* Borrowed reference to the current frame (it can be NULL) */"]
                )
            ]
        )
        #expect(InterfaceChange(patch: patch, oldText: Self.header, newText: Self.header)?.structs == [])
        #expect(InterfaceChange.isCommentOrBlank(" * continued"))
        #expect(!InterfaceChange.isCommentOrBlank("    int x; /* trailing */"))
        #expect(!InterfaceChange.isCommentOrBlank("/* a */ int x; /* b */"))
    }

    @Test func aFunctionDeclarationIsNoStructChange() {
        let patch = UnifiedDiff.FilePatch(
            oldPath: "Include/cpython/pystate.h",
            newPath: "Include/cpython/pystate.h",
            hunks: [UnifiedDiff.Hunk(oldStart: 21, oldCount: 1, newStart: 21, newCount: 1)]
        )
        let change = InterfaceChange(patch: patch, oldText: Self.header, newText: Self.header)
        #expect(change?.structs == [])
        #expect(change?.kind == .publicHeader)
    }

    @Test func internalHeadersAndOtherFilesAreNoInterface() {
        let internalPatch = UnifiedDiff.FilePatch(
            oldPath: "Include/internal/pycore_ceval.h",
            newPath: "Include/internal/pycore_ceval.h"
        )
        #expect(InterfaceChange(patch: internalPatch, oldText: nil, newText: nil) == nil)
        let abi = UnifiedDiff.FilePatch(oldPath: "Doc/data/python3.11.abi", newPath: "Doc/data/python3.11.abi")
        #expect(
            InterfaceChange(patch: abi, oldText: nil, newText: nil)
                == InterfaceChange(file: "Doc/data/python3.11.abi", kind: .abiData)
        )
    }
}
