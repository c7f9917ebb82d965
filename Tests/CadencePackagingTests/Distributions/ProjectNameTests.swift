import Testing

@testable import CadencePackaging

@Suite struct ProjectNameTests {
    @Test func treatsSpellingsOfOneNameAsOneProject() throws {
        let names = try ["Foo.Bar", "foo_bar", "FOO--bar", "foo-._bar"].map { try ProjectName($0) }
        #expect(Set(names).count == 1)
        #expect(names.allSatisfy { $0.normalized == "foo-bar" })
        #expect(names[0].original == "Foo.Bar")
        #expect(names[0].description == "foo-bar")
        #expect(try ProjectName("a") < ProjectName("B"))
    }

    @Test func lowercasesWithPythonRules() {
        #expect(ProjectName.canonicalize("ΟΔΟΣ") == "οδος")
        #expect(ProjectName.canonicalize("ΑΣ.Foo") == "ασ-foo")  // '.' is case-ignorable, so Σ is not word-final
        #expect(ProjectName.canonicalize("_not_legal") == "-not-legal")
    }

    @Test func recognisesNormalizedNames() {
        #expect(ProjectName.isNormalized("foo-bar"))
        #expect(ProjectName.isNormalized("a1"))
        #expect(!ProjectName.isNormalized(""))
        #expect(!ProjectName.isNormalized("-foo"))
        #expect(!ProjectName.isNormalized("foo-"))
        #expect(!ProjectName.isNormalized("Foo"))
    }

    /// packaging 26.2 says `a--b` is normalised, though `canonicalize_name` turns it into `a-b`;
    /// its development line fixed that (#1230) and Cadence follows the fix.
    @Test func doesNotCallADoubledDashNormalized() {
        #expect(!ProjectName.isNormalized("a--b"))
        #expect(ProjectName.canonicalize("a--b") == "a-b")
    }

    @Test(arguments: [
        ("", "invalid name '': expected a name, found nothing at column 1"),
        (
            "_not_legal",
            "invalid name '_not_legal': a name starts with an ASCII letter or digit, unexpected '_' at column 1"
        ),
        (
            "hi\n",
            "invalid name 'hi\\n': unexpected '\\n' (a name has ASCII letters, digits, '.', '_' and '-') at column 3"
        ),
        (
            "foo bar",
            "invalid name 'foo bar': unexpected ' ' (a name has ASCII letters, digits, '.', '_' and '-') at column 4"
        ),
        ("bár", "invalid name 'bár': unexpected 'á' (a name has ASCII letters, digits, '.', '_' and '-') at column 2"),
        ("foo.", "invalid name 'foo.': a name ends with an ASCII letter or digit, unexpected '.' at column 4"),
    ])
    func explainsWhyANameIsInvalid(name: String, message: String) {
        let error = #expect(throws: ParseError.self) { try ProjectName(name) }
        #expect(error?.description == message)
        #expect(!ProjectName.isValid(name))
    }
}
