/// A series' state between two months, as active-branch tables label it (`3.9.x feature releases`).
struct BranchSpan {
    /// Orders series: newer series have larger values and are listed first.
    let order: Int
    /// The label, such as `3.10.0 pre-alpha`.
    let label: String
    /// The first month of the state.
    let from: YearMonth
    /// The month the state ends (exclusive).
    let to: YearMonth
}

extension ActiveBranchPeriod {
    /// Cuts `[start, end)` into the periods in which the same spans are active, each listing its
    /// branches newest first; neighbouring periods with the same branches are merged, and months
    /// without any branch are left out.
    static func periods(spanning spans: [BranchSpan], from start: YearMonth, to end: YearMonth) -> [ActiveBranchPeriod]
    {
        let relevant = spans.filter { $0.from < end && $0.to > start && $0.from < $0.to }
        let edges = relevant.flatMap { [$0.from, $0.to] } + [start, end]
        let boundaries = Set(edges).filter { $0 >= start && $0 <= end }.sorted()
        var periods: [ActiveBranchPeriod] = []
        for (from, to) in zip(boundaries, boundaries.dropFirst()) {
            let active = relevant.filter { $0.from <= from && from < $0.to }
            let branches = active.sorted { $0.order > $1.order }.map(\.label)
            if let last = periods.last, last.branches == branches, last.to == from {
                periods[periods.count - 1].to = to
            } else if !branches.isEmpty {
                periods.append(ActiveBranchPeriod(from: from, to: to, branches: branches))
            }
        }
        return periods
    }
}
