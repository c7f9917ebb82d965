import ArgumentParser
import CadenceKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Collects a command's items from its arguments or from standard input.
enum InputItems {
    /// Checks, before a command runs, that its items come from exactly one place.
    /// - Throws: `ValidationError` (exit 64, with the command's usage) for arguments and `--stdin`
    ///   together, or for neither while standard input is a terminal.
    static func validate(arguments: [String], stdin: Bool, what: String) throws {
        if stdin && !arguments.isEmpty {
            throw ValidationError("Give \(what)s as arguments or with --stdin, not both.")
        }
        if arguments.isEmpty && !stdin && isatty(0) == 1 {
            throw ValidationError("Give at least one \(what), or pipe them one per line with --stdin.")
        }
    }

    /// The items: the arguments, or standard input's non-blank lines when there are no arguments.
    static func collect(arguments: [String]) -> [InputItem] {
        if !arguments.isEmpty { return arguments.map { InputItem(text: $0, line: nil) } }
        return readLines()
    }

    /// Standard input split into lines; blank lines are skipped, a trailing `\r` is dropped.
    static func readLines() -> [InputItem] {
        let bytes = readAll()
        var items: [InputItem] = []
        items.reserveCapacity(bytes.count / 8)
        bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            var line = 1
            while start < buffer.count {
                var stop = start
                while stop < buffer.count, buffer[stop] != UInt8(ascii: "\n") { stop += 1 }
                var end = stop
                if end > start, buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                let slice = UnsafeBufferPointer(rebasing: buffer[start..<end])
                if !slice.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) {
                    items.append(InputItem(text: String(decoding: slice, as: UTF8.self), line: line))
                }
                start = stop + 1
                line += 1
            }
        }
        return items
    }

    /// Every byte of standard input.
    static func readAll() -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        return bytes
    }
}
