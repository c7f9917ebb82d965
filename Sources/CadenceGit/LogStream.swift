import CadenceCore

/// Gathers the pieces of `git log`'s output as they arrive and hands over each commit's record as soon
/// as it is whole.
///
/// A record is whole once the next one has begun (its `\x1e`, at the start of a line or after a NUL) or
/// the output has ended, so a piece that starts no record only adds to what is kept: a huge record is
/// parsed once, not once per piece.
struct LogStream {
    /// The command, for errors.
    let command: String
    /// Which files are tests, headers and NEWS entries.
    let paths: GateConfiguration.Paths
    /// Output read but not yet handed over: the start of an unfinished record.
    private var pending: [UInt8] = []

    /// A stream with nothing read yet.
    init(command: String, paths: GateConfiguration.Paths = GateConfiguration.cpython.paths) {
        self.command = command
        self.paths = paths
    }

    /// Adds a piece of output and hands over the records it completes.
    mutating func append(_ piece: UnsafeRawBufferPointer, each: (GitRepository.LogRecord) throws -> Void) throws {
        let bytes = piece.bindMemory(to: UInt8.self)
        let startsRecord = LogStream.mayStartRecord(bytes, after: pending.last)
        pending.append(contentsOf: bytes)
        guard startsRecord else { return }
        try handOver(isComplete: false, each: each)
    }

    /// Whether a piece may hold the start of a record: a `\x1e` that opens the output, a line or a field
    /// (a `\x1e` inside a line of file content or of a message is no record's start, and must not make a
    /// huge unfinished record be parsed again and again).
    static func mayStartRecord(_ piece: UnsafeBufferPointer<UInt8>, after previous: UInt8?) -> Bool {
        var before = previous
        for byte in piece {
            if byte == LogParser.Byte.recordSeparator, before == nil || before == 0x0A || before == 0 { return true }
            before = byte
        }
        return false
    }

    /// Hands over what is left once the output has ended.
    mutating func finish(each: (GitRepository.LogRecord) throws -> Void) throws {
        try handOver(isComplete: true, each: each)
    }

    /// Parses the whole records in ``pending`` and keeps the rest.
    private mutating func handOver(isComplete: Bool, each: (GitRepository.LogRecord) throws -> Void) throws {
        let consumed = try pending.withUnsafeBufferPointer { buffer in
            var parser = LogParser(buffer, isComplete: isComplete, command: command, paths: paths)
            while let record = try parser.next() { try each(record) }
            return isComplete ? buffer.count : parser.position
        }
        pending.removeFirst(consumed)
    }
}
