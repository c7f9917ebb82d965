import ArgumentParser
import CadenceCore
import CadenceData
import Foundation

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
    func history() throws -> ReleaseHistory { try Self.history(from: data) }

    /// The history in the file at `path`, or CPython's built-in one when `path` is `nil`.
    /// - Throws: ``CadenceCore/DataFileError`` naming the file and line when it cannot be read.
    static func history(from path: String?) throws -> ReleaseHistory {
        if let path { return try BuiltInData.history(at: path) }
        return try BuiltInData.cpythonHistory()
    }
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
        return DateOption.today
    }

    /// Today's date in the machine's time zone.
    static var today: CalendarDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        let fallback = CalendarDate(dayNumber: Int(Date().timeIntervalSince1970 / 86_400))
        guard let year = parts.year, let month = parts.month, let day = parts.day else { return fallback }
        return (try? CalendarDate(year: year, month: month, day: day)) ?? fallback
    }
}

/// Reports a data file problem and exits 1: the command was used correctly, the data is at fault.
func exitForDataError(_ error: any Error) -> ExitCode {
    Output.standard.flush()
    Output.error.line("error: \(error)")
    return ExitCode.failure
}
