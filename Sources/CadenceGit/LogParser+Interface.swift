import Foundation

extension LogParser {
    /// Whether a patch line is one that ``CadenceCore/PythonAPIChange`` reads.
    ///
    /// The line runs from `start` to `end` (after its `+` or `-`); after its indentation it opens with
    /// `def `, `async def `, `class ` or `raise `. Decided on bytes, so that the other lines of a patch
    /// cost no string.
    static func isInterfaceLine(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var index = start
        while index < end, bytes[index] == Byte.space || bytes[index] == UInt8(ascii: "\t") { index += 1 }
        for keyword in interfaceKeywords where index + keyword.count <= end {
            if bytes[index..<index + keyword.count].elementsEqual(keyword) { return true }
        }
        return false
    }

    private static let interfaceKeywords = ["def ", "async def ", "class ", "raise "].map { Array($0.utf8) }

    /// The function context of a hunk header: the text after its second `@@` (`class Parser:` in
    /// `@@ -10,2 +10,3 @@ class Parser:`), trimmed; empty when there is none.
    static func hunkContext(_ header: String) -> String {
        let afterFirst = header.dropFirst(2)
        guard let second = afterFirst.range(of: "@@") else { return "" }
        return afterFirst[second.upperBound...].trimmingCharacters(in: .whitespaces)
    }
}
