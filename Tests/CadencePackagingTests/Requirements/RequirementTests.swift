import Testing

@testable import CadencePackaging

/// The behaviour of ``Requirement``, read as examples.
@Suite struct RequirementTests {
    @Test func splitsARequirementIntoItsParts() throws {
        let requirement = try Requirement("requests [security, tests] >= 2.8.1, == 2.8.* ; python_version < '2.7'")
        #expect(requirement.name == "requests")
        #expect(requirement.extras == ["security", "tests"])
        #expect(requirement.specifier == (try SpecifierSet("==2.8.*,>=2.8.1")))
        #expect(requirement.url == nil)
        #expect(requirement.marker == (try Marker("python_version < \"2.7\"")))
        #expect(requirement.description == "requests[security,tests]==2.8.*,>=2.8.1; python_version < \"2.7\"")
    }

    @Test func readsADirectReference() throws {
        let requirement = try Requirement("pip @ https://github.com/pypa/pip/archive/1.3.1.zip ; extra == 'Docs'")
        #expect(requirement.url == "https://github.com/pypa/pip/archive/1.3.1.zip")
        #expect(requirement.specifier.specifiers.isEmpty)
        #expect(requirement.description == "pip @ https://github.com/pypa/pip/archive/1.3.1.zip ; extra == \"docs\"")
    }

    @Test func acceptsParenthesisedSpecifiersAndLegacySpellings() throws {
        #expect(try Requirement("name (>=1.0, <2)").description == "name<2,>=1.0")
        #expect(try Requirement("name===arbitrary-thing").description == "name===arbitrary-thing")
        #expect(try Requirement("name>=1.0,").description == "name>=1.0")
    }

    @Test func comparesNamesNormalised() throws {
        #expect(try Requirement("scikit-learn==1.0.1") == Requirement("scikit_learn==1.0.1"))
        #expect(try Requirement("Scikit.Learn").canonicalName == "scikit-learn")
        #expect(try Requirement("packaging>20.1") != Requirement("packaging>=20.1"))
        let set: Set = [try Requirement("A[x]>=1; os_name=='nt'"), try Requirement("a [x] >= 1 ; os_name == \"nt\"")]
        #expect(set.count == 1)
    }

    @Test func parsesTheSeedsMarkerInARequirement() throws {
        let requirement = try Requirement("ext-module; python_version == '3.9' and full_python_version != '3.9.0a5'")
        #expect(requirement.marker?.description == "python_version == \"3.9\" and python_full_version != \"3.9.0a5\"")
    }

    @Test(arguments: [
        (
            "",
            "invalid requirement '': expected a package name at the start of the requirement, found the end at column 1"
        ),
        ("name[bar baz]", "invalid requirement 'name[bar baz]': expected a comma between extra names at column 10"),
        (
            "name (>= 1.0",
            "invalid requirement 'name (>= 1.0': expected ')' to close the '(' at column 6 after the version specifier, found the end at column 13"
        ),
        (
            "black (>=20.*) ; extra == 'format'",
            "invalid requirement 'black (>=20.*) ; extra == \\'format\\'': .* suffix can only be used with `==` or `!=` operators at column 12"
        ),
        ("name @ ", "invalid requirement 'name @ ': expected a URL after '@' at column 8"),
        (
            "name; invalid_name",
            "invalid requirement 'name; invalid_name': expected a quoted string or marker variable at column 7"
        ),
        (
            "name==1.0.org1",
            "invalid requirement 'name==1.0.org1': expected ',' (within the version specifier), ';' (after the version specifier) or the end, found '.' at column 10"
        ),
        (
            "name @ https://example.com/; extra == 'example'",
            "invalid requirement 'name @ https://example.com/; extra == \\'example\\'': expected ';' (after the URL and whitespace) or the end, found 'e' (the ';' touching the URL is part of the URL) at column 30"
        ),
        (
            "name\n",
            "invalid requirement 'name\\n': expected ';' (after the name with no version specifier) or the end, found '\\n' at column 5"
        ),
    ])
    func namesTheInputAndColumn(input: String, message: String) {
        do {
            let requirement = try Requirement(input)
            Issue.record("accepted as \(requirement)")
        } catch {
            #expect("\(error)" == message)
        }
    }
}
