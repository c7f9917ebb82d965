extension ScheduleChart {
    /// A series' row, ready to draw: its label and the bar's segments, clipped to the axis.
    struct Row {
        var series: ReleaseSeries
        var label: String
        var isClosed: Bool
        var segments: [Segment]
    }

    /// A stretch of a bar in one colour, in px: one phase, or neighbouring phases of the same band
    /// (feature and alpha, beta and rc; the whole life of a closed series).
    struct Segment {
        var phases: [Phase]
        var band: Band
        var from: Double
        var to: Double
        var tooltip: String
    }

    /// The row of `series`: one segment per band of neighbouring phases with an end, all in the
    /// end-of-life band once the series has reached its end by ``today``.
    func row(_ series: ReleaseSeries, layout: Layout) -> Row {
        let isClosed = series.phase(on: today) == .endOfLife
        var segments: [Segment] = []
        var spans: [(from: ReleaseDate, to: ReleaseDate)] = []
        for span in series.phaseSpans {
            guard let to = span.to, to.day > span.from.day else { continue }
            let from = max(layout.x(span.from.day), layout.plotLeft)
            let end = min(layout.x(to.day), layout.plotRight)
            guard end - from >= 0.5 else { continue }
            let band = isClosed ? Band.endOfLife : Band(span.phase)
            if let last = segments.last, last.band == band, abs(last.to - from) < 0.01 {
                segments[segments.count - 1].phases.append(span.phase)
                segments[segments.count - 1].to = end
                spans[spans.count - 1].to = to
            } else {
                segments.append(Segment(phases: [span.phase], band: band, from: from, to: end, tooltip: ""))
                spans.append((span.from, to))
            }
        }
        let name = "\(projectName) \(series.name)"
        for index in segments.indices {
            let (from, to) = spans[index]
            segments[index].tooltip =
                isClosed
                ? "\(name): \(from) to \(to), end-of-life since \(series.milestones.endOfLife)"
                : "\(name) \(segments[index].phases.map(\.displayName).joined(separator: ", ")): \(from) to \(to)"
        }
        return Row(series: series, label: name, isClosed: isClosed, segments: segments)
    }

    /// A light band behind every other row, so the eye follows a row from its label to its bar.
    func drawRowShading(_ svg: inout SVGWriter, layout: Layout) {
        svg.open("g", ["id": "row-shading", "fill": "#f2f4f7"])
        for index in stride(from: 0, to: layout.rowCount, by: 2) {
            svg.element(
                "rect",
                [
                    "x": SVGWriter.number(Layout.margin / 2), "y": SVGWriter.number(layout.rowTop(index)),
                    "width": SVGWriter.number(layout.width - Layout.margin),
                    "height": SVGWriter.number(Layout.rowHeight),
                ]
            )
        }
        svg.close("g")
    }

    /// The row's label on the left and its bar: coloured segments clipped to rounded ends, an outline,
    /// and the labels.
    func draw(_ row: Row, at index: Int, into svg: inout SVGWriter, layout: Layout) {
        let top = layout.barTop(index)
        let middle = top + Layout.barHeight / 2
        svg.open("g", ["class": "series-row", "data-series": row.series.name.description])
        svg.element(
            "text",
            [
                "class": "series-label", "x": SVGWriter.number(Layout.margin), "y": SVGWriter.number(middle + 5),
                "font-size": SVGWriter.number(Layout.labelSize), "font-weight": "bold", "fill": "#1b1b1b",
            ],
            text: row.label
        )
        if let first = row.segments.first, let last = row.segments.last {
            let bar = (x: SVGWriter.number(first.from), width: SVGWriter.number(last.to - first.from))
            let clipID = "bar-clip-\(index)"
            svg.open("clipPath", ["id": clipID])
            svg.element(
                "rect",
                [
                    "x": bar.x, "y": SVGWriter.number(top), "width": bar.width,
                    "height": SVGWriter.number(Layout.barHeight), "rx": "5",
                ]
            )
            svg.close("clipPath")
            svg.open("g", ["clip-path": "url(#\(clipID))", "stroke": "#ffffff", "stroke-width": "1"])
            for segment in row.segments {
                svg.open(
                    "rect",
                    [
                        "class": "band band-\(segment.band.rawValue)", "x": SVGWriter.number(segment.from),
                        "y": SVGWriter.number(top), "width": SVGWriter.number(segment.to - segment.from),
                        "height": SVGWriter.number(Layout.barHeight), "fill": segment.band.color,
                    ]
                )
                svg.element("title", [:], text: segment.tooltip)
                svg.close("rect")
            }
            svg.close("g")
            svg.element(
                "rect",
                [
                    "x": bar.x, "y": SVGWriter.number(top), "width": bar.width,
                    "height": SVGWriter.number(Layout.barHeight), "rx": "5", "fill": "none",
                    "stroke": "#1b1b1b", "stroke-opacity": "0.35",
                ]
            )
            drawLabels(row, into: &svg, layout: layout, baseline: middle + 4)
        }
        svg.close("g")
    }

    /// Writes the band names inside the bars where they fit, and `end-of-life` by a closed series' bar.
    ///
    /// Labels keep clear of the today line: a label it would cross moves to one side of it, or is left out.
    private func drawLabels(_ row: Row, into svg: inout SVGWriter, layout: Layout, baseline: Double) {
        let todayX = layout.x(today)
        let attributes = { (x: Double) -> KeyValuePairs<String, String> in
            [
                "class": "bar-label", "x": SVGWriter.number(x), "y": SVGWriter.number(baseline),
                "font-size": SVGWriter.number(Layout.barTextSize), "text-anchor": "middle", "fill": "#1b1b1b",
            ]
        }
        guard row.isClosed else {
            for segment in row.segments {
                let text = ScheduleChart.barLabel(segment.band)
                let half = Layout.textWidth(text, size: Layout.barTextSize) / 2
                guard let room = ScheduleChart.range(segment.from + 3 + half, segment.to - 3 - half),
                    let center = ScheduleChart.labelCenter(
                        preferred: (segment.from + segment.to) / 2,
                        half: half,
                        room: room,
                        avoiding: todayX
                    )
                else { continue }
                svg.element("text", attributes(center), text: text)
            }
            return
        }
        guard let start = row.segments.first?.from, let end = row.segments.last?.to else { return }
        let text = ScheduleChart.barLabel(.endOfLife)
        let half = Layout.textWidth(text, size: Layout.barTextSize) / 2
        // Beside the bar's end if the today line leaves it there; else inside the bar, near its end;
        // else beside it past the today line; else before the bar.
        let beside = ScheduleChart.range(end + 6 + half, layout.plotRight - half)
        let inside = ScheduleChart.range(start + 4 + half, end - 4 - half)
        let before = ScheduleChart.range(layout.plotLeft + half, start - 6 - half)
        let choices: [(ClosedRange<Double>?, Double?)] = [
            (beside, beside?.lowerBound), (inside, inside?.upperBound), (beside, nil), (before, before?.upperBound),
        ]
        for case (let room?, let exact) in choices {
            let preferred = exact ?? room.lowerBound
            guard
                let center = ScheduleChart.labelCenter(preferred: preferred, half: half, room: room, avoiding: todayX),
                exact == nil || center == preferred
            else { continue }
            svg.element("text", attributes(center), text: text)
            return
        }
    }

    /// Where to centre a label `2 × half` wide within `room` (the centres allowed), as close to `preferred`
    /// as can be without crossing the vertical line at `lineX`; `nil` when it cannot stay clear of it.
    static func labelCenter(
        preferred: Double,
        half: Double,
        room: ClosedRange<Double>,
        avoiding lineX: Double
    ) -> Double? {
        let clearance = half + 5
        let center = min(max(preferred, room.lowerBound), room.upperBound)
        if abs(center - lineX) >= clearance { return center }
        let options = [lineX - clearance, lineX + clearance].filter { room.contains($0) }
        return options.min { abs($0 - preferred) < abs($1 - preferred) }
    }

    /// `lower...upper`, or `nil` when `upper` is below `lower` (where `...` would trap).
    static func range(_ lower: Double, _ upper: Double) -> ClosedRange<Double>? {
        lower <= upper ? lower...upper : nil
    }
}
