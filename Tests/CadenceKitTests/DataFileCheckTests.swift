import CadenceCore
import Foundation
import Testing

@testable import CadenceKit

@Suite struct DataFileCheckTests {
    @Test func countsTheSeriesAndReleasesOfAFile() throws {
        // Given a data file with one series and two releases
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("cadence-check-\(UUID()).toml")
        defer { try? FileManager.default.removeItem(at: file) }
        try """
        [metadata."3.9"]
        pep = 596
        status = "bugfix"
        branch = "3.9"
        release-manager = "Łukasz Langa"
        start-of-development = 2019-06-04
        feature-freeze = 2020-05-18
        first-release = 2020-10-05
        end-of-bugfix = 2022-05-17
        end-of-life = 2025-10-31

        [[release."3.9"]]
        stage = "3.9.0"
        state = "actual"
        date = 2020-10-05

        [[release."3.9"]]
        stage = "3.9.1"
        state = "actual"
        date = 2020-12-07
        """.write(to: file, atomically: true, encoding: .utf8)
        // When it is checked
        let check = try DataFileCheck(file: file.path)
        // Then it counts what it holds
        #expect(check.series == 1)
        #expect(check.releases == 2)
        #expect(check.text == "\(file.path): 1 series, 2 releases")
    }

    @Test func aBrokenFileNamesItsLine() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("cadence-check-\(UUID()).toml")
        defer { try? FileManager.default.removeItem(at: file) }
        try "[metadata.\"3.9\"]\npep = \"x\"\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(throws: DataFileError.self) { try DataFileCheck(file: file.path) }
    }
}
