import CadencePackaging

/// A release schedule as GitHub-flavoured Markdown tables: the series with their milestones, the
/// releases by date, and the active-branch periods, each under a heading.
///
/// ```swift
/// print(ScheduleMarkdown().render(schedule))
/// // ## Releases
/// //
/// // | Date       | Version | Kind          | Series | State  |
/// // | ---------- | ------- | ------------- | ------ | ------ |
/// // | 2019-10-14 | 3.8.0   | final release | 3.8    | actual |
/// ```
///
/// Cell text is escaped so that it shows as written: `|` becomes `\|` (it would end the cell), the
/// other characters Markdown gives a meaning inside a cell (`` \ ` * _ [ ] < > & ``) are escaped with a
/// backslash, and line breaks become `<br>`. Cells are padded so the source lines up as well.
public struct ScheduleMarkdown: Hashable, Sendable {
    /// The level of the section headings, 1 (`#`) to 6 (`######`).
    public var headingLevel: Int

    /// Creates a Markdown renderer.
    /// - Parameter headingLevel: The level of the section headings, clamped to 1...6; 2 (`##`) by default.
    public init(headingLevel: Int = 2) {
        self.headingLevel = min(max(headingLevel, 1), 6)
    }

    /// The Markdown for `schedule`.
    /// - Parameter schedule: The schedule to show.
    /// - Returns: Headings and tables separated by blank lines, ending with a line feed.
    public func render(_ schedule: Schedule) -> String {
        var sections: [String] = []
        if !schedule.series.isEmpty {
            sections.append(heading("Series") + "\n\n" + seriesTable(schedule.series))
        }
        let releases = schedule.releases
        sections.append(
            heading("Releases") + "\n\n"
                + (releases.isEmpty ? "No releases." : releaseTable(releases))
        )
        if !schedule.activeBranches.isEmpty {
            let rows = schedule.activeBranches.map { period in
                [period.from.description, period.to.description, period.branches.joined(separator: ", ")]
            }
            sections.append(
                heading("Active branches") + "\n\n" + ScheduleMarkdown.table(["From", "To", "Branches"], rows)
            )
        }
        return sections.joined(separator: "\n\n") + "\n"
    }

    /// `text` escaped for a table cell: shows literally, never ends the cell, stays on one row.
    /// - Parameter text: Any text.
    /// - Returns: The escaped text, such as `a \| b` for `a | b`.
    public static func escapeCell(_ text: String) -> String {
        var result = ""
        var previousWasCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { previousWasCarriageReturn = scalar == "\r" }
            switch scalar {
            case "\n" where previousWasCarriageReturn:
                continue
            case "\r", "\n", "\u{2028}", "\u{2029}":
                result += "<br>"
            case "\\", "|", "`", "*", "_", "[", "]", "<", ">", "&":
                result += "\\" + String(scalar)
            case "\t":
                result += " "
            case _ where ExportText.isControl(scalar):
                continue
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private func heading(_ title: String) -> String {
        String(repeating: "#", count: headingLevel) + " " + title
    }

    private func seriesTable(_ series: [ReleaseSeries]) -> String {
        let hasFeatureComplete = series.contains { $0.milestones.featureComplete != nil }
        var header = ["Series", "Start of development", "Feature freeze", "First release"]
        if hasFeatureComplete { header.append("Feature complete") }
        header += ["End of bugfix", "End of life"]
        let rows = series.sorted { $0.name > $1.name }.map { series in
            let m = series.milestones
            var row = [series.name.description, m.startOfDevelopment.description, m.featureFreeze.description]
            row.append(m.firstRelease.description)
            if hasFeatureComplete { row.append(m.featureComplete?.description ?? "") }
            row += [m.endOfBugfix.description, m.endOfLife.description]
            return row
        }
        return ScheduleMarkdown.table(header, rows)
    }

    private func releaseTable(_ releases: [Release]) -> String {
        let hasNotes = releases.contains { !($0.note ?? "").isEmpty }
        let header = ["Date", "Version", "Kind", "Series", "State"] + (hasNotes ? ["Note"] : [])
        let rows = releases.map { release in
            [
                release.date.description,
                release.label,
                release.kind.exportName,
                release.series.description,
                release.state.rawValue,
            ] + (hasNotes ? [release.note ?? ""] : [])
        }
        return ScheduleMarkdown.table(header, rows)
    }

    /// A table with escaped, padded cells; every row has the header's number of cells.
    private static func table(_ header: [String], _ rows: [[String]]) -> String {
        let escaped = ([header] + rows).map { row in
            (0..<header.count).map { $0 < row.count ? escapeCell(row[$0]) : "" }
        }
        let widths = (0..<header.count).map { column in
            max(3, escaped.map { $0[column].count }.max() ?? 0)
        }
        let line = { (cells: [String]) in
            "| "
                + cells.enumerated().map { ExportText.padded($0.element, to: widths[$0.offset]) }
                .joined(separator: " | ") + " |"
        }
        var lines = [line(escaped[0]), line(widths.map { String(repeating: "-", count: $0) })]
        lines += escaped.dropFirst().map(line)
        return lines.joined(separator: "\n")
    }
}
