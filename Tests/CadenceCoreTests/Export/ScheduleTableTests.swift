import Testing

@testable import CadenceCore

/// The plain-text table: aligned columns, one line per release, the active-branch periods after.
@Suite struct ScheduleTableTests {
    @Test func listsEveryReleaseByDateInAlignedColumns() throws {
        // Given the CPython-like schedule
        let schedule = try ExportFixtures.cpython()

        // When it is rendered
        let lines = ScheduleTable().render(schedule).split(separator: "\n", omittingEmptySubsequences: false)

        // Then the header is followed by one line per release, in date order
        let header = try #require(lines.first)
        #expect(header.hasPrefix("DATE"))
        let releaseLines = lines.dropFirst().prefix(schedule.releases.count)
        #expect(releaseLines.count == 45)
        let versionColumn = try #require(header.range(of: "VERSION")).lowerBound
        let offset = header.distance(from: header.startIndex, to: versionColumn)
        for (line, release) in zip(releaseLines, schedule.releases) {
            #expect(line.hasPrefix(release.date.description), "\(line)")
            // Every version starts where the VERSION heading does, after at least one space.
            let cell = line.dropFirst(offset)
            #expect(cell.hasPrefix(release.label + " "), "\(line)")
            #expect(line.dropFirst(offset - 1).first == " ", "\(line)")
        }
    }

    @Test func writesMonthOnlyDatesAsTheMonthAndNotesOnOneLine() throws {
        let schedule = try ExportFixtures.awkward()
        let text = ScheduleTable().render(schedule)
        let lines = text.split(separator: "\n").map(String.init)

        // One header and five releases: the note's line break does not start a new line.
        #expect(lines.count == 6)
        #expect(lines[0].hasSuffix("NOTE"))
        #expect(lines[2].hasPrefix("2020-05     3.9.0b1"))
        #expect(lines[3].contains("semicolons and a second line"))
        #expect(lines.allSatisfy { !$0.hasSuffix(" ") })
        #expect(text.hasSuffix("\n"))
    }

    @Test func followsTheReleasesWithTheActiveBranchPeriods() throws {
        let text = ScheduleTable().render(try ExportFixtures.cpython())
        let section = try #require(text.components(separatedBy: "\n\nACTIVE BRANCHES\n").last)
        #expect(
            section.split(separator: "\n") == [
                "FROM     TO       BRANCHES",
                "2026-05  2026-10  3.16.0 pre-alpha, 3.15.0 beta, 3.14.x maintenance",
                "2026-10  2027-05  3.16.0 alpha, 3.15.x maintenance, 3.14.x maintenance",
            ]
        )
        let without = ScheduleTable(showsActiveBranches: false).render(try ExportFixtures.cpython())
        #expect(!without.contains("ACTIVE BRANCHES"))
    }

    @Test func saysSoWhenThereAreNoReleases() {
        let empty = Schedule(model: "annual", series: [], activeBranches: [])
        #expect(ScheduleTable().render(empty) == "No releases.\n")
    }
}
