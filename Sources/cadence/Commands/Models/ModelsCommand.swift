import ArgumentParser
import CadenceCore
import CadenceKit

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
            do { history = try ReleaseData.history() } catch { throw exitForDataError(error) }
            let report = try ModelComparisonQuery(history: history, from: from, to: to).report()
            switch format {
            case .table: Output.standard.line(report.table)
            case .json: Output.standard.line(try ResultEncoder().string(for: report))
            }
            Output.standard.flush()
        }
    }
}
