/// Decides the kind of a change from its commits' NEWS sections, CVE ids, files and words.
///
/// The evidence is weighed in this order of precedence:
///
/// 1. **security**: a NEWS entry in a section the configuration maps to security (`Security`), or a
///    CVE id (`CVE-2023-24329`) in a subject, a body or a NEWS entry;
/// 2. **the NEWS section**: every NEWS entry is in sections mapped to one kind (`Documentation`,
///    `Tests`, `Build`, `Tools/Demos`);
/// 3. **the files**: every file but NEWS entries is documentation, or tests, or build files;
/// 4. **the Python interface**: a public function, class or method removed or a `DeprecationWarning`
///    added (deprecation or removal), or a public name added (feature), in a public module (``PythonAPIChange``; names that moved between files
///    do not count);
/// 5. **the tests**: a test of the old behaviour removed (a test function deleted whose expectations
///    no added line keeps, ``TestChange/changesExpectations``) makes a behaviour change;
/// 6. **the words**, in subjects and NEWS entries, only for the kinds in
///    ``GateConfiguration/Words/decisiveKinds`` (CPython: crash words make a crash fix); the other
///    word lists (deprecation words among them) (a feature verb before an API noun, behaviour-change
///    phrases) are weak signals: kept in ``ChangeClassification/signals``, never deciding
///    ("Add a missing 'goto error;'" is a fix, "X no longer crashes" is not a behaviour change);
/// 7. otherwise a **bug fix**.
///
/// The words come from ``GateConfiguration/words``; the files from ``GateConfiguration/paths``.
public struct ChangeClassifier: Sendable {
    /// The rules and word lists.
    public var configuration: GateConfiguration

    /// Creates a classifier.
    public init(configuration: GateConfiguration = .cpython) { self.configuration = configuration }

    /// The kind of the change made of `commits`, with its evidence.
    ///
    /// Each commit's ``AnnotatedCommit/signals`` are used when present (they must come from a classifier
    /// with the same configuration, as ``annotate(_:reading:)`` gives them); otherwise they are read here.
    public func classify(_ commits: [AnnotatedCommit]) -> ChangeClassification {
        var signals: [ChangeKind: [Evidence]] = [:]
        func add(_ kind: ChangeKind, _ evidence: [Evidence]) {
            if !evidence.isEmpty { signals[kind, default: []] += evidence }
        }
        let perCommit = commits.map { $0.signals ?? self.signals(of: $0) }
        add(.security, perCommit.flatMap(\.security))
        let sectionKind = self.sectionKind(commits)
        if let sectionKind, sectionKind.kind != .security { add(sectionKind.kind, sectionKind.evidence) }
        let fileKind = self.fileKind(commits)
        if let fileKind { add(fileKind.kind, fileKind.evidence) }
        for signal in perCommit.flatMap(\.words) { add(signal.kind, [signal.evidence]) }

        let decided: ChangeKind
        if signals[.security] != nil {
            decided = .security
        } else if let sectionKind {
            decided = sectionKind.kind
        } else if let fileKind {
            decided = fileKind.kind
        } else if let (kind, evidence) = interfaceKind(commits) {
            add(kind, evidence)
            decided = kind
        } else if let removed = removedTestEvidence(commits) {
            add(.behaviourChange, removed)
            decided = .behaviourChange
        } else if let kind = configuration.words.decisiveKinds.first(where: { signals[$0] != nil }) {
            decided = kind
        } else {
            let note = Evidence(
                .subject,
                commit: commits.first?.sha,
                line: 1,
                detail: "no evidence of another kind: a bug fix"
            )
            return ChangeClassification(kind: .bugFix, evidence: [note], signals: signals)
        }
        return ChangeClassification(kind: decided, evidence: signals[decided] ?? [], signals: signals)
    }

    // MARK: - One commit at a time

    /// What `commit`, read on its own, says about its change's kind: security evidence, words, and
    /// whether its title opens as a revert's.
    public func signals(of commit: AnnotatedCommit) -> CommitSignals {
        CommitSignals(
            security: securityEvidence(commit),
            words: wordEvidence(commit).map { CommitSignals.Signal(kind: $0.0, evidence: $0.1) },
            revertOpening: configuration.words.revert.opening(commit.facts.title)
        )
    }

