extension ScheduleChart {
    /// Grid lines and ticks at each new year, the years written between them, and the axis line.
    func drawTimeAxis(_ svg: inout SVGWriter, layout: Layout) {
        svg.open("g", ["id": "time-axis"])
        let step = layout.yearLabelStep
        for year in layout.years.lowerBound...(layout.years.upperBound + 1) {
            let x = SVGWriter.number(layout.x(CalendarDate(unchecked: year, 1, 1)))
            svg.element(
                "line",
                [
                    "x1": x, "x2": x, "y1": SVGWriter.number(layout.plotTop), "y2": SVGWriter.number(layout.plotBottom),
                    "stroke": "#d5dae1",
                ]
            )
            svg.element(
                "line",
                [
                    "x1": x, "x2": x, "y1": SVGWriter.number(layout.plotBottom),
                    "y2": SVGWriter.number(layout.plotBottom + 5), "stroke": "#5b6472",
                ]
            )
            guard year <= layout.years.upperBound, (year - layout.years.lowerBound) % step == 0 else { continue }
            svg.element(
                "text",
                [
                    "class": "year-label", "x": SVGWriter.number(layout.x(CalendarDate(unchecked: year, 7, 2))),
                    "y": SVGWriter.number(layout.axisBaseline), "font-size": SVGWriter.number(Layout.axisTextSize),
                    "text-anchor": "middle", "fill": "#3a4250",
                ],
                text: String(year)
            )
        }
        svg.element(
            "line",
            [
                "x1": SVGWriter.number(layout.plotLeft), "x2": SVGWriter.number(layout.plotRight),
                "y1": SVGWriter.number(layout.plotBottom), "y2": SVGWriter.number(layout.plotBottom),
                "stroke": "#5b6472",
            ]
        )
        svg.close("g")
    }

    /// The dashed line at ``today`` across the rows, its date above them; nothing when today is off the axis.
    func drawToday(_ svg: inout SVGWriter, layout: Layout) {
        let x = layout.x(today)
        guard x >= layout.plotLeft, x <= layout.plotRight else { return }
        let text = "today: \(today)"
        let half = Layout.textWidth(text, size: Layout.axisTextSize) / 2
        let labelX = min(max(x, layout.plotLeft + half), layout.plotRight - half)
        svg.open("g", ["id": "today"])
        svg.element(
            "line",
            [
                "id": "today-line", "x1": SVGWriter.number(x), "x2": SVGWriter.number(x),
                "y1": SVGWriter.number(layout.plotTop - 4), "y2": SVGWriter.number(layout.plotBottom),
                "stroke": "#1b1b1b", "stroke-width": "2", "stroke-dasharray": "6 4",
            ]
        )
        svg.element(
            "text",
            [
                "id": "today-label", "x": SVGWriter.number(labelX), "y": SVGWriter.number(layout.todayBaseline),
                "font-size": SVGWriter.number(Layout.axisTextSize), "font-weight": "bold", "text-anchor": "middle",
                "fill": "#1b1b1b",
            ],
            text: text
        )
        svg.close("g")
    }

    /// A swatch and a name for each band in use, and the today line's sample.
    func drawLegend(_ svg: inout SVGWriter, entries: [LegendEntry]) {
        svg.open("g", ["id": "legend"])
        for entry in entries {
            svg.open("g", ["class": "legend-entry"])
            if let band = entry.band {
                svg.element(
                    "rect",
                    [
                        "x": SVGWriter.number(entry.x), "y": SVGWriter.number(entry.baseline - 12), "width": "14",
                        "height": "14", "rx": "2", "fill": band.color, "stroke": "#1b1b1b", "stroke-opacity": "0.35",
                    ]
                )
            } else {
                svg.element(
                    "line",
                    [
                        "x1": SVGWriter.number(entry.x + 7), "x2": SVGWriter.number(entry.x + 7),
                        "y1": SVGWriter.number(entry.baseline - 14), "y2": SVGWriter.number(entry.baseline + 4),
                        "stroke": "#1b1b1b", "stroke-width": "2", "stroke-dasharray": "4 3",
                    ]
                )
            }
            svg.element(
                "text",
                [
                    "x": SVGWriter.number(entry.x + 22), "y": SVGWriter.number(entry.baseline),
                    "font-size": SVGWriter.number(Layout.legendTextSize), "fill": "#1b1b1b",
                ],
                text: entry.label
            )
            svg.close("g")
        }
        svg.close("g")
    }
}
