import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads the SVG documents the tests produce with Foundation's XML parsers: a document that is not
/// well-formed XML throws.
///
/// `XMLParser` checks well-formedness first: on Linux, `XMLDocument` recovers from errors such as a
/// bare `&` and would hide them.
struct SVG {
    /// A document `XMLParser` rejected, with its message and line.
    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    /// The root element, `<svg>`.
    let root: XMLElement

    /// Parses `text`.
    /// - Throws: the parser's error when `text` is not well-formed XML.
    init(_ text: String) throws {
        let parser = XMLParser(data: Data(text.utf8))
        guard parser.parse() else {
            throw Malformed(
                description:
                    "not well-formed XML at line \(parser.lineNumber): \(String(describing: parser.parserError))"
            )
        }
        let document = try XMLDocument(data: Data(text.utf8), options: [])
        guard let root = document.rootElement() else { throw CocoaError(.coderReadCorrupt) }
        self.root = root
    }

    /// Every element below `element` (depth first), `element` excluded.
    static func descendants(of element: XMLElement) -> [XMLElement] {
        (element.children ?? []).compactMap { $0 as? XMLElement }.flatMap { [$0] + descendants(of: $0) }
    }

    /// Every element named `name` in the document.
    func elements(_ name: String) -> [XMLElement] {
        SVG.descendants(of: root).filter { $0.localName == name || $0.name == name }
    }

    /// The element whose `id` is `id`.
    func element(id: String) -> XMLElement? {
        SVG.descendants(of: root).first { SVG.attribute("id", of: $0) == id }
    }

    /// Elements whose `class` attribute holds `name` among its words.
    func elements(class name: String, in element: XMLElement? = nil) -> [XMLElement] {
        SVG.descendants(of: element ?? root).filter {
            SVG.attribute("class", of: $0).split(separator: " ").contains(Substring(name))
        }
    }

    /// The attribute `name` of `element`, or `""`.
    ///
    /// Looked up by name among all attributes: on Linux, `attribute(forName:)` finds nothing on elements
    /// in a default namespace such as SVG's.
    static func attribute(_ name: String, of element: XMLElement) -> String {
        let attribute = (element.attributes ?? []).first { $0.localName == name || $0.name == name }
        return attribute?.stringValue ?? ""
    }

    /// The attribute `name` of `element` as a number, or `nil`.
    static func number(_ name: String, of element: XMLElement) -> Double? {
        Double(attribute(name, of: element))
    }
}
