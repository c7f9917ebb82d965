import ArgumentParser
import CadenceKit

extension VersionCommand {
    /// `cadence version normalize V…`: the normalised form of each version, or why it is invalid.
    struct Normalize: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the normalised form of each version.",
            discussion: """
                Invalid versions are reported on standard error (text) or as an "error" field (json), \
                and the exit code is 1.

                Examples:
                  $ cadence version normalize V3.9.0-Alpha5 1.0-beta!
                  3.9.0a5
                  invalid version '1.0-beta!': unexpected '!' at column 9
                  $ cadence version normalize --format json 1.0c1
                  {"input":"1.0c1","normalized":"1.0rc1"}
                """
        )

        @OptionGroup var options: CommonOptions

        @Argument(help: "Versions to normalise.")
        var versions: [String] = []

        func validate() throws {
            try InputItems.validate(arguments: versions, stdin: options.stdin, what: "version")
        }

        func run() throws {
            try Output.print(VersionAnswer.normalizing(InputItems.collect(arguments: versions)), format: options.format)
        }
    }
}
