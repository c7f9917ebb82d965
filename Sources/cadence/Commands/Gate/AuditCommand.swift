import ArgumentParser
import CadenceCore
import CadenceGit

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
        let releaseHistory: ReleaseHistory
        let configuration: GateConfiguration
        do {
            releaseHistory = try source.history()
            configuration = try repository.configuration()
        } catch {
            throw exitForDataError(error)
        }
        let end = range.components(separatedBy: "..").last ?? range
        guard let name = try target.map(SeriesName.init) ?? RepositoryOptions.series(forBranch: end, in: releaseHistory)
        else {
            throw ValidationError(
                "--target: the range ends on '\(end)', which names no release series; give --target X.Y."
            )
        }
        let series: ReleaseSeries
        do { series = try releaseHistory.series(named: name) } catch {
            throw ValidationError("--target \(name): \(error)")
        }
        let annotated: [AnnotatedCommit]
        let classifier = ChangeClassifier(configuration: configuration)
        // The release tags around the range are read beside the log (a few small git commands).
        let releases = BackgroundRead { try GitRepository(path: repository.repo).releases(in: range) }
        do {
            // Each commit is annotated as soon as it is read, while git is still writing the log.
            annotated = try repository.history(range) { classifier.annotate($0) }.annotations
        } catch {
            throw exitForDataError(error)
        }
        let rangeReleases: RangeReleases
        do { rangeReleases = try releases.value() } catch { throw exitForDataError(error) }
        let audit = BackportAudit(
            annotated: annotated,
            into: series,
            on: date.day,
            configuration: configuration,
            releases: rangeReleases
        )
        let report = AuditReport(audit: audit, range: range)
        switch format {
        case .table: Output.standard.line(report.table)
        case .md: Output.standard.line(report.markdown)
        case .json: Output.standard.line(report.json)
        case .github: Output.standard.line(report.githubAnnotations)
        }
        Output.standard.flush()
    }
}
