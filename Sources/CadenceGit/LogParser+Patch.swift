import CadenceCore

extension LogParser {
    /// Reads one commit's patch text: every section's line counts go to its raw entry, and the sections
    /// the evidence reads keep their hunks or, for an added NEWS entry, the new file's text.
    ///
    /// Sections come in the order of the raw entries; each is matched to its entry by its
    /// `diff --git a/<old> b/<new>` line (a type change prints two sections for one entry).
    struct PatchReader {
        let parser: LogParser
        /// The commit's raw entries, given their counts and patches as sections end.
        var entries: [GitRepository.RawEntry]
        /// The entry the next section is expected to belong to.
        private var expected = 0

        init(parser: LogParser, entries: [GitRepository.RawEntry]) {
            self.parser = parser
            self.entries = entries
        }

        /// One `diff --git` section being read.
        private struct Section {
            var entry: Int?
            var start: Int
            var added = 0
            var removed = 0
            var isBinary = false
            var oldLeft = 0
            var newLeft = 0
            var keepsHunks = false
            var keepsText = false
            /// Whether the section is a public Python module's: its `def`, `class` and `raise` lines are
            /// kept, with each hunk's function context (``PythonAPIChange``).
            var scansInterface = false
            var interfaceRemoved: [String] = []
            var interfaceAdded: [String] = []
            /// Whether the section is documentation whose added version notes are kept (``CadenceCore/VersionNote``).
            var scansVersionNotes = false
            var versionNotes: [String] = []
            /// How the file's comments look, and whether every changed line so far was one.
            var comments: LogParser.CommentSyntax?
            var onlyComments = true
            var text: [UInt8] = []
            var lastLineWasAdded = false
        }

        /// Reads sections from `start` to the next record; returns where the record ends, or `nil` when
        /// the output read so far stops inside it.
        mutating func read(from start: Int) -> Int? {
            let bytes = parser.bytes
            var line = start
            var section = Section(entry: nil, start: start)
            var isOpen = false
            while line < bytes.count {
                let first = bytes[line]
                if first == Byte.recordSeparator {
                    if isOpen { finish(section, at: line) }
                    return line
                }
                guard let newline = parser.firstIndex(of: Byte.newline, from: line) else {
                    if !parser.isComplete { return nil }
                    break
                }
                defer { line = newline + 1 }
                if isOpen, section.oldLeft > 0 || section.newLeft > 0,
                    first == Byte.minus || first == Byte.space || first == Byte.plus
                {
                    if first != Byte.plus { section.oldLeft -= 1 }
                    if first != Byte.minus { section.newLeft -= 1 }
                    if section.keepsText, first == Byte.plus { section.text += bytes[line + 1...newline] }
                    if section.scansVersionNotes, first == Byte.plus,
                        LogParser.contains(LogParser.versionDirective, in: bytes, from: line + 1, to: newline)
                    {
                        section.versionNotes.append(parser.string(line + 1..<newline))
                    }
                    if let syntax = section.comments, section.onlyComments, first != Byte.space {
                        section.onlyComments = LogParser.isCommentOrBlank(bytes, line + 1, newline, syntax)
                    }
                    if section.scansInterface, first != Byte.space, LogParser.isInterfaceLine(bytes, line + 1, newline)
                    {
                        let text = parser.string(line + 1..<newline)
                        if first == Byte.plus {
                            section.interfaceAdded.append(text)
                        } else {
                            section.interfaceRemoved.append(text)
                        }
                    }
                    section.lastLineWasAdded = first == Byte.plus
                } else if first == Byte.backslash {
                    // `\ No newline at end of file` after an added line: the text has no final line end.
                    if section.keepsText, section.lastLineWasAdded, section.text.last == Byte.newline {
                        section.text.removeLast()
                    }
                } else if parser.startsWith(Byte.diffHeader, at: line) {
                    if isOpen { finish(section, at: line) }
                    section = startSection(header: line..<newline)
                    isOpen = true
                } else if isOpen, parser.startsWith(Byte.hunkHeader, at: line),
                    let (removed, added) = LogParser.hunkCounts(bytes[line..<newline])
                {
                    section.removed += removed
                    section.added += added
                    section.oldLeft = removed
                    section.newLeft = added
                    section.lastLineWasAdded = false
                    if section.scansInterface {
                        let context = "@@ " + LogParser.hunkContext(parser.string(line..<newline))
                        section.interfaceRemoved.append(context)
                        section.interfaceAdded.append(context)
                    }
                } else if isOpen, parser.startsWith(Byte.binaryFiles, at: line) {
                    section.isBinary = true
                }
            }
            // The output read so far ends here: the record may go on in the next piece.
            guard parser.isComplete else { return nil }
            if isOpen { finish(section, at: bytes.count) }
            return bytes.count
        }

