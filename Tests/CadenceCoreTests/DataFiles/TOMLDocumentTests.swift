import Testing

@testable import CadenceCore

@Suite struct TOMLDocumentTests {
    @Test func readsTablesArraysOfTablesAndScalars() throws {
        let text = """
            # comment
            [metadata."3.9"]
            pep = 596  # inline comment
            branch = "3.9"
            name = 'literal \\ kept'
            escaped = "tab\\tquote\\"\\u00e9"
            flag = true
            first-release = 2020-10-05

            [[release."3.9"]]
            stage = "3.9.0 alpha 1"
            [[release."3.9"]]
            stage = "3.9.0 alpha 2"
            """
        let document = try TOMLDocument(parsing: text, file: "t.toml")
        #expect(document.tables.map(\.path) == [["metadata", "3.9"], ["release", "3.9"], ["release", "3.9"]])
        #expect(document.tables.map(\.isArrayElement) == [false, true, true])
        let metadata = document.tables[0]
        #expect(metadata["pep"]?.value == .integer(596))
        #expect(metadata["name"]?.value == .string("literal \\ kept"))
        #expect(metadata["escaped"]?.value == .string("tab\tquote\"é"))
        #expect(metadata["flag"]?.value == .boolean(true))
        #expect(metadata["first-release"]?.value == .date(try CalendarDate("2020-10-05")))
        #expect(metadata["first-release"]?.line == 8)
        #expect(document.tables[2].line == 12)
    }

    @Test func writesTextThatReadsBackTheSame() throws {
        let text =
            "[metadata.\"3.9\"]\nnote = \"a \\\"quoted\\\" \\\\ note\"\ncount = 3\n\n[[release.\"3.9\"]]\nday = 2020-10-05\n"
        let document = try TOMLDocument(parsing: text, file: "t.toml")
        #expect(document.text == text)
        #expect(try TOMLDocument(parsing: document.text, file: "t.toml") == document)
    }

    @Test func readsArraysOfScalarsOnOneLine() throws {
        let text = """
            [paths]
            tests = ["Lib/test/", 'Lib/idlelib/idle_test/',]  # trailing comma
            empty = []
            mixed = [1, true, 2024-10-07, "x,y]"]
            """
        let table = try #require(try TOMLDocument(parsing: text, file: "t.toml").tables.first)
        #expect(table["tests"]?.value == .array([.string("Lib/test/"), .string("Lib/idlelib/idle_test/")]))
        #expect(table["tests"]?.line == 2)
        #expect(table["empty"]?.value == .array([]))
        #expect(
            table["mixed"]?.value
                == .array([.integer(1), .boolean(true), .date(try CalendarDate("2024-10-07")), .string("x,y]")])
        )
        #expect(table["tests"]?.value.typeName == "an array")
    }

    @Test func writesArraysThatReadBackTheSame() throws {
        let text = "[paths]\ntests = [\"Lib/test/\", \"a \\\"b\\\"\"]\nnone = []\n"
        let document = try TOMLDocument(parsing: text, file: "t.toml")
        #expect(document.text == text)
    }

    @Test(arguments: [
        ("[metadata\npep = 1", "t.toml:1:10: expected ']' to close the table header before the end of the line"),
        ("[a]\npep 596", "t.toml:2:5: expected '=' after key 'pep', found '5'"),
        ("[a]\npep = 1\npep = 2", "t.toml:3:1: key 'pep' is already defined on line 2"),
        ("[a]\n[a]", "t.toml:2:1: table [a] is defined twice"),
        ("[a]\nname = \"open", "t.toml:2:8: string is not closed on this line"),
        ("[a]\npoint = { x = 1 }", "t.toml:2:9: inline tables are not supported"),
        (
            "[a]\nlist = [\"a\",\n  \"b\"]",
            "t.toml:2:8: array is not closed on this line (multi-line arrays are not supported)"
        ),
        (
            "[a]\nlist = [\"a\"  # comment",
            "t.toml:2:8: array is not closed on this line (multi-line arrays are not supported)"
        ),
        ("[a]\nlist = [[1], [2]]", "t.toml:2:9: nested arrays are not supported"),
        ("[a]\nlist = [1 2]", "t.toml:2:11: expected ',' or ']' in the array, found '2'"),
        ("[a]\nlist = [, 1]", "t.toml:2:9: expected a value before ','"),
        ("[a]\nlist = [1, {}]", "t.toml:2:12: inline tables are not supported"),
        ("[a]\nlist = [1, x]", "t.toml:2:12: expected a value: a string, an integer, a boolean or a date, found 'x'"),
        ("[a]\nday = 2026-02-30", "t.toml:2:7: invalid date '2026-02-30': February 2026 has 28 days"),
        (
            "[a]\nwhen = 2026-02-03T10:00:00",
            "t.toml:2:8: date-times and times are not supported ('2026-02-03T10:00:00')"
        ),
        ("[a]\nx = 1 2", "t.toml:2:7: expected the end of the line or a comment, found '2'"),
        ("[a]\nx = \"bad \\q\"", "t.toml:2:10: invalid escape '\\q'"),
    ])
    func rejectsMalformedInputNamingLineAndColumn(text: String, message: String) {
        do {
            _ = try TOMLDocument(parsing: text, file: "t.toml")
            Issue.record("expected an error for \(text)")
        } catch {
            #expect("\(error)" == message)
        }
    }
}
