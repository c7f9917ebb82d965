import ArgumentParser
import CadenceCore

/// `cadence version …`: PEP 440 versions, as `packaging` 26.2 reads them.
struct VersionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "version",
        abstract: "Normalise, sort and compare PEP 440 versions.",
        subcommands: [Normalize.self, Sort.self, Compare.self]
    )
}
