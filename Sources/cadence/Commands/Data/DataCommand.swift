import ArgumentParser
import CadenceCore
import CadenceKit

/// `cadence data …`: read, check and write release data in CPython's own formats.
struct DataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "data",
        abstract: "Check release data and write it in CPython's formats (python-releases.toml, release-cycle.json).",
        discussion: """
            Cadence reads CPython's python-releases.toml (built in) and the release-cycle.json the PEPs \
            site serves; it writes both, with each series' status computed on a date instead of copied.

            Examples:
              cadence data check my-releases.toml
              cadence data release-cycle > release-cycle.json
              cadence data release-cycle --date 2026-11-22 --data my-releases.toml
              cadence data toml --refresh-status > python-releases.toml
            """,
        subcommands: [Check.self, ReleaseCycle.self, TOML.self]
    )
}

extension DataCommand {
    /// `cadence data check FILE…`: whether files read as release data; the first problem of each.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check that release data files read cleanly (exit 1 and the line of the first problem if not).",
            discussion: """
                    Examples:
                      $ cadence data check python-releases.toml
                      python-releases.toml: 26 series, 651 releases
                """
        )

        @Argument(help: "python-releases.toml or release-cycle.json files.")
        var files: [String]

        func validate() throws {
            if files.isEmpty { throw ValidationError("Give at least one file to check.") }
        }

        func run() throws {
            var failed = false
            for file in files {
                do {
                    Output.standard.line(try DataFileCheck(file: file).text)
                } catch {
                    failed = true
                    Output.error.line("error: \(error)")
                }
            }
            Output.standard.flush()
            if failed { throw ExitCode.failure }
        }
    }

    /// `cadence data release-cycle`: release-cycle.json with computed statuses.
    struct ReleaseCycle: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "release-cycle",
            abstract: "Write release-cycle.json (the PEPs site's shape) with each status computed on a date."
        )

        @OptionGroup var date: DateOption
        @OptionGroup var source: ReleaseDataOptions

        @Flag(help: "Copy the data's declared statuses instead of computing them.")
        var declaredStatus = false

        func run() throws {
            let history: ReleaseHistory
            do { history = try source.history() } catch { throw exitForDataError(error) }
            Output.standard.line(String(history.releaseCycleJSON(statusOn: declaredStatus ? nil : date.day).dropLast()))
            Output.standard.flush()
        }
    }

    /// `cadence data toml`: the data in python-releases.toml's format.
    struct TOML: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "toml",
            abstract: "Write the data in python-releases.toml's format (comments are not kept)."
        )

        @OptionGroup var date: DateOption
        @OptionGroup var source: ReleaseDataOptions

        @Flag(help: "Replace each series' declared status with the one computed on --date (default today).")
        var refreshStatus = false

        func run() throws {
            let history: ReleaseHistory
            do { history = try source.history() } catch { throw exitForDataError(error) }
            Output.standard.line(String(history.tomlText(statusOn: refreshStatus ? date.day : nil).dropLast()))
            Output.standard.flush()
        }
    }
}
