import Testing

@testable import CadenceCore

@Suite struct RevertLinkerTests {
    typealias F = GateFixture
    let bpo42500 = IssueReference(.bpo, 42500)

    func fix() throws -> AnnotatedCommit {
        try F.commit(
            "a1",
            on: "2021-02-20",
            subject: "[3.9] bpo-42500: Fix recursion in or after except (GH-23568) (#24501)",
            target: "3.9",
            issues: [bpo42500],
            files: [F.file("Include/cpython/pystate.h", 2, 1), F.file("Python/ceval.c", 40, 12)]
        )
    }

    @Test func linksARevertByItsTrailerAndReportsTheChangeAsNeverShipped() throws {
        // Given a fix and, in the same range, its revert with a trailer (abbreviated)
        let revert = try F.commit(
            "b1",
            on: "2021-03-01",
            subject: "Revert \"[3.9] bpo-42500: Fix recursion in or after except (GH-23568) (#24501)\"",
            body: "This reverts commit a100000000.",
            reverts: ["a100000000"]
        )
        let other = try F.commit("c1", on: "2021-03-02", subject: "bpo-7: Fix docs", issues: [.init(.bpo, 7)])
        let changes = ChangeGrouper().changes(from: [try fix(), revert, other])

        // When reverts are linked
        let analysis = RevertLinker().analyse(changes)

        // Then the fix never shipped, and only the unrelated change ships
        #expect(analysis.links.map(\.method) == [.trailer])
        #expect(analysis.links.first?.reverted == F.sha("a1"))
        #expect(analysis.links.first?.evidence.map(\.detail) == ["This reverts commit a100000000"])
        #expect(analysis.neverShipped.map(\.change.id) == [F.sha("a1")])
        #expect(analysis.neverShipped.first?.revertedBy.map(\.id) == [F.sha("b1")])
        #expect(analysis.isNeverShipped(F.sha("a1")))
        #expect(analysis.shipped.map(\.id) == [F.sha("c1")])
        #expect(analysis.unmatchedReverts.isEmpty)
    }

    @Test func linksARollbackWithoutTrailerByIssueAndFiles() throws {
        // The real 3.9.4 rollback names the issue it rolls back and touches the same files
        let rollback = try F.commit(
            "b2",
            on: "2021-04-03",
            subject: "bpo-43710: Rollback the 3.9 bpo-42500 fix, it broke the ABI in 3.9.3 (#25179)",
            title: "Rollback the 3.9 bpo-42500 fix, it broke the ABI in 3.9.3",
            target: "3.9",
            issues: [.init(.bpo, 43710), bpo42500],
            files: [F.file("Include/cpython/pystate.h", 1, 2), F.file("Python/ceval.c", 12, 40)]
        )
        let unrelated = try F.commit(
            "c2",
            on: "2021-03-01",
            subject: "bpo-42500: Fix a typo in a comment",
            issues: [bpo42500],
            files: [F.file("Objects/object.c")]
        )
        let changes = ChangeGrouper().changes(from: [try fix(), unrelated, rollback])
        #expect(changes.count == 2)  // the typo fix shares the issue, so it is part of the change

        let analysis = RevertLinker().analyse(changes)
        let link = try #require(analysis.links.first)
        #expect(link.method == .issueAndFiles)
        #expect(link.reverted == F.sha("a1"))
        #expect(
            link.evidence.map(\.detail) == [
                "title opens with 'rollback', no revert trailer", "shares bpo-42500", "touched by both",
                "touched by both",
            ]
        )
        #expect(link.evidence.compactMap(\.path) == ["Include/cpython/pystate.h", "Python/ceval.c"])
        #expect(analysis.neverShipped.map(\.change.id) == [F.sha("a1")])
        #expect(analysis.shipped.isEmpty)
    }

    @Test(arguments: ["Roll back the fix", "Reverted the fix", "\"Revert the fix\""])
    func recognisesRevertWordsOpeningTheTitle(title: String) throws {
        let revert = try F.commit(
            "b3",
            on: "2021-04-03",
            subject: "bpo-42500: \(title)",
            title: title,
            issues: [bpo42500],
            files: [F.file("Python/ceval.c")]
        )
        let analysis = RevertLinker().analyse(ChangeGrouper().changes(from: [try fix(), revert]))
        #expect(analysis.links.map(\.reverted) == [F.sha("a1")])
    }

    @Test func needsBothASharedIssueAndASharedFile() throws {
        let noFile = try F.commit(
            "b4",
            on: "2021-04-03",
            subject: "Revert the fix",
            issues: [bpo42500],
            files: [F.file("Lib/os.py")]
        )
        let noIssue = try F.commit("c4", on: "2021-04-04", subject: "Revert the fix", files: [F.file("Python/ceval.c")])
        let notARevert = try F.commit(
            "d4",
            on: "2021-04-05",
            subject: "Revise the fix",
            issues: [bpo42500],
            files: [F.file("Python/ceval.c")]
        )
        let analysis = RevertLinker().analyse(ChangeGrouper().changes(from: [try fix(), noFile, noIssue, notARevert]))
        #expect(analysis.links.isEmpty)
        #expect(analysis.unmatchedReverts.map(\.id) == [F.sha("b4"), F.sha("c4")])
        #expect(analysis.neverShipped.isEmpty)
        #expect(analysis.shipped.count == 3)
    }

    @Test func aRevertOfSomethingReleasedEarlierShips() throws {
        // Range v3.9.3..v3.9.4: the rollback's trailer names a commit that shipped in 3.9.3
        let rollback = try F.commit(
            "b5",
            on: "2021-04-03",
            subject: "Revert \"bpo-42500: Fix recursion\"",
            issues: [bpo42500],
            files: [F.file("Python/ceval.c")],
            reverts: [F.sha("0ff")]
        )
        let analysis = RevertLinker().analyse(ChangeGrouper().changes(from: [rollback]))
        #expect(analysis.links.isEmpty)
        #expect(analysis.unmatchedReverts.map(\.id) == [F.sha("b5")])
        #expect(analysis.shipped.map(\.id) == [F.sha("b5")])
    }

    @Test func aRevertedRevertLetsTheOriginalShip() throws {
        let revert = try F.commit("b6", on: "2021-03-01", subject: "Revert \"fix\"", reverts: [F.sha("a1")])
        let reland = try F.commit("c6", on: "2021-03-02", subject: "Revert \"Revert \"fix\"\"", reverts: [F.sha("b6")])
        let analysis = RevertLinker().analyse(ChangeGrouper().changes(from: [try fix(), revert, reland]))
        #expect(analysis.links.map(\.reverted) == [F.sha("a1"), F.sha("b6")])
        #expect(analysis.neverShipped.map(\.change.id) == [F.sha("b6")])
        #expect(analysis.shipped.map(\.id) == [F.sha("a1")])
    }
}
