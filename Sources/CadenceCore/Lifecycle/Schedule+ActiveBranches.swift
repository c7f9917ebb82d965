extension ActiveBranchPeriod {
    /// The periods in which the set of active branches stays the same, from the series' phases.
    ///
    /// The timeline is cut at every month in which a series enters a phase; in each period, every
    /// series whose phase `label` names is listed, newest first. Periods with no branch are left out.
    ///
    /// - Parameters:
    ///   - series: The series, with milestones.
    ///   - label: The label of a series in a phase, or `nil` when the series is not listed then.
    /// - Returns: The periods in order.
    public static func periods(
        of series: [ReleaseSeries],
        label: (ReleaseSeries, Phase) -> String?
    ) -> [ActiveBranchPeriod] {
        let cuts = Set(series.flatMap { $0.phaseSpans.map(\.from.month) }).sorted()
        var periods: [ActiveBranchPeriod] = []
        for (index, from) in cuts.enumerated() where index + 1 < cuts.count {
            let to = cuts[index + 1]
            let day = from.firstDay
            let branches = series.sorted { $0.name > $1.name }.compactMap { series -> String? in
                guard day >= series.milestones.startOfDevelopment.month.firstDay else { return nil }
                let phase = series.phase(on: series.phaseStartDay(in: from))
                return label(series, phase)
            }
            guard !branches.isEmpty else { continue }
            if let last = periods.last, last.branches == branches, last.to == from {
                periods[periods.count - 1].to = to
            } else {
                periods.append(ActiveBranchPeriod(from: from, to: to, branches: branches))
            }
        }
        return periods
    }
}

extension ReleaseSeries {
    /// The day to evaluate the series' phase for `month`: the last day of the month on which a phase of
    /// this series starts, so a phase entered in a month counts for that whole month; otherwise the first.
    func phaseStartDay(in month: YearMonth) -> CalendarDate {
        phaseSpans.map(\.from.day).filter { $0.yearMonth == month }.max() ?? month.firstDay
    }
}
