import CadenceCore
import Foundation
import Testing

@testable import CadenceGit

/// Reads a miniature CPython 3.9 branch built with real git (see ``CPythonLikeHistory``).
@Suite struct GitRepositoryTests {
    let fixture: CPythonLikeHistory
    let history: History

    init() throws {
        fixture = try CPythonLikeHistory()
        history = try GitRepository(path: fixture.repository.path).history(range: "v3.9.2..3.9")
    }

    func commit(_ sha: String) throws -> Commit {
        try #require(history.commits.first { $0.sha == sha })
    }

    @Test func listsEveryCommitNewestFirst() throws {
        #expect(history.commits.count == 12)
        #expect(history.commits.first?.sha == fixture.latin1)
        #expect(history.commits.last?.sha == fixture.backport)
        #expect(!history.isShallow)
        #expect(!history.isPartial)
        #expect(history.limitations == [])
        #expect(Set(history.commits.map(\.sha)).contains(fixture.release))  // merged from the release branch
    }

    @Test func readsABackportWithTrailersNewsAndAStructChange() throws {
        let backport = try commit(fixture.backport)
        #expect(backport.subject == "[3.9] bpo-42500: Fix recursion in or after except (GH-23568) (GH-24501)")
        #expect(backport.author == "Łukasz Langa")
        #expect(backport.authorDate == (try CalendarDate("2021-02-20")))
        #expect(backport.parents.count == 1)
        let message = backport.message
        #expect(message.backportBranch == "3.9")
        #expect(message.issues == [IssueReference(.bpo, 42500)])
        #expect(message.pullRequests == [23568, 24501])
        #expect(message.cherryPickedFrom == ["4e7a69bdb63a104587759d7784124492dcdd496e"])
        #expect(message.coAuthors == [CoAuthor(name: "Mark Shannon", email: "mark@hotpy.org")])
        #expect(
            backport.newsEntries == [
                NewsEntry(
                    path: "Misc/NEWS.d/next/Core and Builtins/2021-02-20-10-00-00.bpo-42500.fXK7Hk.rst",
                    section: "Core and Builtins",
                    issue: IssueReference(.bpo, 42500),
                    text: "Improve handling of exceptions near recursion limit.\n"
                )
            ]
        )
        #expect(
            backport.interfaceChanges == [
                InterfaceChange(file: "Doc/data/python3.9.abi", kind: .abiData),
                InterfaceChange(
                    file: "Include/cpython/pystate.h",
                    kind: .publicHeader,
                    structs: ["_ts"],
                    differences: [
                        InterfaceDifference(
                            kind: .layoutChanged,
                            name: "_ts",
                            detail: "struct _ts: field 'recursion_headroom' (int) added"
                        )
                    ],
                    hasTexts: true
                ),
            ]
        )
        #expect(backport.files.map(\.path).contains("Include/internal/pycore_pystate.h"))
        #expect(backport.files.first { $0.path == "Include/cpython/pystate.h" }?.added == 1)
        #expect(backport.testChanges == [])
    }

    @Test func readsABackportThatDeletesATest() throws {
        let removal = try commit(fixture.testRemoval)
        #expect(removal.message.backportBranch == nil)
        #expect(removal.message.isBackport)
        #expect(
            removal.testChanges == [
                TestChange(
                    file: "Lib/test/test_ssl.py",
                    function: "test_b",
                    kind: .removed,
                    removedLines: 3,
                    testCase: "ContextTests",
                    lostExpectations: ["True", "False"]  // self.assertTrue(True), self.assertFalse(False)
                )
            ]
        )
        #expect(removal.newsEntries.map(\.section) == ["Core and Builtins"])  // Core_and_Builtins; README.rst skipped
        #expect(removal.newsEntries.map(\.issue) == [IssueReference(.bpo, 43000)])
        #expect(removal.files.contains { $0.path == "Misc/NEWS.d/next/Tests/README.rst" && $0.status == .added })
        #expect(removal.testLinesRemoved == 4)
        #expect(removal.testLinesAdded == 0)
    }

    @Test func readsABackportThatAdaptsATestWithBinaryAndRenamedFiles() throws {
        let adaptation = try commit(fixture.testAdaptation)
        #expect(
            adaptation.testChanges == [
                TestChange(
                    file: "Lib/test/test_ssl.py",
                    function: "test_a",
                    kind: .changed,
                    removedLines: 1,
                    testCase: "ContextTests",
                    lostExpectations: ["1"]  // assertEqual(1, 1) became assertEqual(2, 2)
                )
            ]
        )
        #expect(
            adaptation.files.first { $0.path == "bin.dat" } == FileChange(path: "bin.dat", added: nil, removed: nil)
        )
        #expect(
            adaptation.files.first { $0.path == "Lib/new_name.py" }
                == FileChange(
                    path: "Lib/new_name.py",
                    oldPath: "Lib/old_name.py",
                    added: 0,
                    removed: 0,
                    status: .renamed
                )
        )
        #expect((adaptation.testLinesAdded, adaptation.testLinesRemoved) == (2, 1))
        #expect(adaptation.newsEntries.map(\.section) == ["Library"])
        #expect(adaptation.newsEntries.map(\.issue) == [IssueReference(.github, 100)])
        #expect(adaptation.message.pullRequests == [101, 102])
    }

    @Test func flagsBookkeepingAndKeepsMergesWithoutFiles() throws {
        #expect(try commit(fixture.release).message.bookkeeping == .release(version: "3.9.3"))
        #expect(try commit(fixture.postRelease).message.bookkeeping == .postRelease(version: "3.9.3"))
        let merge = try commit(fixture.mergeTag)
        #expect(merge.isMerge)
        #expect(merge.files == [])
        #expect(merge.message.bookkeeping == .mergeTag(tag: "v3.9.3"))
        #expect(try commit(fixture.branchFix).message.bookkeeping == nil)
        #expect(history.changes.count == 9)
        #expect(!history.changes.contains { $0.sha == fixture.mergeTag })
    }

    @Test func readsRevertsWithAndWithoutTrailer() throws {
        let revert = try commit(fixture.gitRevert)
        #expect(revert.message.revert?.style == .quotedSubject)
        #expect(revert.message.revert?.revertedCommits == [fixture.backport])
        #expect(
            revert.message.revert?.revertedSubject
                == "[3.9] bpo-42500: Fix recursion in or after except (GH-23568) (GH-24501)"
        )
        let rollback = try commit(fixture.rollback)
        #expect(rollback.message.revert == CommitMessage.Revert(style: .freeForm))
        #expect(rollback.interfaceChanges.map(\.structs) == [["_ts"]])
        #expect(
            rollback.interfaceChanges.flatMap(\.differences).map(\.detail)
                == ["struct _ts: field 'recursion_headroom' (int) removed"]
        )
    }

    @Test func readsBothABIMarkers() throws {
        let abiBreak = try commit(fixture.abiBreak)
        #expect(abiBreak.message.hasABIBreakMarker)
        #expect(abiBreak.newsEntries.map(\.section) == ["C API", "Tools/Demos"])
        #expect(abiBreak.newsEntries.map(\.hasABIBreakMarker) == [true, false])
        #expect(abiBreak.hasNewsABIBreakMarker)
        #expect(
            abiBreak.interfaceChanges == [
                InterfaceChange(
                    file: "Include/cpython/initconfig.h",
                    kind: .publicHeader,
                    structs: ["PyConfig"],
                    differences: [
                        InterfaceDifference(
                            kind: .layoutChanged,
                            name: "PyConfig",
                            detail: "struct PyConfig: field 'safe_path' (int) added"
                        )
                    ],
                    hasTexts: true
                )
            ]
        )
        #expect(try !commit(fixture.backport).message.hasABIBreakMarker)
    }

    @Test func readsNonUTF8MessagesLeniently() throws {
        #expect(try commit(fixture.latin1).subject == "Fix caf\u{FFFD} handling")
    }
}
