extension ScheduleChart {
    /// Where everything goes: margins, rows, the time scale and text sizes, in SVG user units (px).
    struct Layout {
        static let margin = 16.0
        static let titleSize = 18.0
        static let labelSize = 14.0
        static let barTextSize = 12.0
        static let axisTextSize = 13.0
        static let legendTextSize = 13.0
        static let rowHeight = 30.0
        static let barHeight = 20.0

        let width: Double
        let years: ClosedRange<Int>
        let plotLeft: Double
        let plotRight: Double
        let titleBaseline: Double
        let todayBaseline: Double
        let plotTop: Double
        let rowCount: Int

        init(width: Int, years: ClosedRange<Int>, rowLabels: [String], rowCount: Int) {
            self.width = Double(width)
            self.years = years
            let labelWidth = rowLabels.map { Layout.textWidth($0, size: Layout.labelSize) }.max() ?? 0
            plotLeft = Layout.margin + max(labelWidth, 40) + 14
            plotRight = self.width - Layout.margin
            titleBaseline = Layout.margin + Layout.titleSize
            todayBaseline = titleBaseline + 26
            plotTop = todayBaseline + 10
            self.rowCount = rowCount
        }

        /// The bottom of the rows (at least one row tall, for the message of an empty chart).
        var plotBottom: Double { plotTop + Double(max(rowCount, 1)) * Layout.rowHeight }
        /// The baseline of the year labels.
        var axisBaseline: Double { plotBottom + 20 }
        /// The baseline of the first line of the legend.
        var legendBaseline: Double { axisBaseline + 30 }

        /// The top of row `index` (0 at the top).
        func rowTop(_ index: Int) -> Double { plotTop + Double(index) * Layout.rowHeight }

        /// The top of the bar in row `index`.
        func barTop(_ index: Int) -> Double { rowTop(index) + (Layout.rowHeight - Layout.barHeight) / 2 }

        /// The x of the start of `date`, on a scale from January 1 of the first year to January 1
        /// after the last.
        func x(_ date: CalendarDate) -> Double {
            let start = Double(CalendarDate(unchecked: years.lowerBound, 1, 1).dayNumber)
            let end = Double(CalendarDate(unchecked: years.upperBound + 1, 1, 1).dayNumber)
            return plotLeft + (Double(date.dayNumber) - start) / (end - start) * (plotRight - plotLeft)
        }

        /// The width of one year on the scale.
        var yearWidth: Double { (plotRight - plotLeft) / Double(years.count) }

        /// Every how many years a label is written so that labels do not touch: 1, 2, 5 or 10.
        var yearLabelStep: Int {
            let needed = Layout.textWidth("2030", size: Layout.axisTextSize) + 10
            return [1, 2, 5, 10].first { Double($0) * yearWidth >= needed } ?? 10
        }

        /// An estimate of the width of `text` in a sans-serif font of `size` px: a generous average
        /// advance of 0.6 em, so that what is placed by it does not overlap in common fonts.
        static func textWidth(_ text: String, size: Double) -> Double {
            Double(text.count) * size * 0.6
        }
    }

    /// One entry of the legend, placed.
    struct LegendEntry {
        var band: Band?
        var label: String
        var x: Double
        var baseline: Double
    }

    /// The legend's entries in reading order, wrapped onto lines that fit the chart's width.
    static func legendEntries(_ items: [(Band?, String)], layout: Layout) -> [LegendEntry] {
        var entries: [LegendEntry] = []
        var x = layout.plotLeft
        var baseline = layout.legendBaseline
        for (band, label) in items {
            let entryWidth = 22 + Layout.textWidth(label, size: Layout.legendTextSize)
            if x > layout.plotLeft, x + entryWidth > layout.plotRight {
                x = layout.plotLeft
                baseline += 22
            }
            entries.append(LegendEntry(band: band, label: label, x: x, baseline: baseline))
            x += entryWidth + 20
        }
        return entries
    }
}
