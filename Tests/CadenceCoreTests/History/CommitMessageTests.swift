import Testing

@testable import CadenceCore

/// CPython's subject and trailer conventions, with real subjects from its 3.9 history and today's forms.
@Suite struct CommitMessageTests {
    @Test func readsTodaysBackportSubject() {
        let message = CommitMessage(subject: "[3.11] gh-104411: Fix a crash in the tokenizer (GH-104412) (#105357)")
        #expect(message.backportBranch == "3.11")
        #expect(message.issues == [IssueReference(.github, 104411)])
        #expect(message.pullRequests == [104412, 105357])
        #expect(message.pullRequest == 105357)
        #expect(message.title == "Fix a crash in the tokenizer")
        #expect(message.isBackport)
        #expect(!message.hasABIBreakMarker)
        #expect(!message.isRevert)
        #expect(!message.isBookkeeping)
    }

    @Test(
        arguments: [
            // Older backports: no [X.Y] prefix, bpo- issues, GH- groups.
            (
                "bpo-42487: don't call __getitem__ of underlying maps in ChainMap.__iter__ (GH-23534) (GH-23569)",
                nil, [IssueReference(.bpo, 42487)], [23534, 23569],
                "don't call __getitem__ of underlying maps in ChainMap.__iter__"
            ),
            (
                "[3.9] bpo-42482: remove reference to exc_traceback from TracebackException (GH-23531) (GH-23578)",
                "3.9", [IssueReference(.bpo, 42482)], [23531, 23578],
                "remove reference to exc_traceback from TracebackException"
            ),
            (
                "bpo-41910: specify the default implementations of object.__eq__ and object.__ne__ (GH-22874) (#22876)",
                nil, [IssueReference(.bpo, 41910)], [22874, 22876],
                "specify the default implementations of object.__eq__ and object.__ne__"
            ),
            // No colon after the issue (bpo-27321), `closes`, several issues.
            (
                "bpo-27321 Fix email.generator.py to not replace a non-existent header. (GH-18074)",
                nil, [IssueReference(.bpo, 27321)], [18074],
                "Fix email.generator.py to not replace a non-existent header."
            ),
            (
                "closes bpo-42938: Replace snprintf with Python unicode formatting in ctypes param reprs. (GH-24247)",
                nil, [IssueReference(.bpo, 42938)], [24247],
                "Replace snprintf with Python unicode formatting in ctypes param reprs."
            ),
            (
                "gh-100001, gh-100002: Escape control characters in http.server (#100003)",
                nil, [IssueReference(.github, 100001), IssueReference(.github, 100002)], [100003],
                "Escape control characters in http.server"
            ),
            // No issue at all; a non-numeric tag stays in the title.
            (
                "[3.9] Fix incorrect parameter name (GH-22613) (GH-22628)", "3.9", [], [22613, 22628],
                "Fix incorrect parameter name"
            ),
            (
                "[3.9] [doc] Fix erroneous backslashes in signatures and names (GH-23658)", "3.9", [], [23658],
                "[doc] Fix erroneous backslashes in signatures and names"
            ),
            (
                "Doc: Remove old Python version from future stmt (GH-21802)", nil, [], [21802],
                "Doc: Remove old Python version from future stmt"
            ),
            ("Fix typo", nil, [], [], "Fix typo"),
            // A parenthesised remark that is no pull request stays.
            ("gh-5: Speed up (a lot)", nil, [IssueReference(.github, 5)], [], "Speed up (a lot)"),
        ] as [(String, String?, [IssueReference], [Int], String)]
    )
    func readsSubjectForms(
        subject: String,
        branch: String?,
        issues: [IssueReference],
        pullRequests: [Int],
        title: String
    ) {
        let message = CommitMessage(subject: subject)
        #expect(message.backportBranch == branch)
        #expect(message.issues == issues)
        #expect(message.pullRequests == pullRequests)
        #expect(message.title == title)
    }

