import Testing

@testable import CadencePackaging

/// The behaviour of ``Marker``: parsing, printing and evaluation, read as examples.
@Suite struct MarkerTests {
    /// A complete CPython 3.11.7 on Linux environment (the fixtures' base environment).
    static let linux = MarkerEnvironment(values: [
        "implementation_name": "cpython", "implementation_version": "3.11.7", "os_name": "posix",
        "platform_machine": "x86_64", "platform_release": "6.5.0-1-amd64", "platform_system": "Linux",
        "platform_version": "#1 SMP PREEMPT_DYNAMIC Debian 6.5.3-1 (2023-09-13)", "python_full_version": "3.11.7",
        "platform_python_implementation": "CPython", "python_version": "3.11", "sys_platform": "linux",
    ])

    static func on(_ python: String) throws -> MarkerEnvironment {
        .python(try Version(python), base: linux)
    }

    // MARK: - Parsing and printing

    @Test func readsTheSeedsFullPythonVersionSpelling() throws {
        // Given the marker as PEP 605 writes it
        let marker = try Marker("python_version == \"3.9\" and full_python_version != \"3.9.0a5\"")
        // Then it means, and prints, the standard variable
        #expect(marker.description == "python_version == \"3.9\" and python_full_version != \"3.9.0a5\"")
        #expect(marker == (try Marker("python_version == '3.9' and python_full_version != '3.9.0a5'")))
        #expect(try marker.evaluate(Self.on("3.9.0b6")))
        #expect(try !marker.evaluate(Self.on("3.9.0a5")))
        #expect(try !marker.evaluate(Self.on("3.10.0")))
    }

