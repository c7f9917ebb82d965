import Testing

@testable import CadenceCore

@Suite struct ReleaseHistoryTOMLTests {
    @Test func readsCPythonsWholeHistory() throws {
        let history = try CPythonData.history()
        #expect(history.series.count == 26)
        #expect(history.series.reduce(0) { $0 + $1.releases.count } == 651)
        let python39 = try history.series(named: SeriesName("3.9"))
        #expect(python39.pep == 596)
        #expect(python39.releaseManager == "Łukasz Langa")
        #expect(python39.milestones.firstRelease.description == "2020-10-05")
        let kinds = Dictionary(uniqueKeysWithValues: python39.releases.map { ($0.label, $0.kind) })
        #expect(kinds["3.9.0a5"] == .alpha)
        #expect(kinds["3.9.0rc2"] == .rc)
        #expect(kinds["3.9.0"] == .final)
        #expect(kinds["3.9.4"] == .hotfix)  // "ABI compatibility hotfix"
        #expect(kinds["3.9.3"] == .hotfix)  // "security hotfix; recalled due to bpo-43710"
        #expect(kinds["3.9.5"] == .maintenance)
        #expect(kinds["3.9.25"] == .security)
        #expect(python39.releases.first { $0.label == "3.9.0b3" }?.soabi() == "cpython-39p")
        #expect(python39.releases.first { $0.label == "3.9.0rc1" }?.soabi() == "cpython-39")
    }

    @Test func writesTheFormatBackWithoutLosingAnything() throws {
        let history = try CPythonData.history()
        let again = try ReleaseHistory(toml: history.tomlText(), file: "written.toml")
        #expect(again == history)
    }

    @Test func bringsStaleStatusesUpToDate() throws {
        let history = try CPythonData.history()
        let declared = try ReleaseHistory(toml: history.tomlText(), file: "w.toml")
        #expect(try declared.series(named: SeriesName("3.15")).declaredStatus == "prerelease")
        let refreshed = try ReleaseHistory(
            toml: history.tomlText(statusOn: .day("2026-11-22")),
            file: "w.toml"
        )
        #expect(try refreshed.series(named: SeriesName("3.15")).declaredStatus == "bugfix")
        #expect(try refreshed.series(named: SeriesName("3.13")).declaredStatus == "security")
    }

    @Test(arguments: [
        (
            "[metadata.\"3.9\"]\npep = 596\nfrist-release = 2020-10-05\n",
            "d.toml:3: unknown key 'frist-release' in [metadata.3.9]: expected branch, end-of-bugfix, "
                + "end-of-life, feature-freeze, first-release, pep, release-manager, start-of-development, status"
        ),
        (
            "[[release.\"3.9\"]]\nstage = \"3.9.0 final\"\ndate = 2020-10-05\n",
            "d.toml:1: releases of 3.9 but no [metadata.\"3.9\"] table"
        ),
        (
            "[release.\"3.9\"]\nstage = \"3.9.0 final\"\n",
            "d.toml:1: releases must be [[release.\"X.Y\"]], not […]"
        ),
        (
            "[versions]\nx = 1\n",
            "d.toml:1: unexpected table [versions]: expected [metadata.\"X.Y\"] or [[release.\"X.Y\"]]"
        ),
    ])
    func rejectsMalformedDataNamingTheLine(text: String, message: String) {
        do {
            _ = try ReleaseHistory(toml: text, file: "d.toml")
            Issue.record("expected an error")
        } catch {
            #expect("\(error)" == message)
        }
    }

