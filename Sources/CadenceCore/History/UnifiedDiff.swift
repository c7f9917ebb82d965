/// The hunks of a unified diff, as `git diff` / `git log -p` print them (best read with `--unified=0`).
///
/// Only what the history evidence needs is kept: per file its old and new paths and its hunks with the
/// removed and added lines. Binary files and pure renames have no hunks.
public struct UnifiedDiff: Hashable, Sendable {
    /// One file's part of a diff.
    public struct FilePatch: Hashable, Sendable {
        /// The path before the change; `nil` for a new file.
        public var oldPath: String?
        /// The path after the change; `nil` for a deleted file.
        public var newPath: String?
        /// The hunks, in order.
        public var hunks: [Hunk]

        /// Creates a file patch.
        public init(oldPath: String?, newPath: String?, hunks: [Hunk] = []) {
            self.oldPath = oldPath
            self.newPath = newPath
            self.hunks = hunks
        }

        /// The path to report: the new one, or the old one for a deleted file.
        public var path: String { newPath ?? oldPath ?? "" }
    }

    /// One hunk: `@@ -oldStart,oldCount +newStart,newCount @@ context`.
    public struct Hunk: Hashable, Sendable {
        /// The first old line it covers (1-based; with no old lines, the line after which it inserts).
        public var oldStart: Int
        /// How many old lines it covers.
        public var oldCount: Int
        /// The first new line it covers (1-based; with no new lines, the line after which it deleted).
        public var newStart: Int
        /// How many new lines it covers.
        public var newCount: Int
        /// The function context git prints after the second `@@` (the nearest line before the hunk
        /// that its diff driver takes for a function header).
        public var context: String
        /// The removed lines, without their `-`, in order.
        public var removed: [String]
        /// The added lines, without their `+`, in order.
        public var added: [String]

        /// Creates a hunk.
        public init(
            oldStart: Int,
            oldCount: Int,
            newStart: Int,
            newCount: Int,
            context: String = "",
            removed: [String] = [],
            added: [String] = []
        ) {
            self.oldStart = oldStart
            self.oldCount = oldCount
            self.newStart = newStart
            self.newCount = newCount
            self.context = context
            self.removed = removed
            self.added = added
        }

        /// The old line numbers of the removed lines (assumes `--unified=0`: a hunk is one block of change).
        public var removedLineNumbers: ClosedRange<Int>? {
            oldCount > 0 ? oldStart...(oldStart + oldCount - 1) : nil
        }

        /// The new line numbers of the added lines (assumes `--unified=0`).
        public var addedLineNumbers: ClosedRange<Int>? {
            newCount > 0 ? newStart...(newStart + newCount - 1) : nil
        }
    }

    /// The files, in order.
    public var files: [FilePatch]

    /// Creates a diff of files.
    public init(files: [FilePatch]) {
        self.files = files
    }

    /// Reads a diff's text; lines that are not part of the format are skipped.
    /// - Parameter text: The output of `git diff` for one commit (`diff --git` sections).
    public init(parsing text: Substring) {
        var files: [FilePatch] = []
        var current: FilePatch?
        var hunk: Hunk?
        var (oldLeft, newLeft) = (0, 0)
        func flushHunk() {
            if let finished = hunk { current?.hunks.append(finished) }
            hunk = nil
        }
        func flushFile() {
            flushHunk()
            if let finished = current { files.append(finished) }
            current = nil
        }
        for line in HistoryText.lines(text) {
            if hunk != nil, let first = line.first {
                // The header's counts say which lines belong to the hunk, so a removed `--- x` is a line.
                if first == "-", oldLeft > 0 {
                    hunk?.removed.append(String(line.dropFirst()))
                    oldLeft -= 1
                    continue
                } else if first == "+", newLeft > 0 {
                    hunk?.added.append(String(line.dropFirst()))
                    newLeft -= 1
                    continue
                } else if first == " ", oldLeft > 0, newLeft > 0 {
                    (oldLeft, newLeft) = (oldLeft - 1, newLeft - 1)
                    continue
                } else if first == "\\" {
                    continue
                }
            }
            if line.hasPrefix("diff --git ") {
                flushFile()
                current = FilePatch(oldPath: nil, newPath: nil)
            } else if line.hasPrefix("--- "), current != nil {
                flushHunk()
                current?.oldPath = UnifiedDiff.path(line.dropFirst(4), prefix: "a/")
            } else if line.hasPrefix("+++ "), current != nil {
                current?.newPath = UnifiedDiff.path(line.dropFirst(4), prefix: "b/")
            } else if line.hasPrefix("rename from "), current != nil {
                current?.oldPath = UnifiedDiff.unquoted(line.dropFirst("rename from ".count))
            } else if line.hasPrefix("rename to "), current != nil {
                current?.newPath = UnifiedDiff.unquoted(line.dropFirst("rename to ".count))
            } else if line.hasPrefix("@@ "), current != nil, let header = UnifiedDiff.hunkHeader(line) {
                flushHunk()
                hunk = header
                (oldLeft, newLeft) = (header.oldCount, header.newCount)
            } else {
                flushHunk()
            }
        }
        flushFile()
        self.files = files
    }

