import ArgumentParser
import CadenceCore
import CadenceKit

/// `cadence support`: which feature releases a library should support on a date (NEP 29).
struct SupportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "support",
        abstract: "List the feature releases a library should support on a date (NEP 29's rule).",
        discussion: """
            A library supports every feature release (X.Y) whose X.Y.0 came out in the last --months \
            months (42), and at least the --minimum most recent ones (2). Release dates come from \
            CPython's real data, from --data, or from a release model's generated plan (--model).

            Examples:
              $ cadence support --date 2026-11-22
              $ cadence support --date 2030-01-01 --model rolling
              $ cadence support --months 42 --minimum 0 --format json
            """
    )

    @OptionGroup var date: DateOption
    @OptionGroup var source: ReleaseDataOptions
    @OptionGroup var models: ModelOptions

    @Option(help: "Months after X.Y.0 during which a feature release is supported.")
    var months = 42

    @Option(help: "How many of the most recent feature releases are always supported.")
    var minimum = 2

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func validate() throws {
        if models.model != nil, !models.isRealData, source.data != nil {
            throw ValidationError("Use either --model or --data, not both.")
        }
        do { _ = try SupportWindow(months: months, minimumCount: minimum) } catch {
            throw ValidationError("\(error)")
        }
    }

    func run() throws {
        let window = try SupportWindow(months: months, minimumCount: minimum)
        let source: SupportQuery.Source
        if let model = try models.releaseModel() {
            source = .model(model)
        } else {
            do { source = .data(try self.source.history(), file: self.source.data) } catch {
                throw exitForDataError(error)
            }
        }
        let report = try SupportQuery(window: window, date: date.day, source: source).report()
        switch format {
        case .text: Output.standard.line(report.table)
        case .json: Output.standard.line(try ResultEncoder().string(for: report))
        }
        Output.standard.flush()
    }
}
