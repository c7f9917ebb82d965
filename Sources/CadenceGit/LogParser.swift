import CadenceCore
import Foundation

/// Reads the output of `git log -z --raw -p --unified=0` (see ``GitRepository/logArguments(range:patches:)``)
/// byte by byte, one commit at a time, so that a stream can be read while git is still writing it.
///
/// A record is the format's header (`\x1e`, then object name, parents, author, dates and message, each
/// ended by NUL), the `--raw` entries (`:modes blobs status\0path\0[path\0]`), then the patch text. Fields
/// are read by position, so a message or a path can hold any byte but NUL; the patch text ends at a line
/// that opens with `\x1e` (a patch line opens with a space, `+`, `-`, `\`, `@` or a header word).
///
/// From the patch, every entry gets its line counts: the hunk headers' counts, which with `--unified=0`
/// are the lines removed and added (a binary file has none). They are `--numstat`'s counts but for a
/// rare change that git's diff aligns differently when it prints no context: in CPython's last 3,000
/// commits before 2021, one file in `d3ded08048` counts +84 −83 here and +81 −80 in `--numstat`. Only the files
/// the evidence reads keep more: the hunks of Python test files and public headers (``RawEntry/patch``)
/// and the text of a NEWS entry the commit adds (``RawEntry/addedText``), so the rest of a large diff is
/// skipped without building a string.
struct LogParser {
    /// The output, or the part of it read so far.
    let bytes: UnsafeBufferPointer<UInt8>
    /// Whether ``bytes`` is the whole output (otherwise a record that reaches its end is not finished).
    let isComplete: Bool
    /// The command, for errors.
    let command: String
    /// Which files are tests, headers and NEWS entries (whose hunks and texts are kept).
    let paths: GateConfiguration.Paths
    /// Where the next record starts.
    private(set) var position = 0

    /// A parser over `bytes`, from the start.
    init(
        _ bytes: UnsafeBufferPointer<UInt8>,
        isComplete: Bool,
        command: String,
        paths: GateConfiguration.Paths = GateConfiguration.cpython.paths
    ) {
        self.bytes = bytes
        self.isComplete = isComplete
        self.command = command
        self.paths = paths
    }

    /// The next record, or `nil` at the end of the output (or, when the output is not complete, when the
    /// next record is not all there yet; ``position`` then stays at its start).
    mutating func next() throws -> GitRepository.LogRecord? {
        while position < bytes.count, bytes[position] != Byte.recordSeparator { position += 1 }
        guard position < bytes.count else { return nil }
        var cursor = position + 1
        var fields: [Range<Int>] = []
        for _ in 0..<6 {
            guard let end = firstIndex(of: 0, from: cursor) else {
                if isComplete {
                    let sha = string(cursor..<min(cursor + 40, bytes.count))
                    throw GitError.unreadableOutput(command: command, reason: "truncated commit record '\(sha)'")
                }
                return nil
            }
            fields.append(cursor..<end)
            cursor = end + 1
        }
        let sha = string(fields[0])
        guard sha.utf8.count == 40 || sha.utf8.count == 64 else {
            throw GitError.unreadableOutput(command: command, reason: "truncated commit record '\(sha)'")
        }
        var record = GitRepository.LogRecord(
            sha: sha,
            parents: string(fields[1]).split(separator: " ").map(String.init),
            author: string(fields[2]),
            authorDate: try date(fields[3], commit: sha),
            commitDate: try date(fields[4], commit: sha),
            message: string(fields[5])
        )
        guard let end = try readChanges(into: &record, from: cursor) else { return nil }
        position = end
        return record
    }

    // MARK: - Raw entries

    /// Reads the raw entries and the patch after a header; returns where the record ends, or `nil` when
    /// it is not all there.
    private func readChanges(into record: inout GitRepository.LogRecord, from start: Int) throws -> Int? {
        var cursor = start
        while true {
            while cursor < bytes.count, bytes[cursor] == 0 || bytes[cursor] == Byte.newline { cursor += 1 }
            guard cursor < bytes.count else { return isComplete ? cursor : nil }
            switch bytes[cursor] {
            case Byte.recordSeparator:
                return cursor
            case Byte.colon:
                guard let next = readRawEntry(into: &record, from: cursor) else {
                    if isComplete {
                        throw GitError.unreadableOutput(
                            command: command,
                            reason: "commit \(record.sha) has a truncated file entry"
                        )
                    }
                    return nil
                }
                cursor = next
            default:
                // After the raw entries comes the patch text, up to a line that opens with `\x1e`. Lines
                // the reader does not know (such as `Submodule …` from a `diff.submodule` setting) are
                // skipped there, line by line, never past the next record.
                var reader = PatchReader(parser: self, entries: record.entries)
                guard let end = reader.read(from: cursor) else { return nil }
                record.entries = reader.entries
                return end
            }
        }
    }

