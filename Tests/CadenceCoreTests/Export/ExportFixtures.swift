import CadenceCore

/// Schedules for the export tests, written as code.
///
/// ``cpython()`` resembles CPython 3.8–3.16 (the milestones of its developer guide, rounded; a few
/// releases per series), seen on ``today``.
enum ExportFixtures {
    /// The day the fixtures are seen from.
    static let todayText = "2026-11-22"

    /// ``todayText`` as a date.
    static func today() throws -> CalendarDate { try CalendarDate(todayText) }

    /// CPython 3.8 to 3.16: start of development, feature freeze, X.Y.0, end of bugfix, end of life.
    static let cpythonMilestones: [(String, String, String, String, String, String)] = [
        ("3.8", "2018-01-31", "2019-06-04", "2019-10-14", "2021-05-03", "2024-10-07"),
        ("3.9", "2019-06-04", "2020-05-18", "2020-10-05", "2022-05-17", "2025-10-31"),
        ("3.10", "2020-05-18", "2021-05-03", "2021-10-04", "2023-04-05", "2026-10-31"),
        ("3.11", "2021-05-03", "2022-05-08", "2022-10-24", "2024-04-02", "2027-10-31"),
        ("3.12", "2022-05-08", "2023-05-22", "2023-10-02", "2025-04-08", "2028-10-31"),
        ("3.13", "2023-05-22", "2024-05-08", "2024-10-07", "2026-10-07", "2029-10-01"),
        ("3.14", "2024-05-08", "2025-05-07", "2025-10-07", "2027-10-07", "2030-10-01"),
        ("3.15", "2025-05-07", "2026-05-07", "2026-10-01", "2028-10-01", "2031-10-01"),
        ("3.16", "2026-05-07", "2027-05-04", "2027-10-06", "2029-10-06", "2032-10-01"),
    ]

    /// A schedule resembling CPython 3.8–3.16, oldest series first, with an alpha, a beta, a release
    /// candidate, X.Y.0 and X.Y.1 per series; releases before ``today`` have shipped.
    static func cpython() throws -> Schedule {
        let today = try today()
        let series = try cpythonMilestones.map { name, start, freeze, first, bugfixEnd, end in
            let seriesName = try SeriesName(name)
            let milestones = SeriesMilestones(
                startOfDevelopment: try ReleaseDate(start),
                featureFreeze: try ReleaseDate(freeze),
                firstRelease: try ReleaseDate(first),
                endOfBugfix: try ReleaseDate(bugfixEnd),
                endOfLife: try ReleaseDate(end)
            )
            let firstDay = milestones.firstRelease.day
            let plan: [(String, CalendarDate, ReleaseKind)] = [
                ("\(name).0a1", firstDay.adding(months: -12), .alpha),
                ("\(name).0b1", milestones.featureFreeze.day, .beta),
                ("\(name).0rc1", firstDay.adding(months: -2), .rc),
                ("\(name).0", firstDay, .final),
                ("\(name).1", firstDay.adding(months: 2), .maintenance),
            ]
            let releases = plan.map { label, day, kind in
                Release(
                    series: seriesName,
                    label: label,
                    date: ReleaseDate(day),
                    kind: kind,
                    state: day <= today ? .actual : .planned
                )
            }
            return ReleaseSeries(name: seriesName, milestones: milestones, releases: releases, branch: name)
        }
        let periods = try [
            ActiveBranchPeriod(
                from: YearMonth("2026-05"),
                to: YearMonth("2026-10"),
                branches: ["3.16.0 pre-alpha", "3.15.0 beta", "3.14.x maintenance"]
            ),
            ActiveBranchPeriod(
                from: YearMonth("2026-10"),
                to: YearMonth("2027-05"),
                branches: ["3.16.0 alpha", "3.15.x maintenance", "3.14.x maintenance"]
            ),
        ]
        return Schedule(model: "cpython", series: series, activeBranches: periods)
    }

    /// A small PEP 598-style schedule with month-only dates, awkward text and a feature complete release.
    static func awkward() throws -> Schedule {
        let name = try SeriesName("3.9")
        let milestones = SeriesMilestones(
            startOfDevelopment: try ReleaseDate("2019-06"),
            featureFreeze: try ReleaseDate("2020-05"),
            firstRelease: try ReleaseDate("2020-08"),
            featureComplete: try ReleaseDate("2021-08"),
            endOfBugfix: try ReleaseDate("2022-08"),
            endOfLife: try ReleaseDate("2025-08")
        )
        let releases = [
            Release(series: name, label: "3.9.0a1", date: try ReleaseDate("2019-10"), kind: .alpha, state: .actual),
            Release(series: name, label: "3.9.0b1", date: try ReleaseDate("2020-05"), kind: .beta),
            Release(
                series: name,
                label: "3.9.0",
                date: try ReleaseDate("2020-08-17"),
                kind: .baseline,
                note: "Baseline; includes \"walrus\" | pipes, commas; semicolons\nand a second line — naïve café 🐍"
            ),
            Release(series: name, label: "3.9.1", date: try ReleaseDate("2020-11"), kind: .incremental),
            Release(series: name, label: "3.9.4", date: try ReleaseDate("2021-08"), kind: .featureComplete),
        ]
        let series = ReleaseSeries(name: name, milestones: milestones, releases: releases)
        return Schedule(model: "incremental", series: [series], activeBranches: [])
    }
}