    /// A path of a `---`/`+++` line, without its `a/`/`b/` prefix; `nil` for `/dev/null`.
    static func path(_ text: Substring, prefix: String) -> String? {
        var text = text
        if text.last == "\t" { text = text.dropLast() }  // git adds a tab after names with spaces
        guard text != "/dev/null" else { return nil }
        let name = unquoted(text)
        return name.hasPrefix(prefix) ? String(name.dropFirst(prefix.count)) : name
    }

    /// A name as git writes it, undoing C-style quoting (`"caf\303\251.py"`).
    static func unquoted(_ text: Substring) -> String {
        guard text.count >= 2, text.first == "\"", text.last == "\"" else { return String(text) }
        var bytes: [UInt8] = []
        var iterator = Array(text.dropFirst().dropLast().utf8).makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "\\"), let escaped = iterator.next() else {
                bytes.append(byte)
                continue
            }
            switch escaped {
            case UInt8(ascii: "n"): bytes.append(10)
            case UInt8(ascii: "t"): bytes.append(9)
            case UInt8(ascii: "r"): bytes.append(13)
            case UInt8(ascii: "a"): bytes.append(7)
            case UInt8(ascii: "b"): bytes.append(8)
            case UInt8(ascii: "f"): bytes.append(12)
            case UInt8(ascii: "v"): bytes.append(11)
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                var value = Int(escaped - UInt8(ascii: "0"))
                for _ in 0..<2 {
                    guard let digit = iterator.next() else { break }
                    value = value * 8 + Int(digit &- UInt8(ascii: "0"))
                }
                bytes.append(UInt8(truncatingIfNeeded: value))
            default: bytes.append(escaped)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Reads `@@ -a[,b] +c[,d] @@ context`.
    static func hunkHeader(_ line: Substring) -> Hunk? {
        let parts = line.split(separator: " ", maxSplits: 3, omittingEmptySubsequences: false)
        guard parts.count >= 3, parts[0] == "@@", parts[1].first == "-", parts[2].first == "+",
            let old = range(parts[1].dropFirst()), let new = range(parts[2].dropFirst())
        else { return nil }
        var context = ""
        if parts.count == 4, let after = HistoryText.dropping(prefix: "@@", from: parts[3]) {
            context = HistoryText.trimmed(after)
        }
        return Hunk(oldStart: old.0, oldCount: old.1, newStart: new.0, newCount: new.1, context: context)
    }

    /// Reads `start[,count]`; the count is 1 when left out.
    static func range(_ text: Substring) -> (Int, Int)? {
        let numbers = text.split(separator: ",", omittingEmptySubsequences: false)
        guard let start = numbers.first.flatMap({ Int($0) }) else { return nil }
        guard numbers.count == 2 else { return numbers.count == 1 ? (start, 1) : nil }
        guard let count = Int(numbers[1]) else { return nil }
        return (start, count)
    }
}
