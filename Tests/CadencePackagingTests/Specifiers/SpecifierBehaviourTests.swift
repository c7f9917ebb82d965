import CadenceTestSupport
import Testing

@testable import CadencePackaging

/// Specifier behaviour worth spelling out, one rule per test.
@Suite struct SpecifierBehaviourTests {
    /// Sets that are equal get the same answer, and a boundary inside another's family sorts below it
    /// (upstream pypa/packaging#1257; 26.2 said these were satisfiable, or depended on member order).
    @Test(arguments: [">1.0,==1.0.post1", ">0!1.0,==1.0.post1,>1.0.rev2", "==1.0.post1,>1.0.rev2,>0!1.0"])
    func seesThatNothingIsAboveAVersionAndEqualToItsPostRelease(spec: String) throws {
        #expect(try SpecifierSet(spec).isUnsatisfiable)
    }

    /// Soundness: whenever a set is declared unsatisfiable, no version of a broad pool satisfies it.
    @Test func neverCallsASatisfiableSetUnsatisfiable() throws {
        let atoms = [
            ">1.0", ">=1.0", "<1.0", "<=1.0", "==1.0", "!=1.0", "~=1.0", "==1.*", "!=1.*", ">1.0.post1",
            "==1.0.post1", "<1.0.post2", ">=1.0a1", "<1.0a2", "==1.0+local", "!=1.0.dev0", ">1.0.dev1", "<=2",
            "~=1.0.1", ">0!1.0", "==1.0.0", ">1.0rc1", "<1.1.dev0",
        ]
        let pool = try [
            "0.9", "1.0.dev0", "1.0.dev1", "1.0a1", "1.0a2", "1.0rc1", "1.0", "1.0+local", "1.0.post0", "1.0.post1",
            "1.0.post1+x", "1.0.post2", "1.0.post2.dev0", "1.0.1", "1.0.2", "1.1.dev0", "1.1", "1.5", "2", "2.0.post1",
            "3", "1!0.1",
        ].map { try Version($0) }
        var generator = SeededGenerator(seed: 0x5A71_5F1E)
        var checked = 0
        for _ in 0..<3_000 {
            let members = (0..<Int.random(in: 1...3, using: &generator)).compactMap { _ in
                atoms.randomElement(using: &generator)
            }
            let set = try SpecifierSet(members.joined(separator: ","))
            guard set.isUnsatisfiable else { continue }
            checked += 1
            let witness = pool.first { set.contains($0, prereleases: true) }
            #expect(
                witness == nil,
                "\(set) is called unsatisfiable but contains \(witness.map(String.init(describing:)) ?? "")"
            )
        }
        #expect(checked > 100)
    }

    /// Numbers at `Int.max` have no representable successor; the answers still match packaging 26.2's.
    @Test(arguments: [
        (">1.0.post9223372036854775807", false),
        (">1.0.dev9223372036854775807", false),
        ("==9223372036854775807.*", false),
        ("!=9223372036854775807.*", false),
        ("~=9223372036854775807.0", false),
        ("~=1.9223372036854775807", false),
        ("<1,==9223372036854775807.*", true),
    ])
    func answersSatisfiabilityAtTheLargestNumbers(spec: String, unsatisfiable: Bool) throws {
        #expect(try SpecifierSet(spec).isUnsatisfiable == unsatisfiable)
    }

    @Test func excludesTheABIBreakingAlpha() throws {
        let supported = try SpecifierSet(">=3.9,!=3.9.0a5,<4")
        #expect(supported.contains(try Version("3.11.7")))
        #expect(!supported.contains(try Version("3.9.0a5")))
        #expect(!supported.contains(try Version("3.8.20")))
        #expect(!supported.contains(try Version("4.0")))
    }

    @Test func acceptsAMatchingPrereleaseUnlessTold() throws {
        let supported = try SpecifierSet(">=3.9,!=3.9.0a5,<4")
        let candidate = try Version("3.12.0rc1")
        #expect(supported.contains(candidate))
        #expect(!supported.contains(candidate, prereleases: false))
        #expect(!(try SpecifierSet(">=3.9", prereleases: false)).contains(candidate))
        #expect((try SpecifierSet(">=3.9", prereleases: false)).contains(candidate, installed: true))
    }

    @Test func compatibleReleaseStaysWithinThePrefix() throws {
        let specifier = try Specifier("~=1.4.2")
        #expect(specifier.contains("1.4.2"))
        #expect(specifier.contains("1.4.9"))
        #expect(!specifier.contains("1.5.0"))
        #expect(!specifier.contains("1.4.1"))
    }

    @Test func wildcardMatchesReleasePrefixesAndIgnoresLocalLabels() throws {
        let specifier = try Specifier("==3.10.*")
        #expect(specifier.contains("3.10"))
        #expect(specifier.contains("3.10.4+ubuntu.1"))
        #expect(!specifier.contains("3.1"))
        #expect(!specifier.contains("3.11.0"))
    }

    @Test func lessThanExcludesPrereleasesOfItsBound() throws {
        let specifier = try Specifier("<3.0")
        #expect(specifier.contains("2.9.9"))
        #expect(!specifier.contains("3.0.0a1", prereleases: true))
        #expect(specifier.contains("2.9.9a1", prereleases: true))
    }

    @Test func greaterThanExcludesPostReleasesAndLocalVersionsOfItsBound() throws {
        let specifier = try Specifier(">1.0")
        #expect(!specifier.contains("1.0.post1"))
        #expect(!specifier.contains("1.0+local"))
        #expect(specifier.contains("1.0.1"))
        #expect(try Specifier(">1.0.post1").contains("1.0.post2"))
    }

    @Test func arbitraryEqualityComparesTextIgnoringCase() throws {
        let specifier = try Specifier("===Foo-Bar")
        #expect(specifier.contains("foo-bar"))
        #expect(!specifier.contains("foo_bar"))
        #expect(!(try Specifier("===1.0")).contains("1.0.0"))
        #expect((try Specifier("===1.1")).contains(.version(try Version("1.01"))))
        #expect(!(try Specifier("===1.1")).contains("1.01"))
    }

    @Test func arbitraryEqualityLowersFinalSigmaLikePython() throws {
        #expect(PythonText.lower("ΟΔΟΣ") == "οδος".replacingFinalSigma())
        #expect(try Specifier("===ΟΔΟΣ").contains("οδος".replacingFinalSigma()))
        #expect(!(try Specifier("===ΟΔΟΣ")).contains("οδοσ"))
    }

    @Test func textThatIsNoVersionOnlyMatchesArbitraryEquality() throws {
        #expect(!(try SpecifierSet(">=1.0")).contains("not a version"))
        #expect(try SpecifierSet("===lolwat").contains("LOLWAT"))
        #expect(try SpecifierSet("").contains("not a version"))
    }

    @Test func reportsPrereleasesAsPackagingDoes() throws {
        #expect(try Specifier(">=2.0b1").prereleases == true)
        #expect(try Specifier(">=2.0").prereleases == false)
        #expect(try Specifier("!=2.0b1").prereleases == false)
        #expect(try Specifier("==2.*").prereleases == false)
        #expect(try Specifier("===lolwat").prereleases == nil)
        var specifier = try Specifier(">=2.0")
        specifier.prereleases = true
        #expect(specifier.prereleases == true)
        specifier.prereleases = nil
        #expect(specifier.prereleases == false)
        #expect(try SpecifierSet(">=1.0,<=2.0b1").prereleases == true)
        #expect(try SpecifierSet(">=1.0").prereleases == nil)
    }

    @Test func equalSpecifiersShareTheCanonicalForm() throws {
        #expect(try Specifier("==1.2.3") == Specifier("== 1.2.3.0"))
        #expect(try Specifier("==1.2.3").hashValue == Specifier("== 1.2.3.0").hashValue)
        #expect(try Specifier("~=1.2") != Specifier("~=1.2.0"))
        #expect(try Specifier(">=1.0", prereleases: true) == Specifier(">=1.0", prereleases: false))
        #expect(try Specifier("==1.0.*") != Specifier("==1.*"))
        #expect(try SpecifierSet(">=1.0,!=1.5") == SpecifierSet("!=1.5.0, >=1"))
        #expect(try SpecifierSet(">=1.0,!=1.5").hashValue == SpecifierSet("!=1.5.0, >=1").hashValue)
    }

    @Test func printsMembersSortedWithoutDuplicates() throws {
        #expect(try SpecifierSet(">= 3.9 , != 3.9.0a5 , < 4").description == "!=3.9.0a5,<4,>=3.9")
        #expect(try SpecifierSet(">=1.0,<5.0,>=1.0").description == "<5.0,>=1.0")
        #expect(try Specifier(" >= 3.9 ").description == ">=3.9")
    }

    @Test func editingTheMembersUpdatesTheSet() throws {
        var set = try SpecifierSet(">=1.0")
        set.specifiers.append(try Specifier("<2.0b1"))
        #expect(set.description == "<2.0b1,>=1.0")
        #expect(set.prereleases == true)
        #expect(!set.contains("2.0"))
    }

    @Test func filterKeepsPrereleasesOnlyWhenNothingElseMatches() throws {
        let set = try SpecifierSet(">=1.2.3")
        #expect(set.filter(["1.2", "1.3", "1.5a1"]) == ["1.3"])
        #expect(set.filter(["1.2", "1.5a1"]) == ["1.5a1"])
        #expect(set.filter(["1.3", "1.5a1"], prereleases: true) == ["1.3", "1.5a1"])
        let versions = try ["1.2", "1.4", "2.0rc1"].map { try Version($0) }
        #expect(set.filter(versions).map(\.description) == ["1.4"])
        struct Release { let version: String }
        let releases = [Release(version: "1.0"), Release(version: "1.4")]
        #expect(set.filter(releases, key: { .text($0.version) }).map(\.version) == ["1.4"])
    }

    @Test func intersectionRequiresBothSides() throws {
        let both = try SpecifierSet(">=1.0.0,!=1.0.1") & SpecifierSet("<=2.0.0,!=2.0.1")
        #expect(both.description == "!=1.0.1,!=2.0.1,<=2.0.0,>=1.0.0")
        let allowing = try SpecifierSet(">=1.0", prereleases: true)
        let forbidding = try SpecifierSet("<2.0", prereleases: false)
        #expect(throws: SpecifierSet.PrereleaseConflict.self) { try allowing.intersection(forbidding) }
        #expect((allowing & forbidding).prereleases == false)
        #expect(try allowing.intersection(SpecifierSet("<2.0")).prereleases == true)
    }

    @Test func detectsSetsNothingCanSatisfy() throws {
        #expect(try SpecifierSet(">=2.0,<1.0").isUnsatisfiable)
        #expect(try SpecifierSet("==1.0,!=1.0").isUnsatisfiable)
        #expect(try SpecifierSet("===foo,===bar").isUnsatisfiable)
        #expect(try SpecifierSet(">=1.0a1,<1.0", prereleases: false).isUnsatisfiable)
        #expect(!(try SpecifierSet(">=1.0,<2.0")).isUnsatisfiable)
        #expect(!(try SpecifierSet("")).isUnsatisfiable)
    }

    @Test func requiresPythonFollowsTheChosenRule() throws {
        let requirement = try RequiresPython(">=3.13")
        let candidate = try Version("3.13.0rc1")
        #expect(!requirement.admits(candidate))
        #expect(requirement.admits(candidate, rule: .pip))
        #expect(RequiresPython.releaseOnly(candidate).description == "3.13.0")
        let open = try RequiresPython(">=3.9")
        #expect(open.admits(try Version("3.14.0b1")))
        #expect(open.admits(try Version("3.14.0b1"), rule: .allowingPrereleases))
        #expect(!open.admits(try Version("3.14.0b1"), rule: .excludingPrereleases))
        #expect(try RequiresPython("").admits(try Version("2.7.18")))
        #expect(open.description == ">=3.9")
    }

    /// packaging 26.2 accepts `~=1.2.3prevıew1` (dotless ı case-folds to `I`); upstream #1384 rejects it.
    @Test func rejectsNonASCIILettersThatPythonCaseFolds() {
        #expect(throws: ParseError.self) { try Specifier("~=1.2.3prevıew1") }
        #expect(throws: ParseError.self) { try Specifier("~=1.2.3poſt1") }
        #expect(throws: ParseError.self) { try SpecifierSet(">=1.0,~=1.2.3prevıew1") }
    }
}

extension String {
    /// The text with a trailing `σ` written in its final form `ς`.
    fileprivate func replacingFinalSigma() -> String {
        hasSuffix("σ") ? String(dropLast()) + "ς" : self
    }
}
