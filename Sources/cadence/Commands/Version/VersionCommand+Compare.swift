import ArgumentParser
import CadenceCore
import CadencePackaging

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
            let pairs: [(InputItem, String, String)]
            if options.stdin {
                pairs = InputItems.readLines().map { item in
                    let parts = item.text.split(whereSeparator: { $0 == " " || $0 == "\t" })
                    return (item, parts.count > 0 ? String(parts[0]) : "", parts.count > 1 ? String(parts[1]) : "")
                        .self
                }
            } else {
                pairs = [(InputItem(text: versions.joined(separator: " "), line: nil), versions[0], versions[1])]
            }
            var invalid = 0
            for (item, a, b) in pairs {
                do {
                    if item.line != nil, item.text.split(whereSeparator: { $0 == " " || $0 == "\t" }).count != 2 {
                        throw PairError(text: item.text)
                    }
                    let order = CadencePackaging.Version.compare(
                        try CadencePackaging.Version(a),
                        try CadencePackaging.Version(b)
                    )
                    let symbol = order < 0 ? "<" : (order == 0 ? "==" : ">")
                    switch options.format {
                    case .text: Output.standard.line(symbol)
                    case .json:
                        Output.standard.line(
                            JSONLine(["a": .string(a), "b": .string(b), "result": .string(symbol)]).text
                        )
                    }
                } catch {
                    invalid += 1
                    ItemReport.invalid(item, error, format: options.format)
                }
            }
            Output.standard.flush()
            if invalid > 0 { throw ExitCode.failure }
        }
    }

    /// A `--stdin` line that does not hold exactly two versions.
    struct PairError: Error, CustomStringConvertible {
        var text: String
        var description: String { "expected two versions separated by a space, got '\(text)'" }
    }
}
