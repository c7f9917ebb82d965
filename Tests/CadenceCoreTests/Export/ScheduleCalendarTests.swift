import CadenceTestSupport
import Foundation
import Testing

@testable import CadenceCore

/// iCalendar export: events, folding, escaping, line endings and stable UIDs (RFC 5545).
@Suite struct ScheduleCalendarTests {
    /// 2026-11-22T12:00:00Z.
    static let stamp = Date(timeIntervalSince1970: 1_795_348_800)

    @Test func holdsOneEventPerReleaseAndPerPhase() throws {
        let schedule = try ExportFixtures.cpython()
        let text = ScheduleCalendar(timestamp: Self.stamp).render(schedule)
        let events = ICS.events(text)

        // 45 releases; 9 series × 7 phases (feature, alpha, beta, rc, bugfix, security, end-of-life).
        #expect(events.count == 45 + 63)
        #expect(events.filter { $0["CATEGORIES"] == "Release" }.count == schedule.releases.count)
        #expect(
            events.filter { $0["CATEGORIES"] == "Phase" }.count == schedule.series.map(\.phaseSpans.count).reduce(0, +)
        )
        let releasesOnly = ScheduleCalendar(timestamp: Self.stamp, includesPhases: false).render(schedule)
        #expect(ICS.events(releasesOnly).count == 45)

