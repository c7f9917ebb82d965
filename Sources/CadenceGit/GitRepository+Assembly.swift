import CadenceCore

extension GitRepository.LogRecord {
    /// The blobs whose texts this commit needs: NEWS entries it adds or moves (when the patch did not
    /// give their text), the old texts of test files whose lines it removed, and both texts of public
    /// headers it changed.
    func objectsToRead(paths: GateConfiguration.Paths) -> [String] {
        var names: [String] = []
        for entry in entries {
            if entry.addedText == nil, entry.status == .added || entry.status == .renamed,
                paths.newsLocation(entry.path) != nil, let blob = entry.newBlob
            {
                names.append(blob)
            }
            guard let patch = entry.patch else { continue }
            if paths.isPythonTestFile(patch.oldPath ?? entry.path),
                patch.hunks.contains(where: { $0.oldCount > 0 }), let blob = entry.oldBlob
            {
                names.append(blob)
            }
            if paths.isPublicHeaderFile(entry.path) || entry.oldPath.map(paths.isPublicHeaderFile) == true {
                names += [entry.oldBlob, entry.newBlob].compactMap { $0 }
            }
        }
        return names
    }

    /// The commit, and sentences for what its clone lacked.
    func commit(texts: [String: String], paths: GateConfiguration.Paths) -> (Commit, [String]) {
        let (subject, body) = GitRepository.LogRecord.split(message)
        var commit = Commit(
            sha: sha,
            parents: parents,
            author: author,
            authorDate: authorDate,
            commitDate: commitDate,
            subject: subject,
            body: body
        )
        var missing: [String] = []
        let short = sha.prefix(10)
        // What the commit's test files expect after it (a test moved to another file keeps its
        // expectations); read only when a test file lost lines, the only case that asks.
        let testPatches = entries.compactMap { entry in paths.isPythonTestFile(entry.path) ? entry.patch : nil }
        let losesTestLines = testPatches.contains { patch in patch.hunks.contains { $0.oldCount > 0 } }
        let addedExpectations = losesTestLines ? TestExpectation.Added(testPatches) : TestExpectation.Added([])
        for entry in entries {
            commit.files.append(
                FileChange(
                    path: entry.path,
                    oldPath: entry.oldPath,
                    added: entry.added,
                    removed: entry.removed,
                    status: entry.status,
                    isCommentOnly: entry.isCommentOnly
                )
            )
            if entry.status == .added || entry.status == .renamed, let location = paths.newsLocation(entry.path) {
                let text = entry.addedText ?? entry.newBlob.flatMap { texts[$0] }
                if text == nil {
                    missing.append("the text of NEWS entry '\(entry.path)' at commit \(short) is not in this clone")
                }
                commit.newsEntries.append(
                    NewsEntry(path: entry.path, section: location.section, issue: location.issue, text: text ?? "")
                )
            }
            let patch = entry.patch
            let oldText = entry.oldBlob.flatMap { texts[$0] }
            if let patch, paths.isPythonTestFile(patch.oldPath ?? entry.path), entry.status != .added {
                if oldText == nil, patch.hunks.contains(where: { $0.oldCount > 0 }) {
                    missing.append(
                        "the old text of '\(patch.oldPath ?? entry.path)' before commit \(short) is not in this "
                            + "clone: its test changes were read from the diff's function context only"
                    )
                }
                commit.testChanges += TestChange.changes(
                    in: patch,
                    oldText: oldText,
                    addedExpectations: addedExpectations
                )
            }
            let filePatch = patch ?? UnifiedDiff.FilePatch(oldPath: entry.oldPath ?? entry.path, newPath: entry.path)
            let newText = entry.newBlob.flatMap { texts[$0] }
            if let change = InterfaceChange(patch: filePatch, oldText: oldText, newText: newText, paths: paths) {
                commit.interfaceChanges.append(change)
            }
            commit.versionNotes += entry.versionNotes.compactMap { VersionNote(file: entry.path, line: $0) }
            if let lines = entry.interfaceLines {
                commit.apiChanges += PythonAPIChange.changes(in: entry.path, removed: lines.removed, added: lines.added)
            }
        }
        commit.apiChanges = PythonAPIChange.reconciled(commit.apiChanges)
        commit.interfaceChanges = InterfaceChange.reconciled(commit.interfaceChanges)
        return (commit, missing)
    }

    /// The subject (first line) and the body (after the blank lines that follow it) of a raw message.
    static func split(_ message: String) -> (String, String) {
        let lines = HistoryLines.split(message)
        guard let first = lines.first else { return ("", "") }
        let rest = lines.dropFirst().drop { $0.allSatisfy { $0 == " " || $0 == "\t" } }
        var body = rest.joined(separator: "\n")
        while body.hasSuffix("\n") { body.removeLast() }
        return (String(first), body)
    }
}

/// Line splitting that treats `\r\n` as a line end (Swift reads it as one character).
enum HistoryLines {
    /// The lines of a text without their `\r\n` or `\n` ends.
    static func split(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        var start = text.startIndex
        var index = start
        while index < text.endIndex {
            let character = text[index]
            if character == "\n" || character == "\r\n" {
                lines.append(text[start..<index])
                start = text.index(after: index)
            }
            index = text.index(after: index)
        }
        if start < text.endIndex { lines.append(text[start...]) }
        return lines
    }
}
