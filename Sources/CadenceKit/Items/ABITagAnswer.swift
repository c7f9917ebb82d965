import CadencePackaging

/// `abi-tag`: the extension-module tag a CPython build uses, with PEP 605's pre-freeze flag.
///
/// Encoded as `{"input", "line", "tag", "platform", "preFreeze", "debug", "wheelABI", "fileSuffix"}`
/// (`line` only for standard input; `platform` and `fileSuffix` only for a Windows `.pyd` tag); for
/// people, the tag.
///
/// ```swift
/// ABITagAnswer.tags(for: [InputItem(text: "3.9.0b6")], debug: true).answers[0].text  // "cpython-39pd"
/// ```
public struct ABITagAnswer: ItemAnswer {
    /// The item as given.
    public let item: InputItem
    /// Its tag.
    public let tag: ExtensionModuleTag

    private enum CodingKeys: String, CodingKey {
        case input, line, tag, platform, preFreeze, debug, wheelABI, fileSuffix
    }

    /// Writes the input, its line, the tag and its parts.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try item.encode(into: &container, input: .input, line: .line)
        try container.encode(tag.description, forKey: .tag)
        if case .pyd(let platform) = tag.kind { try container.encode(platform, forKey: .platform) }
        try container.encode(tag.isPreFreeze, forKey: .preFreeze)
        try container.encode(tag.isDebug, forKey: .debug)
        try container.encode(tag.wheelABI, forKey: .wheelABI)
        if let suffix = tag.fileSuffix { try container.encode(suffix, forKey: .fileSuffix) }
    }

    /// The tag: `cpython-39p`, or `cp39p-win_amd64` on Windows.
    public var text: String { tag.description }
}

extension ABITagAnswer {
    /// The tag of each CPython version.
    /// - Parameters:
    ///   - items: CPython versions, X.Y.Z with an optional aN, bN or rcN.
    ///   - debug: Whether the builds are debug builds (the `d` flag).
    ///   - platform: The target platform; a Windows one (`win_amd64`) gives the `.pyd` tag.
    /// - Returns: One answer per item; an item that is not a CPython release, or a bad platform, is invalid
    ///   (a version named as written, not in its normalised form).
    public static func tags(
        for items: [InputItem],
        debug: Bool = false,
        platform: String? = nil
    ) -> ItemAnswers<ItemResult<ABITagAnswer>> {
        ItemAnswers(
            items.map { item in
                do {
                    let version = try Version(item.text)
                    do {
                        let tag = try PreFreezeABI.extensionModuleTag(for: version, debug: debug, platform: platform)
                        return .answered(ABITagAnswer(item: item, tag: tag))
                    } catch let error as ABIError where error.subject == .cpythonVersion && error.input != item.text {
                        throw ABIError(error.subject, input: item.text, reason: error.reason)
                    }
                } catch {
                    return .invalid(InvalidItem(item, error))
                }
            }
        )
    }
}
