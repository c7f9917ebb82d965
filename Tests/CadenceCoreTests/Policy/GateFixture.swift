import Foundation

@testable import CadenceCore

/// Builds commits, NEWS entries and facts for the gate's tests, as the git reader and the
/// commit-message parser would fill them.
enum GateFixture {
    /// CPython's release history, read once for all the gate's tests.
    static let cpython = Result { try CPythonData.history() }

    /// A 40-hex object name starting with `prefix` (which must be hex).
    static func sha(_ prefix: String) -> String { prefix + String(repeating: "0", count: max(0, 40 - prefix.count)) }

    /// A modified file with line counts.
    static func file(_ path: String, _ added: Int = 1, _ removed: Int = 1) -> FileChange {
        FileChange(path: path, added: added, removed: removed)
    }

    /// A NEWS entry in `section` for `gh-<issue>`.
    static func news(_ section: String, _ issue: Int, _ text: String) -> NewsEntry {
        let folder = section.replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: "/", with: "-")
        return NewsEntry(
            path: "Misc/NEWS.d/next/\(folder)/2021-03-01-10-00-00.gh-issue-\(issue).abcdef.rst",
            section: section,
            issue: IssueReference(.github, issue),
            text: text
        )
    }

    /// A commit with its facts.
    static func commit(
        _ prefix: String,
        on date: String = "2021-03-01",
        subject: String,
        summary: String? = nil,
        title: String? = nil,
        target: String? = nil,
        issues: [IssueReference] = [],
        body: String = "",
        files: [FileChange] = [],
        news: [NewsEntry] = [],
        tests: [TestChange] = [],
        interfaces: [InterfaceChange] = [],
        cherryPickedFrom: [String] = [],
        reverts: [String] = [],
        parents: [String] = [],
        isBookkeeping: Bool = false
    ) throws -> AnnotatedCommit {
        let day = try CalendarDate(date)
        let commit = Commit(
            sha: sha(prefix),
            parents: parents,
            author: "A. Developer",
            authorDate: day,
            commitDate: day,
            subject: subject,
            body: body,
            files: files,
            newsEntries: news,
            testChanges: tests,
            interfaceChanges: interfaces
        )
        let facts = CommitFacts(
            summary: summary ?? subject,
            title: title,
            target: try target.map { try SeriesName($0) },
            issues: issues,
            cherryPickedFrom: cherryPickedFrom,
            revertedCommits: reverts,
            isBookkeeping: isBookkeeping
        )
        return AnnotatedCommit(commit, facts: facts)
    }

    /// A change of one commit with a Library NEWS entry saying `text`, touching `files`.
    static func change(
        _ prefix: String = "c1",
        subject: String = "gh-100: Fix a bug",
        news text: String = "Fix a bug.",
        files: [FileChange] = [file("Lib/json/decoder.py")],
        tests: [TestChange] = [],
        interfaces: [InterfaceChange] = [],
        reverts: [String] = [],
        configuration: GateConfiguration = .cpython
    ) throws -> Change {
        let commit = try commit(
            prefix,
            subject: subject,
            issues: [IssueReference(.github, 100)],
            files: files,
            news: [news("Library", 100, text)],
            tests: tests,
            interfaces: interfaces,
            reverts: reverts
        )
        return Change([commit], configuration: configuration)
    }

    /// CPython's configuration with words of more kinds deciding a change's kind (by default only crash and
    /// deprecation words do): for the tests of the rules of kinds that CPython's words no longer decide.
    static func deciding(_ kinds: ChangeKind...) -> GateConfiguration {
        var configuration = GateConfiguration.cpython
        configuration.words.decisiveKinds += kinds
        return configuration
    }

    /// CPython's settings with the word rule `reads-like-behaviour-change` turned on (it is off by default).
    static var readingWords: GateConfiguration {
        var configuration = GateConfiguration.cpython
        configuration.disabledRules.remove(.readsLikeBehaviourChange)
        return configuration
    }

    /// A public header whose texts were read, with what changed in its declarations.
    static func header(
        _ path: String,
        _ differences: [InterfaceDifference],
        structs: [String] = []
    ) -> InterfaceChange {
        InterfaceChange(file: path, kind: .publicHeader, structs: structs, differences: differences, hasTexts: true)
    }
}
