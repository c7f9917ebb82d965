extension IncrementalFeatureModel {
    /// The end of the active-branch forecast: the first baseline at least ``Parameters/forecastYears``
    /// after `start`.
    func forecastEnd(from start: YearMonth) -> YearMonth {
        let target = start.adding(months: parameters.forecastYears * 12)
        var index = 0
        while plan(index: index).baseline < target { index += 1 }
        return plan(index: index).baseline
    }

    /// The periods `[from, to)` between `start` and `end` in which the set of active branches stays the
    /// same, each with its branches newest first.
    func activeBranches(from start: YearMonth, to end: YearMonth) -> [ActiveBranchPeriod] {
        let spans = labelledSpans(overlapping: start, end)
        let boundaries = Set(spans.flatMap { [$0.from, $0.to] } + [start, end]).filter { $0 >= start && $0 <= end }.sorted()
        var periods: [ActiveBranchPeriod] = []
        for (from, to) in zip(boundaries, boundaries.dropFirst()) {
            let branches = spans.filter { $0.from <= from && from < $0.to }.sorted { $0.index > $1.index }.map(\.label)
            if let last = periods.last, last.branches == branches, last.to == from {
                periods[periods.count - 1].to = to
            } else if !branches.isEmpty {
                periods.append(ActiveBranchPeriod(from: from, to: to, branches: branches))
            }
        }
        return periods
    }

    /// A series' state between two months, in the forecast's words (`3.9.x feature releases`).
    private struct LabelledSpan {
        let index: Int
        let label: String
        let from: YearMonth
        let to: YearMonth
    }

    /// Every labelled span of every series that overlaps `[start, end)`.
    private func labelledSpans(overlapping start: YearMonth, _ end: YearMonth) -> [LabelledSpan] {
        var spans: [LabelledSpan] = []
        // Status-quo series back to the first still in maintenance at `start`.
        var index = -1
        while plan(index: index + 1).featureComplete > start {
            spans += statusQuoSpans(of: plan(index: index))
            index -= 1
        }
        index = 0
        while plan(index: index).startOfDevelopment < end {
            spans += modelSpans(of: plan(index: index))
            index += 1
        }
        return spans.filter { $0.from < end && $0.to > start && $0.from < $0.to }
    }

    /// A status-quo series: pre-release, then maintenance until the next feature complete release.
    private func statusQuoSpans(of plan: Plan) -> [LabelledSpan] {
        [
            LabelledSpan(index: plan.index, label: plan.firstVersion + " pre-release", from: plan.branchPoint, to: plan.baseline),
            LabelledSpan(
                index: plan.index,
                label: plan.branch + " maintenance",
                from: plan.featureComplete,
                to: Plan(index: plan.index + 1, parameters: parameters).featureComplete
            ),
        ]
    }

    /// A series under the model: pre-alpha, pre-beta, pre-release, feature releases, maintenance.
    private func modelSpans(of plan: Plan) -> [LabelledSpan] {
        let next = Plan(index: plan.index + 1, parameters: parameters)
        let featureBranch = plan.isMajorSeries ? "\(plan.name.major).x.0" : plan.branch
        let maintenanceBranch = plan.isMajorSeries ? "\(plan.name.major).x.y" : plan.branch
        let labels: [(String, YearMonth, YearMonth)] = [
            (plan.firstVersion + " pre-alpha", plan.startOfDevelopment, plan.previous.featureComplete),
            (plan.firstVersion + " pre-beta", plan.previous.featureComplete, plan.branchPoint),
            (plan.firstVersion + " pre-release", plan.branchPoint, plan.baseline),
            (featureBranch + " feature releases", plan.baseline, plan.featureComplete),
            (maintenanceBranch + " maintenance", plan.featureComplete, next.featureComplete),
        ]
        return labels.map { LabelledSpan(index: plan.index, label: $0.0, from: $0.1, to: $0.2) }
    }
}
