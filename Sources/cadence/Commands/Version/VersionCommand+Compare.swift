import ArgumentParser
import CadenceKit

extension VersionCommand {
    /// `cadence version compare A B`: `<`, `==` or `>` in PEP 440 order.
    struct Compare: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compare two versions: prints <, == or >.",
            discussion: """
                With --stdin, each line holds two versions separated by spaces.

                Examples:
                  $ cadence version compare 3.9.0a5 3.9.0b1
                  <
                  $ cadence version compare 1.0 1.0.0
                  ==
                  $ printf '3.10 3.9\\n' | cadence version compare --stdin --format json
                  {"a":"3.10","b":"3.9","result":">"}
                """
        )

        @OptionGroup var options: CommonOptions

        @Argument(help: "The two versions to compare (omit with --stdin).")
        var versions: [String] = []

        func validate() throws {
            if options.stdin && !versions.isEmpty {
                throw ValidationError("Give two versions as arguments or pairs with --stdin, not both.")
            }
            if !options.stdin && versions.count != 2 {
                throw ValidationError(
                    "Give exactly two versions to compare (got \(versions.count)), or pairs with --stdin."
                )
            }
        }

        func run() throws {
            let answers =
                options.stdin
                ? VersionComparisonAnswer.comparing(lines: InputItems.readLines())
                : VersionComparisonAnswer.comparing(versions[0], versions[1])
            try Output.print(answers, format: options.format)
        }
    }
}
