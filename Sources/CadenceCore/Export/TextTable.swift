/// A table of plain cells for people: aligned columns for a terminal, or a GitHub Markdown table.
///
/// The schedule renderers and the command line's reports (`status`, `support`, `audit`,
/// `models compare`) lay out their tables through it.
///
/// ```swift
/// var table = TextTable(header: ["series", "phase"])
/// table.rows.append(["3.14", "bugfix"])
/// print(table.text)
/// ```
public struct TextTable: Hashable, Sendable {
    /// The header cells.
    public var header: [String]
    /// The rows; each should have as many cells as the header.
    public var rows: [[String]]

    /// Creates a table.
    public init(header: [String], rows: [[String]] = []) {
        self.header = header
        self.rows = rows
    }

    /// The header, a rule of dashes, then the rows, in columns two spaces apart; each cell kept on one
    /// line and no trailing spaces.
    public var text: String {
        let cells = ([header] + rows).map { $0.map(ExportText.singleLine) }
        let widths = header.indices.map { column in cells.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        let rule = widths.map { String(repeating: "-", count: $0) }
        return ExportText.alignedColumns([cells[0], rule] + cells.dropFirst()).joined(separator: "\n")
    }

    /// The table in GitHub Markdown, cells escaped as ``ScheduleMarkdown/escapeCell(_:)`` escapes them.
    public var markdown: String {
        func line(_ cells: [String]) -> String {
            "| " + cells.map(ScheduleMarkdown.escapeCell).joined(separator: " | ") + " |"
        }
        return ([line(header), "|" + header.map { _ in "---|" }.joined()] + rows.map(line)).joined(separator: "\n")
    }
}
