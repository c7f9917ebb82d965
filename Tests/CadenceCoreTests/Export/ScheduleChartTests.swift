import Foundation
import Testing

@testable import CadenceCore

/// The SVG chart: well-formed standalone SVG, a row per series, a today line, a legend, readable text.
@Suite struct ScheduleChartTests {
    static func cpythonChart(width: Int = 1000) throws -> (String, SVG) {
        let text = ScheduleChart(today: try ExportFixtures.today(), width: width).render(try ExportFixtures.cpython())
        return (text, try SVG(text))
    }

    @Test func isAStandaloneSVGDocumentWithItsSize() throws {
        let (text, svg) = try Self.cpythonChart()
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "))
        #expect(svg.root.localName == "svg")
        #expect(svg.root.uri == "http://www.w3.org/2000/svg" || text.contains("xmlns=\"http://www.w3.org/2000/svg\""))
        let width = try #require(SVG.number("width", of: svg.root))
        let height = try #require(SVG.number("height", of: svg.root))
        #expect(width == 1000)
        #expect(height > 300 && height < 600)
        #expect(
            SVG.attribute("viewBox", of: svg.root)
                == "0 0 \(SVG.attribute("width", of: svg.root)) \(SVG.attribute("height", of: svg.root))"
        )
        #expect(svg.elements("title").first?.stringValue == "Status of Python versions")
    }

    @Test func drawsOneLabelledRowPerSeriesNewestAtTheTop() throws {
        let (_, svg) = try Self.cpythonChart()
        let rows = svg.elements(class: "series-row")
        #expect(
            rows.map { SVG.attribute("data-series", of: $0) } == [
                "3.16", "3.15", "3.14", "3.13", "3.12", "3.11", "3.10", "3.9", "3.8",
            ]
        )
        var previousY = -Double.infinity
        for row in rows {
            let label = try #require(svg.elements(class: "series-label", in: row).first)
            #expect(label.stringValue == "Python " + SVG.attribute("data-series", of: row))
            let y = try #require(SVG.number("y", of: label))
            #expect(y > previousY)
            previousY = y
            // The label sits left of the bar.
            let bar = try #require(svg.elements(class: "band", in: row).first)
            #expect(try #require(SVG.number("x", of: label)) < (try #require(SVG.number("x", of: bar))))
        }
    }

    @Test func colorsBarsByPhaseAndClosedSeriesAsEndOfLife() throws {
        let (_, svg) = try Self.cpythonChart()
        let rows = Dictionary(
            uniqueKeysWithValues: svg.elements(class: "series-row").map { (SVG.attribute("data-series", of: $0), $0) }
        )
        let bands = { (series: String) in
            svg.elements(class: "band", in: rows[series] ?? svg.root).map { SVG.attribute("class", of: $0) }
        }
        // 3.12 lives on 2026-11-22: feature, pre-release, bugfix and security, in that order.
        #expect(
            bands("3.12") == ["band band-feature", "band band-prerelease", "band band-bugfix", "band band-security"]
        )
        // 3.10 reached its end of life on 2026-10-31: one bar in the end-of-life colour, labelled so.
        #expect(bands("3.10") == ["band band-end-of-life"])
        #expect(svg.elements(class: "bar-label", in: rows["3.10"] ?? svg.root).map(\.stringValue) == ["end-of-life"])

        // Each band has its own colour, the same in every row and in the legend.
        var colors: [String: Set<String>] = [:]
        for bar in svg.elements(class: "band") {
            colors[SVG.attribute("class", of: bar), default: []].insert(SVG.attribute("fill", of: bar))
        }
        #expect(colors.values.allSatisfy { $0.count == 1 })
        #expect(Set(colors.values.compactMap(\.first)).count == colors.count)
    }

    @Test func marksTodayWithALineAndItsDate() throws {
        let (_, svg) = try Self.cpythonChart()
        let line = try #require(svg.element(id: "today-line"))
        let x = try #require(SVG.number("x1", of: line))
        let x2 = try #require(SVG.number("x2", of: line))
        #expect(x2 == x)
        #expect(try #require(SVG.number("y2", of: line)) > (try #require(SVG.number("y1", of: line))))
        #expect(svg.element(id: "today-label")?.stringValue == "today: 2026-11-22")

        // On the time axis, 2026-11-22 lies between the middle of 2026 and the middle of 2027.
        let years = Dictionary(
            uniqueKeysWithValues: svg.elements(class: "year-label").map { ($0.stringValue ?? "", $0) }
        )
        let expectedYears = (2018...2032).map { String($0) }
        #expect(years.keys.sorted() == expectedYears)
        let mid2026 = try #require(years["2026"].flatMap { SVG.number("x", of: $0) })
        let mid2027 = try #require(years["2027"].flatMap { SVG.number("x", of: $0) })
        #expect(x > mid2026 + (mid2027 - mid2026) * 0.3 && x < mid2027)

        // No label inside a bar is crossed by the line.
        for label in svg.elements(class: "bar-label") {
            let center = try #require(SVG.number("x", of: label))
            let half = ScheduleChart.Layout.textWidth(label.stringValue ?? "", size: 12) / 2
            #expect(abs(center - x) >= half, "\(label.stringValue ?? "") at \(center)")
        }
    }

    @Test func explainsTheColoursInALegend() throws {
        let (_, svg) = try Self.cpythonChart()
        let legend = try #require(svg.element(id: "legend"))
        let entries = svg.elements(class: "legend-entry", in: legend)
        let names = entries.compactMap { SVG.descendants(of: $0).first { $0.localName == "text" }?.stringValue }
        #expect(names == ["feature", "pre-release", "bugfix", "security", "end-of-life", "today"])
        let swatches = Set(
            SVG.descendants(of: legend).filter { $0.localName == "rect" }.map { SVG.attribute("fill", of: $0) }
        )
        let barColors = Set(svg.elements(class: "band").map { SVG.attribute("fill", of: $0) })
        #expect(swatches == barColors)

        // PEP 598's feature releases get a colour of their own, and a legend entry.
        let pep598 = try SVG(ScheduleChart(today: try CalendarDate("2021-03-01")).render(try ExportFixtures.awkward()))
        let featureReleases = try #require(pep598.elements(class: "band-feature-releases").first)
        let others = pep598.elements(class: "band").filter { $0 !== featureReleases }.map {
            SVG.attribute("fill", of: $0)
        }
        #expect(!others.contains(SVG.attribute("fill", of: featureReleases)))
        #expect(pep598.elements(class: "legend-entry").contains { $0.stringValue == "feature releases (PEP 598)" })
    }

    @Test(arguments: [480, 1000, 1600])
    func keepsTextReadableAndInsideTheChart(width: Int) throws {
        let (_, svg) = try Self.cpythonChart(width: width)
        let chartWidth = try #require(SVG.number("width", of: svg.root))
        let texts = svg.elements("text")
        #expect(texts.count > 20)
        for text in texts {
            let size = try #require(SVG.number("font-size", of: text))
            #expect(size >= 12, "\(text.stringValue ?? "")")
            let x = try #require(SVG.number("x", of: text))
            let textWidth = ScheduleChart.Layout.textWidth(text.stringValue ?? "", size: size)
            let left: Double
            switch SVG.attribute("text-anchor", of: text) {
            case "middle": left = x - textWidth / 2
            case "end": left = x - textWidth
            default: left = x
            }
            #expect(left >= 0 && left + textWidth <= chartWidth, "\(text.stringValue ?? "") at \(x)")
        }
        // Year labels never touch: at narrow widths only every other year is written.
        let xs = svg.elements(class: "year-label").compactMap { SVG.number("x", of: $0) }
        for (a, b) in zip(xs, xs.dropFirst()) { #expect(b - a >= ScheduleChart.Layout.textWidth("2030", size: 13)) }
    }

    @Test func escapesTextAsXML() throws {
        let title = "Status of <R&D> \"versions\" & 'friends'"
        let text = ScheduleChart(today: try ExportFixtures.today(), projectName: "R&D <Py>", title: title)
            .render(try ExportFixtures.cpython())
        let svg = try SVG(text)
        #expect(svg.elements("title").first?.stringValue == title)
        #expect(svg.elements(class: "series-label").first?.stringValue == "R&D <Py> 3.16")
        #expect(!text.contains("<Py>"))
    }

    @Test func drawsAnEmptyScheduleAsAValidChartWithAMessage() throws {
        let empty = Schedule(model: "annual", series: [], activeBranches: [])
        let svg = try SVG(ScheduleChart(today: try ExportFixtures.today()).render(empty))
        #expect(svg.elements(class: "series-row").isEmpty)
        #expect(svg.elements("text").contains { $0.stringValue == "No release series." })
        #expect(svg.element(id: "today-line") != nil)
    }
}
