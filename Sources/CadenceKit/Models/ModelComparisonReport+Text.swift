import CadenceCore
import Foundation

extension ModelComparisonReport {
    /// The report for a terminal: a heading, the table and its footnotes.
    public var table: String {
        var table = TextTable(header: [
            "model", "feature latency, months (mean/max)", "series maintained (min/mean/max)",
            "library supports (min/mean/max)", "bugfix wait, days", "security wait, days",
        ])
        for row in rows {
            let metrics = row.metrics
            table.rows.append([
                row.label,
                Self.cells(metrics.featureDeliveryMonths, [\.mean, \.maximum]),
                Self.cells(metrics.seriesMaintained, [\.minimum, \.mean, \.maximum]),
                Self.cells(metrics.seriesSupported, [\.minimum, \.mean, \.maximum]),
                Self.cells(metrics.bugfixWaitDays, [\.mean]),
                row.plansSecurityReleases ? Self.cells(metrics.securityWaitDays, [\.mean]) : "not planned*",
            ])
        }
        return
            "Release models compared, \(from)–\(to) (sampled on the first of each month; fix waits on every day)\n\n"
            + table.text + "\n" + footnotes
    }

    private static func cells(_ summary: MetricSummary?, _ fields: [KeyPath<MetricSummary, Double>]) -> String {
        guard let summary else { return "—" }
        return fields.map { String(format: "%.1f", summary[keyPath: $0]) }.joined(separator: " / ")
    }

    /// What the table's marks mean and what the data leaves out, each on its own line after a blank one.
    private var footnotes: String {
        var notes: [String] = []
        if rows.contains(where: { !$0.plansSecurityReleases }) {
            notes.append(
                "* PEP 598 and PEP 605 release security fixes \"as needed\" and plan no dates, so there is no "
                    + "wait to measure."
            )
        }
        if let lastSeries, lastSeries.endOfLife.day.year <= to {
            notes.append(
                "CPython's data plans up to \(lastSeries.name) (end of life \(lastSeries.endOfLife)); later "
                    + "months count only what it holds."
            )
        }
        let unreleased = rows.filter { $0.metrics.undeliveredChanges > 0 }.map(\.label)
        if !unreleased.isEmpty {
            notes.append(
                "Changes with no release in the plan are left out of the latency: "
                    + unreleased.joined(separator: ", ") + "."
            )
        }
        return notes.isEmpty ? "" : "\n" + notes.joined(separator: "\n")
    }
}
