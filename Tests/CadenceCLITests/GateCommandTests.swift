import Foundation
import Testing

/// A small real CPython-like 3.9 branch in a temporary folder: a pre-release tag, a backport that
/// changes a public struct with both ABI markers, a backport that deletes a test, and a docs fix.
struct DemoRepository {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("cadence-gate-\(UUID())").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        try git("init", "-q", "-b", "3.9")
        try git("config", "user.email", "rm@example.org")
        try git("config", "user.name", "Release Manager")
        try write("Include/cpython/pystate.h", "struct _ts {\n  int a;\n};\n")
        try write(
            "Lib/test/test_x.py",
            "import unittest\nclass T(unittest.TestCase):\n    def test_a(self):\n        self.assertEqual(1, 1)\n\n"
                + "    def test_b(self):\n        self.assertTrue(True)\n"
        )
        try commit("Python 3.9.0b4", day: "2021-01-04")
        try git("tag", "v3.9.0b4")
        try write("Include/cpython/pystate.h", "struct _ts {\n  int a;\n  int b;\n};\n")
        try write(
            "Misc/NEWS.d/next/Core and Builtins/2021-03-01-10-00-00.bpo-42500.abc.rst",
            "(CPython ABI break) Add b.\n"
        )
        try commit("[3.9] (ABI break) bpo-42500: Add b to PyThreadState (GH-100)", day: "2021-03-01")
        try write(
            "Lib/test/test_x.py",
            "import unittest\nclass T(unittest.TestCase):\n    def test_a(self):\n        self.assertEqual(1, 1)\n"
        )
        try write("Lib/x.py", "x = 2\n")
        try commit("[3.9] bpo-1234: Fix crash in foo (GH-101)", day: "2021-03-02")
        try write("Doc/library/x.rst", "Docs.\n")
        try commit("[3.9] bpo-999: Fix a typo in the docs (GH-102)", day: "2021-03-03")
    }

    func write(_ file: String, _ text: String) throws {
        let url = URL(fileURLWithPath: path).appendingPathComponent(file)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    func commit(_ message: String, day: String) throws {
        try git("add", "-A")
        try git(
            "commit",
            "-q",
            "-m",
            message,
            environment: ["GIT_AUTHOR_DATE": "\(day)T12:00:00Z", "GIT_COMMITTER_DATE": "\(day)T12:00:00Z"]
        )
    }

    @discardableResult
    func git(_ arguments: String..., environment: [String: String] = [:]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", path] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.fileWriteUnknown) }
        return String(decoding: data, as: UTF8.self)
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

@Suite struct GateCommandTests {
    @Test func auditsEveryChangeWithItsVerdictAndRule() throws {
        let repository = try DemoRepository()
        defer { repository.remove() }
        let result = try CommandRunner.run([
            "audit", "--repo", repository.path, "v3.9.0b4..3.9", "--date", "2021-04-01", "--format", "json",
        ])
        #expect(result.status == 0)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        )
        #expect(object["target"] as? String == "3.9")
        #expect(object["phase"] as? String == "bugfix")
        let changes = try #require(object["changes"] as? [[String: Any]])
        #expect(changes.count == 3, "the bookkeeping commit is not a change")
        func verdict(_ title: String) -> (String?, [String]) {
            let change = changes.first { $0["title"] as? String == title }
            let rules =
                (change?["findings"] as? [[String: Any]])?.filter {
                    $0["decision"] as? String == change?["verdict"] as? String
                }
                .compactMap { $0["rule"] as? String } ?? []
            return (change?["verdict"] as? String, rules)
        }
        #expect(verdict("Add b to PyThreadState").0 == "reject")
        #expect(verdict("Add b to PyThreadState").1.contains("public-abi-change"))
        #expect(verdict("Fix crash in foo").0 == "reject")
        #expect(verdict("Fix crash in foo").1.contains("removed-test"))
        #expect(verdict("Fix a typo in the docs").0 == "allow")
    }

    @Test func annotatesPullRequestsForGitHub() throws {
        let repository = try DemoRepository()
        defer { repository.remove() }
        let result = try CommandRunner.run([
            "audit", "--repo", repository.path, "v3.9.0b4..3.9", "--date", "2021-04-01", "--format", "github",
        ])
        #expect(result.lines.contains { $0.hasPrefix("::error file=Include/cpython/pystate.h,") })
        #expect(result.lines.last?.hasPrefix("::notice title=cadence audit::3 changes.") == true)
    }

    @Test func exitsWithTheVerdictForCI() throws {
        let repository = try DemoRepository()
        defer { repository.remove() }
        let docs = try CommandRunner.run([
            "check", "--repo", repository.path, "HEAD", "--target", "3.9", "--date", "2021-04-01",
        ])
        #expect(docs.status == 0)
        let header = try CommandRunner.run([
            "check", "--repo", repository.path, "HEAD~2", "--target", "3.9", "--date", "2021-04-01",
        ])
        #expect(header.status == 1)
        #expect(header.standardOutput.contains("reject [public-abi-change]"))
        // The same change on 3.10, still in development that day, is allowed.
        let development = try CommandRunner.run([
            "check", "--repo", repository.path, "HEAD~2", "--target", "3.10", "--date", "2021-04-01",
        ])
        #expect(development.status == 0)
    }

    @Test func namesTheNextRollingPrerelease() throws {
        let repository = try DemoRepository()
        defer { repository.remove() }
        let result = try CommandRunner.run([
            "prerelease", "--repo", repository.path, "--since", "v3.9.0b4", "--series", "3.9", "--format", "json",
        ])
        #expect(result.status == 0)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        )
        #expect(object["next"] as? String == "3.9.0a5")
        #expect(
            object["requires_python"] as? String
                == #">= "3.9.0b6"; python_version == "3.9" and python_full_version != "3.9.0a5""#
        )
        #expect((object["marker_mismatches"] as? [String])?.isEmpty == true)
    }

    @Test func explainsARangeThatDoesNotResolve() throws {
        let repository = try DemoRepository()
        defer { repository.remove() }
        let result = try CommandRunner.run(["audit", "--repo", repository.path, "v9.9..3.9", "--target", "3.9"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("v9.9"))
    }
}
