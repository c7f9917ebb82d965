import CadenceCore
import Foundation
import Testing

@testable import CadenceGit

/// Histories that bend the log's format: submodule summaries, names that are not UTF-8, `\x1e` bytes in
/// a message and in a file, NEWS entries without a final line end or with CRLF.
@Suite struct LogParserTests {
    /// The records of a range read whole and in pieces of `size` bytes, with `arguments` for git.
    static func records(
        _ repository: TestRepository,
        _ arguments: [String],
        size: Int? = nil
    ) throws -> [GitRepository.LogRecord] {
        let data = try GitRepository(path: repository.path).git(arguments)
        guard let size else { return try LogStreamTests.whole(data) }
        return try LogStreamTests.inPieces(data, size: size)
    }

    @Test func aSubmoduleSummaryNeverJoinsTheNextCommit() throws {
        let repository = try TestRepository()
        try repository.write("Lib/foo.py", "x = 1\n")
        let base = try repository.commit("Base", on: "2021-01-01")
        try repository.write("Lib/foo.py", "x = 2\n")
        try repository.commit("gh-11: Change foo", on: "2021-01-02")
        try repository.git("update-index", "--add", "--cacheinfo", "160000,\(base),sub")
        try repository.git("commit", "-q", "-m", "Bump the submodule", date: "2021-01-03")
        // A setting that prints `Submodule sub …` lines in place of a patch: Cadence pins it off, and
        // the parser still stops at the next record when the lines appear.
        try repository.git("config", "diff.submodule", "log")
        let history = try GitRepository(path: repository.path).history(range: "\(base)..HEAD")
        #expect(history.commits.map(\.subject) == ["Bump the submodule", "gh-11: Change foo"])
        #expect(history.commits.map { $0.files.map(\.path) } == [["sub"], ["Lib/foo.py"]])
        let summaries = GitRepository.logArguments(range: "\(base)..HEAD").map {
            $0 == "--submodule=short" ? "--submodule=log" : $0
        }
        let records = try Self.records(repository, summaries)
        #expect(records.map { $0.entries.map(\.path) } == [["sub"], ["Lib/foo.py"]])
        #expect(records.last?.entries.first?.added == 1)
    }

    @Test func aTestFileNamedInLatin1KeepsItsCountsAndTestChanges() throws {
        let repository = try TestRepository()
        let folder = repository.url.appendingPathComponent("Lib/test")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // `test_\xe9.py`: a name that is not UTF-8, which a Swift string cannot hold.
        let name = Array((folder.path + "/test_").utf8) + [0xE9] + Array(".py".utf8)
        func save(_ text: String) throws {
            let descriptor = (name.map { CChar(bitPattern: $0) } + [0]).withUnsafeBufferPointer {
                open($0.baseAddress!, O_CREAT | O_WRONLY | O_TRUNC, 0o644)
            }
            #expect(descriptor >= 0)
            _ = Array(text.utf8).withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            close(descriptor)
        }
        try save("import unittest\n\nclass T(unittest.TestCase):\n    def test_a(self):\n        pass\n")
        let base = try repository.commit("Add the test", on: "2021-01-01")
        try save("import unittest\n\nclass T(unittest.TestCase):\n    def test_a(self):\n        self.fail()\n")
        try repository.commit("gh-12: Adapt the test", on: "2021-01-02")
        let commit = try #require(try GitRepository(path: repository.path).commits(range: "\(base)..HEAD").first)
        let file = try #require(commit.files.first)
        #expect(file.path == "Lib/test/test_\u{FFFD}.py")
        #expect((file.added, file.removed) == (1, 1))
        #expect(commit.testChanges.map(\.function) == ["test_a"])
        #expect(commit.testChanges.first?.testCase == "T")
    }

    @Test(arguments: [1, 3, 64, 4096])
    func recordSeparatorsInAMessageAndAFileAreContent(size: Int) throws {
        let repository = try TestRepository()
        try repository.write("Lib/a.txt", "a\n")
        let base = try repository.commit("Base", on: "2021-01-01")
        try repository.write("Lib/a.txt", "\u{1E}record?\na\n")
        try repository.write("Lib/b.txt", "\u{1E}\n")
        try repository.commit("Title\n\n\u{1E}not a record\n\u{1E}", on: "2021-01-02")
        try repository.write("Lib/a.txt", "b\n")
        try repository.commit("Last", on: "2021-01-03")
        let arguments = GitRepository.logArguments(range: "\(base)..HEAD")
        let whole = try Self.records(repository, arguments)
        #expect(whole.map { $0.message.split(separator: "\n").first.map(String.init) } == ["Last", "Title"])
        #expect(whole.last?.message == "Title\n\n\u{1E}not a record\n\u{1E}")
        #expect(whole.last?.entries.map(\.path) == ["Lib/a.txt", "Lib/b.txt"])
        #expect(whole.last?.entries.map(\.added) == [1, 1])
        #expect(try Self.records(repository, arguments, size: size) == whole)
    }

    @Test func aNewsEntryTextIsItsFileByteForByte() throws {
        let repository = try TestRepository()
        try repository.write("README", "x\n")
        let base = try repository.commit("Base", on: "2021-01-01")
        let texts = [
            "Misc/NEWS.d/next/Library/2021-01-02-00-00-00.gh-issue-1.a.rst": "No final line end.",
            "Misc/NEWS.d/next/Library/2021-01-02-00-00-01.gh-issue-2.b.rst": "Windows line ends.\r\nTwo.\r\n",
            "Misc/NEWS.d/next/Library/2021-01-02-00-00-02.gh-issue-3.c.rst": "Plain.\n",
        ]
        for (path, text) in texts { try repository.write(path, text) }
        try repository.commit("gh-1: Three entries", on: "2021-01-02")
        let commit = try #require(try GitRepository(path: repository.path).commits(range: "\(base)..HEAD").first)
        #expect(Dictionary(uniqueKeysWithValues: commit.newsEntries.map { ($0.path, $0.text) }) == texts)
    }
}
