import ArgumentParser
import CadenceCore
import CadenceKit

/// Where release data comes from: CPython's built-in history, or a file given with `--data`.
struct ReleaseDataOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Release data to use instead of CPython's built-in history: a python-releases.toml file or a "
                + "release-cycle.json file.",
            valueName: "file"
        )
    )
    var data: String?

    /// The release history to work on.
    /// - Throws: ``CadenceCore/DataFileError`` naming the file and line when it cannot be read.
    func history() throws -> ReleaseHistory { try ReleaseData.history(at: data) }
}

/// A `--date YYYY-MM-DD` option's value; today (local time) when absent.
struct DateOption: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp("The day to evaluate, YYYY-MM-DD (default: today).", valueName: "date")
    )
    var date: String?

    func validate() throws {
        if let date {
            do { _ = try CalendarDate(date) } catch { throw ValidationError("--date: \(error)") }
        }
    }

    /// The chosen day.
    var day: CalendarDate {
        if let date, let parsed = try? CalendarDate(date) { return parsed }
        return DateOption.clock.today
    }

    /// The machine's clock: the only place the command line asks what day it is.
    static let clock = SystemCalendarClock()
}

/// Reports a data file problem and exits 1: the command was used correctly, the data is at fault.
func exitForDataError(_ error: any Error) -> ExitCode {
    Output.standard.flush()
    Output.error.line("error: \(error)")
    return ExitCode.failure
}
