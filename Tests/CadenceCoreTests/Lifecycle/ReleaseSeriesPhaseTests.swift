import Testing

@testable import CadenceCore

@Suite struct ReleaseSeriesPhaseTests {
    @Test(arguments: [
        ("2019-06-03", Phase.feature), ("2019-06-04", .feature), ("2019-11-19", .alpha), ("2020-05-18", .beta),
        ("2020-08-11", .rc), ("2020-10-05", .bugfix), ("2022-05-17", .security), ("2025-10-30", .security),
        ("2025-10-31", .endOfLife),
    ])
    func computesCPython39sPhaseFromDates(date: String, phase: Phase) throws {
        let python39 = try CPythonData.history().series(named: SeriesName("3.9"))
        #expect(python39.phase(on: try .day(date)) == phase)
    }

    @Test func ignoresTheStaleStatusInTheData() throws {
        let history = try CPythonData.history()
        let rows = history.status(on: try .day("2026-11-22"), comparingDeclaredStatus: true)
        let byName = Dictionary(uniqueKeysWithValues: rows.map { ($0.series.description, $0) })
        #expect(rows.map(\.series.description) == ["3.16", "3.15", "3.14", "3.13", "3.12", "3.11"])
        #expect(byName["3.15"]?.phase == .bugfix)
        #expect(byName["3.15"]?.staleDeclaredStatus == "prerelease")
        #expect(byName["3.16"]?.phase == .alpha)
        #expect(byName["3.16"]?.staleDeclaredStatus == nil)  // CPython calls alphas "feature"
        #expect(byName["3.13"]?.phase == .security)
        #expect(byName["3.14"]?.nextRelease?.label == "3.14.9")
        #expect(byName["3.14"]?.latestRelease?.isOverdue(on: try .day("2026-11-22")) == true)
        #expect(byName["3.11"]?.daysToEndOfLife == 313)
    }

    @Test func spansCoverEveryPhaseInOrder() throws {
        let python313 = try CPythonData.history().series(named: SeriesName("3.13"))
        let spans = python313.phaseSpans
        #expect(spans.map(\.phase) == [.feature, .alpha, .beta, .rc, .bugfix, .security, .endOfLife])
        #expect(spans.map(\.from.description).first == "2023-05-22")
        for (span, next) in zip(spans, spans.dropFirst()) { #expect(span.to == next.from) }
        #expect(spans.last?.to == nil)
    }

    @Test func eachPhaseCarriesItsPolicy() {
        #expect(ChangePolicy.cpython(for: .bugfix).decision(for: .behaviourChange) == .reject)
        #expect(ChangePolicy.cpython(for: .bugfix).decision(for: .crashFix) == .allow)
        #expect(ChangePolicy.cpython(for: .security).decision(for: .bugFix) == .reject)
        #expect(ChangePolicy.cpython(for: .security).decision(for: .security) == .allow)
        #expect(ChangePolicy.cpython(for: .featureReleases).decision(for: .feature) == .review)
        #expect(ChangePolicy.cpython(for: .alpha).decision(for: .feature) == .allow)
        #expect(ChangePolicy.cpython(for: .endOfLife).decision(for: .security) == .reject)
    }
}
