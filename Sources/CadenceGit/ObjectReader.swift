import Foundation

/// The texts of blobs, read by one `git cat-file --batch` that runs beside the log: names are sent as
/// soon as a commit needs them, and texts gathered on git's output thread as git writes them.
///
/// Git answers `<name> <type> <size>\n<content>\n` for an object it has and `<name> missing\n` for one it
/// lacks (a partial clone); a name sent twice is asked for once.
///
/// `@unchecked Sendable`: what git's output thread writes is guarded by `lock`; `session` and `asked`
/// are used only by the thread that owns the reader.
final class ObjectReader: @unchecked Sendable {
    /// The command, for errors.
    static let arguments = ["cat-file", "--batch"]

    private let lock = NSLock()
    private var session: (any GitSession)?
    private var asked: Set<String> = []
    // Guarded by `lock`: written on git's output thread.
    private var pending: [UInt8] = []
    private var texts: [String: String] = [:]
    private var answered: Set<String> = []
    private var unreadable: String?

    /// Starts `git cat-file --batch` with `runner` in `directory`.
    init(runner: any GitCommandRunner, directory: URL) throws {
        session = try runner.start(ObjectReader.arguments, in: directory) { [weak self] piece in
            self?.gather(piece)
        }
    }

    /// Asks for the texts of `names` (those not asked for yet).
    func request(_ names: [String]) {
        let new = names.filter { asked.insert($0).inserted }
        guard !new.isEmpty else { return }
        session?.send(Data(new.map { $0 + "\n" }.joined().utf8))
    }

    /// The texts of `names` if git has answered for all of them (a missing object is left out), else `nil`.
    func texts(for names: [String]) -> [String: String]? {
        lock.lock()
        defer { lock.unlock() }
        guard names.allSatisfy(answered.contains) else { return nil }
        var found: [String: String] = [:]
        for name in names { found[name] = texts[name] }
        return found
    }

    /// Ends git and returns every text it gave.
    /// - Throws: ``GitError`` when git failed or its output could not be read.
    func finish() throws -> [String: String] {
        guard let session else { return [:] }
        self.session = nil
        let end = try session.finish()
        let command = GitRepository.commandLine(ObjectReader.arguments)
        guard end.status == 0 else {
            throw GitError.commandFailed(command: command, status: end.status, stderr: end.stderr)
        }
        lock.lock()
        defer { lock.unlock() }
        if let unreadable { throw GitError.unreadableOutput(command: command, reason: unreadable) }
        if !pending.isEmpty {
            throw GitError.unreadableOutput(command: command, reason: "the output ends inside an object")
        }
        return texts
    }

    /// Takes a piece of git's output and reads the answers it completes.
    private func gather(_ piece: UnsafeRawBufferPointer) {
        lock.lock()
        defer { lock.unlock() }
        pending.append(contentsOf: piece.bindMemory(to: UInt8.self))
        var position = 0
        while unreadable == nil, let newline = pending[position...].firstIndex(of: 0x0A) {
            let header = String(decoding: pending[position..<newline], as: UTF8.self).split(separator: " ")
            guard let name = header.first.map(String.init) else {
                unreadable = "an empty answer line"
                break
            }
            if header.count == 2, header[1] == "missing" {
                answered.insert(name)
                position = newline + 1
                continue
            }
            guard header.count == 3, let size = Int(header[2]), size >= 0 else {
                unreadable = "an answer '\(header.joined(separator: " "))' that is not '<name> <type> <size>'"
                break
            }
            let start = newline + 1
            guard pending.count >= start + size + 1 else { break }  // the content is still coming
            texts[name] = String(decoding: pending[start..<start + size], as: UTF8.self)
            answered.insert(name)
            position = start + size + 1
        }
        pending.removeFirst(position)
    }
}

extension GitRepository {
    /// Starts the `git cat-file --batch` that reads the texts of a range's blobs while its log is read.
    func objectReader() throws -> ObjectReader {
        try ObjectReader(runner: runner, directory: URL(fileURLWithPath: path))
    }
}
