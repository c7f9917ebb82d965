extension SpecifierSet {
    /// Whether no version can ever satisfy this set (packaging's `is_unsatisfiable()`).
    ///
    /// Every member is turned into version ranges, which are intersected in the canonical (sorted)
    /// order. The set is unsatisfiable
    /// when the intersection is empty, when `===` members disagree or exclude each other's only
    /// candidate, or, with ``prereleases`` `false`, when only pre-releases remain.
    ///
    /// ```swift
    /// try SpecifierSet(">=2.0,<1.0").isUnsatisfiable    // true
    /// try SpecifierSet("==1.0,!=1.0").isUnsatisfiable   // true
    /// try SpecifierSet(">=1.0,<2.0").isUnsatisfiable    // false
    /// ```
    public var isUnsatisfiable: Bool {
        // Intersect in the canonical order, so sets that are equal always get the same answer (26.2's
        // range intersection can depend on the order; it answers this way once `str()` has sorted them).
        guard let first = canonicalSpecifiers.first else { return false }
        var ranges = first.ranges
        for specifier in canonicalSpecifiers.dropFirst() {
            if ranges.isEmpty { break }
            ranges = VersionRange.intersect(ranges, specifier.ranges)
        }
        if ranges.isEmpty { return true }
        if arbitraryEqualityIsUnsatisfiable { return true }
        if prereleases == false { return SpecifierSet.holdOnlyPrereleases(ranges) }
        return false
    }

    /// `_check_arbitrary_unsatisfiable`: `===V` can only be met by the text `V` itself.
    private var arbitraryEqualityIsUnsatisfiable: Bool {
        let arbitrary = specifiers.filter { $0.operator == .arbitrary }
        guard let first = arbitrary.first else { return false }
        let text = PythonText.lower(first.version)
        if arbitrary.dropFirst().contains(where: { PythonText.lower($0.version) != text }) { return true }

        let candidate = try? Version(first.version)
        if prereleases == false, let candidate, candidate.isPrerelease { return true }

        let standard = specifiers.filter { $0.operator != .arbitrary }
        if standard.isEmpty { return false }
        guard let candidate else { return true }
        return !standard.allSatisfy { $0.contains(candidate) }
    }

    /// `_check_prerelease_only_ranges`: whether every range holds pre-releases only.
    private static func holdOnlyPrereleases(_ ranges: [VersionRange]) -> Bool {
        for range in ranges {
            guard let lower = range.lower.point else { return false }
            let nearest = RangePoint.version(lower.nearestNonPrerelease)
            guard let upper = range.upper.point else { return false }
            if RangePoint.isLess(nearest, upper) { return false }
            if RangePoint.isEqual(nearest, upper) && range.upper.inclusive { return false }
        }
        return true
    }
}

extension Specifier {
    /// The sorted, disjoint version ranges this specifier allows (packaging's `_to_ranges`).
    ///
    /// `===` is modelled as every version; its text rule is checked separately.
    var ranges: [VersionRange] {
        let target = comparison.target
        switch comparison.kind {
        case .arbitrary:
            return [.everything]
        case .equalPrefix:
            // A prefix whose last number is the largest Cadence can hold has no next prefix: unbounded above.
            let upper = target.nextPrefixDevZero.map { RangeBound.at($0, inclusive: false) } ?? .unbounded
            return [VersionRange(lower: .at(target.baseDevZero, inclusive: true), upper: upper)]
        case .notEqualPrefix:
            let below = VersionRange(lower: .unbounded, upper: .at(target.baseDevZero, inclusive: false))
            guard let next = target.nextPrefixDevZero else { return [below] }
            return [below, VersionRange(lower: .at(next, inclusive: true), upper: .unbounded)]
        case .greaterThanOrEqual:
            return [VersionRange(lower: .at(target, inclusive: true), upper: .unbounded)]
        case .lessThanOrEqual:
            let upper = RangeBound(point: .boundary(target, .afterLocals), inclusive: true)
            return [VersionRange(lower: .unbounded, upper: upper)]
        case .greaterThan:
            // The next dev or post release, unless the number is already the largest Cadence can hold.
            if let dev = target.dev, dev < Int.max {
                let next = target.replacing(pre: target.pre, post: target.post, dev: dev + 1, local: nil)
                return [VersionRange(lower: .at(next, inclusive: true), upper: .unbounded)]
            }
            if target.dev == nil, let post = target.post, post < Int.max {
                let next = target.replacing(pre: target.pre, post: post + 1, dev: 0, local: nil)
                return [VersionRange(lower: .at(next, inclusive: true), upper: .unbounded)]
            }
            let lower = RangeBound(point: .boundary(target, .afterPosts), inclusive: false)
            return [VersionRange(lower: lower, upper: .unbounded)]
        case .lessThan:
            let bound = target.isPrerelease ? target : comparison.earliestPrerelease
            if bound <= Version.smallest { return [] }
            return [VersionRange(lower: .unbounded, upper: .at(bound, inclusive: false))]
        case .equal:
            let upper: RangePoint = comparison.ignoresLocal ? .boundary(target, .afterLocals) : .version(target)
            return [VersionRange(lower: .at(target, inclusive: true), upper: RangeBound(point: upper, inclusive: true))]
        case .notEqual:
            let upper: RangePoint = comparison.ignoresLocal ? .boundary(target, .afterLocals) : .version(target)
            return [
                VersionRange(lower: .unbounded, upper: .at(target, inclusive: false)),
                VersionRange(lower: RangeBound(point: upper, inclusive: false), upper: .unbounded),
            ]
        case .compatible:
            let prefix = target.withRelease(Array(target.release.dropLast()))
            let upper = prefix.nextPrefixDevZero.map { RangeBound.at($0, inclusive: false) } ?? .unbounded
            return [VersionRange(lower: .at(target, inclusive: true), upper: upper)]
        }
    }
}

extension Version {
    /// `0.dev0`, the smallest PEP 440 version.
    static let smallest = Version(unchecked: 0, release: [0], pre: nil, post: nil, dev: 0, local: nil)

    /// `_base_dev0`: the earliest release of this release segment (`1.2` → `1.2.dev0`).
    var baseDevZero: Version {
        Version(unchecked: epoch, release: release, pre: nil, post: nil, dev: 0, local: nil)
    }

    /// `_next_prefix_dev0`: the earliest release of the next prefix (`1.2` → `1.3.dev0`), or `nil` when
    /// the last number is `Int.max` and the next prefix cannot be written.
    var nextPrefixDevZero: Version? {
        var next = release
        guard let last = next.last, last < Int.max else { return nil }
        next[next.count - 1] = last + 1
        return Version(unchecked: epoch, release: next, pre: nil, post: nil, dev: 0, local: nil)
    }
}
