import ArgumentParser
import CadencePackaging

/// `cadence spec …`: PEP 440 specifier sets, with packaging 26.2's pre-release rules.
struct SpecCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "spec",
        abstract: "Ask whether versions satisfy a PEP 440 specifier set.",
        subcommands: [Contains.self, Filter.self]
    )
}

/// The arguments shared by `spec contains` and `spec filter`: the set, the pre-release knob, the versions.
struct SpecArguments: ParsableArguments {
    @Argument(help: "The specifier set, e.g. '>=3.9,!=3.9.0a5,<4'.")
    var spec: String

    @Flag(
        inversion: .prefixedNo,
        help: "Accept pre-releases (--pre) or reject them (--no-pre); by default packaging's rules decide."
    )
    var pre: Bool?

    @Argument(help: "Versions to check (omit with --stdin).")
    var versions: [String] = []

    /// Rejects a bad set before running, so the error comes with this command's usage (exit 64).
    func validate() throws {
        _ = try specifierSet()
    }

    /// The parsed set; a bad set is bad usage (exit 64) with the parser's message.
    func specifierSet() throws -> SpecifierSet {
        do {
            return try SpecifierSet(spec, prereleases: pre)
        } catch {
            throw ValidationError("\(error)")
        }
    }
}
