import Testing

@testable import CadencePackaging

/// PEP 605's `Requires-Python` entry for a project rebuilt after an ABI-breaking pre-release.
@Suite struct ABIBreakRequiresPythonTests {
    /// The seed's line (seeds/004, "Updating Python-Requires for projects affected by full C ABI changes").
    static let seedLine =
        "Python-Requires: >= \"3.9.0b6\"; python_version == \"3.9\" and full_python_version != \"3.9.0a5\""

    @Test func writesTheEntryAfterTheA5Break() throws {
        // Given a project rebuilt against the ABI-breaking 3.9.0a5, next release 3.9.0b6
        let entry = try ABIBreakRequiresPython(abiBreak: Version("3.9.0a5"), rebuildTarget: Version("3.9.0b6"))
        // Then it publishes the PEP's entry, with the standard variable name
        #expect(entry.description == ">= \"3.9.0b6\"; python_version == \"3.9\" and python_full_version != \"3.9.0a5\"")
        #expect(
            entry.pep605Spelling == ">= \"3.9.0b6\"; python_version == \"3.9\" and full_python_version != \"3.9.0a5\""
        )
        // And the marker part is one Cadence itself parses back
        #expect(try Marker(entry.condition.description) == entry.condition)
        #expect(try ABIBreakRequiresPython(entry.description) == entry)
    }

    @Test func defaultsTheRebuildTargetToTheNextBeta() throws {
        #expect(try ABIBreakRequiresPython(abiBreak: Version("3.9.0a5")).minimum == Version("3.9.0b6"))
        #expect(
            try ABIBreakRequiresPython(abiBreak: Version("3.9.0a7")).description
                == ">= \"3.9.0b8\"; python_version == \"3.9\" and python_full_version != \"3.9.0a7\""
        )
    }

    @Test func readsTheSeedsOwnLine() throws {
        let entry = try ABIBreakRequiresPython(Self.seedLine)
        #expect(entry == (try ABIBreakRequiresPython(abiBreak: Version("3.9.0a5"))))
    }

    /// The PEP 605 release sequence of the a5/a7 scenario (golden/pep605-schedule.json).
    @Test(arguments: [
        ("3.9.0a1", false), ("3.9.0b2", false), ("3.9.0b3", false), ("3.9.0b4", false),
        ("3.9.0a5", true), ("3.9.0b6", true), ("3.9.0b9", true), ("3.9.0rc1", true), ("3.9.0", true),
        ("3.8.10", true), ("3.10.0", true),
    ])
    func admitsOnlyTheBreakAndLaterBetasOfTheSeries(python: String, admitted: Bool) throws {
        let entry = try ABIBreakRequiresPython(Self.seedLine)
        let environment = MarkerEnvironment.python(try Version(python), base: MarkerTests.linux)
        #expect(try entry.admits(environment) == admitted)
    }

    @Test func explainsWhyPlainOrderingIsNotEnough() throws {
        // PEP 440 puts every alpha before every beta: the older-ABI b4 sorts after a5.
        #expect(try Version("3.9.0b4") > Version("3.9.0a5"))
        #expect(try Specifier(">=3.9.0a5").contains(Version("3.9.0b4"), prereleases: true))
    }

    @Test(arguments: [
        ("3.9.0b4", nil), ("3.9.0", nil), ("3.9.0a5", "3.9.0a6"), ("3.9.0a5", "3.9.0b5"), ("3.9.0a5", "3.10.0b6"),
    ])
    func rejectsReleasesThatCannotFormTheEntry(abiBreak: String, target: String?) throws {
        let target = try target.map { try Version($0) }
        #expect(throws: ABIBreakRequiresPython.InvalidRelease.self) {
            try ABIBreakRequiresPython(abiBreak: Version(abiBreak), rebuildTarget: target)
        }
    }

    @Test func pointsAtTheBrokenPartOfALine() {
        do {
            _ = try ABIBreakRequiresPython(">= \"3.9.0b6\"; python_version == ")
            Issue.record("accepted")
        } catch {
            #expect(
                "\(error)"
                    == "invalid marker '>= \"3.9.0b6\"; python_version == ': expected a quoted string or marker variable at column 33"
            )
        }
    }
}