        /// A new section for the entry its header names.
        private mutating func startSection(header: Range<Int>) -> Section {
            let entry = self.entry(named: header)
            var section = Section(entry: entry, start: header.lowerBound)
            if let entry {
                let raw = entries[entry]
                section.keepsHunks = GitRepository.needsPatch(raw, paths: parser.paths)
                section.keepsText = raw.status == .added && parser.paths.newsLocation(raw.path) != nil
                section.comments = LogParser.CommentSyntax(path: raw.path)
                section.scansVersionNotes = raw.path.hasSuffix(".rst") && parser.paths.isDocumentationFile(raw.path)
                section.scansInterface =
                    parser.paths.isPublicPythonModule(raw.path)
                    || raw.oldPath.map(parser.paths.isPublicPythonModule) == true
                expected = entry + 1
            }
            return section
        }

        /// Gives a finished section's counts, hunks and text to its entry.
        private mutating func finish(_ section: Section, at end: Int) {
            guard let index = section.entry else { return }
            let earlier = entries[index].hasCounts
            if section.isBinary {
                entries[index].added = nil
                entries[index].removed = nil
            } else if !earlier || entries[index].added != nil {
                entries[index].added = (earlier ? entries[index].added ?? 0 : 0) + section.added
                entries[index].removed = (earlier ? entries[index].removed ?? 0 : 0) + section.removed
            }
            entries[index].hasCounts = true
            if section.keepsHunks {
                let text = parser.string(section.start..<end)
                entries[index].patch = UnifiedDiff(parsing: Substring(text)).files.first
            }
            if section.keepsText, !section.isBinary {
                entries[index].addedText = String(decoding: section.text, as: UTF8.self)
            }
            // A comment-only file: a section that changed lines and all of them comments (a rename or a mode
            // change has no lines, and says nothing).
            let changedLines = section.added + section.removed
            entries[index].isCommentOnly =
                section.comments != nil && section.onlyComments && changedLines > 0 && !section.isBinary
                && (!earlier || entries[index].isCommentOnly)
            if !section.versionNotes.isEmpty { entries[index].versionNotes += section.versionNotes }
            if section.scansInterface, !section.isBinary {
                entries[index].interfaceLines = GitRepository.InterfaceLines(
                    removed: section.interfaceRemoved,
                    added: section.interfaceAdded
                )
            }
        }

        /// The entry whose `diff --git` line this is: the expected one, the one before (a type change's
        /// second section), or any.
        private func entry(named header: Range<Int>) -> Int? {
            if entries.indices.contains(expected), matches(header, entries[expected]) { return expected }
            if entries.indices.contains(expected - 1), matches(header, entries[expected - 1]) { return expected - 1 }
            return entries.indices.first { matches(header, entries[$0]) }
        }

        /// Whether a `diff --git` line names the entry's paths: `diff --git a/<old> b/<new>`, each name
        /// quoted as git quotes it when it holds a control character, `"` or `\`.
        private func matches(_ header: Range<Int>, _ entry: GitRepository.RawEntry) -> Bool {
            var cursor = header.lowerBound
            func expect<Bytes: Sequence<UInt8>>(_ part: Bytes) -> Bool {
                for byte in part {
                    guard cursor < header.upperBound, parser.bytes[cursor] == byte else { return false }
                    cursor += 1
                }
                return true
            }
            func expect(name: [UInt8]?, _ text: String, prefix: String) -> Bool {
                if name == nil, !GitQuoting.needsQuoting(text.utf8) { return expect(prefix.utf8) && expect(text.utf8) }
                return expect(GitQuoting.quoted(Array(prefix.utf8) + (name ?? Array(text.utf8))))
            }
            let oldName = entry.oldPath == nil ? entry.pathBytes : entry.oldPathBytes
            return expect("diff --git ".utf8) && expect(name: oldName, entry.oldPath ?? entry.path, prefix: "a/")
                && expect(CollectionOfOne(Byte.space)) && expect(name: entry.pathBytes, entry.path, prefix: "b/")
                && cursor == header.upperBound
        }
    }

    /// The old and new counts of `@@ -a[,b] +c[,d] @@`: the lines removed and added with `--unified=0`.
    static func hunkCounts(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> (removed: Int, added: Int)? {
        var index = line.startIndex + 3
        func number() -> Int? {
            var value = 0
            var digits = 0
            while index < line.endIndex, line[index] >= 48, line[index] <= 57 {
                value = value &* 10 &+ Int(line[index] - 48)
                digits += 1
                index += 1
            }
            return digits > 0 ? value : nil
        }
        func count() -> Int? {
            guard number() != nil else { return nil }
            guard index < line.endIndex, line[index] == UInt8(ascii: ",") else { return 1 }
            index += 1
            return number()
        }
        guard index < line.endIndex, line[index] == Byte.minus else { return nil }
        index += 1
        guard let removed = count(), index < line.endIndex, line[index] == Byte.space else { return nil }
        index += 1
        guard index < line.endIndex, line[index] == Byte.plus else { return nil }
        index += 1
        guard let added = count() else { return nil }
        return (removed, added)
    }
}
