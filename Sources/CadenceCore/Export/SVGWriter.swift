/// Builds an SVG document as text: elements with attributes in a fixed order, XML-escaped text,
/// numbers with at most one decimal, two-space indentation.
struct SVGWriter {
    private(set) var lines: [String] = []
    private var depth = 0

    /// An empty element, such as `<rect x="1" y="2"/>`.
    mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String>) {
        lines.append(indent + "<" + name + SVGWriter.attributeText(attributes) + "/>")
    }

    /// An element with text content, such as `<text x="1">3.9</text>`.
    mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String>, text: String) {
        lines.append(
            indent + "<" + name + SVGWriter.attributeText(attributes) + ">" + SVGWriter.escape(text) + "</" + name + ">"
        )
    }

    /// Opens an element whose children follow until ``close(_:)``.
    mutating func open(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        lines.append(indent + "<" + name + SVGWriter.attributeText(attributes) + ">")
        depth += 1
    }

    /// Closes the element ``open(_:_:)`` opened last.
    mutating func close(_ name: String) {
        depth -= 1
        lines.append(indent + "</" + name + ">")
    }

    /// The document: an XML declaration and the lines, ending with a line feed.
    var document: String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + lines.joined(separator: "\n") + "\n"
    }

    private var indent: String { String(repeating: "  ", count: max(depth, 0)) }

    private static func attributeText(_ attributes: KeyValuePairs<String, String>) -> String {
        attributes.map { " " + $0.key + "=\"" + escape($0.value) + "\"" }.joined()
    }

    /// `text` escaped for XML character data and attribute values: `& < > " '` as entities, and the
    /// characters XML 1.0 cannot hold (control characters other than tab, LF and CR; U+FFFE, U+FFFF)
    /// dropped.
    static func escape(_ text: String) -> String {
        var escaped = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped.append(contentsOf: "&amp;".unicodeScalars)
            case "<": escaped.append(contentsOf: "&lt;".unicodeScalars)
            case ">": escaped.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": escaped.append(contentsOf: "&quot;".unicodeScalars)
            case "'": escaped.append(contentsOf: "&apos;".unicodeScalars)
            case "\t", "\n", "\r": escaped.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
            default: escaped.append(scalar)
            }
        }
        return String(escaped)
    }

    /// A coordinate or length with at most one decimal: `12`, `12.5`, never `-0`.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let tenths = (value * 10).rounded()
        if tenths == 0 { return "0" }
        let whole = Int(tenths) / 10
        let fraction = abs(Int(tenths) % 10)
        if fraction == 0 { return String(whole) }
        return (tenths < 0 && whole == 0 ? "-" : "") + String(whole) + "." + String(fraction)
    }
}
