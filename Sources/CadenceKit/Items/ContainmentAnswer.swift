import CadencePackaging

/// `spec contains`: whether a specifier set contains a version.
///
/// Encoded as `{"input", "line", "contains"}` (`line` only for standard input); for people, the input and
/// `true` or `false`, separated by a tab. A version not contained is a negative answer.
///
/// ```swift
/// let set = try SpecifierSet(">=3.9,!=3.9.0a5,<4")
/// ContainmentAnswer.checking([InputItem(text: "3.9.1")], against: set).answers[0].text  // "3.9.1\ttrue"
/// ```
public struct ContainmentAnswer: ItemAnswer {
    /// The item as given.
    public let item: InputItem
    /// Whether the set contains it.
    public let contains: Bool

    private enum CodingKeys: String, CodingKey {
        case input, line, contains
    }

    /// Writes the input, its line and whether it is contained.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try item.encode(into: &container, input: .input, line: .line)
        try container.encode(contains, forKey: .contains)
    }

    /// The input, a tab, and `true` or `false`.
    public var text: String { "\(item.text)\t\(contains)" }

    /// A version the set does not contain is a negative answer.
    public var isNegative: Bool { !contains }
}

extension ContainmentAnswer {
    /// Checks each item against `set` with packaging's `SpecifierSet.contains`: a version is checked on its
    /// own, so a pre-release the set allows is contained unless the set refuses pre-releases.
    /// - Parameters:
    ///   - items: The versions (or, for a set of `===` specifiers, any strings).
    ///   - set: The specifier set.
    /// - Returns: One answer per item; an item that is not a version is invalid unless the set matches
    ///   arbitrary strings (`===`). Negative when an item is not contained or is invalid.
    public static func checking(_ items: [InputItem], against set: SpecifierSet) -> ItemAnswers<ItemResult<Self>> {
        let requiresVersions = set.requiresVersions
        return ItemAnswers(
            items.map { item in
                guard requiresVersions else {
                    return .answered(ContainmentAnswer(item: item, contains: set.contains(item.text)))
                }
                do {
                    let version = try Version(item.text)
                    return .answered(ContainmentAnswer(item: item, contains: set.contains(version)))
                } catch {
                    return .invalid(InvalidItem(item, error))
                }
            }
        )
    }
}
