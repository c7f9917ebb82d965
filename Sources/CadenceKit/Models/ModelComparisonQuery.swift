import CadenceCore

/// `models compare`: the numbers the seeds argue about, for each release model's generated schedule and
/// for the real data, over a window of years.
///
/// ```swift
/// let report = try ModelComparisonQuery(history: try ReleaseData.history(), from: 2020, to: 2032).report()
/// print(report.table)
/// ```
public struct ModelComparisonQuery: Sendable {
    /// The real release data (also the history before the models apply).
    public var history: ReleaseHistory
    /// First year of the window.
    public var from: Int
    /// Last year of the window, included.
    public var to: Int

    /// A comparison of the models over `from`…`to`.
    public init(history: ReleaseHistory, from: Int, to: Int) {
        self.history = history
        self.from = from
        self.to = to
    }

    /// The models compared, in the order the report lists them.
    public static func models() throws -> [(label: String, model: any ReleaseModel)] {
        [
            ("annual (PEP 602)", AnnualModel()),
            ("incremental (PEP 598)", IncrementalFeatureModel(variant: .baseline)),
            ("incremental, early baseline", IncrementalFeatureModel(variant: .earlyBaseline)),
            ("rolling (PEP 605)", try RollingPreFreezeModel(abiBreaks: [])),
        ]
    }

    /// The report: one row per model, then the real data.
    /// - Throws: ``CadenceCore/ScheduleMetricsError`` when a window cannot be measured.
    public func report() throws -> ModelComparisonReport {
        var rows: [ModelComparisonReport.Row] = []
        for (label, model) in try Self.models() {
            let comparison = try ModelComparison(model: model, history: history, from: from, to: to)
            rows.append(
                .init(
                    label: label,
                    metrics: comparison.metrics,
                    plansSecurityReleases: comparison.plansSecurityReleases
                )
            )
        }
        let real = try ScheduleMetrics(of: history.schedule, from: from, to: to)
        rows.append(.init(label: "CPython's real data", metrics: real, plansSecurityReleases: true))
        let last = history.series.last.map { (name: $0.name, endOfLife: $0.milestones.endOfLife) }
        return ModelComparisonReport(from: from, to: to, rows: rows, lastSeries: last)
    }
}
