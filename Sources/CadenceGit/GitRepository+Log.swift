import CadenceCore
import Foundation

extension GitRepository {
    /// One commit as the NUL-separated `git log --raw --numstat -z` prints it.
    struct LogRecord {
        var sha: String
        var parents: [String]
        var author: String
        var authorDate: CalendarDate
        var commitDate: CalendarDate
        var message: String
        var entries: [RawEntry] = []

        /// Forgets the files of a commit at a shallow clone's edge: git shows it as a root commit that
        /// adds every file, which it did not.
        mutating func hiddenByShallowBoundary() {
            entries = []
        }
    }

    /// One file of a commit: `--raw`'s status and blob names, `--numstat`'s line counts.
    struct RawEntry {
        var status: FileChange.Status
        var path: String
        var oldPath: String?
        var oldBlob: String?
        var newBlob: String?
        var added: Int?
        var removed: Int?
        var hasCounts = false
    }

    /// The log format: a record separator and the full object name, then NUL-terminated fields.
    static let logFormat = "--format=%x1e%H%x00%P%x00%an%x00%aI%x00%cI%x00%B%x00"

    /// The arguments of the one `git log` that lists a range; without `--numstat` (which needs the files'
    /// contents) when `counts` is false.
    static func logArguments(range: String, counts: Bool = true) -> [String] {
        [
            "-c", "core.quotePath=false", "-c", "log.showSignature=false", "log", "-z", "--no-abbrev", "--no-color",
            "--no-ext-diff", "--raw",
        ] + (counts ? ["--numstat"] : []) + ["-M", logFormat, range, "--"]
    }

    /// Lists a range in one `git log`.
    func log(range: String, counts: Bool = true) throws -> [LogRecord] {
        let arguments = GitRepository.logArguments(range: range, counts: counts)
        let data = try git(arguments)
        return try GitRepository.parseLog(data, command: GitRepository.commandLine(arguments))
    }

    /// Reads the output of `git log -z --raw --numstat`.
    ///
    /// Fields are read by position after each record's header, so a message or a path can hold any byte
    /// but NUL (which git never puts in either).
    static func parseLog(_ data: Data, command: String) throws -> [LogRecord] {
        let tokens = data.split(separator: 0, omittingEmptySubsequences: false)
        var records: [LogRecord] = []
        var index = 0
        func text(_ offset: Int) -> String {
            index + offset < tokens.count ? String(decoding: tokens[index + offset], as: UTF8.self) : ""
        }
        while index < tokens.count {
            let token = tokens[index]
            if token.first == 0x1E {
                let sha = String(decoding: token.dropFirst(), as: UTF8.self)
                guard index + 5 < tokens.count, sha.count == 40 || sha.count == 64 else {
                    throw GitError.unreadableOutput(command: command, reason: "truncated commit record '\(sha)'")
                }
                records.append(
                    LogRecord(
                        sha: sha,
                        parents: text(1).split(separator: " ").map(String.init),
                        author: text(2),
                        authorDate: try date(text(3), commit: sha, command: command),
                        commitDate: try date(text(4), commit: sha, command: command),
                        message: text(5)
                    )
                )
                index += 6
                continue
            }
            let field = String(decoding: token.drop { $0 == 0x0A }, as: UTF8.self)
            if field.hasPrefix(":"), !records.isEmpty {
                let parts = field.split(separator: " ")
                let status = parts.last?.first ?? "M"
                let twoPaths = status == "R" || status == "C"
                let first = text(1)
                let second = twoPaths ? text(2) : first
                records[records.count - 1].entries.append(
                    RawEntry(
                        status: fileStatus(status),
                        path: second,
                        oldPath: twoPaths ? first : nil,
                        oldBlob: parts.count > 2 ? blob(parts[2]) : nil,
                        newBlob: parts.count > 3 ? blob(parts[3]) : nil
                    )
                )
                index += twoPaths ? 3 : 2
            } else if let (added, removed, inlinePath) = numstat(field), !records.isEmpty {
                var path = inlinePath
                index += 1
                if inlinePath.isEmpty {
                    path = text(1)  // a rename: `added removed \0old\0new`
                    index += 2
                }
                records[records.count - 1].setCounts(added: added, removed: removed, path: path)
            } else {
                index += 1
            }
        }
        return records
    }

    /// `2021-04-02T12:34:56+02:00` as the calendar date it was where it was written.
    static func date(_ text: String, commit: String, command: String) throws -> CalendarDate {
        guard let date = try? CalendarDate(String(text.prefix(10))) else {
            throw GitError.unreadableOutput(command: command, reason: "commit \(commit) has the date '\(text)'")
        }
        return date
    }

    /// A raw entry's status letter as a ``FileChange/Status``.
    static func fileStatus(_ letter: Character) -> FileChange.Status {
        switch letter {
        case "A", "C": return .added
        case "D": return .deleted
        case "R": return .renamed
        default: return .modified
        }
    }

    /// A blob name, `nil` for git's all-zero "no file".
    static func blob(_ text: Substring) -> String? {
        text.allSatisfy { $0 == "0" } ? nil : String(text)
    }

    /// `added\tremoved\tpath` (counts `-` for a binary file); the path is empty for a rename.
    static func numstat(_ field: String) -> (Int?, Int?, String)? {
        let parts = field.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3 else { return nil }
        func count(_ text: Substring) -> Int?? {
            text == "-" ? .some(nil) : Int(text).map { .some($0) }
        }
        guard let added = count(parts[0]), let removed = count(parts[1]) else { return nil }
        return (added, removed, String(parts[2]))
    }
}

extension GitRepository.LogRecord {
    /// Gives the counts of `--numstat` to the entry of the same path (the first without counts).
    mutating func setCounts(added: Int?, removed: Int?, path: String) {
        guard let index = entries.firstIndex(where: { !$0.hasCounts && $0.path == path }) else { return }
        entries[index].added = added
        entries[index].removed = removed
        entries[index].hasCounts = true
    }
}