    @Test func acceptsLegacyDottedVariableNames() throws {
        let marker = try Marker("os.name == 'posix' and sys.platform == 'linux' and python_implementation == 'CPython'")
        #expect(
            marker.description
                == "os_name == \"posix\" and sys_platform == \"linux\" and platform_python_implementation == \"CPython\""
        )
        #expect(try marker.evaluate(Self.linux))
    }

    @Test func keepsTheParenthesesANestedGroupNeeds() throws {
        let marker = try Marker("python_version < '3.10' and ((sys_platform == 'linux' or sys_platform == 'darwin'))")
        #expect(
            marker.description
                == "python_version < \"3.10\" and (sys_platform == \"linux\" or sys_platform == \"darwin\")"
        )
        var darwin = try Self.on("3.12.0")
        darwin[.sysPlatform] = "darwin"
        #expect(try !marker.evaluate(darwin))
        #expect(try !Marker(marker.description).evaluate(darwin))
    }

    @Test func dropsRedundantParentheses() throws {
        #expect(try Marker("((os_name == 'nt'))").description == "os_name == \"nt\"")
        #expect(
            try Marker("(os_name == 'nt') and (sys_platform == 'win32')").description
                == "os_name == \"nt\" and sys_platform == \"win32\""
        )
    }

    @Test func quotesAValueHoldingADoubleQuoteWithSingleQuotes() throws {
        let marker = try Marker("'a\"' == os_name")
        #expect(marker.description == "'a\"' == os_name")
        #expect(try Marker(marker.description) == marker)
    }

    /// packaging 26.2 prints decoded values raw (`"\nt"` comes out with a line break and no longer
    /// parses); Cadence writes escapes back so the printed marker means the same thing.
    @Test(arguments: [
        (#"os_name == "\nt""#, #"os_name == "\nt""#),
        (#"os_name == "a\\b""#, #"os_name == "a\\b""#),
        (#"os_name == "\x00""#, #"os_name == "\x00""#),
        (#"extra == 'S_P__\A_M'"#, #"extra == "s-p-\\a-m""#),
    ])
    func printsEscapesSoTheMarkerReadsBackTheSame(input: String, printed: String) throws {
        let marker = try Marker(input)
        #expect(marker.description == printed)
        #expect(try Marker(marker.description) == marker)
    }

    @Test func normalisesNamesComparedWithExtra() throws {
        #expect(try Marker("extra == 'Test_Extra'").description == "extra == \"test-extra\"")
        #expect(try Marker("'S_P__A_M' == extra").description == "\"s-p-a-m\" == extra")
        #expect(try Marker("\"S_P__A_M\" in extras").description == "\"s-p-a-m\" in extras")
        #expect(try Marker("(extra == 'Docs.Build')").description == "extra == \"docs-build\"")
        #expect(try Marker("extra == os_name").description == "extra == os_name")
    }

    /// `\N{...}` takes names and the formal aliases Python accepts (`LINE FEED`, `BOM`, `NBSP`, `VS1`).
    @Test(arguments: [
        (#"\N{LINE FEED}"#, "\n"), (#"\N{null}"#, "\u{0}"), (#"\N{BOM}"#, "\u{FEFF}"), (#"\N{NBSP}"#, "\u{A0}"),
        (#"\N{VS1}"#, "\u{FE00}"), (#"\N{EN DASH}"#, "\u{2013}"), (#"\N{TAG LATIN SMALL LETTER A}"#, "\u{E0061}"),
    ])
    func readsCharacterNamesAndAliases(escape: String, character: String) throws {
        let marker = try Marker("platform_version == \"\(escape)\"")
        let environment = MarkerEnvironment(values: ["platform_version": character])
        #expect(try marker.evaluate(environment))
    }

    @Test func decodesPythonEscapesInQuotedStrings() throws {
        let marker = try Marker(#"os_name == "\x70osi\u0078" and platform_version != "\N{EN DASH}\t""#)
        #expect(marker.description == #"os_name == "posix" and platform_version != "\#u{2013}\t""#)
        #expect(try marker.evaluate(Self.linux))
        // An unknown escape keeps its backslash, as in Python; printing doubles it so it reads back the same.
        #expect(try Marker(#"os_name == "\d""#).description == #"os_name == "\\d""#)
    }

    // MARK: - Evaluation

    @Test func comparesVersionVariablesAsVersions() throws {
        let marker = try Marker("python_version >= '3.10'")
        #expect(try marker.evaluate(Self.on("3.11.7")))
        #expect(try !marker.evaluate(Self.on("3.9.18")))  // as strings, "3.9" > "3.10"
        #expect(try Marker("python_full_version >= '3.9.0b6'").evaluate(Self.on("3.9.0rc1")))
        #expect(try Marker("python_version == '3.11.*'").evaluate(Self.linux))
    }

    @Test func fallsBackToStringRulesWhenTheRightIsNotAVersion() throws {
        #expect(try Marker("python_version in '2.7 3.11'").evaluate(Self.linux))
        #expect(try Marker("platform_release == '6.5.0-1-amd64'").evaluate(Self.linux))
        // "6.5.0-1-amd64" is not a PEP 440 version, so it never satisfies a version specifier.
        #expect(try !Marker("platform_release >= '5.10'").evaluate(Self.linux))
        #expect(try !Marker("os_name < 'zzz'").evaluate(Self.linux))
    }

    @Test func readsTheEnvironmentAsTheSpecifierWhenTheVariableIsOnTheRight() throws {
        // packaging evaluates Specifier(">" + "3.11").contains("3.12"): true on 3.11.
        #expect(try Marker("'3.12' > python_version").evaluate(Self.linux))
        #expect(try Marker("'3.1' in python_version").evaluate(Self.linux))
    }

    @Test func readsTheRightLiteralAsAKeyWhenBothSidesAreLiterals() throws {
        #expect(try Marker("'posix' == 'os_name'").evaluate(Self.linux))
        #expect(throws: MarkerEvaluationError.undefinedEnvironmentName("no_such_key")) {
            try Marker("'a' == 'no_such_key'").evaluate(Self.linux)
        }
    }

    @Test func evaluatesEveryComparisonEvenWhenTheResultIsKnown() throws {
        let marker = try Marker("os_name == 'posix' or os_name ~= '1.0'")
        #expect(throws: MarkerEvaluationError.self) { try marker.evaluate(Self.linux) }
    }

    @Test func normalisesTheEnvironmentsExtra() throws {
        var environment = Self.linux
        environment.values["extra"] = "Test.Extra"
        #expect(try Marker("extra == 'test-extra'").evaluate(environment))
        #expect(try !Marker("extra == 'docs'").evaluate(Self.linux))  // metadata: extra defaults to ""
        #expect(throws: MarkerEvaluationError.undefinedEnvironmentName("extra")) {
            try Marker("extra == 'docs'").evaluate(Self.linux, context: .requirement)
        }
    }

    @Test func testsExtrasAndDependencyGroupsByNormalisedName() throws {
        var environment = Self.linux
        environment.extras = ["Foo_Bar"]
        #expect(try Marker("'foo.bar' in extras").evaluate(environment))
        #expect(try !Marker("'foo' in extras").evaluate(environment))
        #expect(try Marker("'dev' not in dependency_groups").evaluate(Self.linux, context: .lockFile))
        #expect(throws: MarkerEvaluationError.undefinedEnvironmentName("dependency_groups")) {
            try Marker("'dev' in dependency_groups").evaluate(Self.linux)
        }
    }

    @Test func appendsLocalToAnUntaggedCPythonBuild() throws {
        var environment = Self.linux
        environment[.pythonFullVersion] = "3.13.0+"
        #expect(try Marker("python_full_version >= '3.13'").evaluate(environment))
        #expect(try Marker("python_full_version == '3.13.0+local'").evaluate(environment))
    }

    @Test func comparesTextCodePointByCodePoint() throws {
        var environment = Self.linux
        environment[.osName] = "e\u{301}"  // decomposed é
        #expect(try !Marker("os_name == '\u{E9}'").evaluate(environment))
        #expect(try Marker("'e' in os_name").evaluate(environment))
    }

    @Test func equalMarkersPrintTheSame() {
        let spellings = ["os_name=='nt'", "os_name == \"nt\"", "(os.name == 'nt')"]
        let markers = Set(spellings.compactMap { try? Marker($0) })
        #expect(markers.count == 1)
    }
}
