import ArgumentParser
import CadenceCore
import CadenceKit
import CadencePackaging

/// `cadence prerelease`: PEP 605's next rolling pre-release, from the ABI markers since the last one.
struct PrereleaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prerelease",
        abstract: "Name the next rolling pre-release (PEP 605): 'a' if the ABI broke since --since, else 'b'.",
        discussion: """
            Reads the changes since the tag of the previous pre-release; any '(ABI break)' commit summary or \
            '(CPython ABI break)' NEWS entry makes the next release an 'a' with the next serial. Prints the \
            label, the Requires-Python line affected projects should publish, marker mismatches, and a \
            draft announcement.

            Examples:
              cadence prerelease --repo ~/cpython --since v3.9.0b4 --series 3.9
              cadence prerelease --repo . --since v3.16.0a2 --series 3.16 --until main --format json
            """
    )

    @OptionGroup var repository: RepositoryOptions

    @Option(help: ArgumentHelp("The tag of the previous pre-release, such as v3.9.0b4.", valueName: "tag"))
    var since: String

    @Option(help: ArgumentHelp("The series, X.Y.", valueName: "X.Y"))
    var series: String

    @Option(help: ArgumentHelp("Where the next pre-release will be cut from (default: HEAD).", valueName: "ref"))
    var until = "HEAD"

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func validate() throws {
        do { _ = try SeriesName(series) } catch { throw ValidationError("--series: \(error)") }
        do {
            _ = try query(reading: HistoryReading(repository: repository.repo, configuration: .cpython))
                .previousVersion()
        } catch {
            throw ValidationError("\(error)")
        }
    }

    private func query(reading: HistoryReading) throws -> PrereleaseQuery {
        PrereleaseQuery(reading: reading, since: since, until: until, series: try SeriesName(series))
    }

    func run() throws {
        let query: PrereleaseQuery
        do { query = try self.query(reading: try repository.reading()) } catch { throw exitForDataError(error) }
        let report: PrereleaseReport
        do {
            report = try query.report(progress: RepositoryOptions.progress(of: "\(since)..\(until)"))
        } catch let error as UsageError {
            throw ValidationError(error.description)
        } catch {
            throw exitForDataError(error)
        }
        RepositoryOptions.finishReading(limitations: report.limitations)
        switch format {
        case .text: Output.standard.line(report.text)
        case .json: Output.standard.line(try ResultEncoder().string(for: report))
        }
        Output.standard.flush()
    }
}
