/// PEP 602's annual release cycle, today's CPython process, as rules that generate dates.
///
/// For series 3.Y (3.9 and later), with X.Y.0 in October of year 2011 + Y:
/// - development starts at the previous series' beta 1;
/// - alphas on the second Tuesday of each month from October of the year before to April (7 alphas);
/// - beta 1 (feature freeze) on the first Tuesday of May, betas 2–4 four, seven and ten weeks later;
/// - release candidate 1 on the first Tuesday of August, rc2 on the first Tuesday of September;
/// - X.Y.0 on the first Monday of October;
/// - bugfix releases on the first Tuesday of every second month from December, for 24 months (18 months
///   before 3.13, PEP 602's original rule); the last one ends bugfix;
/// - then security-only source releases every ``securityReleaseEveryMonths`` months (CPython releases
///   them "as needed"; the median gap between its security releases 2018–2026 is about four months);
/// - end of life on October 1st, five years after X.Y.0.
///
/// ```swift
/// let schedule = try AnnualModel().schedule(for: [SeriesName("3.13")])
/// ```
public struct AnnualModel: ReleaseModel {
    /// `annual`.
    public let name = "annual"
    /// The annual model has no variants.
    public let variant: String? = nil
    /// Months between security-only releases.
    public var securityReleaseEveryMonths = 4

    /// The first series PEP 602 applies to.
    public static let firstSeries = SeriesName(major: 3, minor: 9)

    /// Creates the model.
    public init() {}

    /// Generates the schedule of `series`.
    /// - Throws: ``LifecycleError/unplannable(model:reason:)`` for a series other than 3.9 or later.
    public func schedule(for series: [SeriesName]) throws -> Schedule {
        let planned = try series.sorted().map(plan)
        return Schedule(
            model: name,
            series: planned,
            activeBranches: ActiveBranchPeriod.periods(of: planned, label: AnnualModel.label)
        )
    }

    /// The plan of one series.
    func plan(_ series: SeriesName) throws -> ReleaseSeries {
        guard series.major == 3, let minor = series.minor, series >= AnnualModel.firstSeries, minor < 1000 else {
            throw LifecycleError.unplannable(
                model: name,
                reason: "PEP 602 plans CPython 3.9 and later (3.Y), not \(series)"
            )
        }
        let year = 2011 + minor
        var releases: [Release] = []
        func add(_ label: String, _ date: CalendarDate, _ kind: ReleaseKind) {
            releases.append(Release(series: series, label: label, date: ReleaseDate(date), kind: kind))
        }
        let base = "\(series).0"
        for index in 0..<7 {
            let month = YearMonth(unchecked: year - 1, 10).adding(months: index)
            add("\(base)a\(index + 1)", month.weekday(2, occurrence: 2), .alpha)
        }
        let beta1 = YearMonth(unchecked: year, 5).weekday(2, occurrence: 1)
        for (index, weeks) in [0, 4, 7, 10].enumerated() {
            add("\(base)b\(index + 1)", beta1.adding(days: weeks * 7), .beta)
        }
        add("\(base)rc1", YearMonth(unchecked: year, 8).weekday(2, occurrence: 1), .rc)
        add("\(base)rc2", YearMonth(unchecked: year, 9).weekday(2, occurrence: 1), .rc)
        let first = YearMonth(unchecked: year, 10).weekday(1, occurrence: 1)
        add(base, first, .final)

        let bugfixMonths = series >= SeriesName(major: 3, minor: 13) ? 24 : 18
        let bugfixCount = bugfixMonths / 2
        var micro = 1
        var lastBugfix = first
        for index in 1...bugfixCount {
            let date = first.yearMonth.adding(months: 2 * index).weekday(2, occurrence: 1)
            add("\(series).\(micro)", date, index == bugfixCount ? .finalMaintenance : .maintenance)
            micro += 1
            lastBugfix = date
        }
        let endOfLife = CalendarDate(unchecked: year + 5, 10, 1)
        var securityMonth = lastBugfix.yearMonth.adding(months: securityReleaseEveryMonths)
        while securityMonth.firstDay < endOfLife {
            add("\(series).\(micro)", securityMonth.weekday(2, occurrence: 1), .security)
            micro += 1
            securityMonth = securityMonth.adding(months: securityReleaseEveryMonths)
        }
        add("\(series).x", endOfLife, .closed)

        let previousBeta1 = YearMonth(unchecked: year - 1, 5).weekday(2, occurrence: 1)
        let milestones = SeriesMilestones(
            startOfDevelopment: ReleaseDate(previousBeta1),
            featureFreeze: ReleaseDate(beta1),
            firstRelease: ReleaseDate(first),
            endOfBugfix: ReleaseDate(lastBugfix),
            endOfLife: ReleaseDate(endOfLife)
        )
        return ReleaseSeries(
            name: series,
            milestones: milestones,
            releases: releases,
            branch: "\(series)"
        )
    }

    /// Active-branch labels in the vocabulary of the seeds: `3.14.0 pre-alpha` until alpha 1,
    /// `pre-beta` until beta 1, `pre-release` until X.Y.0, then `3.14.x maintenance`; security-only
    /// branches are not listed.
    static func label(_ series: ReleaseSeries, _ phase: Phase) -> String? {
        switch phase {
        case .feature: return "\(series.name).0 pre-alpha"
        case .alpha: return "\(series.name).0 pre-beta"
        case .beta, .rc: return "\(series.name).0 pre-release"
        case .featureReleases: return "\(series.name).x feature releases"
        case .bugfix: return "\(series.name).x maintenance"
        case .security, .endOfLife: return nil
        }
    }
}

extension YearMonth {
    /// The `occurrence`-th (1-based) day of the month that falls on `weekday` (1 Monday … 7 Sunday).
    func weekday(_ weekday: Int, occurrence: Int) -> CalendarDate {
        let first = firstDay
        let offset = (weekday - first.isoWeekday + 7) % 7
        return first.adding(days: offset + 7 * (occurrence - 1))
    }
}
