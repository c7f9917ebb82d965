import ArgumentParser
import CadenceCore
import CadenceKit

/// `cadence check`: one commit's verdict for a target branch, as an exit code for CI.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Judge one commit for a target branch; exit 0 allow, 2 review, 1 reject.",
        discussion: """
            Prints the verdict with the rules that fired and their evidence.

            Examples:
              cadence check --repo ~/cpython 1a2b3c4d --target 3.12
              cadence check --repo . HEAD --target 3.13 --date 2026-11-22 --format json
            """
    )

    @OptionGroup var repository: RepositoryOptions

    @Argument(help: "The commit to judge.")
    var commit: String

    @Option(help: ArgumentHelp("The target series, X.Y.", valueName: "X.Y"))
    var target: String

    @OptionGroup var date: DateOption
    @OptionGroup var source: ReleaseDataOptions

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func validate() throws {
        do { _ = try SeriesName(target) } catch { throw ValidationError("--target: \(error)") }
        if commit.hasPrefix("-") || commit.contains("..") {
            throw ValidationError("Give one commit, not a range or an option: \(commit)")
        }
    }

    func run() throws {
        let releases: ReleaseHistory
        let reading: HistoryReading
        do {
            releases = try source.history()
            reading = try repository.reading()
        } catch {
            throw exitForDataError(error)
        }
        let series: ReleaseSeries
        do { series = try releases.series(named: SeriesName(target)) } catch {
            throw ValidationError("--target \(target): \(error)")
        }
        let report: AuditReport
        do {
            report = try CheckQuery(reading: reading, commit: commit, target: series, date: date.day)
                .report(progress: RepositoryOptions.progress(of: "\(commit)^!"))
        } catch {
            throw exitForDataError(error)
        }
        RepositoryOptions.finishReading(limitations: report.limitations)
        guard let entry = report.entry else {
            Output.standard.line("\(commit) is release bookkeeping or a merge: nothing to judge")
            Output.standard.flush()
            return
        }
        switch format {
        case .text: Output.standard.line(entry.verdict.description)
        case .json: Output.standard.line(try ResultEncoder().string(for: report))
        }
        Output.standard.flush()
        switch entry.verdict.decision {
        case .allow: return
        case .review: throw ExitCode(2)
        case .reject: throw ExitCode.failure
        }
    }
}
