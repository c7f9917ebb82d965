import CadenceCore
import Foundation
import Testing

@testable import CadenceGit

/// `git cat-file --batch` read beside the log: texts gathered however git's output is cut.
@Suite struct ObjectReaderTests {
    /// A runner whose sessions run real git when finished and hand its output over in pieces of `size`.
    struct PiecewiseRunner: GitCommandRunner {
        let size: Int

        func run(_ arguments: [String], in directory: URL, input: Data?) throws -> GitOutput {
            try ProcessGitRunner().run(arguments, in: directory, input: input)
        }

        func start(
            _ arguments: [String],
            in directory: URL,
            output: @escaping @Sendable (UnsafeRawBufferPointer) -> Void
        ) throws -> any GitSession {
            BufferedGitSession(runner: self, arguments: arguments, directory: directory) { whole in
                var start = 0
                while start < whole.count {
                    output(UnsafeRawBufferPointer(rebasing: whole[start..<min(start + size, whole.count)]))
                    start += size
                }
            }
        }
    }

    /// A repository with a text, a text without a final line end, and an empty file.
    static func repository() throws -> (TestRepository, [String: String]) {
        let repository = try TestRepository()
        let files = ["a.py": "def test_a():\n    pass\n", "b.txt": "no line end", "c.txt": ""]
        var blobs: [String: String] = [:]
        for (path, text) in files {
            try repository.write(path, text)
            let blob = try repository.git("hash-object", "-w", path).trimmingCharacters(in: .whitespacesAndNewlines)
            blobs[blob] = text
        }
        return (repository, blobs)
    }

    @Test(arguments: [1, 2, 5, 13, 4096])
    func gathersTextsFromPiecesOfAnySize(size: Int) throws {
        let (repository, blobs) = try Self.repository()
        let reader = try ObjectReader(runner: PiecewiseRunner(size: size), directory: repository.url)
        let missing = String(repeating: "1", count: 40)
        reader.request(Array(blobs.keys) + [missing])
        reader.request(Array(blobs.keys))  // asked once
        #expect(reader.texts(for: Array(blobs.keys)) == nil)  // nothing is read before git runs
        let texts = try reader.finish()
        #expect(texts == blobs)
        #expect(reader.texts(for: Array(blobs.keys) + [missing]) == blobs)  // a missing object is answered too
    }

    @Test func gathersTextsWhileGitRuns() throws {
        let (repository, blobs) = try Self.repository()
        let reader = try ObjectReader(runner: ProcessGitRunner(), directory: repository.url)
        reader.request(Array(blobs.keys))
        var answer: [String: String]?
        for _ in 0..<500 where answer == nil {
            answer = reader.texts(for: Array(blobs.keys))
            if answer == nil { Thread.sleep(forTimeInterval: 0.01) }
        }
        #expect(answer == blobs)  // before the session ends
        #expect(try reader.finish() == blobs)
    }
}
