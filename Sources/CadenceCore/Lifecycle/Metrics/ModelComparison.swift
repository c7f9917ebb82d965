/// One release model measured against the others: its generated plan, completed with the real
/// history before the models apply, and the metrics of that schedule.
///
/// The models differ from 3.9 on; series before 3.9 (still maintained in 2020 and 2021) are taken from
/// the real history so every model is measured against the same past. A model's own stand-ins for
/// those series (PEP 605's status-quo 3.8, with one planned release) are replaced.
public struct ModelComparison: Sendable {
    /// The schedule measured.
    public let schedule: Schedule
    /// Its metrics over the window.
    public let metrics: ScheduleMetrics
    /// Whether the model plans security-only releases for its own series (PEP 598 and PEP 605 release
    /// them "as needed" and plan none, so their security wait is not measurable).
    public let plansSecurityReleases: Bool

    /// Plans `model` through three years past the window and measures it.
    /// - Parameters:
    ///   - model: The release model.
    ///   - history: The real history, for the series before 3.9.
    ///   - from: The first year of the window.
    ///   - to: The last year of the window.
    /// - Throws: ``ScheduleMetricsError`` for an empty window; whatever the model throws.
    public init(model: any ReleaseModel, history: ReleaseHistory, from: Int, to: Int) throws {
        let plan = try ReleaseModels.plan(of: model, throughYear: to + 3)
        let first = AnnualModel.firstSeries
        let own = plan.series.filter { $0.name >= first }
        schedule = Schedule(
            model: plan.model,
            variant: plan.variant,
            series: history.series.filter { $0.name < first } + own,
            activeBranches: plan.activeBranches
        )
        metrics = try ScheduleMetrics(of: schedule, from: from, to: to)
        plansSecurityReleases = own.contains { $0.releases.contains { $0.kind == .security } }
    }
}
