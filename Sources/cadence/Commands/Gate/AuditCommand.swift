import ArgumentParser
import CadenceCore
import CadenceKit

/// `cadence audit`: every change in a range of history, judged for a target branch.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Judge every change in a range of history for a target branch: allow, review or reject.",
        discussion: """
            Commits are grouped into changes (by issue number and cherry-pick source), reverts are linked \
            to what they undo (a change reverted inside the range never ships), and each change gets the \
            gate's verdict for the target's phase on --date, with the rules and the evidence.

            The target defaults to the branch the range ends on (3.9, origin/3.9, or main for the series \
            in development).

            Examples:
              cadence audit --repo ~/cpython v3.9.3..v3.9.4
              cadence audit --repo ~/cpython v3.12.0..3.12 --date 2024-01-15 --format md
              cadence audit --repo . origin/3.13~50..origin/3.13 --format github
            """
    )

    /// Output formats of `audit`.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, md, github
    }

    @OptionGroup var repository: RepositoryOptions

    @Argument(help: "The range of history, such as v3.9.3..v3.9.4.")
    var range: String

    @Option(help: ArgumentHelp("The target series, X.Y (default: the branch the range ends on).", valueName: "X.Y"))
    var target: String?

    @OptionGroup var date: DateOption
    @OptionGroup var source: ReleaseDataOptions

    @Option(help: "Output format: table, json, md or github (workflow annotations).")
    var format: Format = .table

    func validate() throws {
        if let target {
            do { _ = try SeriesName(target) } catch { throw ValidationError("--target: \(error)") }
        }
    }

    func run() throws {
        let query: AuditQuery
        do {
            query = AuditQuery(
                reading: try repository.reading(),
                range: range,
                target: try target.map(SeriesName.init),
                date: date.day,
                releases: try source.history()
            )
        } catch {
            throw exitForDataError(error)
        }
        let report: AuditReport
        do { report = try query.report(progress: RepositoryOptions.progress(of: range)) } catch let error as UsageError
        {
            throw ValidationError(error.description)
        } catch {
            throw exitForDataError(error)
        }
        RepositoryOptions.finishReading(limitations: report.limitations)
        switch format {
        case .table: Output.standard.line(report.table)
        case .md: Output.standard.line(report.markdown)
        case .json: Output.standard.line(try ResultEncoder().string(for: report))
        case .github: Output.standard.line(report.githubAnnotations)
        }
        Output.standard.flush()
    }
}
