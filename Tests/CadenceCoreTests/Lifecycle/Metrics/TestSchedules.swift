@testable import CadenceCore

/// Hand-built schedules for the metrics tests (the release models are written elsewhere).
enum TestSchedules {
    /// Series 3.0, 3.1, … with X.Y.0 every `cadence` months from October 2010, all on the first of a
    /// month: feature freeze 5 months before X.Y.0 (development starts at the previous freeze), a
    /// maintenance release every 2 months up to end of bugfix 24 months after X.Y.0, a security
    /// release every 6 months after it, end of life 60 months after X.Y.0.
    static func regular(cadence: Int, count: Int = 14) -> Schedule {
        let base = YearMonth(unchecked: 2010, 10)
        let series = (0..<count).map { index -> ReleaseSeries in
            let released = base.adding(months: index * cadence)
            let name = SeriesName(major: 3, minor: index)
            let on = { (months: Int) in ReleaseDate(released.adding(months: months).firstDay) }
            var releases = [Release(series: name, label: "3.\(index).0", date: on(0), kind: .final)]
            for (micro, months) in stride(from: 2, through: 24, by: 2).enumerated() {
                releases.append(
                    Release(series: name, label: "3.\(index).\(micro + 1)", date: on(months), kind: .maintenance)
                )
            }
            for (offset, months) in stride(from: 30, to: 60, by: 6).enumerated() {
                releases.append(
                    Release(series: name, label: "3.\(index).\(13 + offset)", date: on(months), kind: .security)
                )
            }
            releases.append(Release(series: name, label: "3.\(index).x", date: on(60), kind: .closed))
            return ReleaseSeries(
                name: name,
                milestones: SeriesMilestones(
                    startOfDevelopment: on(-5 - cadence),
                    featureFreeze: on(-5),
                    firstRelease: on(0),
                    endOfBugfix: on(24),
                    endOfLife: on(60)
                ),
                releases: releases
            )
        }
        return Schedule(model: "regular-\(cadence)", series: series, activeBranches: [])
    }

    /// A PEP 598-style pair: 3.9 baseline 2020-10, incremental releases each quarter, feature complete
    /// 2021-10; 3.10 the same two years later.
    static func incremental() throws -> Schedule {
        func series(_ minor: Int, baseline year: Int) throws -> ReleaseSeries {
            let name = SeriesName(major: 3, minor: minor)
            let date = { (text: String) in try ReleaseDate(text) }
            let releases = [
                Release(series: name, label: "3.\(minor).0", date: try date("\(year)-10"), kind: .baseline),
                Release(series: name, label: "3.\(minor).1", date: try date("\(year + 1)-01"), kind: .incremental),
                Release(series: name, label: "3.\(minor).2", date: try date("\(year + 1)-04"), kind: .incremental),
                Release(series: name, label: "3.\(minor).3", date: try date("\(year + 1)-07"), kind: .incremental),
                Release(series: name, label: "3.\(minor).4", date: try date("\(year + 1)-10"), kind: .featureComplete),
                Release(series: name, label: "3.\(minor).5", date: try date("\(year + 2)-01"), kind: .maintenance),
            ]
            return ReleaseSeries(
                name: name,
                milestones: SeriesMilestones(
                    startOfDevelopment: try date("\(year - 2)-05"),
                    featureFreeze: try date("\(year)-05"),
                    firstRelease: try date("\(year)-10"),
                    featureComplete: try date("\(year + 1)-10"),
                    endOfBugfix: try date("\(year + 2)-10"),
                    endOfLife: try date("\(year + 5)-10")
                ),
                releases: releases
            )
        }
        return Schedule(
            model: "incremental",
            series: [try series(9, baseline: 2020), try series(10, baseline: 2022)],
            activeBranches: []
        )
    }
}
