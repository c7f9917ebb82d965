extension Tag {
    /// Parses a tag or a compressed tag set (`py2.py3-none-any`) into the tags it stands for
    /// (`packaging.tags.parse_tag`).
    ///
    /// The text has three dash-separated fields, interpreter, ABI and platform; each field may
    /// list several dot-separated members, and the result is every combination, in the order
    /// interpreter, then ABI, then platform, as written, without duplicates. (packaging returns a
    /// `frozenset`, which has no order; compare as sets when order does not matter.)
    ///
    /// Malformed tags are rejected as packaging's development line does after 26.2 (#1238):
    /// the text must have exactly three fields, no field or member may be empty (`py3--any`),
    /// and every interpreter must be a Python identifier (`3py` is not). packaging 26.2 itself
    /// raised a bare `ValueError` for a wrong field count and accepted empty members.
    ///
    /// ```swift
    /// try Tag.parse("py2.py3-none-any").map(\.description)  // ["py2-none-any", "py3-none-any"]
    /// try Tag.parse("py3-none")
    /// // invalid tag 'py3-none': expected 3 dash-separated parts (interpreter-abi-platform), found 2 at column 9
    /// ```
    /// - Parameters:
    ///   - text: The tag text, e.g. `cp39-abi3-manylinux_2_17_x86_64.manylinux2014_x86_64`.
    ///   - validatingOrder: Also require the members of every field to be in sorted order, as
    ///     PEP 425 asks (packaging's `validate_order`); `py3.py2-none-any` is then rejected.
    ///   - limit: The most tags the text may stand for, or `nil` for no limit (packaging's `limit`,
    ///     added after 26.2). It guards against compressed sets that multiply into millions of tags;
    ///     a negative limit allows none.
    /// - Returns: The tags the text stands for, at least one.
    /// - Throws: ``ParseError`` with subject `.tag`, naming the input and the column of the problem.
    public static func parse(_ text: String, validatingOrder: Bool = false, limit: Int? = nil) throws -> [Tag] {
        let fields = Field.split(text)
        guard fields.count == 3 else {
            let offset = fields.count > 3 ? fields[3].offset - 1 : text.utf8.count
            throw ParseError(
                .tag,
                input: text,
                utf8Offset: offset,
                reason: "expected 3 dash-separated parts (interpreter-abi-platform), found \(fields.count)"
            )
        }
        for (index, field) in fields.enumerated() {
            let name = Field.names[index]
            if let empty = field.members.first(where: { $0.text.isEmpty }) {
                let reason =
                    field.members.count == 1
                    ? "empty \(name) field" : "empty member in the compressed \(name) field '\(field.text)'"
                throw ParseError(.tag, input: text, utf8Offset: empty.offset, reason: reason)
            }
            if validatingOrder {
                let sorted = field.members.map(\.text).sorted(by: PythonText.precedes)
                if sorted != field.members.map(\.text) {
                    throw ParseError(
                        .tag,
                        input: text,
                        utf8Offset: field.offset,
                        reason:
                            "\(name) field '\(field.text)' is not in sorted order per PEP 425 "
                            + "(expected '\(sorted.joined(separator: "."))')"
                    )
                }
            }
        }
        if let limit {
            var count = 1
            var overflow = false
            for field in fields where !overflow {
                (count, overflow) = count.multipliedReportingOverflow(by: field.members.count)
            }
            if overflow || count > limit {
                let size = overflow ? "more than \(Int.max)" : String(count)
                throw ParseError(
                    .tag,
                    input: text,
                    column: nil,
                    reason: "the compressed tag set stands for \(size) tags, more than the limit of \(max(0, limit))"
                )
            }
        }
        for interpreter in fields[0].members where !PythonText.isIdentifier(interpreter.text) {
            throw ParseError(
                .tag,
                input: text,
                utf8Offset: interpreter.offset,
                reason: "interpreter '\(interpreter.text)' is not a Python identifier"
            )
        }
        var seen = Set<Tag>()
        var tags: [Tag] = []
        for interpreter in fields[0].members {
            for abi in fields[1].members {
                for platform in fields[2].members {
                    let tag = Tag(
                        interpreter: String(interpreter.text),
                        abi: String(abi.text),
                        platform: String(platform.text)
                    )
                    if seen.insert(tag).inserted { tags.append(tag) }
                }
            }
        }
        return tags
    }

    /// One dash-separated field of a tag, with its dot-separated members and their UTF-8 offsets.
    private struct Field {
        static let names = ["interpreter", "ABI", "platform"]

        let text: Substring
        let offset: Int
        let members: [(text: Substring, offset: Int)]

        /// Splits `text` on `-`, then every field on `.`, like `tag.split("-")` and `field.split(".")`.
        static func split(_ text: String) -> [Field] {
            func offset(of piece: Substring) -> Int { text.utf8.distance(from: text.startIndex, to: piece.startIndex) }
            return PythonText.split(Substring(text), separator: "-").map { field in
                let members = PythonText.split(field, separator: ".").map { ($0, offset(of: $0)) }
                return Field(text: field, offset: offset(of: field), members: members)
            }
        }
    }
}
