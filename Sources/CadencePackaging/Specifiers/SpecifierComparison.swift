/// What one specifier compares and against what, parsed once and shared by every copy of it.
///
/// This is the hot path of matching: a final class with immutable stored properties, so a
/// ``Specifier`` copies as one reference and matching reads the parsed spec version in place.
/// Each comparison follows the corresponding `Specifier._compare_*` method of packaging 26.2.
final class SpecifierComparison: Sendable {
    /// Which comparison a specifier makes; `==`/`!=` with `.*` compare release prefixes.
    enum Kind: Sendable {
        /// `~=V`: at least `V` and within the release prefix packaging derives from the text.
        case compatible
        /// `==V`: equal; the candidate's local label is ignored when `V` has none.
        case equal
        /// `!=V`: not equal, with the same local-label rule as `==`.
        case notEqual
        /// `==V.*`: the candidate starts with the release prefix `V`.
        case equalPrefix
        /// `!=V.*`: the candidate does not start with the release prefix `V`.
        case notEqualPrefix
        /// `<=V`: at most `V`, local labels ignored.
        case lessThanOrEqual
        /// `>=V`: at least `V`, local labels ignored.
        case greaterThanOrEqual
        /// `<V`: below `V` and, unless `V` is a pre-release, below `V`'s earliest pre-release.
        case lessThan
        /// `>V`: above `V`, but not a post-release or local version of `V`.
        case greaterThan
        /// `===text`: the candidate's text equals `text`, ignoring case.
        case arbitrary
    }

    /// Which comparison this is.
    let kind: Kind
    /// The version text after the operator, as written (packaging's `Specifier.version`).
    let text: String
    /// The spec's version, or for `.*` the version before it.
    ///
    /// For `===` with text that is no version, `0.dev0` stands in; `===` never compares it.
    let target: Version
    /// `target`'s epoch, release and ordering suffix, stored apart so matching reads them in place.
    private let targetEpoch: Int
    private let targetRelease: ReleaseNumbers
    private let targetSuffix: SortSuffix
    /// For `<V` with a final `V`: `V.dev0`, from which on pre-releases of `V` are refused.
    let earliestPrerelease: Version
    /// Whether `<V` refuses pre-releases of `V` (when `V` itself is not a pre-release).
    let refusesPrereleasesOfTarget: Bool
    /// Whether `==V`/`!=V` ignore the candidate's local label (when `V` has none).
    let ignoresLocal: Bool
    /// The release prefix of `~=` and `.*` comparisons; empty for the others.
    let prefix: PrefixPattern
    /// `text` lowered as Python lowers it, for `===`.
    let loweredText: String
    /// What packaging's `prereleases` getter answers when nothing was set explicitly.
    let impliedPrereleases: Bool?
    /// The version text of packaging's `_canonical_spec`, the basis of equality and hashing.
    let canonicalVersion: String

    /// Prepares the comparison `kind` against `target`, written as `text`.
    /// - Parameters:
    ///   - kind: The comparison.
    ///   - text: The version text after the operator.
    ///   - target: The parsed version (the base before `.*`), or `nil` for `===` text that is no version.
    init(_ kind: Kind, text: String, target: Version?) {
        self.kind = kind
        self.text = text
        let target = target ?? Version.smallest
        self.target = target
        targetEpoch = target.epoch
        targetRelease = target.releaseNumbers
        targetSuffix = target.sortSuffix
        refusesPrereleasesOfTarget = kind == .lessThan && !target.isPrerelease
        earliestPrerelease = target.replacing(pre: target.pre, post: target.post, dev: 0, local: nil)
        ignoresLocal = target.local == nil
        loweredText = kind == .arbitrary ? PythonText.lower(text) : ""
        switch kind {
        case .compatible: prefix = PrefixPattern(compatibleWith: text)
        case .equalPrefix, .notEqualPrefix: prefix = PrefixPattern(wildcardBase: String(text.dropLast(2)))
        default: prefix = PrefixPattern.empty
        }
        switch kind {
        case .arbitrary:
            impliedPrereleases = (try? Version(text))?.isPrerelease
            canonicalVersion = text
        case .equalPrefix, .notEqualPrefix:
            impliedPrereleases = false
            canonicalVersion = text
        case .notEqual:
            impliedPrereleases = false
            canonicalVersion = target.trimmingTrailingZeros.description
        case .compatible:
            impliedPrereleases = target.isPrerelease
            canonicalVersion = target.description
        case .equal, .lessThanOrEqual, .greaterThanOrEqual, .lessThan, .greaterThan:
            impliedPrereleases = target.isPrerelease
            canonicalVersion = target.trimmingTrailingZeros.description
        }
    }

    /// Whether `version` satisfies the comparison, before any pre-release rule.
    /// - Parameters:
    ///   - version: The parsed candidate.
    ///   - text: The text `===` compares; `nil` means the version's normalised text.
    /// - Returns: `true` when the comparison accepts the candidate.
    func matches(_ version: Version, text: String? = nil) -> Bool {
        switch kind {
        case .greaterThanOrEqual:
            return comparePublic(version) >= 0
        case .lessThan:
            // `version < target` (target has no local label, so locals cannot decide it).
            guard comparePublic(version) < 0 else { return false }
            if refusesPrereleasesOfTarget, version.isPrerelease, Version.compare(version, earliestPrerelease) >= 0 {
                return false
            }
            return true
        case .notEqual:
            return !isEqual(version)
        case .equal:
            return isEqual(version)
        case .lessThanOrEqual:
            return comparePublic(version) <= 0
        case .greaterThan:
            return isGreater(version)
        case .compatible:
            return comparePublic(version) >= 0 && prefix.matches(version)
        case .equalPrefix:
            return prefix.matches(version)
        case .notEqualPrefix:
            return !prefix.matches(version)
        case .arbitrary:
            return PythonText.lower(text ?? version.description) == loweredText
        }
    }

    /// Compares the public parts of `version` and the target: `Version.comparePublic(version, target)`.
    private func comparePublic(_ version: Version) -> Int {
        if version.epoch != targetEpoch { return version.epoch < targetEpoch ? -1 : 1 }
        let release = version.compareRelease(to: targetRelease)
        if release != 0 { return release }
        let suffix = version.sortSuffix
        if suffix == targetSuffix { return 0 }
        return suffix < targetSuffix ? -1 : 1
    }

    private func isEqual(_ version: Version) -> Bool {
        guard comparePublic(version) == 0 else { return false }
        return ignoresLocal || Version.compareLocals(version.local, target.local) == 0
    }

    /// `>V` excludes `V`'s post-releases (unless `V` is one) and `V`'s local versions.
    ///
    /// `V` has no local label, so a local version of `V` compares equal on the public parts
    /// and is refused with `V` itself.
    private func isGreater(_ version: Version) -> Bool {
        guard comparePublic(version) > 0 else { return false }
        if !target.isPostrelease, version.isPostrelease,
            version.replacing(pre: version.pre, post: nil, dev: nil, local: nil) == target
        {
            return false
        }
        return true
    }
}
