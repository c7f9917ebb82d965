import ArgumentParser
import CadenceCore
import CadenceKit

/// `cadence feature-limit --running X.Y.Z [--limit V]`: PEP 598's effective `sys.feature_limit`.
struct FeatureLimitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feature-limit",
        abstract: "Print PEP 598's effective feature limit (sys.feature_limit) of a running CPython.",
        discussion: """
            Unset, the limit is the running version's first three numbers. A requested limit \
            (--feature-limit X.Y.Z or PYTHONFEATURELIMIT in PEP 598) is padded with zeros and clamped to \
            [X.Y.0, X.Y.Z] of the running X.Y.Z. An API added in an incremental feature release A.B.C is \
            available only when A.B.C <= the limit. A running pre-release counts as its first three \
            numbers (3.9.1rc1 as 3.9.1); a requested limit is numbers only.

            Examples:
              $ cadence feature-limit --running 3.9.3 --limit 3.8.1
              3.9.0
              $ cadence feature-limit --running 3.9.3 --limit 3.9.2
              3.9.2
              $ cadence feature-limit --running 3.9.3 --limit 4 --format json
              {"running":"3.9.3","requested":"4","limit":"3.9.3","clamped":true}
            """
    )

    @Option(
        help: ArgumentHelp("The running CPython version, X.Y.Z (optionally with aN, bN or rcN).", valueName: "version")
    )
    var running: String

    @Option(help: ArgumentHelp("The requested limit: X, X.Y or X.Y.Z (omit for no limit).", valueName: "version"))
    var limit: String?

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func validate() throws {
        _ = try featureLimit()
    }

    /// The answer; a bad version is bad usage (exit 64), named by its option.
    private func featureLimit() throws -> FeatureLimitAnswer {
        do {
            return try FeatureLimitAnswer(running: running, requested: limit)
        } catch {
            throw ValidationError("\(error.subject == .runningVersion ? "--running" : "--limit"): \(error)")
        }
    }

    func run() throws {
        try Output.print(ItemAnswers([try featureLimit()]), format: format)
    }
}