    /// The commit with its message's facts and its ``signals(of:)``: all the per-commit work of an
    /// audit, which can be done as each commit is read.
    /// - Parameters:
    ///   - commit: The commit.
    ///   - reader: How its message is read; CPython's conventions by default.
    /// - Returns: The annotated commit.
    public func annotate(
        _ commit: Commit,
        reading reader: some CommitFactsReading = CommitMessageFacts()
    )
        -> AnnotatedCommit
    {
        var annotated = AnnotatedCommit(commit, facts: reader.facts(of: commit))
        annotated.signals = signals(of: annotated)
        return annotated
    }

    // MARK: - Security

    private func securityEvidence(_ commit: AnnotatedCommit) -> [Evidence] {
        var found: [Evidence] = []
        for entry in commit.commit.newsEntries where configuration.sectionKinds[entry.section] == .security {
            found.append(
                Evidence(.newsSection, commit: commit.sha, path: entry.path, detail: "NEWS section '\(entry.section)'")
            )
        }
        for line in lines(of: commit) {
            for id in Self.cveIDs(in: line.text) {
                found.append(Evidence(line.source, commit: commit.sha, path: line.path, line: line.number, detail: id))
            }
        }
        return found
    }

    /// The CVE ids in `text`, uppercased: `CVE-2023-24329`.
    static func cveIDs(in text: String) -> [String] {
        guard HistoryText.containsASCII("cve-", in: text) else { return [] }
        let characters = Array(text.uppercased())
        var ids: [String] = []
        var index = 0
        while index + 4 <= characters.count {
            defer { index += 1 }
            guard characters[index..<index + 4].elementsEqual("CVE-"),
                index == 0 || !(characters[index - 1].isLetter || characters[index - 1].isNumber)
            else { continue }
            var end = index + 4
            let year = characters[end...].prefix { $0.isASCIIDigit }
            guard year.count == 4, end + 4 < characters.count, characters[end + 4] == "-" else { continue }
            end += 5
            let number = characters[end...].prefix { $0.isASCIIDigit }
            guard number.count >= 4 else { continue }
            ids.append(String(characters[index..<end + number.count]))
        }
        return ids
    }

    // MARK: - Sections and files

    private func sectionKind(_ commits: [AnnotatedCommit]) -> (kind: ChangeKind, evidence: [Evidence])? {
        let entries = commits.flatMap { commit in commit.commit.newsEntries.map { (commit.sha, $0) } }
        let kinds = Set(entries.map { configuration.sectionKinds[$0.1.section] })
        guard !entries.isEmpty, kinds.count == 1, let kind = kinds.first ?? nil else { return nil }
        let evidence = entries.map { sha, entry in
            Evidence(.newsSection, commit: sha, path: entry.path, detail: "NEWS section '\(entry.section)'")
        }
        return (kind, evidence)
    }

    private func fileKind(_ commits: [AnnotatedCommit]) -> (kind: ChangeKind, evidence: [Evidence])? {
        let paths = configuration.paths
        let all = commits.flatMap { commit in commit.commit.files.map { (commit.sha, $0) } }
        let files = all.filter { !paths.news.anyMatches($0.1.path) }
        if files.isEmpty, !all.isEmpty {
            // Only NEWS entries: their wording is documentation.
            let evidence = all.map { sha, file in
                Evidence(.file, commit: sha, path: file.path, detail: "only NEWS entries (\(file.lineCounts))")
            }
            return (.documentation, evidence)
        }
        guard !files.isEmpty else { return nil }
        let kinds: [(ChangeKind, (FileChange) -> Bool)] = [
            (.documentation, { paths.documentation.anyMatches($0.path) || $0.isCommentOnly }),
            (.tests, { paths.isTestFile($0.path) }),
            (.build, { paths.build.anyMatches($0.path) }),
        ]
        for (kind, matches) in kinds where files.allSatisfy({ matches($0.1) }) {
            let evidence = files.map { sha, file in
                let what =
                    kind == .documentation && file.isCommentOnly && !paths.documentation.anyMatches(file.path)
                    ? "only comments" : "only \(kind.rawValue) files"
                return Evidence(.file, commit: sha, path: file.path, detail: "\(what) (\(file.lineCounts))")
            }
            return (kind, evidence)
        }
        return nil
    }

