import CadencePackaging

/// `version normalize`: a version's normalised PEP 440 form.
///
/// Encoded as `{"input", "line", "normalized"}` (`line` only for standard input); for people, the
/// normalised form.
///
/// ```swift
/// VersionAnswer.normalizing([InputItem(text: "V3.9.0-Alpha5")]).answers[0].text  // "3.9.0a5"
/// ```
public struct VersionAnswer: ItemAnswer {
    /// The item as given.
    public let item: InputItem
    /// Its normalised form.
    public let normalized: String

    private enum CodingKeys: String, CodingKey {
        case input, line, normalized
    }

    /// Writes the input, its line and the normalised form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try item.encode(into: &container, input: .input, line: .line)
        try container.encode(normalized, forKey: .normalized)
    }

    /// The normalised form.
    public var text: String { normalized }
}

extension VersionAnswer {
    /// Normalises each item, in order; an item that is not a PEP 440 version is invalid.
    /// - Parameter items: The versions.
    /// - Returns: One answer per item; negative when an item is invalid.
    public static func normalizing(_ items: [InputItem]) -> ItemAnswers<ItemResult<VersionAnswer>> {
        ItemAnswers(
            items.map { item in
                do {
                    let version = try Version(item.text)
                    return .answered(VersionAnswer(item: item, normalized: version.description))
                } catch {
                    return .invalid(InvalidItem(item, error))
                }
            }
        )
    }
}
