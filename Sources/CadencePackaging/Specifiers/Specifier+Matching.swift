extension Specifier {
    /// Whether `version` satisfies the comparison, before any pre-release rule.
    /// - Parameter version: The parsed candidate; `===` compares its normalised text.
    /// - Returns: `true` when the operator accepts the candidate.
    func matches(_ version: Version) -> Bool {
        comparison.matches(version)
    }

    /// Whether a candidate satisfies the comparison; text that is no version can only match `===`.
    /// - Parameter candidate: The parsed candidate.
    /// - Returns: `true` when the operator accepts it.
    func matches(_ candidate: ParsedCandidate) -> Bool {
        if comparison.kind == .arbitrary {
            return candidate.loweredText == comparison.loweredText
        }
        guard let version = candidate.version else { return false }
        return comparison.matches(version)
    }

    // MARK: - Public matching

    /// Whether `version` satisfies this specifier, with packaging's pre-release rules.
    ///
    /// A pre-release matches when `prereleases` is `true`; with `nil` it matches unless this
    /// specifier was explicitly told `prereleases = false` (there are no other versions to prefer).
    /// - Parameters:
    ///   - version: The candidate version.
    ///   - prereleases: `true` or `false` to override the specifier's own setting for this call.
    /// - Returns: `true` when the version is inside the specifier.
    public func contains(_ version: Version, prereleases: Bool? = nil) -> Bool {
        guard matches(version) else { return false }
        return admitsMatch(isPrerelease: version.isPrerelease, prereleases: prereleases)
    }

    /// Whether the version written as `text` satisfies this specifier, like packaging given a string.
    ///
    /// Text that is not a valid version matches only `===` with the same text (ignoring case);
    /// valid text is parsed, except that `===` compares it exactly as written.
    /// - Parameters:
    ///   - text: The candidate version text.
    ///   - prereleases: `true` or `false` to override the specifier's own setting for this call.
    /// - Returns: `true` when the text is inside the specifier.
    public func contains(_ text: String, prereleases: Bool? = nil) -> Bool {
        contains(.text(text), prereleases: prereleases)
    }

    /// Whether a version or text candidate satisfies this specifier.
    /// - Parameters:
    ///   - candidate: The version or text to test.
    ///   - prereleases: `true` or `false` to override the specifier's own setting for this call.
    /// - Returns: `true` when the candidate is inside the specifier.
    public func contains(_ candidate: VersionCandidate, prereleases: Bool? = nil) -> Bool {
        let parsed = ParsedCandidate(candidate)
        guard matches(parsed) else { return false }
        guard let version = parsed.version else { return true }
        return admitsMatch(isPrerelease: version.isPrerelease, prereleases: prereleases)
    }

    /// The pre-release rule for a single matching candidate (packaging's `Specifier.filter` on one item).
    private func admitsMatch(isPrerelease: Bool, prereleases: Bool?) -> Bool {
        guard isPrerelease else { return true }
        if let prereleases { return prereleases }
        return explicitPrereleases != false
    }

    /// The versions of `versions` that satisfy this specifier, in order (packaging's `Specifier.filter`).
    ///
    /// With `prereleases` `nil`, pre-releases are kept only when no final release matches,
    /// unless the specifier's own ``prereleases`` allows them or explicitly forbids them.
    /// - Parameters:
    ///   - versions: The candidates.
    ///   - prereleases: `true` or `false` to override the specifier's own setting for this call.
    /// - Returns: The matching versions.
    public func filter(_ versions: [Version], prereleases: Bool? = nil) -> [Version] {
        filter(versions, prereleases: prereleases, key: VersionCandidate.version)
    }

    /// The texts of `texts` that satisfy this specifier, in order (packaging's `Specifier.filter` on strings).
    /// - Parameters:
    ///   - texts: The candidate version texts; text that is no version can only match `===`.
    ///   - prereleases: `true` or `false` to override the specifier's own setting for this call.
    /// - Returns: The matching texts.
    public func filter(_ texts: [String], prereleases: Bool? = nil) -> [String] {
        filter(texts, prereleases: prereleases, key: VersionCandidate.text)
    }

    /// The items whose version satisfies this specifier, in order (packaging's `filter` with `key=`).
    /// - Parameters:
    ///   - items: The items to filter.
    ///   - prereleases: `true` or `false` to override the specifier's own setting for this call.
    ///   - key: The version or text of an item.
    /// - Returns: The matching items; text that is no version comes first when pre-releases are held back.
    public func filter<Item>(_ items: [Item], prereleases: Bool? = nil, key: (Item) -> VersionCandidate) -> [Item] {
        let includePrereleases = prereleases ?? self.prereleases ?? false
        let mayFallBack = prereleases == nil && explicitPrereleases != false
        var result: [Item] = []
        var heldBack: [Item] = []
        var foundFinal = false
        for item in items {
            let candidate = ParsedCandidate(key(item))
            guard matches(candidate) else { continue }
            guard let version = candidate.version else {
                result.append(item)
                continue
            }
            if !version.isPrerelease || includePrereleases {
                foundFinal = true
                result.append(item)
            } else if mayFallBack {
                heldBack.append(item)
            }
        }
        if !foundFinal && mayFallBack { result += heldBack }
        return result
    }
}
