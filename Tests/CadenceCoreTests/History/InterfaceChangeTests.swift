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
        let added = InterfaceDifference(
            kind: .layoutChanged,
            name: "_ts",
            detail: "struct _ts: field 'recursion_headroom' (int) added"
        )
        #expect(
            change
                == InterfaceChange(
                    file: "Include/cpython/pystate.h",
                    kind: .publicHeader,
                    structs: ["_ts"],
                    differences: [added],
                    hasTexts: true
                )
        )
        #expect(change?.breakingDifferences == [added])
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
        let change = InterfaceChange(patch: patch, oldText: Self.header, newText: Self.header)
        #expect(change?.structs == [])
        #expect(change?.differences == [])
        #expect(change?.hasTexts == true)
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
        #expect(change?.differences == [])
    }

    @Test func aPublicSignatureChangedIsABreakingDifferenceAndAPrivateOneIsNone() {
        let patch = UnifiedDiff.FilePatch(
            oldPath: "Include/cpython/pystate.h",
            newPath: "Include/cpython/pystate.h",
            hunks: [UnifiedDiff.Hunk(oldStart: 21, oldCount: 1, newStart: 21, newCount: 1)]
        )
        let publicFunction = "\nPyAPI_FUNC(int) PyThreadState_SetAsyncExc(unsigned long id, PyObject *exc);"
        let changed = InterfaceChange(
            patch: patch,
            oldText: Self.header + publicFunction,
            newText: Self.header + publicFunction.replacingOccurrences(of: "unsigned long id", with: "long id")
        )
        #expect(changed?.structs == [])
        #expect(changed?.differences.map(\.kind) == [.signatureChanged])
        #expect(changed?.differences.map(\.name) == ["PyThreadState_SetAsyncExc"])
        #expect(changed?.breakingDifferences.count == 1)

        let privateChange = InterfaceChange(
            patch: patch,
            oldText: Self.header,
            newText: Self.header.replacingOccurrences(of: "(PyThreadState *tstate)", with: "(PyThreadState *ts, int x)")
        )
        #expect(privateChange?.differences == [])
        #expect(privateChange?.hasTexts == true)
    }

    @Test func aHeaderWhoseTextsWereNotReadHasNoDifferences() {
        let patch = UnifiedDiff.FilePatch(
            oldPath: "Include/cpython/pystate.h",
            newPath: "Include/cpython/pystate.h",
            hunks: [UnifiedDiff.Hunk(oldStart: 21, oldCount: 1, newStart: 21, newCount: 1)]
        )
        let change = InterfaceChange(patch: patch, oldText: Self.header, newText: nil)
        #expect(change == InterfaceChange(file: "Include/cpython/pystate.h", kind: .publicHeader))
        #expect(change?.hasTexts == false)
    }

    @Test func aNewHeaderIsReadFromItsNewTextAlone() {
        let patch = UnifiedDiff.FilePatch(
            oldPath: nil,
            newPath: "Include/cpython/pystate.h",
            hunks: [UnifiedDiff.Hunk(oldStart: 0, oldCount: 0, newStart: 1, newCount: 21)]
        )
        let change = InterfaceChange(patch: patch, oldText: nil, newText: Self.header)
        #expect(change?.hasTexts == true)
        #expect(change?.differences.isEmpty == false)
        #expect(change?.differences.allSatisfy { $0.kind == .added } == true)
        #expect(change?.breakingDifferences == [])
    }

    @Test func pcPyconfigIsAPublicHeader() {
        let patch = UnifiedDiff.FilePatch(oldPath: "PC/pyconfig.h", newPath: "PC/pyconfig.h")
        #expect(
            InterfaceChange(patch: patch, oldText: nil, newText: nil)
                == InterfaceChange(file: "PC/pyconfig.h", kind: .publicHeader, hasTexts: false)
        )
        let other = UnifiedDiff.FilePatch(oldPath: "PC/errmap.h", newPath: "PC/errmap.h")
        #expect(InterfaceChange(patch: other, oldText: nil, newText: nil) == nil)
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
