import ArgumentParser
import CadenceKit
import Foundation

extension VersionCommand {
    /// `cadence version sort`: lines sorted in PEP 440 order, like `sort -V`.
    struct Sort: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Sort versions in PEP 440 order (like sort -V).",
            discussion: """
                Reads the versions from the arguments or, when none are given, from standard input \
                (one per line). Lines are printed as written; equal versions keep their input order. \
                Invalid lines are reported on standard error with their line numbers and the exit \
                code is 1, unless --skip-invalid is given.

                Examples:
                  $ cadence version sort 3.10.0 3.9.0 3.9.0rc1 3.9.0a5
                  3.9.0a5
                  3.9.0rc1
                  3.9.0
                  3.10.0
                  $ cadence version sort --reverse --normalize < versions.txt
                """
        )

        @OptionGroup var options: CommonOptions

        @Flag(name: .shortAndLong, help: "Sort in descending order.")
        var reverse = false

        @Flag(help: "Leave out invalid versions silently (exit 0).")
        var skipInvalid = false

        @Flag(help: "Print normalised versions instead of the lines as written.")
        var normalize = false

        @Argument(help: "Versions to sort; when none are given they are read from standard input.")
        var versions: [String] = []

        func validate() throws {
            // Like sort(1), with no arguments it reads standard input, even from a terminal.
            if options.stdin && !versions.isEmpty {
                throw ValidationError("Give versions as arguments or with --stdin, not both.")
            }
        }

        func run() throws {
            let items = InputItems.collect(arguments: versions)
            let answers = SortedVersionAnswer.sorting(
                items,
                descending: reverse,
                skippingInvalid: skipInvalid,
                showingNormalized: normalize
            )
            try Output.print(answers, format: options.format)
            // Everything is written: end now rather than free a few hundred thousand values one by one.
            withExtendedLifetime((items, answers)) { Foundation.exit(EXIT_SUCCESS) }
        }
    }
}
