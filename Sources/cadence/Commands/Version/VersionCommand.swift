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

extension VersionCommand {
    /// The JSON object for an item that failed to parse: its input, place and error message.
    static func errorLine(_ item: InputItem, _ error: any Error) -> JSONLine {
        var line = JSONLine(["input": .string(item.text)])
        if let number = item.line { line["line"] = .int(number) }
        line["error"] = .string(String(describing: error))
        return line
    }

    /// The stderr message for an item that failed to parse: `line 3: invalid version 'x': …`.
    static func errorMessage(_ item: InputItem, _ error: any Error) -> String {
        if let number = item.line { return "line \(number): \(error)" }
        return "\(error)"
    }
}
