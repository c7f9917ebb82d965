/// A release schedule as an SVG chart of the life of each series, like the "Status of Python versions"
/// chart of CPython's developer guide.
///
/// One row per series, newest at the top, labelled on the left (`Python 3.14`). Each row is a bar from
/// the start of development to the end of life, split into its phases and coloured by them: feature
/// (development and alphas), pre-release (betas and release candidates), PEP 598 feature releases,
/// bugfix and security. A series that has reached its end of life by `today` is drawn entirely in the
/// end-of-life colour and labelled `end-of-life`, as in CPython's chart; the end-of-life phase itself
/// has no end and draws no bar. Phase names are written inside the bars where they fit. Below the rows
/// a time axis has a tick at each new year and the years between the ticks; a dashed vertical line
/// marks `today`, with its date above the rows; a legend of the colours in use comes last.
///
/// ```swift
/// let svg = ScheduleChart(today: try CalendarDate("2026-11-22")).render(schedule)
/// ```
///
/// The document is standalone SVG 1.1 (`width`, `height` and `viewBox` in px), all text XML-escaped,
/// text at least 12 px. Every series row is a `<g class="series-row" data-series="3.9">`, the today
/// line has `id="today-line"`, the legend `id="legend"`; bars carry a `<title>` with their dates, which
/// browsers show on hover.
public struct ScheduleChart: Hashable, Sendable {
    /// The date the dashed line marks; series past their end of life on it are drawn as end-of-life.
    public var today: CalendarDate
    /// The project's name, written before each series: `Python 3.9`.
    public var projectName: String
    /// The heading at the top of the chart.
    public var title: String
    /// The width of the chart in px; the height follows from the number of series.
    public var width: Int
    /// The years the time axis shows; `nil` for every year from the first start of development (or
    /// today, if earlier) to the last end of life (or today, if later).
    public var years: ClosedRange<Int>?

    /// Creates a chart renderer.
    /// - Parameters:
    ///   - today: The date to mark; the caller gives it (the renderer never reads the clock).
    ///   - projectName: The project's name before each series; `Python` by default.
    ///   - title: The heading; `Status of <project> versions` by default.
    ///   - width: The width in px, clamped to 480...10000; 1000 by default.
    ///   - years: The years the axis shows, clamped to 1...9999; by default, those the schedule and
    ///     `today` span.
    public init(
        today: CalendarDate,
        projectName: String = "Python",
        title: String? = nil,
        width: Int = 1000,
        years: ClosedRange<Int>? = nil
    ) {
        self.today = today
        self.projectName = projectName
        self.title = title ?? "Status of \(projectName) versions"
        self.width = min(max(width, 480), 10_000)
        self.years = years.map { min(max($0.lowerBound, 1), 9999)...min(max($0.upperBound, 1), 9999) }
    }

    /// The SVG document for `schedule`.
    /// - Parameter schedule: The schedule to draw.
    /// - Returns: A standalone SVG document, starting with an XML declaration.
    public func render(_ schedule: Schedule) -> String {
        let series = schedule.series.sorted { $0.name > $1.name }
        let layout = Layout(
            width: min(max(width, 480), 10_000),
            years: years ?? defaultYears(series),
            rowLabels: series.map(rowLabel),
            rowCount: series.count
        )
        let rows = series.map { row($0, layout: layout) }
        var legendItems: [(Band?, String)] = Band.allCases
            .filter { band in rows.contains { $0.segments.contains { $0.band == band } } }
            .map { ($0, $0.legendName) }
        legendItems.append((nil, "today"))
        let legend = ScheduleChart.legendEntries(legendItems, layout: layout)
        let height = ((legend.last?.baseline ?? layout.legendBaseline) + 8 + Layout.margin).rounded(.up)

        var svg = SVGWriter()
        let size = (SVGWriter.number(layout.width), SVGWriter.number(height))
        svg.open(
            "svg",
            [
                "xmlns": "http://www.w3.org/2000/svg", "version": "1.1", "width": size.0, "height": size.1,
                "viewBox": "0 0 \(size.0) \(size.1)", "role": "img",
                "font-family": "'DejaVu Sans', Verdana, Helvetica, Arial, sans-serif",
            ]
        )
        svg.element("title", [:], text: title)
        svg.element(
            "desc",
            [:],
            text: "Phases of each \(projectName) series over time; the dashed line marks \(today)."
        )
        svg.element("rect", ["width": size.0, "height": size.1, "fill": "#ffffff"])
        svg.element(
            "text",
            [
                "x": SVGWriter.number(Layout.margin), "y": SVGWriter.number(layout.titleBaseline),
                "font-size": SVGWriter.number(Layout.titleSize), "font-weight": "bold", "fill": "#1b1b1b",
            ],
            text: title
        )
        drawRowShading(&svg, layout: layout)
        drawTimeAxis(&svg, layout: layout)
        if rows.isEmpty {
            svg.element(
                "text",
                [
                    "x": SVGWriter.number(layout.plotLeft + 8), "y": SVGWriter.number(layout.rowTop(0) + 20),
                    "font-size": SVGWriter.number(Layout.labelSize), "fill": "#1b1b1b",
                ],
                text: "No release series."
            )
        }
        for (index, row) in rows.enumerated() { draw(row, at: index, into: &svg, layout: layout) }
        drawToday(&svg, layout: layout)
        drawLegend(&svg, entries: legend)
        svg.close("svg")
        return svg.document
    }

    /// `Python 3.9`.
    private func rowLabel(_ series: ReleaseSeries) -> String { "\(projectName) \(series.name)" }

    /// The years from the first start of development to the last end of life, today included.
    private func defaultYears(_ series: [ReleaseSeries]) -> ClosedRange<Int> {
        let first = series.map(\.milestones.startOfDevelopment.day.year).min() ?? today.year
        let last = series.map(\.milestones.endOfLife.day.year).max() ?? today.year
        return min(first, today.year)...max(last, today.year)
    }
}