    @Test func readsTrailersWithWindowsLineEnds() {
        let raw =
            "[3.9] bpo-41116: Fix setup.py test for macOS Tcl/Tk frameworks (GH-23649) (GH-23650)\n\n"
            + "If no explicit macOS SDK was specified, setup.py should check for\r\n"
            + "(cherry picked from commit 29afab6c5f656f07ac85c9b2cf089631b2557a11)\r\n\r\n"
            + "Co-authored-by: Ned Deily <nad@python.org>\r\n"
        let message = CommitMessage(raw)
        #expect(
            message.subject == "[3.9] bpo-41116: Fix setup.py test for macOS Tcl/Tk frameworks (GH-23649) (GH-23650)"
        )
        #expect(message.cherryPickedFrom == ["29afab6c5f656f07ac85c9b2cf089631b2557a11"])
        #expect(message.coAuthors == [CoAuthor(name: "Ned Deily", email: "nad@python.org")])
        #expect(!message.body.contains("\r"))
    }

    @Test func readsSeveralCherryPicksAndCoAuthors() {
        let body = """
            Squashed backport of two fixes.

            (cherry picked from commit 0123456789abcdef0123456789abcdef01234567)
            (cherry picked from commit 89abcdef0123456789abcdef0123456789abcdef)
            (cherry picked from commit 5f0769a)

            Co-authored-by: Serhiy Storchaka <storchaka@gmail.com>
            co-authored-by: dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>
            Co-Authored-By: Nobody Without Mail
            """
        let message = CommitMessage(subject: "[3.12] gh-1: Two fixes (#2)", body: body)
        #expect(
            message.cherryPickedFrom == [
                "0123456789abcdef0123456789abcdef01234567", "89abcdef0123456789abcdef0123456789abcdef", "5f0769a",
            ]
        )
        #expect(
            message.coAuthors == [
                CoAuthor(name: "Serhiy Storchaka", email: "storchaka@gmail.com"),
                CoAuthor(name: "dependabot[bot]", email: "49699333+dependabot[bot]@users.noreply.github.com"),
                CoAuthor(name: "Nobody Without Mail", email: nil),
            ]
        )
        #expect(message.coAuthors[0].description == "Serhiy Storchaka <storchaka@gmail.com>")
    }

    @Test func backportWithoutPrefixIsABackportByItsTrailer() {
        let message = CommitMessage(
            subject: "bpo-17735: inspect.findsource now raises OSError when co_lineno is out of range (GH-23633)",
            body: "(cherry picked from commit 2e0760bb2edb595050aff82f236cd32b44d3dfb3)"
        )
        #expect(message.backportBranch == nil)
        #expect(message.isBackport)
        #expect(!CommitMessage(subject: "gh-1: Main-only change (#2)").isBackport)
    }

    @Test func readsCVEIdentifiers() {
        let message = CommitMessage(
            subject: "[3.9] bpo-42938: Replace snprintf (GH-24247) (GH-24250)",
            body: "Fixes CVE-2021-3177. See CVE-2021-3177 and CVE-2020-27619; not CVE-21-1."
        )
        #expect(message.cveIDs == ["CVE-2021-3177", "CVE-2020-27619"])
    }

    @Test(
        arguments: [
            ("[3.9] (ABI break) bpo-42500: Fix recursion in or after except (GH-23568)", true, "3.9"),
            ("(ABI break) gh-99999: Change PyThreadState layout (#100000)", true, nil),
            ("[3.13] gh-99999: (ABI break) Change PyThreadState layout (#100000)", true, "3.13"),
            ("[3.13] gh-99999: Mention (ABI break) later (#100000)", false, "3.13"),
            ("gh-99999: Document ABI breaks (#100000)", false, nil),
        ] as [(String, Bool, String?)]
    )
    func readsTheABIBreakMarker(subject: String, marked: Bool, branch: String?) {
        let message = CommitMessage(subject: subject)
        #expect(message.hasABIBreakMarker == marked)
        #expect(message.backportBranch == branch)
        #expect(
            message.issues.first
                == IssueReference(subject.contains("42500") ? .bpo : .github, subject.contains("42500") ? 42500 : 99999)
        )
    }

    @Test func parsingNeverFailsOnOddSubjects() {
        for subject in [
            "", "[", "[3.9", "()", "(#)", "(GH-)", "gh-", "bpo-x: y", "[3.9]", "Revert \"", "Python", "Post",
        ] {
            let message = CommitMessage(subject: subject)
            #expect(message.subject == subject)
        }
        #expect(CommitMessage(subject: "[3.9]").title == "")
        #expect(CommitMessage(subject: "bpo-1234's fix").issues == [IssueReference(.bpo, 1234)])
        #expect(CommitMessage(subject: "bpo-1234's fix").title == "bpo-1234's fix")
    }
}
