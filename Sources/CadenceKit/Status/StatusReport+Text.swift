import CadenceCore

extension StatusReport {
    /// The report for a terminal: a heading, the table, and a footnote for overdue releases.
    public var table: String {
        var text = "Release series on \(date)\n\n" + TextTable(header: header, rows: cells).text
        if let footnote { text += "\n\n" + footnote }
        return text
    }

    /// The report as GitHub Markdown.
    public var markdown: String {
        var text = "## Release series on \(date)\n\n" + TextTable(header: header, rows: cells).markdown
        if let footnote { text += "\n\n\\" + footnote }
        return text
    }

    private var header: [String] {
        var columns = ["series", "phase", "latest release", "next release", "end of bugfix", "end of life"]
        if rows.contains(where: { $0.staleDeclaredStatus != nil }) { columns.append("data says") }
        return columns
    }

    private var cells: [[String]] {
        let width = header.count
        return rows.map { row in
            [
                row.series.description,
                row.phase.displayName,
                row.latestRelease.map(describe) ?? "—",
                row.nextRelease.map(describe) ?? "—",
                StatusReport.countdown(row.daysToEndOfBugfix),
                StatusReport.countdown(row.daysToEndOfLife),
                row.staleDeclaredStatus ?? "",
            ].prefix(width).map { $0 }
        }
    }

    private func describe(_ release: Release) -> String {
        "\(release.label)\(release.isOverdue(on: date) ? "*" : "") (\(release.date))"
    }

    private var footnote: String? {
        let overdue = rows.contains { row in row.latestRelease?.isOverdue(on: date) ?? false }
        return overdue ? "* planned for a date that has passed; the data does not record it as shipped" : nil
    }

    /// `in 312 days`, `today`, or `ended 41 days ago`.
    public static func countdown(_ days: Int) -> String {
        switch days {
        case 0: return "today"
        case 1: return "in 1 day"
        case 2...: return "in \(days) days"
        case -1: return "ended yesterday"
        default: return "ended \(-days) days ago"
        }
    }
}
