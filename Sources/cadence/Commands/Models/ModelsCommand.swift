import ArgumentParser
import CadenceCore
import Foundation

/// `cadence models …`: the release models and how they compare.
struct ModelsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "models",
        abstract: "Compare the release models (PEP 602, PEP 598 and its variants, PEP 605) on computed numbers.",
        subcommands: [Compare.self]
    )
}

extension ModelsCommand {
    /// `cadence models compare`: the table the seeds argue about, computed from generated schedules.
    struct Compare: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compute, for each model's generated schedule, the numbers the seeds argue about.",
            discussion: """
                For each model (and CPython's real data), sampled on the first of every month of the window:
                - feature latency: months from a change merged on the development branch to the first \
                stable release that contains it (mean, max);
                - series maintained at once: series from feature freeze to end of life (min, mean, max);
                - versions a library supports under NEP 29 (42 months, at least 2) (min, mean, max);
                - bugfix wait / security wait: mean days a fix merged on a bugfix (security) branch waits \
                for that branch's next release.
                Series before 3.9 come from CPython's real history in every model, since the models \
                apply from 3.9 on.

                Examples:
                  cadence models compare
                  cadence models compare --from 2020 --to 2032 --format json
                """
        )

        @Option(help: "First year of the window.")
        var from = 2020

        @Option(help: "Last year of the window (included).")
        var to = 2032

        @Option(help: "Output format: table or json.")
        var format: Format = .table

        /// Output formats of `models compare`.
        enum Format: String, ExpressibleByArgument, CaseIterable {
            case table, json
        }

        func validate() throws {
            guard (1990...2100).contains(from), (1990...2100).contains(to) else {
                throw ValidationError("--from and --to must be years between 1990 and 2100.")
            }
            guard from <= to else { throw ValidationError("--from \(from) is after --to \(to).") }
        }

        func run() throws {
            let history: ReleaseHistory
            do { history = try ReleaseDataOptions.history(from: nil) } catch { throw exitForDataError(error) }
            let candidates: [(String, any ReleaseModel)] = [
                ("annual (PEP 602)", AnnualModel()),
                ("incremental (PEP 598)", IncrementalFeatureModel(variant: .baseline)),
                ("incremental, early baseline", IncrementalFeatureModel(variant: .earlyBaseline)),
                ("rolling (PEP 605)", try RollingPreFreezeModel(abiBreaks: [])),
            ]
            var rows: [Row] = []
            for (label, model) in candidates {
                let comparison = try ModelComparison(model: model, history: history, from: from, to: to)
                rows.append(
                    Row(
                        label: label,
                        metrics: comparison.metrics,
                        plansSecurityReleases: comparison.plansSecurityReleases
                    )
                )
            }
            let real = try ScheduleMetrics(of: history.schedule, from: from, to: to)
            rows.append(Row(label: "CPython's real data", metrics: real, plansSecurityReleases: true))
            switch format {
            case .table:
                Output.standard.line(table(rows))
                Output.standard.line(footnotes(rows, history: history))
            case .json: Output.standard.line(json(rows))
            }
            Output.standard.flush()
        }

        private func table(_ rows: [Row]) -> String {
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
                + table.text
        }

        private static func cells(_ summary: MetricSummary?, _ fields: [KeyPath<MetricSummary, Double>]) -> String {
            guard let summary else { return "—" }
            return fields.map { String(format: "%.1f", summary[keyPath: $0]) }.joined(separator: " / ")
        }

        private func json(_ rows: [Row]) -> String {
            func summary(_ value: MetricSummary?) -> JSONValue {
                guard let value else { return .null }
                return .object(
                    JSONLine([
                        "min": .string(String(format: "%.2f", value.minimum)),
                        "mean": .string(String(format: "%.2f", value.mean)),
                        "max": .string(String(format: "%.2f", value.maximum)),
                        "samples": .int(value.count),
                    ])
                )
            }
            let models: [JSONValue] = rows.map { row in
                let metrics = row.metrics
                return .object(
                    JSONLine([
                        "model": .string(row.label),
                        "feature_latency_months": summary(metrics.featureDeliveryMonths),
                        "series_maintained": summary(metrics.seriesMaintained),
                        "series_supported": summary(metrics.seriesSupported),
                        "bugfix_wait_days": summary(metrics.bugfixWaitDays),
                        "security_wait_days": row.plansSecurityReleases ? summary(metrics.securityWaitDays) : .null,
                        "undelivered_changes": .int(metrics.undeliveredChanges),
                        "unreleased_bugfixes": .int(metrics.unreleasedBugfixes),
                        "unreleased_security_fixes": .int(metrics.unreleasedSecurityFixes),
                    ])
                )
            }
            return JSONLine(["from": .int(from), "to": .int(to), "models": .array(models)]).text
        }

        /// One line of the comparison.
        struct Row {
            var label: String
            var metrics: ScheduleMetrics
            /// Whether the schedule has security-only releases to wait for (PEP 598 and PEP 605 say "as
            /// needed" and plan none).
            var plansSecurityReleases: Bool
        }

        private func footnotes(_ rows: [Row], history: ReleaseHistory) -> String {
            var notes: [String] = []
            if rows.contains(where: { !$0.plansSecurityReleases }) {
                notes.append(
                    "* PEP 598 and PEP 605 release security fixes \"as needed\" and plan no dates, so there is no "
                        + "wait to measure."
                )
            }
            if let last = history.series.last, last.milestones.endOfLife.day.year <= to {
                notes.append(
                    "CPython's data plans up to \(last.name) (end of life \(last.milestones.endOfLife)); later "
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
}
