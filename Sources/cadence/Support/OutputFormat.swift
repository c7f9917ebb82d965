import ArgumentParser

/// How a command prints its answers: a table for people or JSON Lines for programs.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}

/// The options every command shares: the output format and where items come from.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: text or json (one JSON object per item and line).")
    var format: OutputFormat = .text

    @Flag(name: .long, help: "Read items from standard input, one per line, instead of arguments.")
    var stdin = false
}
