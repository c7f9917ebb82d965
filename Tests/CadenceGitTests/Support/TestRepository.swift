import Foundation

/// A small real git repository in a temporary folder, for tests: files written, commits with fixed dates.
final class TestRepository {
    let url: URL
    var path: String { url.path }

    /// Creates an empty repository with a local user and a first branch named `branch`.
    init(branch: String = "3.9") throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("cadence-git-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try git("init", "-q")
        try git("symbolic-ref", "HEAD", "refs/heads/\(branch)")
        try git("config", "user.name", "Łukasz Langa")
        try git("config", "user.email", "lukasz@example.org")
        try git("config", "commit.gpgsign", "false")
        try git("config", "core.autocrlf", "false")
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// Writes a file (creating folders).
    func write(_ relativePath: String, _ text: String) throws {
        try write(relativePath, data: Data(text.utf8))
    }

    /// Writes a file's bytes.
    func write(_ relativePath: String, data: Data) throws {
        let file = url.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
    }

    /// Stages everything and commits with a message given as bytes, dated `day` at noon UTC.
    @discardableResult
    func commit(_ message: String, on day: String) throws -> String {
        try commit(messageBytes: Data(message.utf8), on: day)
    }

    /// Commits with raw message bytes (for non-UTF-8 messages).
    @discardableResult
    func commit(messageBytes: Data, on day: String) throws -> String {
        try git("add", "-A")
        let file = url.appendingPathComponent(".git/TEST_MESSAGE")
        try messageBytes.write(to: file)
        try git("commit", "-q", "--allow-empty", "--cleanup=verbatim", "-F", file.path, date: day)
        return try head()
    }

    /// Commits the staged tree with a message stored byte for byte (`git commit` would re-encode
    /// Latin-1 to UTF-8), by writing the commit object itself.
    @discardableResult
    func commitRawObject(messageBytes: Data, on day: String) throws -> String {
        try git("add", "-A")
        let tree = try git("write-tree").trimmingCharacters(in: .whitespacesAndNewlines)
        let parent = try head()
        let seconds = Int(ISO8601DateFormatter().date(from: "\(day)T12:00:00Z")?.timeIntervalSince1970 ?? 0)
        let person = "Łukasz Langa <lukasz@example.org> \(seconds) +0000"
        var object = Data("tree \(tree)\nparent \(parent)\nauthor \(person)\ncommitter \(person)\n\n".utf8)
        object.append(messageBytes)
        let file = url.appendingPathComponent(".git/TEST_OBJECT")
        try object.write(to: file)
        let sha = try git("hash-object", "-t", "commit", "-w", file.path).trimmingCharacters(
            in: .whitespacesAndNewlines
        )
        try git("update-ref", "HEAD", sha)
        return sha
    }

    /// The full name of `HEAD`.
    func head() throws -> String {
        try git("rev-parse", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Runs git in the repository with fixed dates; throws with its stderr when it fails.
    @discardableResult
    func git(_ arguments: String..., date: String = "2021-01-04") throws -> String {
        try TestRepository.run(arguments, in: url, date: date)
    }

    /// Runs git in a folder.
    @discardableResult
    static func run(_ arguments: [String], in folder: URL, date: String = "2021-01-04") throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_AUTHOR_DATE"] = "\(date)T12:00:00+00:00"
        environment["GIT_COMMITTER_DATE"] = "\(date)T12:00:00+00:00"
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["HOME"] = folder.path
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(
                message: "git \(arguments.joined(separator: " ")): \(String(decoding: errorData, as: UTF8.self))"
            )
        }
        return String(decoding: data, as: UTF8.self)
    }

    struct Failure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
