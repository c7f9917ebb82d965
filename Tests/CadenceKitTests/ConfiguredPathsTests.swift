import CadenceCore
import CadenceKit
import Foundation
import Testing

/// A project that is not laid out like CPython gets test, header and NEWS evidence from its `cadence.toml`.
@Suite struct ConfiguredPathsTests {
    static let configuration = """
        [paths]
        tests = ["tests/"]
        public-headers = ["include/mylib/"]
        private-headers = ["include/mylib/internal/"]
        news = ["changes/"]
        """

    @Test func readsTestsHeadersAndNewsWhereTheProjectKeepsThem() throws {
        // Given a repository with its tests in tests/, its headers in include/mylib/ and NEWS in changes/
        let repository = try ScratchRepository()
        defer { repository.remove() }
        try repository.write("cadence.toml", Self.configuration)
        try repository.write("include/mylib/core.h", "struct lib_state {\n  int a;\n};\n")
        try repository.write(
            "tests/api_checks.py",
            "def test_a():\n    assert 1 == 1\n\n\ndef test_b():\n    assert True\n"
        )
        try repository.commit("Release 3.9.0b4", day: "2021-01-04")
        try repository.git("tag", "v0")
        try repository.write("tests/api_checks.py", "def test_a():\n    assert 1 == 1\n")
        try repository.write("src/lib.c", "int x = 2;\n")
        try repository.commit("Fix crash in foo", day: "2021-03-02")
        try repository.write("include/mylib/core.h", "struct lib_state {\n  int a;\n  int b;\n};\n")
        try repository.write("changes/next/Library/2021-03-03-10-00-00.gh-issue-7.abc.rst", "Add b.\n")
        try repository.commit("gh-7: Add b to lib_state", day: "2021-03-03")

        // When the use case reads it with the project's configuration
        let configuration = try ProjectConfiguration.read(repository: repository.path)
        let reading = HistoryReading(repository: repository.path, configuration: configuration)
        let (_, annotated) = try reading.annotated("v0..HEAD")

        // Then the removed test, the changed struct and the NEWS entry are all seen
        let header = try #require(annotated.first)
        #expect(header.commit.interfaceChanges.map(\.file) == ["include/mylib/core.h"])
        #expect(header.commit.interfaceChanges.first?.structs == ["lib_state"])
        #expect(header.commit.newsEntries.map(\.section) == ["Library"])
        let fix = try #require(annotated.last)
        #expect(fix.commit.testChanges.map(\.function) == ["test_b"])
        #expect(fix.commit.testChanges.map(\.kind) == [.removed])

        // And with CPython's built-in paths the same history shows none of it
        let cpython = try HistoryReading(repository: repository.path, configuration: .cpython).annotated("v0..HEAD")
        #expect(cpython.annotated.flatMap(\.commit.testChanges).isEmpty)
        #expect(cpython.annotated.flatMap(\.commit.interfaceChanges).isEmpty)
        #expect(cpython.annotated.flatMap(\.commit.newsEntries).isEmpty)
    }

    @Test func theAuditRejectsTheRemovedTestByTheProjectsRules() throws {
        // Given the same kind of project, auditing a removed test on a maintenance branch
        let repository = try ScratchRepository()
        defer { repository.remove() }
        try repository.write("cadence.toml", Self.configuration)
        try repository.write(
            "tests/api_checks.py",
            "def test_a():\n    pass\n\n\ndef test_b():\n    assert lib_x() == 1\n"
        )
        try repository.commit("Release 3.9.0b4", day: "2021-01-04")
        try repository.git("tag", "v0")
        try repository.write("tests/api_checks.py", "def test_a():\n    pass\n")
        try repository.write("src/lib.c", "int x = 2;\n")
        try repository.commit("Fix crash in foo", day: "2021-03-02")

        // When it is audited for 3.9 on a day in its bugfix phase
        let query = AuditQuery(
            reading: HistoryReading(
                repository: repository.path,
                configuration: try ProjectConfiguration.read(repository: repository.path)
            ),
            range: "v0..HEAD",
            target: try SeriesName("3.9"),
            date: try CalendarDate("2021-04-01"),
            releases: try ReleaseData.history()
        )
        let report = try query.report()

        // Then the change is rejected for removing a test, with the file as evidence
        let entry = try #require(report.entry)
        #expect(entry.verdict.decision == .reject)
        #expect(entry.verdict.deciding.map(\.rule).contains(.removedTest))
        #expect(entry.change.kind == .behaviourChange)
        #expect(
            entry.verdict.findings.first { $0.rule == .removedTest }?.evidence.compactMap(\.path) == [
                "tests/api_checks.py"
            ]
        )
    }
}
