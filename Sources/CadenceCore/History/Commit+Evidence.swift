extension Commit {
    /// The files it changed that are test files (``SourcePath/isTestFile(_:)``, old path of a rename included).
    public var testFiles: [FileChange] {
        files.filter { SourcePath.isTestFile($0.path) || $0.oldPath.map(SourcePath.isTestFile) == true }
    }

    /// Lines added in test files (binary files count 0).
    public var testLinesAdded: Int { testFiles.reduce(0) { $0 + ($1.added ?? 0) } }

    /// Lines removed in test files (binary files count 0).
    public var testLinesRemoved: Int { testFiles.reduce(0) { $0 + ($1.removed ?? 0) } }

    /// Whether one of its NEWS entries opens with `(CPython ABI break)`.
    public var hasNewsABIBreakMarker: Bool { newsEntries.contains(where: \.hasABIBreakMarker) }
}
