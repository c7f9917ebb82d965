import ArgumentParser
import CadenceCore
import CadenceGit
import CadenceKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The repository to read and the project's gate configuration: `--repo`, `--config`.
struct RepositoryOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The git repository to read (default: the current folder).", valueName: "path"))
    var repo = "."

    @Option(
        help: ArgumentHelp(
            "The project's gate configuration (default: cadence.toml in the repository if present, else "
                + "CPython's rules).",
            valueName: "file"
        )
    )
    var config: String?

    /// The gate configuration: `--config`, else the repository's `cadence.toml`, else CPython's rules.
    /// - Throws: ``CadenceCore/DataFileError`` naming the file and line of a bad configuration.
    func configuration() throws -> GateConfiguration {
        try ProjectConfiguration.read(repository: repo, file: config)
    }

    /// How the use cases read this repository, with its configuration.
    /// - Throws: ``CadenceCore/DataFileError`` naming the file and line of a bad configuration.
    func reading() throws -> HistoryReading {
        HistoryReading(repository: repo, configuration: try configuration())
    }

    /// Shows reading progress of `range` on standard error when it is a terminal.
    static func progress(of range: String) -> (HistoryProgress) -> Void {
        let showsProgress = isatty(2) == 1
        return { progress in
            guard showsProgress else { return }
            switch progress {
            case .resolvedRange: Output.error.text("\rreading \(range)…")
            case .listedCommits(let count): Output.error.text("\rreading \(range): \(count) commits…")
            case .readTexts(let count): Output.error.text("\rreading \(range): \(count) files…          ")
            }
        }
    }

    /// Clears the progress line and prints what the clone could not show, on standard error.
    static func finishReading(limitations: [String]) {
        if isatty(2) == 1 { Output.error.text("\r\u{1B}[K") }
        for limitation in limitations { Output.error.line("note: \(limitation)") }
    }
}
