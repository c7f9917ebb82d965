import Testing

@testable import CadencePackaging

/// Rejected specifiers name their input and point at the column of the problem.
@Suite struct SpecifierErrorTests {
    private func message(_ parse: () throws -> Void) -> String {
        do {
            try parse()
            return "accepted"
        } catch {
            return "\(error)"
        }
    }

    @Test func pointsAtTheCharacterThatEndsTheVersion() {
        #expect(
            message { _ = try Specifier(">=1.0-beta!") }
                == "invalid specifier '>=1.0-beta!': unexpected '!' at column 11"
        )
    }

    @Test func asksForAnOperatorWhenThereIsNone() {
        #expect(
            message { _ = try Specifier("2.0") }
                == "invalid specifier '2.0': expected an operator (~=, ==, !=, <=, >=, <, >, ===) at column 1"
        )
        #expect(
            message { _ = try Specifier("=>2.0") }
                == "invalid specifier '=>2.0': expected an operator (~=, ==, !=, <=, >=, <, >, ===) at column 1"
        )
    }

    @Test func asksForAVersionAfterTheOperator() {
        #expect(
            message { _ = try Specifier("==") } == "invalid specifier '==': expected a version after '==' at column 3"
        )
    }

    @Test func explainsOperatorRestrictions() {
        #expect(
            message { _ = try Specifier("~=1") }
                == "invalid specifier '~=1': '~=' needs a version with at least two release numbers at column 3"
        )
        #expect(
            message { _ = try Specifier(">=1.0+deadbeef") }
                == "invalid specifier '>=1.0+deadbeef': a local version label is not allowed after '>=' at column 6"
        )
        #expect(
            message { _ = try Specifier(">=1.0.*") }
                == "invalid specifier '>=1.0.*': '.*' is only allowed after '==' or '!=' at column 7"
        )
        #expect(
            message { _ = try Specifier("==2.0a1.*") }
                == "invalid specifier '==2.0a1.*': unexpected 'a' (only an epoch and release numbers may precede '.*')"
                + " at column 6"
        )
        #expect(message { _ = try Specifier("===a;b") } == "invalid specifier '===a;b': unexpected ';' at column 5")
        #expect(
            message { _ = try Specifier("== 1.0 a1") } == "invalid specifier '== 1.0 a1': unexpected ' ' at column 7"
        )
    }

    @Test func setErrorsNameTheWholeInputAndTheColumnInIt() throws {
        #expect(
            message { _ = try SpecifierSet(">= 3.9 , != 3.9.0a5!, < 4") }
                == "invalid specifier set '>= 3.9 , != 3.9.0a5!, < 4': unexpected '!' at column 20"
        )
        do {
            _ = try SpecifierSet(">=3.9,=<4")
            Issue.record("accepted '>=3.9,=<4'")
        } catch let error as ParseError {
            #expect(error.subject == .specifierSet)
            #expect(error.input == ">=3.9,=<4")
            #expect(error.column == 7)
        }
    }

    @Test func countsColumnsInCharactersNotBytes() throws {
        do {
            _ = try SpecifierSet("==é,>=1")
            Issue.record("accepted '==é,>=1'")
        } catch let error as ParseError {
            #expect(error.column == 3)
        }
        do {
            _ = try SpecifierSet("===é,>=1,lol")
            Issue.record("accepted '===é,>=1,lol'")
        } catch let error as ParseError {
            #expect(error.column == 10)
        }
    }
}
