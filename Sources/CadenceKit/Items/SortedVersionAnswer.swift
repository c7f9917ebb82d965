import CadencePackaging

/// `version sort`: one version in PEP 440 order.
///
/// Encoded as `{"input", "normalized", "line"}` (`line` only for standard input); for people, the line
/// as written or, when asked, its normalised form.
///
/// ```swift
/// let items = ["3.10.0", "3.9.0", "3.9.0rc1"].map { InputItem(text: $0) }
/// SortedVersionAnswer.sorting(items).answers.map(\.text)  // ["3.9.0rc1", "3.9.0", "3.10.0"]
/// ```
public struct SortedVersionAnswer: ItemAnswer {
    /// The item as given.
    public let item: InputItem
    /// The version it holds.
    public let version: Version
    /// Whether ``text`` is the normalised form rather than the line as written.
    public let showsNormalized: Bool

    private enum CodingKeys: String, CodingKey {
        case input, normalized, line
    }

    /// Writes the input, the normalised form and the line.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(item.text, forKey: .input)
        try container.encode(normalized, forKey: .normalized)
        if let line = item.line { try container.encode(line, forKey: .line) }
    }

    /// The normalised form.
    public var normalized: String { version.description }

    /// The line as written, or the normalised form when ``showsNormalized``.
    public var text: String { showsNormalized ? normalized : item.text }
}

extension SortedVersionAnswer {
    /// Sorts the items in PEP 440 order, like `sort -V`; equal versions keep their input order.
    /// - Parameters:
    ///   - items: The versions.
    ///   - descending: Whether the newest comes first.
    ///   - skippingInvalid: Whether items that are not versions are left out silently rather than reported.
    ///   - showingNormalized: Whether each answer's text is the normalised form rather than the line as written.
    /// - Returns: The invalid items in input order (unless skipped), then the sorted versions; negative
    ///   when an item is invalid and not skipped.
    public static func sorting(
        _ items: [InputItem],
        descending: Bool = false,
        skippingInvalid: Bool = false,
        showingNormalized: Bool = false
    ) -> ItemAnswers<ItemResult<SortedVersionAnswer>> {
        var answers: [ItemResult<SortedVersionAnswer>] = []
        var versions: [Version] = []
        var positions: [Int] = []
        versions.reserveCapacity(items.count)
        positions.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            do {
                versions.append(try Version(item.text))
                positions.append(index)
            } catch {
                if !skippingInvalid { answers.append(.invalid(InvalidItem(item, error))) }
            }
        }
        answers.reserveCapacity(answers.count + versions.count)
        for index in Version.sortedIndices(versions, descending: descending) {
            let answer = SortedVersionAnswer(
                item: items[positions[index]],
                version: versions[index],
                showsNormalized: showingNormalized
            )
            answers.append(.answered(answer))
        }
        return ItemAnswers(answers)
    }
}
