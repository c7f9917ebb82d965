import Testing

@testable import CadenceCore

/// GitHub-flavoured Markdown tables: cells escaped so they show as written and never break the table.
@Suite struct ScheduleMarkdownTests {
    @Test(arguments: [
        ("a | b", "a \\| b"),
        ("C:\\path", "C:\\\\path"),
        ("a\\|b", "a\\\\\\|b"),
        ("*not bold* and _not italic_", "\\*not bold\\* and \\_not italic\\_"),
        ("<script>&amp;", "\\<script\\>\\&amp;"),
        ("[link](x) `code`", "\\[link\\](x) \\`code\\`"),
        ("one\ntwo\r\nthree\rfour", "one<br>two<br>three<br>four"),
        ("tab\there\u{7}", "tab here"),
        ("3.9.0b1", "3.9.0b1"),
    ])
    func escapesCellText(input: String, expected: String) {
        #expect(ScheduleMarkdown.escapeCell(input) == expected)
    }

    @Test func keepsEveryTableRowAsWideAsItsHeader() throws {
        // Given a release whose note holds pipes and a line break
        let text = ScheduleMarkdown().render(try ExportFixtures.awkward())

        // Then every row of every table has as many cell separators as its header
        let tables = text.components(separatedBy: "\n\n").filter { $0.hasPrefix("|") }
        #expect(tables.count == 2)
        for table in tables {
            let rows = table.split(separator: "\n").map(String.init)
            let columns = Self.unescapedPipes(rows[0])
            #expect(rows.count >= 3)
            #expect(rows[1].allSatisfy { "|- ".contains($0) })
            for row in rows { #expect(Self.unescapedPipes(row) == columns, "\(row)") }
        }
        #expect(text.contains("| Baseline; includes \"walrus\" \\| pipes, commas; semicolons<br>and a second line"))
    }

    @Test func showsSeriesReleasesAndActiveBranchesUnderHeadings() throws {
        let text = ScheduleMarkdown().render(try ExportFixtures.cpython())
        let headings = text.split(separator: "\n").filter { $0.hasPrefix("#") }
        #expect(headings == ["## Series", "## Releases", "## Active branches"])
        #expect(text.contains("| 3.16   | 2026-05-07           | 2027-05-04     | 2027-10-06    | 2029-10-06    |"))
        #expect(text.contains("| 2019-10-14 | 3.8.0     | final release       | 3.8    | actual  |"))
        #expect(!text.contains("Feature complete"))

        let level4 = ScheduleMarkdown(headingLevel: 4).render(try ExportFixtures.cpython())
        #expect(level4.hasPrefix("#### Series\n"))
        #expect(ScheduleMarkdown(headingLevel: 9).headingLevel == 6)
    }

    /// The `|` of a row that separate cells: those not escaped by an odd run of backslashes.
    static func unescapedPipes(_ row: String) -> Int {
        var count = 0
        var backslashes = 0
        for character in row {
            if character == "|", backslashes % 2 == 0 { count += 1 }
            backslashes = character == "\\" ? backslashes + 1 : 0
        }
        return count
    }
}
