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
        return contains(deprecationWarning, in: bytes, from: index, to: end)
    }

    private static let deprecationWarning = Array("DeprecationWarning".utf8)

    /// What every version note holds: `.. versionadded::`, `.. versionchanged::`, `.. deprecated::`.
    static let versionDirective = Array("::".utf8)

    /// Whether `needle` occurs between `start` and `end`.
    static func contains(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool
    {
        guard let first = needle.first, end - start >= needle.count else { return false }
        var index = start
        while index + needle.count <= end {
            if bytes[index] == first, bytes[index..<index + needle.count].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }

    /// Which comments a file's lines may be: Python's `#`, C's `/* … */` and `//`; `nil` for other files,
    /// whose lines never count as comments.
    enum CommentSyntax {
        case python, c

        init?(path: String) {
            if path.hasSuffix(".py") {
                self = .python
            } else if path.hasSuffix(".c") || path.hasSuffix(".h") {
                self = .c
            } else {
                return nil
            }
        }
    }

    /// Whether the patch line between `start` and `end` (after its `+` or `-`) is blank or only a comment.
    static func isCommentOrBlank(
        _ bytes: UnsafeBufferPointer<UInt8>,
        _ start: Int,
        _ end: Int,
        _ syntax: CommentSyntax
    )
        -> Bool
    {
        var index = start
        while index < end, bytes[index] == Byte.space || bytes[index] == UInt8(ascii: "\t") || bytes[index] == 13 {
            index += 1
        }
        guard index < end else { return true }
        let first = bytes[index]
        switch syntax {
        case .python:
            return first == UInt8(ascii: "#")
        case .c:
            let slash = UInt8(ascii: "/")
            let star = UInt8(ascii: "*")
            if first == star { return true }  // a line inside a block comment
            guard first == slash, index + 1 < end else { return false }
            if bytes[index + 1] == slash { return true }
            // `/* … */` alone on the line: nothing after its end.
            guard bytes[index + 1] == star else { return false }
            var last = end - 1
            while last > index, bytes[last] == Byte.space || bytes[last] == 13 { last -= 1 }
            let closes = last >= index + 3 && bytes[last] == slash && bytes[last - 1] == star
            let closeIndex = (index + 2..<end).first { bytes[$0] == star && $0 + 1 < end && bytes[$0 + 1] == slash }
            return !closes ? closeIndex == nil : closeIndex == last - 1
        }
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
