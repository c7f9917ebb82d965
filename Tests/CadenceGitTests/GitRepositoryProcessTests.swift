import CadenceCore
import Foundation
import Testing

@testable import CadenceGit

/// How many git processes a read starts, and what it says when it cannot read.
@Suite struct GitRepositoryProcessTests {
    @Test func readingARangeStartsAFixedNumberOfProcesses() throws {
        let fixture = try CPythonLikeHistory()
        let wide = ProcessGitRunner()
        let all = try GitRepository(path: fixture.repository.path, runner: wide).commits(range: "v3.9.2..3.9")
        let narrow = ProcessGitRunner()
        let two = try GitRepository(path: fixture.repository.path, runner: narrow)
            .commits(range: "\(fixture.backport)..\(fixture.testAdaptation)")
        #expect(all.count == 12)
        #expect(two.count == 2)
        // rev-parse, log -p, cat-file --batch: however many commits.
        #expect(wide.processesStarted == 3)
        #expect(narrow.processesStarted == 3)
        // A range with no test or header change and no moved NEWS entry needs no texts.
        let plain = ProcessGitRunner()
        let one = try GitRepository(path: fixture.repository.path, runner: plain)
            .commits(range: "\(fixture.abiBreak)..\(fixture.latin1)")
        #expect(one.count == 1)
        #expect(plain.processesStarted == 2)
    }

    @Test func anEmptyRangeHasNoCommits() throws {
        let fixture = try CPythonLikeHistory()
        let runner = ProcessGitRunner()
        #expect(try GitRepository(path: fixture.repository.path, runner: runner).commits(range: "v3.9.3..v3.9.3") == [])
        #expect(runner.processesStarted == 2)
    }

    @Test func aRangeThatDoesNotResolveIsNamed() throws {
        let repository = try TestRepository()
        try repository.write("a.txt", "a\n")
        try repository.commit("First", on: "2021-01-01")
        let error = #expect(throws: GitError.self) {
            try GitRepository(path: repository.path).commits(range: "v3.9.3..v3.9.4")
        }
        let message = "\(error.map { "\($0)" } ?? "")"
        #expect(message.hasPrefix("range 'v3.9.3..v3.9.4' does not resolve in the repository at '\(repository.path)'"))
        #expect(message.contains("git says"))
    }

    @Test func refusesRangesThatLookLikeOptions() {
        #expect(throws: GitError.invalidRange(range: "--output=/tmp/x")) {
            try GitRepository(path: "/tmp").commits(range: "--output=/tmp/x")
        }
    }

    @Test func aFolderThatIsNoRepositoryIsNamed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cadence-plain-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let error = #expect(throws: GitError.self) { try GitRepository(path: folder.path).commits(range: "HEAD") }
        #expect("\(error.map { "\($0)" } ?? "")".hasPrefix("'\(folder.path)' is not a git repository"))
        #expect(throws: GitError.notARepository(path: "/no/such/folder", stderr: "no such folder")) {
            try GitRepository(path: "/no/such/folder").commits(range: "HEAD")
        }
    }

    @Test func missingGitIsSaidPlainly() throws {
        let runner = ProcessGitRunner(executable: "/no/such/git")
        #expect(throws: GitError.gitNotFound(executable: "/no/such/git")) {
            try GitRepository(path: "/tmp", runner: runner).commits(range: "HEAD")
        }
        #expect(
            "\(GitError.gitNotFound(executable: "git"))" == "git is not installed or not on PATH: could not start 'git'"
        )
    }

    @Test func aShallowCloneSaysWhatItCouldNotSee() throws {
        let fixture = try CPythonLikeHistory()
        let clone = FileManager.default.temporaryDirectory.appendingPathComponent(
            "cadence-shallow-\(UUID().uuidString)"
        )
        defer { try? FileManager.default.removeItem(at: clone) }
        try TestRepository.run(
            ["clone", "-q", "--depth", "2", "--branch", "3.9", "file://\(fixture.repository.path)", clone.path],
            in: FileManager.default.temporaryDirectory
        )
        let history = try GitRepository(path: clone.path).history(range: "HEAD")
        #expect(history.isShallow)
        #expect(history.commits.map(\.sha) == [fixture.latin1, fixture.abiBreak])
        let edge = try #require(history.commits.last)
        #expect(edge.files == [])
        #expect(edge.newsEntries == [])
        #expect(history.limitations.count == 1)
        #expect(
            history.limitations.first?.hasPrefix(
                "commit \(fixture.abiBreak.prefix(10)) is at the edge of this shallow clone"
            ) == true
        )
        let full = try #require(history.commits.first)
        #expect(full.files.map(\.path) == ["Lib/ssl.py"])
    }

    @Test func reportsProgressStages() throws {
        let fixture = try CPythonLikeHistory()
        var stages: [HistoryProgress] = []
        _ = try GitRepository(path: fixture.repository.path).history(range: "v3.9.2..3.9") { stages.append($0) }
        #expect(stages.first == .resolvedRange)
        #expect(stages.contains(.listedCommits(12)))
        #expect(stages.count == 3)
    }
}

/// A partial (blobless) clone whose remote is gone: what can be read is read, the rest is said.
@Suite struct GitRepositoryPartialCloneTests {
    @Test func aPartialCloneSaysWhatItCouldNotSee() throws {
        let fixture = try CPythonLikeHistory()
        try fixture.repository.git("config", "uploadpack.allowFilter", "true")
        let clone = FileManager.default.temporaryDirectory.appendingPathComponent(
            "cadence-partial-\(UUID().uuidString)"
        )
        defer { try? FileManager.default.removeItem(at: clone) }
        try TestRepository.run(
            ["clone", "-q", "--filter=blob:none", "--branch", "3.9", "file://\(fixture.repository.path)", clone.path],
            in: FileManager.default.temporaryDirectory
        )
        try TestRepository.run(["remote", "set-url", "origin", "/no/such/remote"], in: clone)
        let runner = ProcessGitRunner()
        let history = try GitRepository(path: clone.path, runner: runner).history(range: "HEAD~3..HEAD")
        #expect(history.isPartial)
        #expect(history.commits.map(\.sha) == [fixture.latin1, fixture.abiBreak, fixture.rollback])
        #expect(history.commits[0].files.map(\.path) == ["Lib/ssl.py"])
        #expect(!history.limitations.isEmpty)
        #expect(
            history.limitations.contains { $0.hasPrefix("this is a partial clone") || $0.contains("not in this clone") }
        )
        #expect(runner.processesStarted <= 5)
    }
}