        let lines = ICS.unfoldedLines(text)
        #expect(
            Array(lines.prefix(4)) == [
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Cadence//Release schedule//EN", "CALSCALE:GREGORIAN",
            ]
        )
        #expect(lines.last == "END:VCALENDAR")
    }

    @Test func writesReleasesAsAllDayEventsNamedAfterTheProject() throws {
        let schedule = try ExportFixtures.cpython()
        let text = ScheduleCalendar(timestamp: Self.stamp).render(schedule)

        let beta = try #require(ICS.event("Python 3.9.0b1 (beta)", in: text))
        #expect(beta["DTSTART;VALUE=DATE"] == "20200518")
        #expect(beta["DTEND;VALUE=DATE"] == "20200519")
        #expect(beta["DTSTAMP"] == "20261122T120000Z")
        #expect(beta["STATUS"] == "CONFIRMED")
        let planned = try #require(ICS.event("Python 3.16.0 (final release)", in: text))
        #expect(planned["STATUS"] == "TENTATIVE")

        let named = ScheduleCalendar(projectName: "CPython, the reference", timestamp: Self.stamp).render(schedule)
        #expect(ICS.event("CPython\\, the reference 3.9.0b1 (beta)", in: named) != nil)
    }

    @Test func placesMonthOnlyReleasesOnTheFirstOfTheMonthAndSaysSo() throws {
        let text = ScheduleCalendar(timestamp: Self.stamp).render(try ExportFixtures.awkward())
        let beta = try #require(ICS.event("Python 3.9.0b1 (beta)", in: text))
        #expect(beta["DTSTART;VALUE=DATE"] == "20200501")
        #expect(beta["DTEND;VALUE=DATE"] == "20200502")
        #expect(
            beta["DESCRIPTION"]?.contains(
                "Only the month is known (May 2020): the event is placed on the first of the month."
            ) == true
        )
        let baseline = try #require(ICS.event("Python 3.9.0 (baseline feature release)", in: text))
        #expect(baseline["DESCRIPTION"]?.contains("Only the month") == false)
    }

    @Test func spansPhasesToTheNextPhaseAndShowsEndOfLifeAsOneDay() throws {
        let text = ScheduleCalendar(timestamp: Self.stamp).render(try ExportFixtures.cpython())
        let bugfix = try #require(ICS.event("Python 3.9: bugfix", in: text))
        #expect(bugfix["DTSTART;VALUE=DATE"] == "20201005")
        #expect(bugfix["DTEND;VALUE=DATE"] == "20220517")  // exclusive: security starts that day
        let endOfLife = try #require(ICS.event("Python 3.8: end-of-life", in: text))
        #expect(endOfLife["DTSTART;VALUE=DATE"] == "20241007")
        #expect(endOfLife["DTEND;VALUE=DATE"] == "20241008")
        #expect(ICS.event("Python 3.12: prerelease (beta)", in: text) != nil)
    }

    @Test(arguments: [
        ("plain text", "plain text"),
        ("a,b;c\\d", "a\\,b\\;c\\\\d"),
        ("one\ntwo\r\nthree\rfour", "one\\ntwo\\nthree\\nfour"),
        ("bell\u{7}tab\t", "belltab\t"),
        ("naïve 🐍: fine", "naïve 🐍: fine"),
    ])
    func escapesTextValues(input: String, expected: String) {
        #expect(ScheduleCalendar.escapeText(input) == expected)
    }

    @Test func endsEveryLineWithCRLF() throws {
        let text = ScheduleCalendar(timestamp: Self.stamp).render(try ExportFixtures.awkward())
        let bytes = Array(text.utf8)
        #expect(bytes.suffix(2) == [13, 10])
        for (index, byte) in bytes.enumerated() {
            if byte == 10 { #expect(index > 0 && bytes[index - 1] == 13, "bare LF at \(index)") }
            if byte == 13 { #expect(index + 1 < bytes.count && bytes[index + 1] == 10, "bare CR at \(index)") }
        }
    }

    @Test func foldsEveryLineAt75OctetsWithoutSplittingACharacter() throws {
        let text = ScheduleCalendar(timestamp: Self.stamp).render(try ExportFixtures.awkward())
        let lines = ICS.physicalLines(text)
        #expect(lines.contains { $0.first == 32 }, "the long note must have been folded")
        for line in lines {
            #expect(line.count <= 75)
            #expect(String(validating: line, as: UTF8.self) != nil, "a fold split a character: \(line)")
        }
        let unfolded = ICS.unfoldedLines(text)
        #expect(unfolded.contains { $0.hasSuffix("and a second line — naïve café 🐍") })
    }

    @Test func foldingKeepsTheTextAndItsCharactersWhole() {
        // Seeded random lines over 1- to 4-byte characters and combining marks.
        let alphabet: [Character] = ["a", "Z", "7", " ", ":", "é", "ß", "—", "€", "日", "🐍", "👩‍💻", "e\u{301}"]
        var generator = SeededGenerator(seed: 0x1C5)
        for _ in 0..<2_000 {
            let length = Int.random(in: 0...200, using: &generator)
            let line = "SUMMARY:" + String((0..<length).map { _ in alphabet.randomElement(using: &generator) ?? "a" })
            let folded = ScheduleCalendar.fold(line)
            let physical = ICS.physicalLines(folded + "\r\n")
            for (index, bytes) in physical.enumerated() {
                #expect(bytes.count <= 75)
                #expect(index == 0 || bytes.first == 32)
                #expect(String(validating: bytes, as: UTF8.self) != nil)
            }
            #expect(ICS.unfoldedLines(folded) == [line])
            // Lines are folded only when needed, and then filled: no line is shorter than it has to be.
            #expect(physical.count == 1 || physical.dropLast().allSatisfy { $0.count > 71 })
        }
    }

    @Test func derivesUIDsFromTheContent() throws {
        let schedule = try ExportFixtures.cpython()
        let uids = { (text: String) in ICS.events(text).compactMap { $0["UID"] } }
        let first = uids(ScheduleCalendar(timestamp: Self.stamp).render(schedule))

        // Unique, and the same whenever the same schedule is exported, whatever the moment.
        #expect(Set(first).count == first.count)
        #expect(first == uids(ScheduleCalendar(timestamp: Self.stamp).render(schedule)))
        #expect(first == uids(ScheduleCalendar(timestamp: Date(timeIntervalSince1970: 0)).render(schedule)))
        #expect(first.contains { $0.hasPrefix("release-python-3.9.0b1-") && $0.hasSuffix("@cadence") })

        // A release that moves keeps its UID; dropping a series leaves the others' UIDs alone.
        var moved = schedule
        let index = try #require(moved.series[1].releases.firstIndex { $0.label == "3.9.0b1" })
        moved.series[1].releases[index].date = ReleaseDate(try CalendarDate("2020-05-25"))
        #expect(uids(ScheduleCalendar(timestamp: Self.stamp).render(moved)) == first)
        var fewer = schedule
        fewer.series.removeFirst()
        #expect(Set(uids(ScheduleCalendar(timestamp: Self.stamp).render(fewer))).isSubset(of: Set(first)))
    }

    @Test func keepsUIDsUniqueForReleasesThatReadAlike() throws {
        let series = try SeriesName("3.9")
        let date = ReleaseDate(try CalendarDate("2021-04-04"))
        let twins = [
            Release(series: series, label: "3.9.x", date: date, kind: .hotfix),
            Release(series: series, label: "3.9.x", date: date, kind: .hotfix),
            Release(series: series, label: "3.9+x", date: date, kind: .hotfix),
        ]
        let milestones = SeriesMilestones(
            startOfDevelopment: date,
            featureFreeze: date,
            firstRelease: date,
            endOfBugfix: date,
            endOfLife: date
        )
        let schedule = Schedule(
            model: "cpython",
            series: [ReleaseSeries(name: series, milestones: milestones, releases: twins)],
            activeBranches: []
        )
        let uids = ICS.events(ScheduleCalendar(timestamp: Self.stamp, includesPhases: false).render(schedule))
            .compactMap { $0["UID"] }
        #expect(uids.count == 3)
        #expect(Set(uids).count == 3)
        #expect(uids[1] == uids[0].replacingOccurrences(of: "@cadence", with: "-2@cadence"))
    }

    @Test(arguments: [
        (1_795_348_800.0, "20261122T120000Z"),
        (0.0, "19700101T000000Z"),
        (-1.0, "19691231T235959Z"),
        (951_782_400.5, "20000229T000000Z"),
        (1e300, "99991231T235959Z"),
        (-Double.infinity, "00000101T000000Z"),
    ])
    func stampsTheMomentTheCallerGives(seconds: Double, expected: String) {
        #expect(ScheduleCalendar.utcStamp(Date(timeIntervalSince1970: seconds)) == expected)
    }
}
