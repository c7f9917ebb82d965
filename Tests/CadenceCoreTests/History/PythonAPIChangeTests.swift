import Testing

@testable import CadenceCore

@Suite struct PythonAPIChangeTests {
    @Test func aNewRaiseIsABehaviourSignalButAMovedOneIsNot() {
        // db63da7e5d (logging.disable() validation) raises where it stored any value before.
        let found = PythonAPIChange.changes(
            in: "Lib/logging/__init__.py",
            removed: [],
            added: [
                "@@ def disable(level=CRITICAL):",
                "        raise TypeError(\"Level not an integer or a valid string: %r\" % level)",
            ]
        )
        #expect(found.map(\.kind) == [.raisesNew])
        #expect(found.first?.name == "TypeError")
        let moved = PythonAPIChange.changes(
            in: "Lib/spam.py",
            removed: ["    raise ValueError(text)"],
            added: ["        raise ValueError(text)", "    raise", "    raise exc"]
        )
        #expect(moved.isEmpty)
    }

    @Test func publicNamesRemovedAddedAndResignedAreFoundPrivateAndNestedOnesAreNot() {
        let found = PythonAPIChange.changes(
            in: "Lib/spam.py",
            removed: ["def parse(text):", "def _helper():", "@@ class Parser:", "    def feed(self, data):"],
            added: [
                "def parse(text, *, strict=False):", "    def inner():", "@@ class Parser:", "    def close(self):",
                "def _other():",
            ]
        )
        #expect(
            found.map(\.description) == [
                "public-name-removed: def feed(self, data)",
                "signature-changed: def parse(text) became def parse(text, *, strict=False)",
                "public-name-added: def close(self)",
            ]
        )
        #expect(found.map(\.name) == ["Parser.feed", "parse", "Parser.close"])
    }

    @Test func aNameThatMovedBetweenFilesWasNotRemoved() {
        let removed = PythonAPIChange.changes(in: "Lib/a.py", removed: ["def shared():"], added: [])
        let added = PythonAPIChange.changes(in: "Lib/b.py", removed: [], added: ["def shared():"])
        #expect(PythonAPIChange.reconciled(removed + added).isEmpty)
        #expect(PythonAPIChange.reconciled(removed).map(\.kind) == [.removed])
    }

    @Test func readsOnlyDefinitionAndRaiseLines() {
        #expect(PythonAPIChange.isInterfaceLine("    def feed(self):"))
        #expect(PythonAPIChange.isInterfaceLine("async def run():"))
        #expect(PythonAPIChange.isInterfaceLine("        raise ValueError"))
        #expect(!PythonAPIChange.isInterfaceLine("    return defaults"))
        #expect(!PythonAPIChange.isInterfaceLine("    # raise it later"))
    }

    @Test func appendingAnOptionalParameterKeepsEveryCallWorking() {
        // ac6f4d2db7 (3.8.4), Lib/pydoc.py.
        let found = PythonAPIChange.changes(
            in: "Lib/pydoc.py",
            removed: ["@@ class Doc:", "    def getdocloc(self, object,"],
            added: ["@@ class Doc:", "    def getdocloc(self, object, basedir=sysconfig.get_path('stdlib')):"]
        )
        #expect(found.isEmpty)
        #expect(PythonAPIChange.onlyAddsOptionalParameters("(a,b)", "(a,b,c=1)"))
        #expect(!PythonAPIChange.onlyAddsOptionalParameters("(a,b)", "(a,c=1,b=2)"))
        #expect(!PythonAPIChange.onlyAddsOptionalParameters("(a,b=1)", "(a,b=2)"))
        #expect(!PythonAPIChange.onlyAddsOptionalParameters("(a)", "(a,b)"))
    }

    @Test func aDeprecationWarningAddedIsADeprecationButFilteringOneIsNot() {
        let found = PythonAPIChange.changes(
            in: "Lib/enum.py",
            removed: [],
            added: [
                "            warnings.warn(\"private names will be normal attributes\", DeprecationWarning, stacklevel=2)"
            ]
        )
        #expect(found.map(\.kind) == [.deprecationAdded])
        let filtering = PythonAPIChange.changes(
            in: "Lib/spam.py",
            removed: [],
            added: ["        warnings.simplefilter('ignore', DeprecationWarning)", "    # DeprecationWarning later"]
        )
        #expect(filtering.isEmpty)
    }
}
