import CadenceCore

/// `support`: which feature releases a library should support on a day under NEP 29's rule, from real
/// release data or from a model's plan.
///
/// ```swift
/// let window = try SupportWindow(months: 42, minimumCount: 2)
/// let report = try SupportQuery(window: window, date: day, source: .data(history, name: nil)).report()
/// ```
public struct SupportQuery: Sendable {
    /// Where the release dates come from.
    public enum Source: Sendable {
        /// Release data, and the file it came from (`nil` for CPython's built-in data).
        case data(ReleaseHistory, file: String?)
        /// A model's generated plan.
        case model(any ReleaseModel)
    }

    /// The rule.
    public var window: SupportWindow
    /// The day.
    public var date: CalendarDate
    /// Where the release dates come from.
    public var source: Source

    /// A request for `date` under `window`.
    public init(window: SupportWindow, date: CalendarDate, source: Source) {
        self.window = window
        self.date = date
        self.source = source
    }

    /// The report.
    /// - Throws: The model's error when its plan cannot be generated through three years after the day.
    public func report() throws -> SupportReport {
        let series: [ReleaseSeries]
        let origin: String
        switch source {
        case .model(let model):
            series = try ReleaseModels.plan(of: model, throughYear: date.year + 3).series
            origin = "the \(model.name) model's plan" + (model.variant.map { " (\($0))" } ?? "")
        case .data(let history, let file):
            series = history.series
            origin = file ?? "CPython's release data"
        }
        return SupportReport(
            date: date,
            months: window.months,
            minimum: window.minimumCount,
            source: origin,
            supported: window.supportedSeries(on: date, among: series)
        )
    }
}
