import CadenceCore
import Foundation
import Testing

@testable import CadenceGit

/// The log read piece by piece, as git writes it, gives the records it gives when read whole.
@Suite struct LogStreamTests {
    /// The records of `data` read whole.
    static func whole(_ data: Data) throws -> [GitRepository.LogRecord] {
        var stream = LogStream(command: "git log")
        var records: [GitRepository.LogRecord] = []
        try data.withUnsafeBytes { try stream.append($0) { records.append($0) } }
        try stream.finish { records.append($0) }
        return records
    }

    /// The records of `data` handed over in pieces of `size` bytes.
    static func inPieces(_ data: Data, size: Int) throws -> [GitRepository.LogRecord] {
        var stream = LogStream(command: "git log")
        var records: [GitRepository.LogRecord] = []
        var start = 0
        while start < data.count {
            let piece = data.subdata(in: start..<min(start + size, data.count))
            try piece.withUnsafeBytes { try stream.append($0) { records.append($0) } }
            start += size
        }
        try stream.finish { records.append($0) }
        return records
    }

    @Test(arguments: [1, 2, 3, 7, 16, 61, 256, 4096])
    func piecesOfAnySizeGiveTheSameRecords(size: Int) throws {
        let fixture = try CPythonLikeHistory()
        let repository = GitRepository(path: fixture.repository.path)
        let data = try repository.git(GitRepository.logArguments(range: "v3.9.2..3.9"))
        let expected = try Self.whole(data)
        #expect(expected.count == 12)
        #expect(expected.contains { $0.entries.contains { $0.addedText?.isEmpty == false } })
        #expect(expected.contains { $0.entries.contains { $0.patch != nil } })
        #expect(try Self.inPieces(data, size: size) == expected)
    }

    @Test func aPieceThatEndsAtALineEndDoesNotEndTheRecord() throws {
        let fixture = try CPythonLikeHistory()
        let data = try GitRepository(path: fixture.repository.path)
            .git(GitRepository.logArguments(range: "v3.9.2..3.9"))
        let expected = try Self.whole(data)
        // Split right after every line end of the first record's patch: the record goes on.
        let bytes = [UInt8](data)
        let secondRecord = bytes.dropFirst().firstIndex(of: 0x1E) ?? bytes.count
        for cut in bytes.indices where cut < secondRecord && bytes[cut] == 0x0A {
            var stream = LogStream(command: "git log")
            var records: [GitRepository.LogRecord] = []
            try bytes[...cut].withUnsafeBytes { try stream.append($0) { records.append($0) } }
            try bytes[(cut + 1)...].withUnsafeBytes { try stream.append($0) { records.append($0) } }
            try stream.finish { records.append($0) }
            #expect(records == expected, "cut after byte \(cut)")
        }
    }
}
