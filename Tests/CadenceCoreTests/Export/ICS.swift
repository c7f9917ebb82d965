/// Reads the iCalendar text the tests produce: unfolds it and collects each event's properties.
enum ICS {
    /// The content lines of `text`: split at CRLF, continuation lines (starting with a space) joined.
    static func unfoldedLines(_ text: String) -> [String] {
        var bytes = Array(text.utf8)
        var unfolded: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if index + 2 < bytes.count, bytes[index] == 13, bytes[index + 1] == 10, bytes[index + 2] == 32 {
                index += 3
                continue
            }
            unfolded.append(bytes[index])
            index += 1
        }
        bytes = unfolded
        return String(decoding: bytes, as: UTF8.self).components(separatedBy: "\r\n").filter { !$0.isEmpty }
    }

    /// The physical lines of `text` as bytes, split at CRLF (the final CRLF ends the last line).
    static func physicalLines(_ text: String) -> [[UInt8]] {
        var lines: [[UInt8]] = [[]]
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            if bytes[index] == 13, index + 1 < bytes.count, bytes[index + 1] == 10 {
                lines.append([])
                index += 2
            } else {
                lines[lines.count - 1].append(bytes[index])
                index += 1
            }
        }
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// Each `VEVENT` as its properties, keyed by name with parameters (`DTSTART;VALUE=DATE`).
    static func events(_ text: String) -> [[String: String]] {
        var events: [[String: String]] = []
        var current: [String: String]?
        for line in unfoldedLines(text) {
            if line == "BEGIN:VEVENT" {
                current = [:]
            } else if line == "END:VEVENT", let event = current {
                events.append(event)
                current = nil
            } else if current != nil, let colon = line.firstIndex(of: ":") {
                current?[String(line[..<colon])] = String(line[line.index(after: colon)...])
            }
        }
        return events
    }

    /// The event whose `SUMMARY` is `summary`.
    static func event(_ summary: String, in text: String) -> [String: String]? {
        events(text).first { $0["SUMMARY"] == summary }
    }
}
