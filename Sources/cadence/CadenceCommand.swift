import ArgumentParser

/// The `cadence` command: release management for projects with several release branches.
@main
struct CadenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cadence",
        abstract: "Release management for projects that maintain several release branches (CPython first).",
        discussion: """
            Exit codes: 0 success; 1 a negative answer (a version not contained, a marker that is \
            false), invalid items or a data file that cannot be read; 64 bad usage.

            Examples:
              cadence status
              cadence status --date 2020-06-01 --format json
              cadence schedule --model rolling --series 3.9 --abi-break 3.9.0a5,3.9.0a7
              cadence schedule --model cpython --format svg > versions.svg
              cadence support --date 2026-11-22
              cadence models compare --from 2020 --to 2032
              cadence version normalize V3.9.0-Alpha5
              cadence version sort < versions.txt
              cadence spec contains '>=3.9,!=3.9.0a5,<4' 3.9.0a5 3.9.1
              cadence marker eval 'python_version >= "3.9"' --python 3.9.0a5
              cadence abi-tag 3.9.0b2 --debug
              cadence feature-limit --running 3.9.3 --limit 3.8.1
              cadence compat --running 3.9.0 --set 3.8 --set 3.7.2 --min 3.7
            """,
        version: "0.1.0",
        subcommands: [
            StatusCommand.self, DataCommand.self, VersionCommand.self, SpecCommand.self, MarkerCommand.self,
            ABITagCommand.self, FeatureLimitCommand.self, CompatCommand.self, SupportCommand.self, ScheduleCommand.self,
            ModelsCommand.self, AuditCommand.self, CheckCommand.self, PrereleaseCommand.self,
        ]
    )
}
