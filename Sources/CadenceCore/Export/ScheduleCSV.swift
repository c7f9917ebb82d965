/// A release schedule as CSV (RFC 4180) for spreadsheets and other tools: a header row, then one
/// record per release, by date.
///
/// Columns: `series`, `version` (the label as written, placeholders such as `3.9.0bX` included),
/// `date` (`YYYY-MM-DD`, or `YYYY-MM` when only the month is planned), `precision` (`day` or `month`),
/// `kind` and `state` (the machine names, such as `beta-abi-lock` and `planned`), and `note` (empty
/// when there is none).
///
/// ```swift
/// ScheduleCSV().render(schedule)
/// // series,version,date,precision,kind,state,note\r\n
/// // 3.9,3.9.4,2021-04-04,day,hotfix,actual,"ABI compatibility hotfix, see 3.9.3"\r\n
/// ```
///
/// Line endings are CRLF by default, as RFC 4180 prescribes and spreadsheets expect; ``LineEnding/lf``
/// is there for Unix tools. Every record, the last included, ends with the line ending. A field is
/// quoted when it holds a comma, a double quote, a carriage return or a line feed, or starts or ends
/// with a space; double quotes inside are doubled. Fields are written as they are: nothing is added to
/// guard against spreadsheet formulas, since the values are release data, not input from strangers.
public struct ScheduleCSV: Hashable, Sendable {
    /// How records are separated.
    public enum LineEnding: String, Hashable, Sendable, CaseIterable {
        /// `\r\n`, as RFC 4180 prescribes.
        case crlf = "\r\n"
        /// `\n`, for Unix tools.
        case lf = "\n"
    }

    /// The names of the columns, in order: the header row.
    public static let columns = ["series", "version", "date", "precision", "kind", "state", "note"]

    /// How records are separated.
    public var lineEnding: LineEnding

    /// Creates a CSV renderer.
    /// - Parameter lineEnding: How records end; CRLF by default.
    public init(lineEnding: LineEnding = .crlf) {
        self.lineEnding = lineEnding
    }

    /// The CSV for `schedule`.
    /// - Parameter schedule: The schedule to export.
    /// - Returns: The header row and one record per release, each ending with ``lineEnding``.
    public func render(_ schedule: Schedule) -> String {
        var text = record(ScheduleCSV.columns)
        for release in schedule.releases {
            text += record([
                release.series.description,
                release.label,
                release.date.description,
                release.date.isMonthOnly ? "month" : "day",
                release.kind.rawValue,
                release.state.rawValue,
                release.note ?? "",
            ])
        }
        return text
    }

    /// `value` as a CSV field: quoted, with inner quotes doubled, when it needs to be.
    /// - Parameter value: The text of the field.
    /// - Returns: `value` itself, or `"…"` around it when it holds `,`, `"`, CR or LF or has outer spaces.
    public static func field(_ value: String) -> String {
        let needsQuotes =
            value.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
            || value.hasPrefix(" ") || value.hasSuffix(" ")
        guard needsQuotes else { return value }
        var quoted = "\""
        for scalar in value.unicodeScalars {
            quoted.unicodeScalars.append(scalar)
            if scalar == "\"" { quoted.unicodeScalars.append(scalar) }
        }
        return quoted + "\""
    }

    private func record(_ fields: [String]) -> String {
        fields.map(ScheduleCSV.field).joined(separator: ",") + lineEnding.rawValue
    }
}
