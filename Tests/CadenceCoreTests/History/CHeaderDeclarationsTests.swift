import Testing

@testable import CadenceCore

/// The header snippets are shortened from CPython's own headers at the commits the tests name.
@Suite struct CHeaderDeclarationsTests {
    private func differences(_ old: String, _ new: String) -> [InterfaceDifference] {
        CHeaderDeclarations.differences(from: CHeaderDeclarations(old), to: CHeaderDeclarations(new))
    }

    @Test func namesTheReplacedFieldOfThe393Break() {
        // 8b795ab554 (3.9.3), Include/cpython/pystate.h.
        let old = """
            struct _ts {
                PyFrameObject *frame;
                int recursion_depth;
                char overflowed; /* The stack has overflowed. Allow 50 more calls
                                    to handle the runtime error. */
                char recursion_critical; /* The current calls must not cause
                                            a stack overflow. */
            };
            """
        let new = """
            struct _ts {
                PyFrameObject *frame;
                int recursion_depth;
                int recursion_headroom; /* Allow 50 more calls to handle any errors. */
                char recursion_critical; /* The current calls must not cause
                                            a stack overflow. */
            };
            """
        let found = differences(old, new)
        #expect(found.map(\.kind) == [.layoutChanged])
        #expect(found.first?.detail == "struct _ts: field 'overflowed' (char) replaced by 'recursion_headroom' (int)")
    }

    @Test func privateMacrosCommentsAndInlineBodiesAreNotABIChanges() {
        // ec306a2fd9 adds _Py__has_builtin(); cca896e13b changes Py_UNREACHABLE's body; b0b01811bb a comment;
        // 6e72ab909d changes a static inline function's body.
        let old = """
            /* Outdated: see bpo-1234. */
            #define Py_UNREACHABLE() abort()
            static inline vectorcallfunc PyVectorcall_Function(PyObject *callable) {
                return *(vectorcallfunc *)(((char *)callable) + offset);
            }
            """
        let new = """
            #ifdef __has_builtin
            #  define _Py__has_builtin(x) __has_builtin(x)
            #else
            #  define _Py__has_builtin(x) 0
            #endif
            #define Py_UNREACHABLE() \\
                __builtin_unreachable()
            static inline vectorcallfunc
            PyVectorcall_Function(PyObject *callable)
            {
                vectorcallfunc ptr;
                memcpy(&ptr, (char *) callable + offset, sizeof(ptr));
                return ptr;
            }
            """
        #expect(differences(old, new).isEmpty)
    }

    @Test func aNewPublicFunctionIsAnAdditionNotABreak() {
        // 6b2ed38509: Export missing Py_FrozenMain() symbol.
        let old = "PyAPI_FUNC(int) Py_Main(int argc, wchar_t **argv);\n"
        let new = old + "PyAPI_FUNC(int) Py_FrozenMain(int argc, char **argv);\n"
        let found = differences(old, new)
        #expect(
            found == [InterfaceDifference(kind: .added, name: "Py_FrozenMain", detail: "function Py_FrozenMain added")]
        )
        #expect(found.filter(\.isBreaking).isEmpty)
    }

    @Test func signatureRemovalAndConstantChangesBreak() {
        let old = """
            PyAPI_FUNC(int) Py_Thing(int a);
            PyAPI_FUNC(void) Py_Gone(void);
            #define Py_TPFLAGS_X (1UL << 9)
            #define PY_LIMIT 50
            #define Py_SETREF(op, op2) do { op = op2; } while (0)
            """
        let new = """
            PyAPI_FUNC(int) Py_Thing(int a, int b);
            #define Py_TPFLAGS_X (1UL << 10)
            #define PY_LIMIT 60
            #define Py_SETREF(dst, src) do { dst = src; } while (0)
            """
        let found = differences(old, new)
        #expect(
            found.map(\.detail) == [
                "constant PY_LIMIT changed from '50' to '60'",
                "function Py_Gone removed",
                "macro Py_SETREF: '(op,op2)' became '(dst,src)'",
                "function Py_Thing: 'PyAPI_FUNC(int) Py_Thing(int a)' became 'PyAPI_FUNC(int) Py_Thing(int a,int b)'",
            ]
        )
        #expect(found.filter(\.isBreaking).count == found.count)
    }

    @Test func readsTypedefStructsBitFieldsAndExternBlocks() {
        let old = """
            #ifdef __cplusplus
            extern "C" {
            #endif
            typedef struct {
                unsigned int interned:2;
                PyObject* (*getter)(PyObject *, void *);
            } PyASCIIObject;
            #ifdef __cplusplus
            }
            #endif
            """
        let new = old.replacingOccurrences(of: "interned:2", with: "interned:3")
        #expect(
            differences(old, new).map(\.detail) == [
                "struct PyASCIIObject: field 'interned' changed type from 'unsigned int:2' to 'unsigned int:3'"
            ]
        )
        let moved = old.replacingOccurrences(of: "PyObject* (*getter)", with: "int (*getter)")
        #expect(
            differences(old, moved).map(\.detail) == [
                "struct PyASCIIObject: field 'getter' changed type from 'PyObject*(*)(PyObject*,void*)' to 'int(*)(PyObject*,void*)'"
            ]
        )
    }

    @Test func theHeadersVersionMacrosChangeEveryReleaseAndAreNoBreak() {
        // Include/patchlevel.h at "3.7.1final" (260ec2c36a).
        let old = "#define PY_MICRO_VERSION 0\n#define PY_VERSION \"3.7.0+\"\n#define PY_RELEASE_SERIAL 0\n"
        let new = "#define PY_MICRO_VERSION 1\n#define PY_VERSION \"3.7.1\"\n#define PY_RELEASE_SERIAL 0\n"
        #expect(differences(old, new).isEmpty)
    }

    @Test func aUnionMembersTypeIsALayoutChange() {
        // 8766cb74e1 (3.7.4), Include/objimpl.h.
        let old = """
            typedef union _gc_head {
                struct {
                    union _gc_head *gc_next;
                    Py_ssize_t gc_refs;
                } gc;
                double dummy;  /* force worst-case alignment */
            } PyGC_Head;
            """
        let new = old.replacingOccurrences(of: "double dummy;", with: "long double dummy;")
        #expect(
            differences(old, new).map(\.detail) == [
                "struct _gc_head: field 'dummy' changed type from 'double' to 'long double'"
            ]
        )
    }

    @Test func aDeclarationMovedBetweenPublicHeadersIsNoRemoval() {
        // ebc5a6b59e (3.9.1): Py_UTF8Mode back into the limited API, from cpython/fileobject.h to fileobject.h.
        let declaration = "PyAPI_DATA(int) Py_UTF8Mode;\n"
        let from = InterfaceChange(
            file: "Include/cpython/fileobject.h",
            kind: .publicHeader,
            differences: differences(declaration, ""),
            hasTexts: true
        )
        let to = InterfaceChange(
            file: "Include/fileobject.h",
            kind: .publicHeader,
            differences: differences("", declaration),
            hasTexts: true
        )
        #expect(from.breakingDifferences.map(\.detail) == ["data Py_UTF8Mode removed"])
        #expect(InterfaceChange.reconciled([from, to]).flatMap(\.differences).isEmpty)
        #expect(InterfaceChange.reconciled([from]).flatMap(\.differences).map(\.kind) == [.removed])
    }
}
