extension InterfaceChange {
    /// The interface change of a file's diff, or `nil` when the file is neither a public header nor ABI data.
    ///
    /// For a header, the structs are those of ``CHeaderOutline`` that contain a removed line (in the old
    /// text) or an added line (in the new text): a new member changes a struct's layout as much as a
    /// removed one.
    /// - Parameters:
    ///   - patch: The file's hunks (best with `--unified=0`).
    ///   - oldText: The text before the change, if it could be read.
    ///   - newText: The text after the change, if it could be read.
    public init?(patch: UnifiedDiff.FilePatch, oldText: String?, newText: String?) {
        let path = patch.path
        if SourcePath.isABIData(path) {
            self.init(file: path, kind: .abiData)
            return
        }
        guard SourcePath.isPublicHeader(path) || patch.oldPath.map(SourcePath.isPublicHeader) == true else {
            return nil
        }
        var names: [String] = []
        if let oldText {
            let removed = patch.hunks.compactMap(\.removedLineNumbers).flatMap { Array($0) }
            names += CHeaderOutline(oldText).structs(containing: removed)
        }
        if let newText {
            let added = patch.hunks.compactMap(\.addedLineNumbers).flatMap { Array($0) }
            for name in CHeaderOutline(newText).structs(containing: added) where !names.contains(name) {
                names.append(name)
            }
        }
        self.init(file: path, kind: .publicHeader, structs: names)
    }
}
