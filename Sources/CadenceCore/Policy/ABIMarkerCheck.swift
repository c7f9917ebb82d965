/// PEP 605's ABI markers: `(ABI break)` opening a commit's summary (after any `[X.Y]` prefix) and
/// `(CPython ABI break)` opening one of its NEWS entries must appear both or neither.
///
/// ```swift
/// let findings = ABIMarkerCheck.findings(for: change)
/// findings.first?.description
/// // 0123456789: the summary opens with '(ABI break)' but no NEWS entry opens with '(CPython ABI break)'
/// ```
public enum ABIMarkerCheck {
    /// The marker that opens a commit's summary.
    public static let commitMarker = "(ABI break)"
    /// The marker that opens a NEWS entry.
    public static let newsMarker = "(CPython ABI break)"

    /// Whether the commit's summary opens with ``commitMarker`` (leading spaces aside).
    public static func hasCommitMarker(_ facts: CommitFacts) -> Bool {
        facts.summary.drop(while: \.isWhitespace).hasPrefix(commitMarker)
    }

    /// Whether the NEWS entry opens with ``newsMarker`` (leading spaces and blank lines aside).
    public static func hasNewsMarker(_ entry: NewsEntry) -> Bool {
        entry.text.drop(while: \.isWhitespace).hasPrefix(newsMarker)
    }

    /// The mismatches in one commit: a summary marker without a NEWS marker, or NEWS markers without a
    /// summary marker.
    public static func findings(for commit: AnnotatedCommit) -> [ABIMarkerFinding] {
        let marked = commit.commit.newsEntries.filter(hasNewsMarker)
        if hasCommitMarker(commit.facts) {
            guard marked.isEmpty else { return [] }
            var evidence = [
                Evidence(.subject, commit: commit.sha, line: 1, detail: "summary opens with '\(commitMarker)'")
            ]
            evidence += commit.commit.newsEntries.map {
                Evidence(
                    .newsText,
                    commit: commit.sha,
                    path: $0.path,
                    line: 1,
                    detail: "does not open with '\(newsMarker)'"
                )
            }
            return [ABIMarkerFinding(problem: .commitMarkerWithoutNewsMarker, commit: commit.sha, evidence: evidence)]
        }
        return marked.map { entry in
            ABIMarkerFinding(
                problem: .newsMarkerWithoutCommitMarker,
                commit: commit.sha,
                evidence: [
                    Evidence(
                        .newsText,
                        commit: commit.sha,
                        path: entry.path,
                        line: 1,
                        detail: "opens with '\(newsMarker)'"
                    ),
                    Evidence(
                        .subject,
                        commit: commit.sha,
                        line: 1,
                        detail: "summary does not open with '\(commitMarker)'"
                    ),
                ]
            )
        }
    }

    /// The mismatches in every commit of a change.
    public static func findings(for change: Change) -> [ABIMarkerFinding] {
        change.commits.flatMap { findings(for: $0) }
    }
}

/// A commit whose PEP 605 ABI markers disagree.
public struct ABIMarkerFinding: Hashable, Sendable, CustomStringConvertible {
    /// Which marker is missing.
    public enum Problem: String, Hashable, Sendable {
        /// The summary says `(ABI break)`; no NEWS entry says `(CPython ABI break)`.
        case commitMarkerWithoutNewsMarker = "commit-marker-without-news-marker"
        /// A NEWS entry says `(CPython ABI break)`; the summary does not say `(ABI break)`.
        case newsMarkerWithoutCommitMarker = "news-marker-without-commit-marker"
    }

    /// Which marker is missing.
    public var problem: Problem
    /// The commit's object name.
    public var commit: String
    /// Where the markers are and are not.
    public var evidence: [Evidence]

    /// Creates a finding.
    public init(problem: Problem, commit: String, evidence: [Evidence]) {
        self.problem = problem
        self.commit = commit
        self.evidence = evidence
    }

    /// What is wrong and what to do, for people.
    public var message: String {
        switch problem {
        case .commitMarkerWithoutNewsMarker:
            return "the summary opens with '\(ABIMarkerCheck.commitMarker)' but no NEWS entry opens with "
                + "'\(ABIMarkerCheck.newsMarker)': add the NEWS marker, or drop the summary's"
        case .newsMarkerWithoutCommitMarker:
            return "a NEWS entry opens with '\(ABIMarkerCheck.newsMarker)' but the summary does not open with "
                + "'\(ABIMarkerCheck.commitMarker)': add the summary marker, or drop the NEWS entry's"
        }
    }

    /// `<short sha>: <message>`.
    public var description: String { "\(commit.prefix(10)): \(message)" }
}
