/// Text helpers shared by the schedule renderers: cells that stay on one line, padding for aligned columns.
enum ExportText {
    /// `text` on a single line: line breaks and tabs become spaces, other control characters are dropped.
    ///
    /// Used for cells of text tables, where a line break would tear the table apart.
    static func singleLine(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var previousWasCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { previousWasCarriageReturn = scalar == "\r" }
            switch scalar {
            case "\n" where previousWasCarriageReturn:
                continue
            case "\r", "\n", "\t", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}":
                result.append(" ")
            case _ where isControl(scalar):
                continue
            default:
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Whether `scalar` is a C0 or C1 control character or DEL.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// `text` followed by spaces up to `width` characters (grapheme clusters); longer text is kept whole.
    static func padded(_ text: String, to width: Int) -> String {
        let count = text.count
        return count >= width ? text : text + String(repeating: " ", count: width - count)
    }

    /// Rows of cells laid out in aligned columns separated by `separator`, trailing spaces trimmed.
    ///
    /// Widths count characters (grapheme clusters), which is right for the ASCII labels of release
    /// schedules; East Asian wide characters would need two columns and are not measured so.
    static func alignedColumns(_ rows: [[String]], separator: String = "  ") -> [String] {
        let columnCount = rows.map(\.count).max() ?? 0
        let widths = (0..<columnCount).map { column in
            rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0
        }
        return rows.map { row in
            let cells = row.enumerated().map { padded($0.element, to: widths[$0.offset]) }
            return trimmingTrailingSpaces(cells.joined(separator: separator))
        }
    }

    /// `text` without trailing spaces.
    static func trimmingTrailingSpaces(_ text: String) -> String {
        var text = text
        while text.last == " " { text.removeLast() }
        return text
    }
}
