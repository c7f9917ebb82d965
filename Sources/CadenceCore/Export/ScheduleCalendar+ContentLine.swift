import Foundation

extension ScheduleCalendar {
    /// The longest a content line may be, in octets, without its CRLF (RFC 5545 §3.1).
    static let maximumLineOctets = 75

    /// `line` folded for RFC 5545: after at most 75 octets, a CRLF and a space continue the line.
    ///
    /// Folds fall between Unicode scalars, so a multi-byte UTF-8 sequence is never split; the leading
    /// space of a continuation line counts towards its 75 octets.
    /// - Parameter line: One content line without its line ending.
    /// - Returns: The line, folded where needed, without a final line ending.
    static func fold(_ line: String) -> String {
        var folded = String.UnicodeScalarView()
        var octets = 0
        for scalar in line.unicodeScalars {
            let width = UTF8.width(scalar)
            if octets + width > maximumLineOctets {
                folded.append(contentsOf: "\r\n ".unicodeScalars)
                octets = 1
            }
            folded.append(scalar)
            octets += width
        }
        return String(folded)
    }

    /// `text` as an iCalendar TEXT value (RFC 5545 §3.3.11).
    ///
    /// `\`, `;` and `,` are escaped with a backslash, line breaks (LF, CRLF, CR) become `\n`, and
    /// control characters other than tab, which TEXT may not hold, are dropped.
    /// - Parameter text: Any text.
    /// - Returns: The escaped value.
    static func escapeText(_ text: String) -> String {
        var escaped = String.UnicodeScalarView()
        var previousWasCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { previousWasCarriageReturn = scalar == "\r" }
            switch scalar {
            case "\n" where previousWasCarriageReturn:
                continue
            case "\r", "\n":
                escaped.append(contentsOf: "\\n".unicodeScalars)
            case "\\", ";", ",":
                escaped.append("\\")
                escaped.append(scalar)
            case "\t":
                escaped.append(scalar)
            case _ where ExportText.isControl(scalar):
                continue
            default:
                escaped.append(scalar)
            }
        }
        return String(escaped)
    }

    /// A date in iCalendar's basic format, `YYYYMMDD`.
    static func basicDate(_ date: CalendarDate) -> String {
        String(format4: date.year) + String(format2: date.month) + String(format2: date.day)
    }

    /// A moment as an iCalendar UTC date-time, `YYYYMMDDTHHMMSSZ`, to the second (rounded down).
    ///
    /// Moments outside the years 0000–9999, which iCalendar cannot write, are clamped to them.
    static func utcStamp(_ moment: Date) -> String {
        let lowest = -62_167_219_200.0  // 0000-01-01T00:00:00Z
        let highest = 253_402_300_799.0  // 9999-12-31T23:59:59Z
        let interval = moment.timeIntervalSince1970
        let clamped = interval.isNaN ? 0 : min(max(interval.rounded(.down), lowest), highest)
        let seconds = Int(clamped)
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        let date = CalendarDate(dayNumber: days)
        return basicDate(date) + "T" + String(format2: secondOfDay / 3600)
            + String(format2: secondOfDay / 60 % 60) + String(format2: secondOfDay % 60) + "Z"
    }

    /// Gives each event a UID derived from what the event is, unique within one calendar.
    struct UIDRegistry {
        private var seen: [String: Int] = [:]

        /// `slug-hash@cadence`: a readable slug, then a 64-bit FNV-1a hash of the exact identity, so two
        /// events whose slugs read alike still differ; an identity met again gets `-2`, `-3`, ….
        mutating func uid(for identity: [String], slug: String) -> String {
            let base =
                ScheduleCalendar.uidSlug(slug) + "-" + ScheduleCalendar.fnv1a(identity.joined(separator: "\u{1F}"))
            let count = (seen[base] ?? 0) + 1
            seen[base] = count
            return base + (count > 1 ? "-\(count)" : "") + "@cadence"
        }
    }

    /// `text` lowercased, with runs of anything but ASCII letters, digits and `.` turned into `-`.
    static func uidSlug(_ text: String) -> String {
        var slug = ""
        for scalar in text.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "." {
                slug.unicodeScalars.append(scalar)
            } else if !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        return slug
    }

    /// The 64-bit FNV-1a hash of `text`'s UTF-8 bytes, as 16 lowercase hex digits.
    static func fnv1a(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
