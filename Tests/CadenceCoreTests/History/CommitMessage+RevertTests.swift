import Testing

@testable import CadenceCore

/// Reverts and rollbacks as CPython writes them, read as data for the gate.
@Suite struct CommitMessageRevertTests {
    @Test func readsGitRevertWithTrailer() {
        let message = CommitMessage(
            subject: "Revert \"bpo-42160: tempfile: Reduce overhead of pid check. (GH-22997)\"",
            body: "This reverts commit 8e409cebad42032bd7d0f0cadbe7d4d6d0b0ebc9."
        )
        #expect(
            message.revert
                == CommitMessage.Revert(
                    style: .quotedSubject,
                    revertedSubject: "bpo-42160: tempfile: Reduce overhead of pid check. (GH-22997)",
                    revertedCommits: ["8e409cebad42032bd7d0f0cadbe7d4d6d0b0ebc9"]
                )
        )
        #expect(message.issues == [IssueReference(.bpo, 42160)])
        #expect(message.pullRequests == [])
    }

    @Test func readsRevertMergedThroughAPullRequestWithoutTrailer() {
        let message = CommitMessage(
            subject: "Revert \"[3.9] [doc] Fix erroneous backslashes in signatures and names (GH-23658)\" (GH-24092)"
        )
        #expect(message.revert?.style == .quotedSubject)
        #expect(
            message.revert?.revertedSubject
                == "[3.9] [doc] Fix erroneous backslashes in signatures and names (GH-23658)"
        )
        #expect(message.revert?.revertedCommits == [])
        #expect(message.pullRequests == [24092])
        #expect(message.backportBranch == nil)
    }

    @Test func readsRevertAfterPrefixes() {
        let message = CommitMessage(
            subject:
                "[3.9] bpo-40924: Revert \"bpo-39791 native hooks for importlib.resources.files (GH-20576)\" (#20760)"
        )
        #expect(message.backportBranch == "3.9")
        #expect(message.issues == [IssueReference(.bpo, 40924), IssueReference(.bpo, 39791)])
        #expect(message.revert?.style == .quotedSubject)
        #expect(message.revert?.revertedSubject == "bpo-39791 native hooks for importlib.resources.files (GH-20576)")
    }

    @Test(arguments: [
        "bpo-43710: Rollback the 3.9 bpo-42500 fix, it broke the ABI in 3.9.3 (#25179)",
        "[3.9] Roll back the PyThreadState change (GH-25180)",
        "bpo-40246: Revert reporting of invalid string prefixes (GH-19888)",
        "gh-1: Backed out the new cache (#2)",
    ])
    func readsFreeFormRollbacks(subject: String) {
        let message = CommitMessage(subject: subject)
        #expect(message.revert == CommitMessage.Revert(style: .freeForm))
    }

    @Test(arguments: [
        "bpo-40126: Fix reverting multiple patches in unittest.mock. (GH-19351)",
        "gh-1: Reverted-state handling in the tokenizer (#2)",
        "gh-1: Rollbacks are now atomic in sqlite3 (#2)",
    ])
    func doesNotTakeMentionsForReverts(subject: String) {
        #expect(CommitMessage(subject: subject).revert == nil)
    }

    @Test func trailerAloneMakesARevert() {
        let message = CommitMessage(
            subject: "gh-1: Restore the old behaviour (#2)",
            body: "This reverts commit 0123456789abcdef0123456789abcdef01234567, reversing\nchanges made to abc."
        )
        #expect(message.revert?.style == .trailerOnly)
        #expect(message.revert?.revertedCommits == ["0123456789abcdef0123456789abcdef01234567"])
    }
}
