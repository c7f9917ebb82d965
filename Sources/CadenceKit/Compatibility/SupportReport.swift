import CadenceCore

/// The answer of ``SupportQuery``: the feature releases to support, newest first.
///
/// Encoded as `{"date", "months", "minimum", "source", "supported": [{"series", "first_release",
/// "reason", "window_ends", "may_be_dropped_on"}]}`.
public struct SupportReport: Encodable, Sendable {
    /// The day.
    public let date: CalendarDate
    /// Months after X.Y.0 during which a feature release is supported.
    public let months: Int
    /// How many of the newest feature releases are always supported.
    public let minimum: Int
    /// Where the dates came from, for people: `CPython's release data`, a file, a model's plan.
    public let source: String
    /// The series to support.
    public let supported: [SupportedSeries]

    private enum CodingKeys: String, CodingKey {
        case date, months, minimum, source, supported
    }

    private enum RowKeys: String, CodingKey {
        case series, reason
        case firstRelease = "first_release", windowEnds = "window_ends", mayBeDroppedOn = "may_be_dropped_on"
    }

    /// Writes the request and one object per series.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(date.description, forKey: .date)
        try container.encode(months, forKey: .months)
        try container.encode(minimum, forKey: .minimum)
        try container.encode(source, forKey: .source)
        var rows = container.nestedUnkeyedContainer(forKey: .supported)
        for row in supported {
            var object = rows.nestedContainer(keyedBy: RowKeys.self)
            try object.encode(row.series.description, forKey: .series)
            try object.encode(row.firstRelease.description, forKey: .firstRelease)
            try object.encode(row.reason.rawValue, forKey: .reason)
            try object.encode(row.windowEnds.description, forKey: .windowEnds)
            try object.encode(row.mayBeDroppedOn?.description, forKey: .mayBeDroppedOn)
        }
    }

    /// The report for a terminal: a heading, a blank line and the table.
    public var table: String {
        var table = TextTable(header: ["series", "X.Y.0", "why", "may be dropped on"])
        for row in supported {
            table.rows.append([
                row.series.description, row.firstRelease.description,
                row.reason == .withinWindow ? "released in the last \(months) months" : "one of the \(minimum) newest",
                row.mayBeDroppedOn?.description ?? "when a newer series ships",
            ])
        }
        return "Feature releases to support on \(date) (\(months) months, at least \(minimum); \(source))\n\n"
            + table.text
    }
}
