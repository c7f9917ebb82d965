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
        var spans: [BranchSpan] = []
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
        return ActiveBranchPeriod.periods(spanning: spans, from: start, to: end)
    }

    /// A status-quo series: pre-release, then maintenance until the next feature complete release.
    private func statusQuoSpans(of plan: Plan) -> [BranchSpan] {
        [
            BranchSpan(
                order: plan.index,
                label: plan.firstVersion + " pre-release",
                from: plan.branchPoint,
                to: plan.baseline
            ),
            BranchSpan(
                order: plan.index,
                label: plan.branch + " maintenance",
                from: plan.featureComplete,
                to: Plan(index: plan.index + 1, parameters: parameters).featureComplete
            ),
        ]
    }

    /// A series under the model: pre-alpha, pre-beta, pre-release, feature releases, maintenance.
    private func modelSpans(of plan: Plan) -> [BranchSpan] {
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
        return labels.map { BranchSpan(order: plan.index, label: $0.0, from: $0.1, to: $0.2) }
    }
}
