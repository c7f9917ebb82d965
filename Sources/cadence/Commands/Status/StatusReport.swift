import CadenceCore

/// The rows of `cadence status` rendered as a table, Markdown or JSON.
struct StatusReport {
    let date: CalendarDate
    let rows: [SeriesStatus]

    private var header: [String] {
        var columns = ["series", "phase", "latest release", "next release", "end of bugfix", "end of life"]
        if rows.contains(where: { $0.staleDeclaredStatus != nil }) { columns.append("data says") }
        return columns
    }

    private var cells: [[String]] {
        rows.map { row in
            [
                row.series.description,
                row.phase.displayName,
                row.latestRelease.map(describe) ?? "—",
                row.nextRelease.map(describe) ?? "—",
                StatusReport.countdown(row.daysToEndOfBugfix),
                StatusReport.countdown(row.daysToEndOfLife),
                row.staleDeclaredStatus ?? "",
            ].prefix(header.count).map { $0 }
        }
    }

    private func describe(_ release: Release) -> String {
        let overdue = release.isOverdue(on: date)
        return "\(release.label)\(overdue ? "*" : "") (\(release.date))"
    }

    private var footnote: String? {
        let overdue = rows.contains { row in
            row.latestRelease?.isOverdue(on: date) ?? false
        }
        return overdue ? "* planned for a date that has passed; the data does not record it as shipped" : nil
    }

    /// The report for a terminal.
    var table: String {
        var text = "Release series on \(date)\n\n" + TextTable(header: header, rows: cells).text
        if let footnote { text += "\n\n" + footnote }
        return text
    }

    /// The report as GitHub Markdown.
    var markdown: String {
        var text = "## Release series on \(date)\n\n" + TextTable(header: header, rows: cells).markdown
        if let footnote { text += "\n\n\\" + footnote }
        return text
    }

    /// The report as one JSON document: the date and one object per series.
    var json: String {
        let series: [JSONValue] = rows.map { row in
            var object = JSONLine([
                "series": .string(row.series.description),
                "phase": .string(row.phase.rawValue),
                "status": .string(row.phase.cpythonStatus),
            ])
            object["latest_release"] = row.latestRelease.map(releaseJSON) ?? .null
            object["next_release"] = row.nextRelease.map(releaseJSON) ?? .null
            object["policy"] = .string(row.phase.policy.summary)
            object["days_to_end_of_bugfix"] = .int(row.daysToEndOfBugfix)
            object["days_to_end_of_life"] = .int(row.daysToEndOfLife)
            object["declared_status"] = row.staleDeclaredStatus.map { .string($0) } ?? .null
            object["branch"] = row.branch.map { .string($0) } ?? .null
            object["release_manager"] = row.releaseManager.map { .string($0) } ?? .null
            return .object(object)
        }
        return JSONLine(["date": .string(date.description), "series": .array(series)]).text
    }

    private func releaseJSON(_ release: Release) -> JSONValue {
        .object(
            JSONLine([
                "version": .string(release.label),
                "date": .string(release.date.description),
                "kind": .string(release.kind.rawValue),
                "state": .string(release.state.rawValue),
            ])
        )
    }

    /// `in 312 days`, `today`, or `ended 41 days ago`.
    static func countdown(_ days: Int) -> String {
        switch days {
        case 0: return "today"
        case 1: return "in 1 day"
        case 2...: return "in \(days) days"
        case -1: return "ended yesterday"
        default: return "ended \(-days) days ago"
        }
    }
}
