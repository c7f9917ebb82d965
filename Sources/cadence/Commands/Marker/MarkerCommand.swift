import ArgumentParser
import CadenceKit
import CadencePackaging

/// `cadence marker …`: PEP 508 environment markers.
struct MarkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "marker",
        abstract: "Evaluate PEP 508 environment markers.",
        subcommands: [Eval.self]
    )
}

extension MarkerCommand {
    /// `cadence marker eval MARKER`: true or false in an environment.
    struct Eval: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Evaluate a marker: prints true or false (exit 0 or 1).",
            discussion: """
                The environment starts from this machine's values (uname, and the python3 on PATH), then \
                --python fills python_version, python_full_version and implementation_version, then \
                --env-file and --env override single variables. With --stdin, each line is one \
                environment as a JSON object (overriding the same base), answered in turn. The PEP 605 \
                spelling full_python_version is read as python_full_version.

                Examples:
                  $ cadence marker eval 'python_version == "3.9" and full_python_version != "3.9.0a5"' --python 3.9.0a5
                  false
                  $ cadence marker eval 'sys_platform == "win32"' --env sys_platform=win32 --format json
                  {"marker":"sys_platform == \\"win32\\"","result":true}
                  $ echo '{"python_full_version": "3.8.1"}' | cadence marker eval 'python_full_version < "3.9"' --stdin
                  true
                """
        )

        @OptionGroup var options: CommonOptions

        @Argument(help: "The marker, e.g. 'python_version < \"3.10\" and os_name == \"posix\"'.")
        var marker: String

        @Option(help: "A Python version: fills python_version, python_full_version and implementation_version.")
        var python: String?

        @Option(name: .customLong("env"), help: "Set one variable, KEY=VALUE (repeatable).")
        var assignments: [String] = []

        @Option(help: "A file of variables: a JSON object, or KEY=VALUE lines.")
        var envFile: String?

        func validate() throws {
            _ = try parsedMarker()
            // Check --python, --env-file and --env before running, so mistakes come with this command's usage.
            var scratch = MarkerEnvironment()
            try applyOptions(to: &scratch)
        }

        /// The marker argument, parsed; a bad marker is bad usage (exit 64).
        private func parsedMarker() throws -> Marker {
            do {
                return try Marker(marker)
            } catch {
                throw ValidationError("\(error)")
            }
        }

        func run() throws {
            let (marker, base) = (try parsedMarker(), try baseEnvironment())
            let answers = MarkerAnswer.evaluating(marker, in: base, lines: options.stdin ? InputItems.readLines() : nil)
            try Output.print(answers, format: options.format)
        }

        /// The machine's environment with --python, --env-file and --env applied, in that order.
        private func baseEnvironment() throws -> MarkerEnvironment {
            var environment = HostEnvironment.environment()
            try applyOptions(to: &environment)
            return environment
        }

        /// Applies --python, then --env-file, then each --env to `environment`.
        private func applyOptions(to environment: inout MarkerEnvironment) throws {
            if let python {
                let version: CadencePackaging.Version
                do { version = try CadencePackaging.Version(python) } catch {
                    throw ValidationError("--python: \(error)")
                }
                environment = MarkerEnvironment.python(version, base: environment)
            }
            if let envFile { try EnvironmentSources.apply(file: envFile, to: &environment) }
            for assignment in assignments { try EnvironmentSources.apply(assignment: assignment, to: &environment) }
        }
    }
}
