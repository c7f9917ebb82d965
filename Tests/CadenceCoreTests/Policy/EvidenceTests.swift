import Testing

@testable import CadenceCore

@Suite struct EvidenceTests {
    @Test func describesWhereAndWhatOnOneLine() {
        let sha = GateFixture.sha("0123456789ab")
        #expect(
            Evidence(.newsText, commit: sha, path: "Misc/NEWS.d/next/Library/x.rst", line: 2, detail: "'now raises'")
                .description == "0123456789 Misc/NEWS.d/next/Library/x.rst:2: 'now raises'"
        )
        #expect(
            Evidence(.subject, commit: sha, line: 1, detail: "'crash'").description == "0123456789 message:1: 'crash'"
        )
        #expect(
            Evidence(.test, path: "Lib/test/test_x.py", test: "test_y", detail: "removed").description
                == "Lib/test/test_x.py: test_y: removed"
        )
        #expect(Evidence(.branch, detail: "3.9 is in its bugfix phase").description == "3.9 is in its bugfix phase")
    }
}