    // MARK: - Interface

    /// A removal or an addition of a public Python name, in a change that is not a revert.
    private func interfaceKind(_ commits: [AnnotatedCommit]) -> (ChangeKind, [Evidence])? {
        guard !commits.contains(where: configuration.isRevert) else { return nil }
        let decisive: [(ChangeKind, PythonAPIChange.Kind)] = [
            (.deprecation, .removed), (.deprecation, .deprecationAdded), (.feature, .added),
        ]
        for (kind, apiKind) in decisive {
            let evidence = commits.flatMap { commit in
                commit.commit.apiChanges.filter { $0.kind == apiKind }.map {
                    Evidence(.file, commit: commit.sha, path: $0.file, detail: $0.description)
                }
            }
            if !evidence.isEmpty { return (kind, evidence) }
        }
        return nil
    }

    // MARK: - Tests

    /// The removed tests whose expectations no added line keeps, in a change that is not a revert.
    private func removedTestEvidence(_ commits: [AnnotatedCommit]) -> [Evidence]? {
        guard !commits.contains(where: configuration.isRevert) else { return nil }
        let evidence = commits.flatMap { commit in
            commit.commit.testChanges.filter { $0.kind == .removed && $0.changesExpectations }.map { test in
                Evidence(
                    .test,
                    commit: commit.sha,
                    path: test.file,
                    test: test.function,
                    detail: "a test of the old behaviour removed"
                )
            }
        }
        return evidence.isEmpty ? nil : evidence
    }

    // MARK: - Words

    private func wordEvidence(_ commit: AnnotatedCommit) -> [(ChangeKind, Evidence)] {
        let words = configuration.words
        var found: [(ChangeKind, Evidence)] = []
        for line in lines(of: commit) where line.source != .body {
            let prepared = WordPattern.Line(line.text)
            func evidence(_ detail: String) -> Evidence {
                Evidence(line.source, commit: commit.sha, path: line.path, line: line.number, detail: detail)
            }
            for (kind, patterns) in [
                (ChangeKind.crashFix, words.crash), (.deprecation, words.deprecation),
                (.behaviourChange, words.behaviourChange),
            ] {
                if let match = patterns.firstMatch(in: prepared) { found.append((kind, evidence("'\(match)'"))) }
            }
            if let feature = featureMatch(in: prepared) { found.append((.feature, evidence(feature))) }
        }
        return found
    }

    /// `'add' … 'parameter'` when a feature verb is followed by an API noun on the line.
    private func featureMatch(in line: WordPattern.Line) -> String? {
        let words = configuration.words
        for verb in words.featureVerbs {
            for (verbText, verbOffset) in verb.matches(in: line) {
                for noun in words.featureNouns {
                    if let nounMatch = noun.matches(in: line).first(where: { $0.offset > verbOffset }) {
                        return "'\(verbText)' … '\(nounMatch.text)'"
                    }
                }
            }
        }
        return nil
    }

    // MARK: - Text

    /// The lines the classifier reads: the subject (line 1), the body (from line 3) and the NEWS entries.
    private func lines(
        of commit: AnnotatedCommit
    ) -> [(source: Evidence.Source, path: String?, number: Int, text: String)] {
        var lines: [(source: Evidence.Source, path: String?, number: Int, text: String)] = [
            (.subject, nil, 1, commit.commit.subject)
        ]
        for (offset, text) in commit.commit.body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            lines.append((.body, nil, offset + 3, String(text)))
        }
        for entry in commit.commit.newsEntries {
            for (offset, text) in entry.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                lines.append((.newsText, entry.path, offset + 1, String(text)))
            }
        }
        return lines
    }
}

extension FileChange {
    /// `+12 −3`, or `binary` when the counts are unknown.
    var lineCounts: String {
        guard let added, let removed else { return "binary" }
        return "+\(added) −\(removed)"
    }
}
