import Testing

@testable import CadenceCore

@Suite struct ABIMarkerCheckTests {
    typealias F = GateFixture

    func commit(summary: String, news: String?) throws -> AnnotatedCommit {
        try F.commit(
            "a1",
            subject: "[3.9] " + summary,
            summary: summary,
            target: "3.9",
            news: news.map { [F.news("C API", 100, $0)] } ?? []
        )
    }

    @Test(arguments: [
        ("(ABI break) gh-100: Grow PyThreadState", "(CPython ABI break) PyThreadState grew a field."),
        ("(ABI break) gh-100: Grow PyThreadState", "\n  (CPython ABI break) PyThreadState grew a field."),
        ("gh-100: Fix a leak", "Fix a leak."),
        ("gh-100: Fix a leak", nil),
        ("gh-100: (ABI break) is not at the start", "Mentions (CPython ABI break) later."),
    ])
    func bothOrNeitherIsFine(summary: String, news: String?) throws {
        #expect(ABIMarkerCheck.findings(for: try commit(summary: summary, news: news)).isEmpty)
    }

    @Test func aSummaryMarkerWithoutANEWSMarkerIsReported() throws {
        let commit = try commit(summary: "(ABI break) gh-100: Grow PyThreadState", news: "PyThreadState grew.")
        let findings = ABIMarkerCheck.findings(for: commit)
        #expect(findings.map(\.problem) == [.commitMarkerWithoutNewsMarker])
        #expect(findings.first?.commit == F.sha("a1"))
        #expect(findings.first?.evidence.map(\.source) == [.subject, .newsText])
        #expect(
            findings.first?.description
                == "a100000000: the summary opens with '(ABI break)' but no NEWS entry opens with "
                + "'(CPython ABI break)': add the NEWS marker, or drop the summary's"
        )
    }

    @Test func aSummaryMarkerWithoutAnyNEWSEntryIsReported() throws {
        let findings = ABIMarkerCheck.findings(for: try commit(summary: "(ABI break) gh-100: Grow it", news: nil))
        #expect(findings.map(\.problem) == [.commitMarkerWithoutNewsMarker])
        #expect(findings.first?.evidence.count == 1)
    }

    @Test func aNEWSMarkerWithoutASummaryMarkerIsReported() throws {
        let commit = try commit(summary: "gh-100: Grow PyThreadState", news: "(CPython ABI break) It grew.")
        let findings = ABIMarkerCheck.findings(for: commit)
        #expect(findings.map(\.problem) == [.newsMarkerWithoutCommitMarker])
        #expect(findings.first?.evidence.first?.path == commit.commit.newsEntries.first?.path)
    }

    @Test func checksEveryCommitOfAChange() throws {
        let good = try F.commit(
            "a2",
            subject: "(ABI break) gh-7: Grow it",
            issues: [.init(.github, 7)],
            news: [F.news("C API", 7, "(CPython ABI break) Grew.")]
        )
        let bad = try F.commit(
            "b2",
            subject: "[3.9] gh-7: Grow it",
            summary: "gh-7: Grow it",
            issues: [.init(.github, 7)],
            news: [F.news("C API", 7, "(CPython ABI break) Grew.")]
        )
        let change = Change([good, bad])
        #expect(ABIMarkerCheck.findings(for: change).map(\.commit) == [F.sha("b2")])
    }
}