    /// `:100644 100644 <old> <new> M\0path\0` (two paths for a rename or copy); returns where it ends.
    private func readRawEntry(into record: inout GitRepository.LogRecord, from start: Int) -> Int? {
        guard let metaEnd = firstIndex(of: 0, from: start), let pathEnd = firstIndex(of: 0, from: metaEnd + 1)
        else { return nil }
        let parts = bytes[start..<metaEnd].split(separator: Byte.space)
        let letter = parts.last?.first ?? UInt8(ascii: "M")
        let twoPaths = letter == UInt8(ascii: "R") || letter == UInt8(ascii: "C")
        var end = pathEnd + 1
        let first = metaEnd + 1..<pathEnd
        var second = first
        if twoPaths {
            guard let secondEnd = firstIndex(of: 0, from: pathEnd + 1) else { return nil }
            second = pathEnd + 1..<secondEnd
            end = secondEnd + 1
        }
        var entry = GitRepository.RawEntry(
            status: GitRepository.fileStatus(Character(Unicode.Scalar(letter))),
            path: string(second),
            oldPath: twoPaths ? string(first) : nil,
            oldBlob: parts.count > 2 ? blob(parts[2]) : nil,
            newBlob: parts.count > 3 ? blob(parts[3]) : nil
        )
        // A name that is not UTF-8 is kept as bytes too: the patch names it in those bytes.
        if !isUTF8(second) || (twoPaths && !isUTF8(first)) {
            entry.pathBytes = Array(bytes[second])
            entry.oldPathBytes = twoPaths ? Array(bytes[first]) : nil
        }
        record.entries.append(entry)
        return end
    }

    /// A blob name, `nil` for git's all-zero "no file".
    private func blob(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String? {
        bytes.allSatisfy { $0 == UInt8(ascii: "0") } ? nil : String(decoding: bytes, as: UTF8.self)
    }

    /// `2021-04-02T12:34:56+02:00` as the calendar date it was where it was written.
    private func date(_ range: Range<Int>, commit: String) throws -> CalendarDate {
        let text = string(range)
        guard let date = try? CalendarDate(String(text.prefix(10))) else {
            throw GitError.unreadableOutput(command: command, reason: "commit \(commit) has the date '\(text)'")
        }
        return date
    }

    // MARK: - Bytes

    /// Whether the bytes of `range` are valid UTF-8.
    func isUTF8(_ range: Range<Int>) -> Bool {
        String(validating: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) != nil
    }

    /// The bytes of `range` decoded as UTF-8 (invalid sequences replaced).
    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// The index of the first `byte` at or after `start`.
    func firstIndex(of byte: UInt8, from start: Int) -> Int? {
        guard start < bytes.count, let base = bytes.baseAddress else { return nil }
        guard let found = memchr(base + start, Int32(byte), bytes.count - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// Whether the bytes at `start` are `prefix`.
    func startsWith(_ prefix: [UInt8], at start: Int) -> Bool {
        guard start + prefix.count <= bytes.count else { return false }
        for (offset, byte) in prefix.enumerated() where bytes[start + offset] != byte { return false }
        return true
    }

    /// Bytes the format uses.
    enum Byte {
        static let recordSeparator: UInt8 = 0x1E
        static let newline = UInt8(ascii: "\n")
        static let colon = UInt8(ascii: ":")
        static let space = UInt8(ascii: " ")
        static let plus = UInt8(ascii: "+")
        static let minus = UInt8(ascii: "-")
        static let backslash = UInt8(ascii: "\\")
        static let hunkHeader = Array("@@ ".utf8)
        static let binaryFiles = Array("Binary files ".utf8)
        static let diffHeader = Array("diff --git ".utf8)
    }
}
