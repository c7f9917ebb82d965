import ArgumentParser
import CadenceKit

extension SpecCommand {
    /// `cadence spec filter SPEC V…`: the versions the set lets through, with packaging's filter rules.
    struct Filter: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the versions the specifier set lets through, in input order.",
            discussion: """
                Uses packaging's SpecifierSet.filter: pre-releases pass only when --pre is given, the \
                set mentions one, or no final release matches. Like grep, exit code 1 when nothing \
                passes (or an item is invalid), 64 for an invalid specifier set.

                Examples:
                  $ cadence spec filter '>=3.9' 3.8 3.9.0rc1 3.9.1 3.10.0a1
                  3.9.1
                  $ cadence spec filter '>=3.11' 3.8 3.11.0rc1 3.12.0a1
                  3.12.0a1
                  $ cadence spec filter '<3' --stdin --format json < versions.txt
                """
        )

        @OptionGroup var options: CommonOptions
        @OptionGroup var arguments: SpecArguments

        func validate() throws {
            try InputItems.validate(arguments: arguments.versions, stdin: options.stdin, what: "version")
        }

        func run() throws {
            let items = InputItems.collect(arguments: arguments.versions)
            try Output.print(
                FilterAnswer.filtering(items, through: try arguments.specifierSet()),
                format: options.format
            )
        }
    }
}
