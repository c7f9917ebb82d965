import ArgumentParser
import CadenceCore

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
        let day = date.day
        let series: [ReleaseSeries]
        let origin: String
        if let model = try models.releaseModel() {
            series = try ReleaseModels.plan(of: model, throughYear: day.year + 3).series
            origin = "the \(model.name) model's plan" + (model.variant.map { " (\($0))" } ?? "")
        } else {
            do { series = try source.history().series } catch { throw exitForDataError(error) }
            origin = source.data ?? "CPython's release data"
        }
        let supported = window.supportedSeries(on: day, among: series)
        switch format {
        case .text:
            var table = TextTable(header: ["series", "X.Y.0", "why", "may be dropped on"])
            for row in supported {
                table.rows.append([
                    row.series.description, row.firstRelease.description,
                    row.reason == .withinWindow
                        ? "released in the last \(months) months" : "one of the \(minimum) newest",
                    row.mayBeDroppedOn?.description ?? "when a newer series ships",
                ])
            }
            Output.standard.line(
                "Feature releases to support on \(day) (\(months) months, at least \(minimum); \(origin))\n"
            )
            Output.standard.line(table.text)
        case .json:
            let rows: [JSONValue] = supported.map { row in
                .object(
                    JSONLine([
                        "series": .string(row.series.description),
                        "first_release": .string(row.firstRelease.description),
                        "reason": .string(row.reason.rawValue),
                        "window_ends": .string(row.windowEnds.description),
                        "may_be_dropped_on": row.mayBeDroppedOn.map { .string($0.description) } ?? .null,
                    ])
                )
            }
            Output.standard.line(
                JSONLine([
                    "date": .string(day.description), "months": .int(months), "minimum": .int(minimum),
                    "source": .string(origin), "supported": .array(rows),
                ]).text
            )
        }
        Output.standard.flush()
    }
}
