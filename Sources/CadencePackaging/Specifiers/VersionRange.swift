/// A point on the version line: a real version, or a boundary between real versions.
///
/// Mirrors packaging's `_BoundaryVersion`: with `V` a version,
/// `V < V+local < afterLocals(V) < V.post0 < afterPosts(V) < next release`.
enum RangePoint: Sendable {
    /// Where a boundary sits relative to its version.
    enum Boundary: Int, Sendable {
        /// After `V` and every `V+local`, before `V.post0`: the upper end of `<=V`, `==V`, `!=V`.
        case afterLocals = 1
        /// After every `V.postN`, before the next release: the lower end of `>V`.
        case afterPosts = 2
    }

    /// A real version.
    case version(Version)
    /// A boundary just after a family of versions of `Version`.
    case boundary(Version, Boundary)

    /// packaging's `==`: a boundary never equals a version.
    static func isEqual(_ lhs: RangePoint, _ rhs: RangePoint) -> Bool {
        switch (lhs, rhs) {
        case (.version(let a), .version(let b)): a == b
        case (.boundary(let a, let kindA), .boundary(let b, let kindB)): a == b && kindA == kindB
        default: false
        }
    }

    /// packaging's `<` (with Python's reflected comparisons between versions and boundaries).
    static func isLess(_ lhs: RangePoint, _ rhs: RangePoint) -> Bool {
        switch (lhs, rhs) {
        case (.version(let a), .version(let b)):
            return a < b
        case (.boundary(let a, let kind), .version(let b)):
            return boundary(a, kind, isBelow: b)
        case (.version(let a), .boundary(let b, let kind)):
            return !boundary(b, kind, isBelow: a)
        case (.boundary(let a, let kindA), .boundary(let b, let kindB)):
            if a == b { return kindA.rawValue < kindB.rawValue }
            // A boundary inside another's family sits below it: `afterLocals(1.0.post1)` comes before
            // `afterPosts(1.0)`, though 1.0.post1 > 1.0. 26.2 compared the bases only, so `>1.0,==1.0.post1`
            // looked satisfiable; this follows the upstream fix (pypa/packaging#1257).
            if isInFamily(of: b, kindB, a) { return true }
            if isInFamily(of: a, kindA, b) { return false }
            return a < b
        }
    }

    /// `_BoundaryVersion.__lt__` against a version: below it unless the version is in the boundary's family.
    private static func boundary(_ base: Version, _ kind: Boundary, isBelow other: Version) -> Bool {
        !isInFamily(of: base, kind, other) && base < other
    }

    /// `_BoundaryVersion._is_family`: whether the boundary sorts above `other` although `base` does not.
    private static func isInFamily(of base: Version, _ kind: Boundary, _ other: Version) -> Bool {
        guard other.epoch == base.epoch,
            ReleaseNumbers.compare(other.releaseNumbers, base.releaseNumbers) == 0,
            other.pre == base.pre
        else { return false }
        switch kind {
        case .afterLocals: return other.post == base.post && other.dev == base.dev
        case .afterPosts: return other.dev == base.dev || other.post != nil
        }
    }

    /// `_nearest_non_prerelease`: the smallest final or post-release at or above this point.
    var nearestNonPrerelease: Version {
        switch self {
        case .version(let version):
            guard version.isPrerelease else { return version }
            return version.replacing(pre: nil, post: version.post, dev: nil, local: nil)
        case .boundary(let inner, _):
            if inner.isPrerelease {
                return inner.replacing(pre: nil, post: inner.post, dev: nil, local: nil)
            }
            // Past every post-release of `inner`: the next post (saturating at the largest Cadence can hold).
            let post = inner.post.map { $0 == Int.max ? $0 : $0 + 1 } ?? 0
            return inner.replacing(pre: inner.pre, post: post, dev: inner.dev, local: nil)
        }
    }
}

/// One end of a version range; a `nil` point is unbounded (−∞ for a lower end, +∞ for an upper end).
struct RangeBound: Sendable {
    /// Where the range ends, or `nil` when it is unbounded on this side.
    var point: RangePoint?
    /// Whether the point itself is inside the range.
    var inclusive: Bool

    /// The unbounded end.
    static let unbounded = RangeBound(point: nil, inclusive: false)

    /// A bound at `version`.
    static func at(_ version: Version, inclusive: Bool) -> RangeBound {
        RangeBound(point: .version(version), inclusive: inclusive)
    }

    /// `_LowerBound.__lt__`: −∞ first; at equal points an inclusive bound starts earlier.
    static func lowerPrecedes(_ lhs: RangeBound, _ rhs: RangeBound) -> Bool {
        guard let left = lhs.point else { return rhs.point != nil }
        guard let right = rhs.point else { return false }
        if !RangePoint.isEqual(left, right) { return RangePoint.isLess(left, right) }
        return lhs.inclusive && !rhs.inclusive
    }

    /// `_UpperBound.__lt__`: +∞ last; at equal points an exclusive bound ends earlier.
    static func upperPrecedes(_ lhs: RangeBound, _ rhs: RangeBound) -> Bool {
        guard let left = lhs.point else { return false }
        guard let right = rhs.point else { return true }
        if !RangePoint.isEqual(left, right) { return RangePoint.isLess(left, right) }
        return !lhs.inclusive && rhs.inclusive
    }
}

/// A contiguous range of versions between a lower and an upper bound (packaging's `_VersionRange`).
struct VersionRange: Sendable {
    /// The lower end.
    var lower: RangeBound
    /// The upper end.
    var upper: RangeBound

    /// Every version.
    static let everything = VersionRange(lower: .unbounded, upper: .unbounded)

    /// `_range_is_empty`: whether no version lies between the bounds.
    var isEmpty: Bool {
        guard let low = lower.point, let high = upper.point else { return false }
        if RangePoint.isEqual(low, high) { return !(lower.inclusive && upper.inclusive) }
        return RangePoint.isLess(high, low)
    }

    /// `_intersect_ranges`: intersects two sorted lists of disjoint ranges with a two-pointer merge.
    /// - Parameters:
    ///   - left: Sorted, disjoint ranges.
    ///   - right: Sorted, disjoint ranges.
    /// - Returns: The sorted, disjoint ranges contained in both.
    static func intersect(_ left: [VersionRange], _ right: [VersionRange]) -> [VersionRange] {
        var result: [VersionRange] = []
        var leftIndex = 0
        var rightIndex = 0
        while leftIndex < left.count && rightIndex < right.count {
            let a = left[leftIndex]
            let b = right[rightIndex]
            let lower = RangeBound.lowerPrecedes(a.lower, b.lower) ? b.lower : a.lower
            let upper = RangeBound.upperPrecedes(b.upper, a.upper) ? b.upper : a.upper
            let range = VersionRange(lower: lower, upper: upper)
            if !range.isEmpty { result.append(range) }
            if RangeBound.upperPrecedes(a.upper, b.upper) {
                leftIndex += 1
            } else {
                rightIndex += 1
            }
        }
        return result
    }
}
