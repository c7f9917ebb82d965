#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Buffered writing to standard output and standard error; flushed at exit or when full.
///
/// `print` takes a lock and flushes per call; batch commands write hundreds of thousands of lines.
final class Output {
    /// The process's standard output.
    nonisolated(unsafe) static let standard = Output(descriptor: 1)
    /// The process's standard error (flushed after every line so messages interleave sensibly).
    nonisolated(unsafe) static let error = Output(descriptor: 2, flushEachLine: true)

    private let descriptor: Int32
    private let flushEachLine: Bool
    private var buffer: [UInt8] = []

    private init(descriptor: Int32, flushEachLine: Bool = false) {
        self.descriptor = descriptor
        self.flushEachLine = flushEachLine
        buffer.reserveCapacity(1 << 16)
    }

    /// Writes `line` followed by a newline.
    func line(_ line: String) {
        // Keep answers and messages in order when both go to the same terminal.
        if flushEachLine { Output.standard.flush() }
        var line = line
        line.withUTF8 { buffer.append(contentsOf: $0) }
        buffer.append(UInt8(ascii: "\n"))
        if flushEachLine || buffer.count >= 1 << 16 { flush() }
    }

    /// Writes `text` exactly as given, adding no line break.
    func text(_ text: String) {
        if flushEachLine { Output.standard.flush() }
        var text = text
        text.withUTF8 { buffer.append(contentsOf: $0) }
        if flushEachLine || buffer.count >= 1 << 16 { flush() }
    }

    /// Writes everything buffered so far.
    func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBufferPointer { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = write(descriptor, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { break }  // a closed pipe: nothing more can be written
                offset += written
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
