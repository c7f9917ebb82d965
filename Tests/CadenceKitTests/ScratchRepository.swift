import Foundation

/// A small real git repository in a temporary folder, with fixed names and dates.
struct ScratchRepository {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("cadence-kit-\(UUID())").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        try git("init", "-q")
        try git("symbolic-ref", "HEAD", "refs/heads/3.9")
    }

    func write(_ file: String, _ text: String) throws {
        let url = URL(fileURLWithPath: path).appendingPathComponent(file)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func commit(_ message: String, day: String) throws {
        try git("add", "-A")
        try git("commit", "-q", "-m", message, date: day)
    }

    @discardableResult
    func git(_ arguments: String..., date: String = "2021-01-04") throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", path] + arguments
        var environment = ProcessInfo.processInfo.environment
        for role in ["AUTHOR", "COMMITTER"] {
            environment["GIT_\(role)_NAME"] = "Release Manager"
            environment["GIT_\(role)_EMAIL"] = "rm@example.org"
            environment["GIT_\(role)_DATE"] = "\(date)T12:00:00Z"
        }
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["HOME"] = path
        process.environment = environment
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
