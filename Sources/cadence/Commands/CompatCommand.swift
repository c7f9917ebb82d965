import ArgumentParser
import CadenceCore
import CadenceKit

/// `cadence compat --running X.Y.Z --set V --min V …`: PEP 606's compat version after a sequence of calls.
struct CompatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compat",
        abstract: "Simulate PEP 606's sys.set_python_compat_version / set_python_min_compat_version calls.",
        discussion: """
            Each --set V calls sys.set_python_compat_version(V) and each --min V \
            sys.set_python_min_compat_version(V), in the order they appear on the command line, \
            interleaved as written. --call FUNCTION=V is the same in one option (FUNCTION: set, min, or \
            the -X names compat_version, min_compat_version); it may be mixed with --set and --min. \
            Prints the resulting compat version (sys.get_python_compat_version()); when a call fails, \
            prints its error (on standard error, or as JSON) and exits with code 1.

            Rules: the compat version is the lowest requested; a version below the minimum, or a minimum \
            above a compat version set earlier, fails; versions have 2 or 3 numbers and are at least 3.0. \
            Cadence also refuses versions newer than the running one, and keeps the highest minimum.

            Examples:
              $ cadence compat --running 3.9.0 --set 3.8 --set 3.7.2 --min 3.7
              3.7.2
              $ cadence compat --running 3.9.0 --min 3.8 --set 3.7
              --set 3.7 (call 2): sys.set_python_compat_version((3, 7)) failed: 3.7.0 is older than the \
            minimum compat version 3.8.0
              $ cadence compat --running 3.9.0 --call min=3.7 --call compat_version=3.8 --format json
              {"running":"3.9.0","calls":["sys.set_python_min_compat_version((3, 7))",\
            "sys.set_python_compat_version((3, 8))"],"compatVersion":"3.8.0","minCompatVersion":"3.7.0"}
            """
    )

    @Option(
        help: ArgumentHelp("The running CPython version, X.Y.Z (optionally with aN, bN or rcN).", valueName: "version")
    )
    var running: String

    @Option(
        name: .customLong("set"),
        help: ArgumentHelp(
            "Call sys.set_python_compat_version(V), V = X.Y or X.Y.Z (repeatable).",
            valueName: "version"
        )
    )
    var compatVersions: [String] = []

    @Option(
        name: .customLong("min"),
        help: ArgumentHelp("Call sys.set_python_min_compat_version(V) (repeatable).", valueName: "version")
    )
    var minimums: [String] = []

    @Option(
        name: .customLong("call"),
        help: ArgumentHelp(
            "A call as FUNCTION=V: set=3.8, min=3.7, compat_version=3.8 (repeatable).",
            valueName: "function=version"
        )
    )
    var calls: [String] = []

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func validate() throws {
        _ = try answer()
    }

    /// The answer; unreadable versions and a bad --running are bad usage (exit 64), while the PEP 606
    /// rules (how many numbers, at least 3.0, conflicts) are checked when the calls run (exit 1).
    private func answer() throws -> CompatAnswer {
        let requests = try orderedCalls()
        do {
            return try CompatAnswer(running: running, requests: requests)
        } catch {
            throw ValidationError("--running: \(error)")
        }
    }

    /// The calls in command-line order, each with the argument that asked for it (`--set 3.7`).
    private func orderedCalls() throws -> [CompatAnswer.Request] {
        let parsed = [("--set", compatVersions), ("--min", minimums), ("--call", calls)]
        guard let occurrences = ArgumentOrder.interleaved(parsed.map { (option: $0.0, values: $0.1) }) else {
            throw ValidationError("Cannot tell the order of --set, --min and --call; give every call as --call.")
        }
        return try occurrences.map { occurrence in
            let argument = "\(occurrence.option) \(occurrence.value)"
            do {
                switch occurrence.option {
                case "--set":
                    return .init(try .init(.setCompatVersion, parsing: occurrence.value), writtenAs: argument)
                case "--min":
                    return .init(try .init(.setMinCompatVersion, parsing: occurrence.value), writtenAs: argument)
                default: return .init(try CompatCommand.call(occurrence.value), writtenAs: argument)
                }
            } catch {
                throw ValidationError("\(argument): \(error)")
            }
        }
    }

    /// Reads `--call FUNCTION=V`.
    private static func call(_ text: String) throws -> CompatVersion.Call {
        let parts = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        switch parts.count == 2 ? String(parts[0]) : "" {
        case "set": return try CompatVersion.Call(.setCompatVersion, parsing: String(parts[1]))
        case "min": return try CompatVersion.Call(.setMinCompatVersion, parsing: String(parts[1]))
        case "compat_version", "min_compat_version": return try CompatVersion.Call(xOption: text)
        default:
            throw CallSyntaxError(text: text)
        }
    }

    func run() throws {
        try Output.print(ItemAnswers([try answer()]), format: format)
    }

    /// A `--call` value that is not FUNCTION=VERSION.
    struct CallSyntaxError: Error, CustomStringConvertible {
        var text: String
        var description: String {
            "invalid call '\(text)': expected set=V, min=V, compat_version=V or min_compat_version=V"
        }
    }
}
