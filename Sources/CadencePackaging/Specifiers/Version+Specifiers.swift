extension Version {
    /// Three-way comparison of the public parts only: the local labels of both sides are ignored.
    ///
    /// Equivalent to comparing `lhs.publicVersion` with `rhs.publicVersion`, without building them.
    /// - Parameters:
    ///   - lhs: A version.
    ///   - rhs: Another version.
    /// - Returns: `-1`, `0` or `1` as `lhs` sorts before, with or after `rhs`, locals aside.
    static func comparePublic(_ lhs: Version, _ rhs: Version) -> Int {
        if lhs.epoch != rhs.epoch { return lhs.epoch < rhs.epoch ? -1 : 1 }
        let release = Version.compareReleases(lhs, rhs)
        if release != 0 { return release }
        let lhsSuffix = lhs.sortSuffix
        let rhsSuffix = rhs.sortSuffix
        if lhsSuffix == rhsSuffix { return 0 }
        return lhsSuffix < rhsSuffix ? -1 : 1
    }

    /// The version with trailing zeros of the release removed, keeping at least one number
    /// (`1.0.0rc1` becomes `1rc1`), as packaging's `canonicalize_version` prints it.
    var trimmingTrailingZeros: Version {
        var count = release.count
        while count > 1 && release[count - 1] == 0 { count -= 1 }
        if count == release.count { return self }
        return withRelease(Array(release[0..<count]))
    }

    /// Returns a copy with the pre/post/dev/local parts replaced (packaging's `Version.__replace__`).
    /// - Parameters:
    ///   - release: The new release numbers, or `nil` to keep the current ones.
    ///   - pre: The new pre-release segment.
    ///   - post: The new post-release number.
    ///   - dev: The new development release number.
    ///   - local: The new local label.
    /// - Returns: The rebuilt version; the epoch is kept.
    func replacing(
        release: [Int]? = nil,
        pre: PreRelease?,
        post: Int?,
        dev: Int?,
        local: [LocalSegment]?
    ) -> Version {
        Version(unchecked: epoch, release: release ?? self.release, pre: pre, post: post, dev: dev, local: local)
    }
}
