import ArgumentParser
import CadenceCore
import CadenceKit

/// `cadence status`: every release series' computed phase on a date, what shipped last and what is next.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show the phase of every release series on a date, computed from CPython's release data.",
        discussion: """
            Phases are computed from the data's dates (start of development, first alpha, feature freeze, \
            first release candidate, X.Y.0, end of bugfix, end of life), never read from its 'status' \
            fields; where the data's status disagrees, the 'data says' column shows it. A release whose \
            planned date has passed without being recorded as shipped is marked '*'.

            Examples:
              cadence status
              cadence status --date 2020-06-01 --all
              cadence status --format json
              cadence status --format md > STATUS.md
              cadence status --data release-cycle.json
            """
    )

    /// Output formats of `status`.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, md
    }

    @OptionGroup var date: DateOption
    @OptionGroup var source: ReleaseDataOptions

    @Option(help: "Output format: table, json or md.")
    var format: Format = .table

    @Flag(help: "Include series that are end-of-life on the date (and series not yet started).")
    var all = false

    func run() throws {
        let history: ReleaseHistory
        do { history = try source.history() } catch { throw exitForDataError(error) }
        let report = StatusQuery(history: history, date: date.day, includeEndOfLife: all, today: DateOption.clock.today)
            .report()
        switch format {
        case .table: Output.standard.line(report.table)
        case .md: Output.standard.line(report.markdown)
        case .json: Output.standard.line(try ResultEncoder().string(for: report))
        }
        Output.standard.flush()
    }
}
