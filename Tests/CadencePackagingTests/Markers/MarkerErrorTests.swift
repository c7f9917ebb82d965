import Testing

@testable import CadencePackaging

/// The messages people see when a marker cannot be parsed or evaluated.
@Suite struct MarkerErrorTests {
    /// Hostile nesting gets an error, not a stack overflow; deep but sane nesting still parses.
    @Test func refusesMoreThanFiveHundredNestedParentheses() throws {
        let deep =
            String(repeating: "(", count: 10_000) + #"os_name == "posix""# + String(repeating: ")", count: 10_000)
        let error = #expect(throws: ParseError.self) { try Marker(deep) }
        #expect(error?.reason == "more than 500 nested parentheses")
        #expect(error?.column == 501)
        #expect(throws: ParseError.self) { try Requirement("name; " + deep) }
        let fine = String(repeating: "(", count: 400) + #"os_name == "posix""# + String(repeating: ")", count: 400)
        #expect(try Marker(fine).description == #"os_name == "posix""#)
    }

    @Test(arguments: [
        (
            "python_version >= ",
            "invalid marker 'python_version >= ': expected a quoted string or marker variable at column 19"
        ),
        (
            "(python_version == \"2.7\"",
            "invalid marker '(python_version == \"2.7\"': expected ')' to close the '(' at column 1, found the end at column 25"
        ),
        (
            "python_version >= \"3\"\n",
            "invalid marker 'python_version >= \"3\"\\n': expected 'and', 'or' or the end of the marker, found '\\n' at column 22"
        ),
        (
            "os_name == \"\\x\"",
            "invalid marker 'os_name == \"\\\\x\"': invalid quoted string: truncated \\xXX escape at column 13"
        ),
        (
            "'3.7' not python_version",
            "invalid marker '\\'3.7\\' not python_version': expected 'in' after 'not' at column 11"
        ),
        (
            "python_version = '3'",
            "invalid marker 'python_version = \\'3\\'': expected marker operator, one of <=, <, !=, ==, >=, >, ~=, ===, in, not in; found '=' at column 16"
        ),
        (
            "python_version >= \"3.8'",
            "invalid marker 'python_version >= \"3.8\\'': expected a quoted string or marker variable at column 19"
        ),
    ])
    func namesTheInputAndColumn(input: String, message: String) {
        #expect(throws: ParseError.self) { try Marker(input) }
        do {
            _ = try Marker(input)
        } catch {
            #expect("\(error)" == message)
        }
    }

    @Test(arguments: ["\n", "\r\n", "\r", " \n"])
    func rejectsAnyTrailingLineBreak(ending: String) {
        #expect(throws: ParseError.self) { try Marker("python_version >= \"3\"" + ending) }
    }

    @Test(arguments: [
        #""\x4""#, #""\u12""#, #""\U00110000""#, #""\N{NO SUCH NAME}""#, #""\N{}""#, #""a\""#, "\"a\nb\"", "\"\0\"",
    ])
    func rejectsMalformedQuotedStrings(literal: String) {
        #expect(throws: ParseError.self) { try Marker("os_name == " + literal) }
    }

    @Test func namesTheComparisonThatIsUndefined() {
        let environment = MarkerEnvironment(values: ["os_name": "posix", "python_version": "3.11"])
        let cases: [(String, String)] = [
            (
                "os_name ~= '1.0'",
                "undefined comparison 'os_name ~= \"1.0\"': '~=' compares versions, and os_name ('posix') is not a version variable"
            ),
            (
                "os_name === 'posix'",
                "undefined comparison 'os_name === \"posix\"': '===' compares versions, and os_name ('posix') is not a version variable"
            ),
            (
                "python_version ~= 'foo'",
                "undefined comparison 'python_version ~= \"foo\"': '~=foo' is not a valid version specifier, so '3.11' cannot be compared with it"
            ),
            (
                "sys_platform == 'linux'",
                "undefined environment name 'sys_platform': the environment does not define it"
            ),
        ]
        for (marker, message) in cases {
            do {
                _ = try Marker(marker).evaluate(environment)
                Issue.record("\(marker) evaluated")
            } catch {
                #expect("\(error)" == message)
            }
        }
    }

    @Test func refusesASetOnTheLeft() throws {
        let marker = try Marker("extras == 'docs'")
        #expect(
            throws: MarkerEvaluationError.undefinedComparison(
                comparison: "extras == \"docs\"",
                reason: "extras is a set and can only be used as '\"name\" in extras'"
            )
        ) {
            try marker.evaluate(MarkerEnvironment(), context: .lockFile)
        }
    }
}