    @Test func namesTheLineOfABadStageOrValue() throws {
        let metadata = """
            [metadata."3.9"]
            pep = 596
            start-of-development = 2019-06-04
            feature-freeze = 2020-05-18
            first-release = 2020-10-05
            end-of-bugfix = 2022-05-17
            end-of-life = 2025-10-31

            """
        let badStage = metadata + "[[release.\"3.9\"]]\nstage = \"3.9.0 gamma 1\"\ndate = 2019-10-14\n"
        #expect(
            throws: DataFileError(
                file: "d.toml",
                line: 9,
                reason: "release of 3.9: stage '3.9.0 gamma 1' is not '3.9.Z alpha|beta|candidate N' or '3.9.Z final'"
            )
        ) { try ReleaseHistory(toml: badStage, file: "d.toml") }
        let wrongSeries = metadata + "[[release.\"3.9\"]]\nstage = \"3.8.1 final\"\ndate = 2019-10-14\n"
        #expect(throws: DataFileError.self) { try ReleaseHistory(toml: wrongSeries, file: "d.toml") }
        let badType = metadata.replacingOccurrences(of: "pep = 596", with: "pep = \"596\"")
        #expect(
            throws: DataFileError(file: "d.toml", line: 2, reason: "'pep' must be an integer, found a string (\"596\")")
        ) { try ReleaseHistory(toml: badType, file: "d.toml") }
        let missing = metadata.replacingOccurrences(of: "end-of-life = 2025-10-31\n", with: "")
        #expect(throws: DataFileError(file: "d.toml", line: 1, reason: "[metadata.3.9] has no 'end-of-life'")) {
            try ReleaseHistory(toml: missing, file: "d.toml")
        }
    }
}

@Suite struct ReleaseHistoryValidationTests {
    static let metadata = """
        [metadata."3.9"]
        status = "bugfix"
        start-of-development = 2019-06-04
        feature-freeze = 2020-05-18
        first-release = 2020-10-05
        end-of-bugfix = 2022-05-17
        end-of-life = 2025-10-31

        """

    @Test func readsWindowsLineEndings() throws {
        let text = try CPythonData.text().replacingOccurrences(of: "\n", with: "\r\n")
        #expect(try ReleaseHistory(toml: text, file: "crlf.toml") == CPythonData.history())
    }

    @Test func refusesMilestonesOutOfOrder() {
        let text = Self.metadata.replacingOccurrences(of: "end-of-life = 2025-10-31", with: "end-of-life = 2019-01-01")
        #expect(
            throws: DataFileError(
                file: "d.toml",
                line: 7,
                reason: "end-of-life (2019-01-01) is before end-of-bugfix (2022-05-17) on line 6"
            )
        ) { try ReleaseHistory(toml: text, file: "d.toml") }
    }

    @Test func refusesAReleaseListedTwice() {
        let release = "[[release.\"3.9\"]]\nstage = \"3.9.0 final\"\ndate = 2020-10-05\n"
        #expect(
            throws: DataFileError(
                file: "d.toml",
                line: 11,
                reason: "release 3.9.0 of 3.9 is listed twice (first on line 8)"
            )
        ) { try ReleaseHistory(toml: Self.metadata + release + release, file: "d.toml") }
    }

    @Test func refusesAnUnknownStatus() {
        let text = Self.metadata.replacingOccurrences(of: "\"bugfix\"", with: "\"wibble\"")
        #expect(
            throws: DataFileError(
                file: "d.toml",
                line: 2,
                reason: "status 'wibble' must be one of feature, prerelease, bugfix, security, end-of-life"
            )
        ) { try ReleaseHistory(toml: text, file: "d.toml") }
    }

    @Test func namesTheLineAndColumnOfBrokenJSON() {
        #expect(throws: DataFileError.self) { try ReleaseHistory(releaseCycleJSON: "{\n  \"3.9\": }", file: "r.json") }
        do {
            _ = try ReleaseHistory(releaseCycleJSON: "{\n  \"3.9\": }", file: "r.json")
        } catch let error as DataFileError {
            #expect(error.line == 2)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func marksTheLastBugfixReleaseAsFinalMaintenance() throws {
        let python312 = try CPythonData.history().series(named: SeriesName("3.12"))
        let kinds = Dictionary(uniqueKeysWithValues: python312.releases.map { ($0.label, $0.kind) })
        #expect(kinds["3.12.10"] == .finalMaintenance)
        #expect(kinds["3.12.9"] == .maintenance)
        #expect(kinds["3.12.11"] == .security)
    }
}
