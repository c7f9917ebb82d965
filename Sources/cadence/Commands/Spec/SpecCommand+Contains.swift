import ArgumentParser
import CadenceKit

extension SpecCommand {
    /// `cadence spec contains SPEC V…`: whether the set contains each version.
    struct Contains: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Say whether the specifier set contains each version.",
            discussion: """
                Uses packaging 26.2's SpecifierSet.contains: a version is checked on its own, so a \
                pre-release that satisfies the set is contained (PEP 440: there is no final release to \
                prefer) unless --no-pre is given. Exit code 0 when every version is contained, 1 when \
                one is not or is invalid, 64 for an invalid specifier set.

                Examples:
                  $ cadence spec contains '>=3.9,!=3.9.0a5,<4' 3.9.0a5 3.9.1 4.0
                  3.9.0a5	false
                  3.9.1	true
                  4.0	false
                  $ cadence spec contains --no-pre '>=3.9' 3.10.0b1 --format json
                  {"input":"3.10.0b1","contains":false}
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
                ContainmentAnswer.checking(items, against: try arguments.specifierSet()),
                format: options.format
            )
        }
    }
}
