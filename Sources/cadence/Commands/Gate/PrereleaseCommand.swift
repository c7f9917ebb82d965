import ArgumentParser
import CadenceCore
import CadenceGit
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
        _ = try previousVersion()
    }

    /// The version the tag names (`v3.9.0b4` → 3.9.0b4).
    private func previousVersion() throws -> Version {
        let text = since.hasPrefix("v") ? String(since.dropFirst()) : since
        do { return try Version(text) } catch {
            throw ValidationError("--since \(since): the tag must name a pre-release, such as v3.9.0b4 (\(error))")
        }
    }

    func run() throws {
        let previous = try previousVersion()
        let name = try SeriesName(series)
        guard SeriesName(of: previous) == name else {
            throw ValidationError("--since \(since) is not a pre-release of \(name)")
        }
        let history: History
        do { history = try repository.history("\(since)..\(until)") } catch { throw exitForDataError(error) }
        let annotated = history.commits.map { AnnotatedCommit($0, facts: CommitFacts(message: $0.message)) }
        let breaking = annotated.filter { commit in
            ABIMarkerCheck.hasCommitMarker(commit.facts)
                || commit.commit.newsEntries.contains(where: ABIMarkerCheck.hasNewsMarker)
        }
        let mismatches = annotated.flatMap(ABIMarkerCheck.findings(for:))
        let next: NextPrerelease
        do { next = try NextPrerelease(after: previous, breaksABI: !breaking.isEmpty) } catch {
            throw ValidationError("--since \(since): \(error)")
        }
        let reasons = breaking.map { "\($0.commit.shortSHA) \($0.facts.summary)" }
        switch format {
        case .text:
            Output.standard.line(
                "next pre-release: \(next.version) (\(next.breaksABI ? "breaks the ABI" : "binary compatible"))"
            )
            Output.standard.line("changes since \(since): \(history.changes.count), ABI breaks: \(breaking.count)")
            if let requiresPython = next.requiresPython { Output.standard.line("Requires-Python: \(requiresPython)") }
            for finding in mismatches { Output.standard.line("marker mismatch: \(finding)") }
            Output.standard.line("\n--- draft announcement ---\n" + next.announcement(reasons: reasons))
        case .json:
            Output.standard.line(
                JSONLine([
                    "previous": .string(previous.description),
                    "next": .string(next.version.description),
                    "breaks_abi": .bool(next.breaksABI),
                    "requires_python": next.requiresPython.map { .string($0.description) } ?? .null,
                    "abi_breaks": .array(reasons.map { JSONValue.string($0) }),
                    "marker_mismatches": .array(mismatches.map { JSONValue.string($0.description) }),
                    "announcement": .string(next.announcement(reasons: reasons)),
                ]).text
            )
        }
        Output.standard.flush()
    }
}
