extension InterfaceChange {
    /// The interface change of a file's diff, or `nil` when the file is neither a public header nor ABI data.
    ///
    /// For a header, the structs are those of ``CHeaderOutline`` that contain a removed line (in the old
    /// text) or an added line (in the new text): a new member changes a struct's layout as much as a
    /// removed one. Lines that are blank or only a comment do not count (a real 3.8 backport added a
    /// comment inside `struct _ts`, which changes no layout).
    /// - Parameters:
    ///   - patch: The file's hunks (best with `--unified=0`).
    ///   - oldText: The text before the change, if it could be read.
    ///   - newText: The text after the change, if it could be read.
    ///   - paths: Which files are public headers and ABI files (the project's `cadence.toml`).
    public init?(
        patch: UnifiedDiff.FilePatch,
        oldText: String?,
        newText: String?,
        paths: GateConfiguration.Paths = GateConfiguration.cpython.paths
    ) {
        let path = patch.path
        if paths.isABIFile(path) {
            self.init(file: path, kind: .abiData)
            return
        }
        guard paths.isPublicHeaderFile(path) || patch.oldPath.map(paths.isPublicHeaderFile) == true else {
            return nil
        }
        var names: [String] = []
        let removed = patch.hunks.flatMap { InterfaceChange.codeLines($0.removedLineNumbers, $0.removed) }
        let added = patch.hunks.flatMap { InterfaceChange.codeLines($0.addedLineNumbers, $0.added) }
        if let oldText, !removed.isEmpty {
            names += CHeaderOutline(oldText).structs(containing: removed)
        }
        if let newText, !added.isEmpty {
            for name in CHeaderOutline(newText).structs(containing: added) where !names.contains(name) {
                names.append(name)
            }
        }
        var differences: [InterfaceDifference] = []
        var hasTexts = true
        // Only comments and blank lines changed: no declaration can have (and the texts need no reading).
        let codeChanged = !removed.isEmpty || !added.isEmpty || patch.hunks.isEmpty
        switch (oldText, newText) {
        case (.some, .some) where !codeChanged:
            break
        case (let old?, let new?):
            differences = CHeaderDeclarations.differences(from: CHeaderDeclarations(old), to: CHeaderDeclarations(new))
        case (nil, let new?) where patch.hunks.allSatisfy({ $0.oldCount == 0 }):
            differences = CHeaderDeclarations.differences(from: CHeaderDeclarations(""), to: CHeaderDeclarations(new))
        case (let old?, nil) where patch.hunks.allSatisfy({ $0.newCount == 0 }):
            differences = CHeaderDeclarations.differences(from: CHeaderDeclarations(old), to: CHeaderDeclarations(""))
        default:
            hasTexts = false
        }
        self.init(file: path, kind: .publicHeader, structs: names, differences: differences, hasTexts: hasTexts)
    }

    /// The line numbers of a hunk's lines that hold code: not blank, not only a comment.
    ///
    /// When the hunk does not carry the lines' text, every number counts.
    static func codeLines(_ numbers: ClosedRange<Int>?, _ texts: [String]) -> [Int] {
        guard let numbers else { return [] }
        guard texts.count == numbers.count else { return Array(numbers) }
        return zip(numbers, texts).filter { !isCommentOrBlank($0.1) }.map(\.0)
    }

    /// Whether a C line is blank or only a comment (`/* … */`, `// …`, or a `*` line inside a block comment).
    static func isCommentOrBlank(_ line: String) -> Bool {
        let text = HistoryText.trimmed(line)
        if text.isEmpty || text.hasPrefix("//") { return true }
        if text.hasPrefix("/*") { return text.hasSuffix("*/") && !text.dropFirst(2).dropLast(2).contains("*/") }
        return text.hasPrefix("*")
    }
}
