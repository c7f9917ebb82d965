/// A release schedule as an aligned plain-text table for a terminal.
///
/// One line per release, by date: the date (`2020-05` when only the month is planned), the version,
/// the kind, the series, whether it shipped, and a note column when any release has a note. Then,
/// if the schedule has them, the periods with the branches active in each.
///
/// ```swift
/// print(ScheduleTable().render(schedule))
/// // DATE        VERSION  KIND           SERIES  STATE
/// // 2019-10-14  3.8.0    final release  3.8     actual
/// // 2020-05     3.9.0b1  beta           3.9     planned
/// //
/// // ACTIVE BRANCHES
/// // FROM     TO       BRANCHES
/// // 2019-05  2019-10  3.9.0 pre-alpha, 3.8.0 beta
/// ```
///
/// Cells are kept on one line (line breaks become spaces); columns are separated by two spaces and
/// lines carry no trailing spaces. The text ends with a line feed.
public struct ScheduleTable: Hashable, Sendable {
    /// Whether the active-branch periods follow the releases.
    public var showsActiveBranches: Bool

    /// Creates a table renderer.
    /// - Parameter showsActiveBranches: Whether the active-branch periods follow the releases.
    public init(showsActiveBranches: Bool = true) {
        self.showsActiveBranches = showsActiveBranches
    }

    /// The table for `schedule`.
    /// - Parameter schedule: The schedule to show.
    /// - Returns: Lines separated and terminated by `\n`.
    public func render(_ schedule: Schedule) -> String {
        var lines: [String] = []
        let releases = schedule.releases
        if releases.isEmpty {
            lines.append("No releases.")
        } else {
            let hasNotes = releases.contains { !($0.note ?? "").isEmpty }
            var rows = [["DATE", "VERSION", "KIND", "SERIES", "STATE"] + (hasNotes ? ["NOTE"] : [])]
            for release in releases {
                var row = [
                    release.date.description,
                    release.label,
                    release.kind.exportName,
                    release.series.description,
                    release.state.rawValue,
                ]
                if hasNotes { row.append(release.note ?? "") }
                rows.append(row.map(ExportText.singleLine))
            }
            lines += ExportText.alignedColumns(rows)
        }
        if showsActiveBranches, !schedule.activeBranches.isEmpty {
            lines += ["", "ACTIVE BRANCHES"]
            var rows = [["FROM", "TO", "BRANCHES"]]
            for period in schedule.activeBranches {
                rows.append([
                    period.from.description,
                    period.to.description,
                    ExportText.singleLine(period.branches.joined(separator: ", ")),
                ])
            }
            lines += ExportText.alignedColumns(rows)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
