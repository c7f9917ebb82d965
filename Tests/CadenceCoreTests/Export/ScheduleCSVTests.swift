import Testing

@testable import CadenceCore

/// RFC 4180 CSV: a header, one record per release, quoting where needed, CRLF by default.
@Suite struct ScheduleCSVTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("", ""),
        ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("\"", "\"\"\"\""),
        ("two\nlines", "\"two\nlines\""),
        ("cr\rhere", "\"cr\rhere\""),
        (" padded ", "\" padded \""),
        ("semi;colon|pipe", "semi;colon|pipe"),
        ("café 🐍", "café 🐍"),
    ])
    func quotesFieldsThatNeedIt(value: String, expected: String) {
        #expect(ScheduleCSV.field(value) == expected)
    }

    @Test func writesAHeaderAndOneRecordPerReleaseWithCRLF() throws {
        let schedule = try ExportFixtures.cpython()
        let text = ScheduleCSV().render(schedule)

        #expect(text.hasPrefix("series,version,date,precision,kind,state,note\r\n"))
        #expect(text.hasSuffix("\r\n"))
        let bytes = Array(text.utf8)
        for (index, byte) in bytes.enumerated() where byte == 10 {
            #expect(index > 0 && bytes[index - 1] == 13, "a bare LF at byte \(index)")
        }
        let records = try Self.parse(text)
        #expect(records.count == 1 + schedule.releases.count)
        #expect(records[1] == ["3.8", "3.8.0a1", "2018-10-14", "day", "alpha", "actual", ""])
        #expect(records.last == ["3.16", "3.16.1", "2027-12-06", "day", "maintenance", "planned", ""])
    }

    @Test func roundTripsAwkwardNotesAndMonthOnlyDates() throws {
        // Given releases with month-only dates and a note full of commas, quotes and a line break
        let schedule = try ExportFixtures.awkward()

        for ending in ScheduleCSV.LineEnding.allCases {
            // When it is written and read back by an RFC 4180 reader
            let records = try Self.parse(ScheduleCSV(lineEnding: ending).render(schedule))

            // Then every field comes back exactly
            let expected =
                [ScheduleCSV.columns]
                + schedule.releases.map { release in
                    [
                        release.series.description, release.label, release.date.description,
                        release.date.isMonthOnly ? "month" : "day", release.kind.rawValue, release.state.rawValue,
                        release.note ?? "",
                    ]
                }
            #expect(records == expected, "\(ending)")
        }
        let lf = ScheduleCSV(lineEnding: .lf).render(schedule)
        #expect(!lf.unicodeScalars.contains("\r"))
        #expect(lf.contains("3.9,3.9.0b1,2020-05,month,beta,planned,\n"))
        #expect(lf.contains("3.9,3.9.4,2021-08,month,feature-complete,planned,\n"))
    }

    /// A strict RFC 4180 reader (CRLF or LF between records): throws on a malformed quote.
    static func parse(_ text: String) throws -> [[String]] {
        struct Malformed: Error {}
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            if quoted {
                if scalar == "\"" {
                    if pending == "\"" {
                        field.unicodeScalars.append("\"")
                        pending = scalars.next()
                    } else {
                        quoted = false
                        guard pending == nil || pending == "," || pending == "\r" || pending == "\n" else {
                            throw Malformed()
                        }
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"":
                guard field.isEmpty else { throw Malformed() }
                quoted = true
            case ",":
                record.append(field)
                field = ""
            case "\r":
                guard pending == "\n" else { throw Malformed() }
            case "\n":
                record.append(field)
                records.append(record)
                record = []
                field = ""
            default:
                field.unicodeScalars.append(scalar)
            }
        }
        guard !quoted, field.isEmpty, record.isEmpty else { throw Malformed() }
        return records
    }
}
