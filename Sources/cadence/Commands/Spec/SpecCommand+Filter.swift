import ArgumentParser
import CadenceCore
import CadencePackaging

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
            let set = try arguments.specifierSet()
            let items = InputItems.collect(arguments: arguments.versions)
            var invalid = false
            var candidates: [InputItem] = []
            if SpecCommand.requiresVersion(set) {
                for item in items {
                    do {
                        _ = try CadencePackaging.Version(item.text)
                        candidates.append(item)
                    } catch {
                        invalid = true
                        ItemReport.invalid(item, error, format: options.format)
                    }
                }
            } else {
                candidates = items
            }
            let kept = set.filter(candidates.map(\.text))
            var keptCounts: [String: Int] = [:]
            for text in kept { keptCounts[text, default: 0] += 1 }
            var printed = 0
            for item in candidates where (keptCounts[item.text] ?? 0) > 0 {
                keptCounts[item.text, default: 0] -= 1
                printed += 1
                switch options.format {
                case .text: Output.standard.line(item.text)
                case .json:
                    Output.standard.line(ItemReport.answerLine(item).text)
                }
            }
            Output.standard.flush()
            if invalid || printed == 0 { throw ExitCode.failure }
        }
    }
}
