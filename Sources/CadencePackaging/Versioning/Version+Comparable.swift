extension Version: Comparable, Hashable {
    /// Compares two versions in PEP 440 order; trailing zeros of the release do not count.
    /// - Parameters:
    ///   - lhs: A version.
    ///   - rhs: Another version.
    /// - Returns: Whether the two are equal under PEP 440.
    public static func == (lhs: Version, rhs: Version) -> Bool {
        compare(lhs, rhs) == 0
    }

    /// Orders two versions as `packaging` does: epoch, release, pre/post/dev suffix, local label.
    /// - Parameters:
    ///   - lhs: A version.
    ///   - rhs: Another version.
    /// - Returns: Whether `lhs` sorts before `rhs`.
    public static func < (lhs: Version, rhs: Version) -> Bool {
        compare(lhs, rhs) < 0
    }

    /// Hashes the parts that take part in equality (the release without trailing zeros).
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(epoch)
        let significant = releaseNumbers.significantCount
        hasher.combine(significant)
        for index in 0..<significant { hasher.combine(releaseNumbers[index]) }
        let suffix = sortSuffix
        hasher.combine(suffix.preRank)
        hasher.combine(suffix.preNumber)
        hasher.combine(suffix.postRank)
        hasher.combine(suffix.postNumber)
        hasher.combine(suffix.devRank)
        hasher.combine(suffix.devNumber)
        hasher.combine(local)
    }

    /// Three-way comparison: negative, zero or positive as `lhs` sorts before, with or after `rhs`.
    /// - Parameters:
    ///   - lhs: A version.
    ///   - rhs: Another version.
    /// - Returns: `-1`, `0` or `1`.
    public static func compare(_ lhs: Version, _ rhs: Version) -> Int {
        if lhs.epoch != rhs.epoch { return lhs.epoch < rhs.epoch ? -1 : 1 }
        let release = compareReleases(lhs, rhs)
        if release != 0 { return release }
        let lhsSuffix = lhs.sortSuffix
        let rhsSuffix = rhs.sortSuffix
        if lhsSuffix != rhsSuffix { return lhsSuffix < rhsSuffix ? -1 : 1 }
        return compareLocals(lhs.local, rhs.local)
    }

    /// The pre/post/dev part of packaging's comparison key, flattened into six integers.
    var sortSuffix: SortSuffix {
        if preKindCode == 0 && postNumber < 0 && devNumber < 0 { return SortSuffix.stable }
        let preRank: Int
        if preKindCode != 0 {
            preRank = Int(preKindCode) - 1  // alpha 0, beta 1, release candidate 2
        } else if postNumber < 0 && devNumber >= 0 {
            preRank = -1  // a dev-only release sorts before every pre-release
        } else {
            preRank = 3
        }
        return SortSuffix(
            preRank: preRank,
            preNumber: preKindCode == 0 ? 0 : preNumber,
            postRank: postNumber < 0 ? 0 : 1,
            postNumber: Swift.max(postNumber, 0),
            devRank: devNumber < 0 ? 1 : 0,
            devNumber: Swift.max(devNumber, 0)
        )
    }

    /// Local labels: none sorts first; text segments before numbers; a shorter prefix first.
    static func compareLocals(_ lhs: [LocalSegment]?, _ rhs: [LocalSegment]?) -> Int {
        switch (lhs, rhs) {
        case (nil, nil): return 0
        case (nil, _): return -1
        case (_, nil): return 1
        case (let left?, let right?):
            for (a, b) in zip(left, right) {
                switch (a, b) {
                case (.number(let x), .number(let y)): if x != y { return x < y ? -1 : 1 }
                case (.text(let x), .text(let y)): if x != y { return x < y ? -1 : 1 }
                case (.text, .number): return -1
                case (.number, .text): return 1
                }
            }
            if left.count == right.count { return 0 }
            return left.count < right.count ? -1 : 1
        }
    }
}

/// The flattened pre/post/dev ordering key of a version (see `packaging.version._cmpkey`).
struct SortSuffix: Equatable, Comparable {
    var preRank: Int
    var preNumber: Int
    var postRank: Int
    var postNumber: Int
    var devRank: Int
    var devNumber: Int

    static let stable = SortSuffix(preRank: 3, preNumber: 0, postRank: 0, postNumber: 0, devRank: 1, devNumber: 0)

    static func < (lhs: SortSuffix, rhs: SortSuffix) -> Bool {
        (lhs.preRank, lhs.preNumber, lhs.postRank, lhs.postNumber, lhs.devRank, lhs.devNumber)
            < (rhs.preRank, rhs.preNumber, rhs.postRank, rhs.postNumber, rhs.devRank, rhs.devNumber)
    }
}
