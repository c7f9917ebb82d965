extension RollingPreFreezeModel {
    /// The periods `[from, to)` between `start` and `end` in which the set of active branches stays the
    /// same, each with its branches newest first; security-only branches are not listed.
    func activeBranches(from start: YearMonth, to end: YearMonth) -> [ActiveBranchPeriod] {
        var last = 0
        while plan(index: last + 1).startOfDevelopment < end { last += 1 }
        let spans = (-1...last).flatMap { branchSpans(of: plan(index: $0)) }
        return ActiveBranchPeriod.periods(spanning: spans, from: start, to: end)
    }

    /// The labelled spans of one series; the status-quo series only from its feature freeze.
    private func branchSpans(of plan: Plan) -> [BranchSpan] {
        var labels: [(String, YearMonth, YearMonth)] = [
            ("\(plan.name).0 pre-release", plan.releaseCandidate, plan.final),
            ("\(plan.name).x maintenance", plan.final, plan.finalBinaryMaintenance),
        ]
        if !plan.isStatusQuo {
            labels.insert(("\(plan.name).0 pre-freeze", plan.firstPreFreeze, plan.releaseCandidate), at: 0)
            labels.insert(("\(plan.name).0 pre-alpha", plan.startOfDevelopment, plan.firstPreFreeze), at: 0)
        }
        return labels.map { BranchSpan(order: plan.index, label: $0.0, from: $0.1, to: $0.2) }
    }
}
