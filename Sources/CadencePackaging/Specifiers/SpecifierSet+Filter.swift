extension SpecifierSet {
    /// Whether `version` satisfies every member, with packaging's pre-release rules.
    ///
    /// The pre-release choice is, in order: `true` when `installed` is `true` and the version is a
    /// pre-release (an installed version is accepted as it is), else `prereleases`, else this set's
    /// ``prereleases``. When all of these are `nil`, a matching pre-release is accepted, since
    /// there is no other version to prefer. An empty set accepts every version.
    ///
    /// ```swift
    /// let set = try SpecifierSet(">=3.9,!=3.9.0a5,<4")
    /// set.contains(try Version("3.12.0rc1"))                        // true
    /// set.contains(try Version("3.12.0rc1"), prereleases: false)    // false
    /// ```
    /// - Parameters:
    ///   - version: The candidate version.
    ///   - prereleases: `true` or `false` to override the set's own setting for this call.
    ///   - installed: `true` when the version is already installed, which admits pre-releases.
    /// - Returns: `true` when every member accepts the version.
    public func contains(_ version: Version, prereleases: Bool? = nil, installed: Bool? = nil) -> Bool {
        let isPrerelease = version.isPrerelease
        if isPrerelease {
            let allowed = installed == true ? true : (prereleases ?? explicitPrereleases ?? impliedPrereleases)
            if allowed == false { return false }
        }
        return specifiers.withUnsafeBufferPointer { members in
            for member in members where !member.comparison.matches(version) { return false }
            return true
        }
    }

    /// Whether the version written as `text` satisfies every member, like packaging given a string.
    ///
    /// Text that is not a valid version is accepted only by an empty set or by a set whose members
    /// are all `===` the same text (ignoring case). Members with `===` compare `text` as written.
    /// - Parameters:
    ///   - text: The candidate version text.
    ///   - prereleases: `true` or `false` to override the set's own setting for this call.
    ///   - installed: `true` when the version is already installed, which admits pre-releases.
    /// - Returns: `true` when every member accepts the text.
    public func contains(_ text: String, prereleases: Bool? = nil, installed: Bool? = nil) -> Bool {
        contains(.text(text), prereleases: prereleases, installed: installed)
    }

    /// Whether a version or text candidate satisfies every member.
    /// - Parameters:
    ///   - candidate: The version or text to test.
    ///   - prereleases: `true` or `false` to override the set's own setting for this call.
    ///   - installed: `true` when the version is already installed, which admits pre-releases.
    /// - Returns: `true` when every member accepts the candidate.
    public func contains(_ candidate: VersionCandidate, prereleases: Bool? = nil, installed: Bool? = nil) -> Bool {
        let parsed = ParsedCandidate(candidate)
        guard let version = parsed.version else {
            return specifiers.allSatisfy { $0.matches(parsed) }
        }
        guard hasArbitraryEquality else {
            return contains(version, prereleases: prereleases, installed: installed)
        }
        if version.isPrerelease {
            let allowed = installed == true ? true : (prereleases ?? self.prereleases)
            if allowed == false { return false }
        }
        return specifiers.allSatisfy { $0.matches(parsed) }
    }

    /// The versions that satisfy every member, in order (packaging's `SpecifierSet.filter`).
    ///
    /// With no pre-release choice anywhere, pre-releases are dropped when at least one final
    /// release matches, and kept when only pre-releases match.
    ///
    /// ```swift
    /// try SpecifierSet(">=1.2.3").filter(["1.2", "1.3", "1.5a1"])  // ["1.3"]
    /// try SpecifierSet(">=1.2.3").filter(["1.2", "1.5a1"])         // ["1.5a1"]
    /// ```
    /// - Parameters:
    ///   - versions: The candidates.
    ///   - prereleases: `true` or `false` to override the set's own setting for this call.
    /// - Returns: The matching versions.
    public func filter(_ versions: [Version], prereleases: Bool? = nil) -> [Version] {
        filter(versions, prereleases: prereleases, key: VersionCandidate.version)
    }

    /// The texts that satisfy every member, in order (packaging's `SpecifierSet.filter` on strings).
    ///
    /// Text that is not a valid version passes only an empty set or a set of `===` members with
    /// that text, and is never treated as a pre-release.
    /// - Parameters:
    ///   - texts: The candidate version texts.
    ///   - prereleases: `true` or `false` to override the set's own setting for this call.
    /// - Returns: The matching texts.
    public func filter(_ texts: [String], prereleases: Bool? = nil) -> [String] {
        filter(texts, prereleases: prereleases, key: VersionCandidate.text)
    }

    /// The items whose version satisfies every member, in order (packaging's `filter` with `key=`).
    /// - Parameters:
    ///   - items: The items to filter.
    ///   - prereleases: `true` or `false` to override the set's own setting for this call.
    ///   - key: The version or text of an item.
    /// - Returns: The matching items.
    public func filter<Item>(_ items: [Item], prereleases: Bool? = nil, key: (Item) -> VersionCandidate) -> [Item] {
        let choice = prereleases ?? self.prereleases
        var kept: [(item: Item, isFinal: Bool, isVersion: Bool)] = []
        for item in items {
            let candidate = ParsedCandidate(key(item))
            if let version = candidate.version {
                if choice == false && version.isPrerelease { continue }
                guard specifiers.allSatisfy({ $0.matches(candidate) }) else { continue }
                kept.append((item, !version.isPrerelease, true))
            } else {
                guard specifiers.allSatisfy({ $0.matches(candidate) }) else { continue }
                kept.append((item, false, false))
            }
        }
        guard choice == nil, kept.contains(where: \.isFinal) else {
            return kept.map(\.item)
        }
        // PEP 440: with a final release available, drop the pre-releases (text that is no version stays).
        return kept.filter { $0.isFinal || !$0.isVersion }.map(\.item)
    }
}
