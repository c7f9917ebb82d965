import Testing

@testable import CadenceCore

@Suite struct ChangeGrouperTests {
    typealias F = GateFixture
    let gh104411 = IssueReference(.github, 104411)

    @Test func groupsABackportWithItsOriginal() throws {
        // Given an original on main and its backports to 3.12 and 3.11, in history order
        let original = try F.commit(
            "a1",
            on: "2023-06-01",
            subject: "gh-104411: Fix a crash in the tokenizer (#104412)",
            issues: [gh104411],
            files: [F.file("Parser/tokenizer.c")]
        )
        let to312 = try F.commit(
            "b1",
            on: "2023-06-02",
            subject: "[3.12] gh-104411: Fix a crash in the tokenizer (GH-104412) (#105356)",
            summary: "gh-104411: Fix a crash in the tokenizer (GH-104412) (#105356)",
            target: "3.12",
            issues: [gh104411],
            files: [F.file("Parser/tokenizer.c")],
            cherryPickedFrom: [F.sha("a1")]
        )
        let to311 = try F.commit(
            "c1",
            on: "2023-06-03",
            subject: "[3.11] gh-104411: Fix a crash in the tokenizer (GH-104412) (#105357)",
            target: "3.11",
            issues: [gh104411],
            files: [F.file("Parser/tokenizer.c")],
            cherryPickedFrom: [F.sha("a1")]
        )
        let other = try F.commit(
            "d1",
            on: "2023-06-02",
            subject: "gh-5: Fix something else",
            issues: [.init(.github, 5)]
        )

        // When they are grouped
        let changes = ChangeGrouper().changes(from: [to311, original, other, to312])

        // Then the three commits are one change, oldest first, named by the original
        #expect(changes.count == 2)
        #expect(changes[0].commits.map(\.sha) == [F.sha("a1"), F.sha("b1"), F.sha("c1")])
        #expect(changes[0].id == F.sha("a1"))
        #expect(changes[0].targets.map(\.description) == ["3.12", "3.11"])
        #expect(changes[0].issues == [gh104411])
        #expect(changes[0].paths == ["Parser/tokenizer.c"])
        #expect(changes[0].kind == .crashFix)
        #expect(changes[1].commits.map(\.sha) == [F.sha("d1")])
    }

    @Test func groupsByCherryPickSourceWithoutIssueOrOriginal() throws {
        // Backports of one commit outside the range, with no issue number, and an abbreviated trailer
        let to310 = try F.commit("b2", subject: "[3.10] Fix typo", cherryPickedFrom: ["deadbeef12"])
        let to39 = try F.commit("c2", subject: "[3.9] Fix typo", cherryPickedFrom: [F.sha("deadbeef12")])
        let original = try F.commit("deadbeef12", subject: "Fix typo")
        #expect(ChangeGrouper().changes(from: [to310, to39]).map(\.commits.count) == [2])
        #expect(ChangeGrouper().changes(from: [original, to39]).map(\.commits.count) == [2])
    }

    @Test func groupsSeveralCommitsOfOneIssue() throws {
        let issue = IssueReference(.bpo, 42500)
        let fix = try F.commit("a3", on: "2021-01-01", subject: "bpo-42500: Fix recursion", issues: [issue])
        let followUp = try F.commit("b3", on: "2021-01-05", subject: "bpo-42500: Fix refleak", issues: [issue])
        let newsOnly = try F.commit(
            "c3",
            on: "2021-01-06",
            subject: "Add NEWS",
            news: [F.news("Core and Builtins", 7, "x")]
        )
        let viaNews = try F.commit(
            "d3",
            on: "2021-01-07",
            subject: "Add missing NEWS",
            news: [NewsEntry(path: "Misc/NEWS.d/next/x.bpo-42500.a.rst", section: "Library", issue: issue, text: "x")]
        )
        let changes = ChangeGrouper().changes(from: [fix, newsOnly, followUp, viaNews])
        #expect(changes.map(\.commits.count) == [3, 1])
        #expect(changes[0].commits.map(\.sha) == [F.sha("a3"), F.sha("b3"), F.sha("d3")])
    }

    @Test func leavesOutMergesAndBookkeepingAndKeepsRevertsApart() throws {
        let issue = IssueReference(.bpo, 42500)
        let fix = try F.commit("a4", subject: "bpo-42500: Fix recursion", issues: [issue])
        let release = try F.commit("b4", subject: "Python 3.9.3", isBookkeeping: true)
        let merge = try F.commit("c4", subject: "Merge tag 'v3.9.3' into 3.9", parents: [F.sha("a4"), F.sha("b4")])
        let rollback = try F.commit(
            "d4",
            subject: "bpo-43710: Rollback the 3.9 bpo-42500 fix",
            title: "Rollback the 3.9 bpo-42500 fix",
            issues: [.init(.bpo, 43710), issue]
        )
        let changes = ChangeGrouper().changes(from: [fix, release, merge, rollback])
        #expect(changes.map(\.id) == [F.sha("a4"), F.sha("d4")])
        #expect(changes.map(\.isRevert) == [false, true])
    }

    @Test func readsFactsThroughTheSeam() throws {
        let commit = Commit(
            sha: F.sha("e5"),
            authorDate: try .day("2024-01-01"),
            commitDate: try .day("2024-01-01"),
            subject: "[3.12] gh-1: Title"
        )
        let table = CommitFactsTable([
            F.sha("e5"): CommitFacts(summary: "gh-1: Title", title: "Title", target: try SeriesName("3.12"))
        ])
        let unknown = Commit(
            sha: F.sha("f5"),
            authorDate: try .day("2024-01-02"),
            commitDate: try .day("2024-01-02"),
            subject: "Revert \"gh-1: Title\""
        )
        let changes = ChangeGrouper().changes(from: [commit, unknown], reading: table)
        #expect(changes.first?.targets.map(\.description) == ["3.12"])
        #expect(table.facts(of: unknown) == CommitFacts(summary: "Revert \"gh-1: Title\""))
        #expect(changes.last?.isRevert == true)
    }
}
