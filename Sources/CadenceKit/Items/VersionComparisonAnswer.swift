import CadencePackaging

/// `version compare`: how two versions order in PEP 440.
///
/// Encoded as `{"a", "b", "result"}`; for people, the result: `<`, `==` or `>`.
///
/// ```swift
/// VersionComparisonAnswer.comparing("3.9.0a5", "3.9.0b1").answers[0].text  // "<"
/// ```
public struct VersionComparisonAnswer: ItemAnswer {
    /// The first version, as written.
    public let a: String
    /// The second version, as written.
    public let b: String
    /// `<`, `==` or `>`: how the first orders against the second.
    public let result: String

    private enum CodingKeys: String, CodingKey {
        case a, b, result
    }

    /// Writes both versions and the result.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(a, forKey: .a)
        try container.encode(b, forKey: .b)
        try container.encode(result, forKey: .result)
    }

    /// The result.
    public var text: String { result }
}

extension VersionComparisonAnswer {
    /// Compares two versions given as arguments.
    /// - Parameters:
    ///   - a: The first version.
    ///   - b: The second version.
    /// - Returns: One answer; an invalid one (whose input is both versions, joined by a space) when either
    ///   is not a PEP 440 version.
    public static func comparing(_ a: String, _ b: String) -> ItemAnswers<ItemResult<VersionComparisonAnswer>> {
        ItemAnswers([answer(for: InputItem(text: "\(a) \(b)"), a, b)])
    }

    /// Compares the pair on each line, two versions separated by spaces or tabs.
    /// - Parameter lines: The lines.
    /// - Returns: One answer per line; an invalid one for a line that does not hold exactly two versions.
    public static func comparing(lines: [InputItem]) -> ItemAnswers<ItemResult<VersionComparisonAnswer>> {
        ItemAnswers(
            lines.map { item in
                let parts = item.text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
                guard parts.count == 2 else { return .invalid(InvalidItem(item, PairError(text: item.text))) }
                return answer(for: item, parts[0], parts[1])
            }
        )
    }

    /// The comparison of `a` and `b`, reported as `item` when either is invalid.
    private static func answer(for item: InputItem, _ a: String, _ b: String) -> ItemResult<VersionComparisonAnswer> {
        do {
            let order = Version.compare(try Version(a), try Version(b))
            let result = order < 0 ? "<" : (order == 0 ? "==" : ">")
            return .answered(VersionComparisonAnswer(a: a, b: b, result: result))
        } catch {
            return .invalid(InvalidItem(item, error))
        }
    }

    /// A line that does not hold exactly two versions.
    struct PairError: Error, CustomStringConvertible {
        var text: String
        var description: String { "expected two versions separated by a space, got '\(text)'" }
    }
}
