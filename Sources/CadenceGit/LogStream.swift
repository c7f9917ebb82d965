/// Gathers the pieces of `git log`'s output as they arrive and hands over each commit's record as soon
/// as it is whole.
///
/// A record is whole once the next one has begun (its `\x1e`) or the output has ended, so a piece that
/// holds no `\x1e` only adds to what is kept: a huge record is parsed once, not once per piece.
struct LogStream {
    /// The command, for errors.
    let command: String
    /// Output read but not yet handed over: the start of an unfinished record.
    private var pending: [UInt8] = []

    /// A stream with nothing read yet.
    init(command: String) {
        self.command = command
    }

    /// Adds a piece of output and hands over the records it completes.
    mutating func append(_ piece: UnsafeRawBufferPointer, each: (GitRepository.LogRecord) throws -> Void) throws {
        let bytes = piece.bindMemory(to: UInt8.self)
        let startsRecord = bytes.contains(LogParser.Byte.recordSeparator)
        pending.append(contentsOf: bytes)
        guard startsRecord else { return }
        try handOver(isComplete: false, each: each)
    }

    /// Hands over what is left once the output has ended.
    mutating func finish(each: (GitRepository.LogRecord) throws -> Void) throws {
        try handOver(isComplete: true, each: each)
    }

    /// Parses the whole records in ``pending`` and keeps the rest.
    private mutating func handOver(isComplete: Bool, each: (GitRepository.LogRecord) throws -> Void) throws {
        let consumed = try pending.withUnsafeBufferPointer { buffer in
            var parser = LogParser(buffer, isComplete: isComplete, command: command)
            while let record = try parser.next() { try each(record) }
            return isComplete ? buffer.count : parser.position
        }
        pending.removeFirst(consumed)
    }
}
