import CadenceKit
import CadencePackaging
import Testing

@Suite struct MarkerAnswerTests {
    @Test func evaluatesTheMarkerInTheBaseEnvironment() throws {
        // Given a marker and an environment on Windows
        let marker = try Marker(#"sys_platform == "win32""#)
        let windows = MarkerEnvironment(values: ["sys_platform": "win32"])
        // When it is evaluated there and on Linux
        let onWindows = MarkerAnswer.evaluating(marker, in: windows)
        let onLinux = MarkerAnswer.evaluating(marker, in: MarkerEnvironment(values: ["sys_platform": "linux"]))
        // Then it is true on Windows only, and false is a negative answer
        #expect(onWindows.answers.map(\.text) == ["true"] && !onWindows.isNegative)
        #expect(onLinux.answers.map(\.text) == ["false"] && onLinux.isNegative)
        #expect(
            try ResultEncoder().string(for: onWindows.answers[0])
                == #"{"marker":"sys_platform == \"win32\"","result":true}"#
        )
    }

    @Test func eachLineIsAnEnvironmentOverTheBase() throws {
        // Given a base on 3.9.0 and lines of standard input: an older Python, bad JSON, a number
        let marker = try Marker(#"python_full_version < "3.9""#)
        let base = MarkerEnvironment.python(try Version("3.9.0"), base: MarkerEnvironment())
        let lines = [#"{"python_full_version": "3.8.1"}"#, "not json", #"{"python_full_version": 3}"#, "{}"]
            .enumerated().map { InputItem(text: $0.element, line: $0.offset + 1) }
        // When it is evaluated once per line
        let answers = MarkerAnswer.evaluating(marker, in: base, lines: lines)
        // Then each line gets its answer; errors name the line and the JSON; the base answers `{}`
        #expect(
            answers.answers.map(\.text) == [
                "true", "line 2: invalid environment 'not json': not valid JSON",
                #"line 3: invalid environment '{"python_full_version": 3}': variable 'python_full_version' must be a string"#,
                "false",
            ]
        )
        #expect(answers.answers.map(\.isError) == [false, true, true, false])
        // And the answer carries its input, the error its line too
        let json = try answers.answers.prefix(2).map { try ResultEncoder().string(for: $0) }
        #expect(
            json[0]
                == #"{"marker":"python_full_version < \"3.9\"","input":"{\"python_full_version\": \"3.8.1\"}","result":true}"#
        )
        #expect(
            json[1]
                == #"{"marker":"python_full_version < \"3.9\"","input":"not json","line":2,"error":"invalid environment 'not json': not valid JSON"}"#
        )
    }

    @Test(arguments: [
        (
            #""docs" in extras"#,
            #"give it as a JSON list, such as {"extras": ["docs"]}, in --env-file or a --stdin line"#
        ),
        (
            #"python_version > "3""#,
            "give --python VERSION (no python3 on PATH supplied it) or --env python_version=VALUE"
        ),
        (#"os_name == "nt""#, "give --env os_name=VALUE or --env-file FILE"),
    ])
    func anUndefinedVariableSaysHowToSupplyIt(marker: String, hint: String) throws {
        let answers = MarkerAnswer.evaluating(try Marker(marker), in: MarkerEnvironment())
        #expect(answers.answers[0].isError && answers.isNegative)
        #expect(answers.answers[0].text.hasSuffix("the environment does not define it; \(hint)"))
    }

    @Test func aJSONEnvironmentSetsStringsAndLists() throws {
        var environment = MarkerEnvironment()
        try environment.apply(json: #"{"os_name": "nt", "extras": ["docs"], "dependency_groups": ["dev"]}"#)
        #expect(environment.values["os_name"] == "nt")
        #expect(environment.extras == ["docs"] && environment.dependencyGroups == ["dev"])
        #expect(throws: EnvironmentJSONError(text: "[1]", reason: "expected a JSON object of marker variables")) {
            try environment.apply(json: "[1]")
        }
    }
}
