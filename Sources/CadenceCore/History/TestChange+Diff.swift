extension TestChange {
    /// The test functions a diff removed or changed in an existing Python test file.
    ///
    /// Heuristics (the diff should be `--unified=0`, so every removed line is a changed or deleted one):
    /// - Only lines of the old file count: a test that only gained lines (a new assertion) was extended,
    ///   not changed. A new file has no old lines and so no test changes.
    /// - With the old file's text, each removed line is placed by ``PythonOutline``: the test it belongs
    ///   to is the outermost function of its chain, defined in a module or class, named `test…`.
    ///   Decorators belong to the function they decorate; blank lines to nothing.
    /// - A test whose `def` line was removed is ``Kind/removed``, unless an added line defines a function
    ///   of the same name again (its signature or decorators changed, or it moved), or the hunk replaced
    ///   the `def` line by another `def` line at the same place and indentation (a renamed test, as in
    ///   `def test_comparison` → `def test_comparison_basic`, common in CPython): then it is
    ///   ``Kind/changed``, like a test that lost or had other lines replaced.
    /// - A module-level `test_main` is CPython's old regrtest harness, not a test: it never counts.
    /// - Without the old text (a clone that lacks it), removed `def test…` lines still say which tests
    ///   were removed, and the hunk's function context which test other removed lines were in, when it
    ///   names a `def` (`@@ … @@ def test_x(self):`, as git's Python diff driver prints it where a
    ///   repository's attributes ask for it; git's default context is the last unindented line, such as
    ///   `class Tests(…):`, and then those lines count for no test); ``testCase`` is then `nil`.
    ///
    /// - Each test's ``TestChange/lostExpectations`` are the ``TestExpectation`` tokens of its removed
    ///   lines that no added line has (by default this patch's added lines; a commit passes those of
    ///   all its test files, so that a test moved to another file keeps its expectations). A removed
    ///   test whose lines hold no token (`self.check_invalid(ast.Set(elts=[]))`) loses the body lines
    ///   that no added line repeats.
    ///
    /// - Parameters:
    ///   - patch: The file's hunks.
    ///   - oldText: The file's text before the change, if it could be read.
    ///   - addedExpectations: The expectation tokens of the lines the commit added to its test files.
    /// - Returns: One change per test, in the order of the old file.
    public static func changes(
        in patch: UnifiedDiff.FilePatch,
        oldText: String?,
        addedExpectations: TestExpectation.Added? = nil
    ) -> [TestChange] {
        let file = patch.path
        let redefined = Set(patch.hunks.flatMap(\.added).compactMap(definedFunction))
        let added = addedExpectations ?? TestExpectation.Added([patch])
        let available = added.tokens
        var bodies: [String: [String]] = [:]
        var hasTokens: Set<String> = []
        var order: [String] = []
        var found: [String: TestChange] = [:]
        var expected: [String: [String]] = [:]
        func record(function: String, testCase: String?, isDefinition: Bool, text: String) {
            let key = (testCase.map { $0 + "." } ?? "") + function
            if found[key] == nil {
                order.append(key)
                found[key] = TestChange(
                    file: file,
                    function: function,
                    kind: .changed,
                    removedLines: 0,
                    testCase: testCase
                )
            }
            found[key]?.removedLines += 1
            if isDefinition, !redefined.contains(function) { found[key]?.kind = .removed }
            let trimmed = HistoryText.trimmed(text)
            if !isDefinition, !trimmed.isEmpty, !trimmed.hasPrefix("@"), !trimmed.hasPrefix("#"),
                trimmed != "pass", trimmed != "...", definedFunction(text) == nil
            {
                bodies[key, default: []].append(trimmed)
            }
            let tokens = TestExpectation.tokens(in: text)
            if !tokens.isEmpty { hasTokens.insert(key) }
            for token in tokens where !available.contains(token) {
                if expected[key]?.contains(token) != true { expected[key, default: []].append(token) }
            }
        }
        if let oldText {
            let outline = PythonOutline(oldText)
            for hunk in patch.hunks {
                guard let lines = hunk.removedLineNumbers else { continue }
                for line in lines {
                    guard let (function, testCase) = outline.test(at: line),
                        testCase != nil || function.name != "test_main"
                    else { continue }
                    let offset = line - hunk.oldStart
                    let isDefinition = function.line == line && !isRename(hunk, at: offset)
                    let text = offset < hunk.removed.count ? hunk.removed[offset] : ""
                    record(function: function.name, testCase: testCase, isDefinition: isDefinition, text: text)
                }
                // An assertion turned into its opposite (`assertTrue` → `assertFalse`) loses what it expected,
                // though no literal changed.
                let flips = TestExpectation.polarityFlips(removed: hunk.removed, added: hunk.added)
                if !flips.isEmpty, let first = lines.first, let (function, testCase) = outline.test(at: first) {
                    let key = (testCase.map { $0 + "." } ?? "") + function.name
                    for flip in flips where expected[key]?.contains(flip) != true {
                        expected[key, default: []].append(flip)
                    }
                }
            }
        } else {
            for hunk in patch.hunks {
                var current = definedFunction(hunk.context)
                for (offset, line) in hunk.removed.enumerated() {
                    if let name = definedFunction(line) {
                        current = name
                        if name.hasPrefix("test"), name != "test_main" {
                            record(function: name, testCase: nil, isDefinition: !isRename(hunk, at: offset), text: line)
                        }
                    } else if let name = current, name.hasPrefix("test"), !HistoryText.trimmed(line).isEmpty {
                        record(function: name, testCase: nil, isDefinition: false, text: line)
                    }
                }
            }
        }
        return order.compactMap { key in
            found[key].map { change in
                var change = change
                change.lostExpectations = expected[key] ?? []
                if change.kind == .removed, !hasTokens.contains(key) {
                    change.lostExpectations = (bodies[key] ?? []).filter { !added.lines.contains($0) }
                        .map { "`\($0)`" }
                }
                return change
            }
        }
    }

    /// Whether the hunk's removed line at `offset` is a `def` line replaced by another `def` line at the
    /// same offset and indentation (a rename; the hunk replaces as many lines as it adds).
    static func isRename(_ hunk: UnifiedDiff.Hunk, at offset: Int) -> Bool {
        guard hunk.removed.count == hunk.added.count, offset >= 0, offset < hunk.removed.count else { return false }
        let old = hunk.removed[offset]
        let new = hunk.added[offset]
        guard definedFunction(old) != nil, definedFunction(new) != nil else { return false }
        return PythonOutline.indentation(of: Substring(old)) == PythonOutline.indentation(of: Substring(new))
    }

    /// The name a line defines with `def` or `async def`, if it does.
    static func definedFunction(_ line: String) -> String? {
        let stripped = Substring(line).drop { $0 == " " || $0 == "\t" }
        guard let (isClass, name) = PythonOutline.definition(stripped), !isClass else { return nil }
        return name
    }
}
