import CadencePackaging
import Testing

@testable import CadenceCore

/// Release managers' bookkeeping commits, which are not changes.
@Suite struct CommitMessageBookkeepingTests {
    @Test(arguments: [
        ("Python 3.11.4", CommitMessage.Bookkeeping.release(version: "3.11.4")),
        ("Python 3.9.0b1", .release(version: "3.9.0b1")),
        ("Python 3.9.1rc1", .release(version: "3.9.1rc1")),
        ("3.7.9", .release(version: "3.7.9")),
        ("3.6.11rc1", .release(version: "3.6.11rc1")),
        ("Post 3.9.3", .postRelease(version: "3.9.3")),
        ("Post 3.11.0a1", .postRelease(version: "3.11.0a1")),
        ("Post-3.9.3.", .postRelease(version: "3.9.3")),
        ("Post release updates", .postRelease(version: nil)),
        ("Post-release update.", .postRelease(version: nil)),
        ("post release bump", .postRelease(version: nil)),
        ("Merge tag 'v3.9.3' into 3.9", .mergeTag(tag: "v3.9.3")),
        ("Merge tag 'v3.9.1rc1' into 3.9", .mergeTag(tag: "v3.9.1rc1")),
        ("Bump to 3.9.4+", .versionBump(version: "3.9.4+")),
        ("Bump version to 3.6.0b4", .versionBump(version: "3.6.0b4")),
        ("Bump version number.", .versionBump(version: nil)),
        ("Version bump for 3.4.10", .versionBump(version: "3.4.10")),
        ("Update version to 3.7.0a1", .versionBump(version: "3.7.0a1")),
    ])
    func readsBookkeeping(subject: String, expected: CommitMessage.Bookkeeping) {
        let message = CommitMessage(subject: subject)
        #expect(message.bookkeeping == expected)
        #expect(message.isBookkeeping)
    }

    @Test(arguments: [
        "build(deps): bump actions/cache from v2.1.2 to v2.1.3 (23582)",
        "bump ast version",
        "bpo-41950: Typo in Python 3.9 what's new page (GH-22573)",
        "Python 3.9 what's new: fix typo",
        "Post-release fix for the installer",
        "Merge branch '3.9' of github.com:python/cpython into 3.9",
        "3.9",
        "Python 3",
    ])
    func takesChangesForChanges(subject: String) {
        #expect(CommitMessage(subject: subject).bookkeeping == nil)
    }

    @Test func bookkeepingNamesItsVersion() {
        #expect(CommitMessage.Bookkeeping.mergeTag(tag: "v3.9.3").version == "3.9.3")
        #expect(CommitMessage.Bookkeeping.postRelease(version: nil).version == nil)
        #expect(CommitMessage.Bookkeeping.release(version: "3.11.4").version == "3.11.4")
    }
}
