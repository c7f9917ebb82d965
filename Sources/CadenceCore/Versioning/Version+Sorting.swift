extension Version {
    /// The positions of `versions` in PEP 440 order; equal versions keep their input order.
    ///
    /// Most versions are ordered by a compact three-word key built once per version (epoch,
    /// release without trailing zeros, pre/post/dev ranks and numbers); versions whose parts do not
    /// fit the key (a local label, more than five release numbers, very large numbers) fall back to
    /// ``compare(_:_:)``. Both orders agree, so the result is exactly PEP 440 order.
    ///
    /// ```swift
    /// let versions = try ["3.10", "3.9", "3.9.0"].map { try Version($0) }
    /// Version.sortedIndices(versions)  // [1, 2, 0]
    /// ```
    /// - Parameters:
    ///   - versions: The versions to order.
    ///   - descending: Highest first instead of lowest first (ties still keep their input order).
    /// - Returns: Indices into `versions`, in order.
    public static func sortedIndices(_ versions: [Version], descending: Bool = false) -> [Int] {
        // Keyed versions sort by four plain words (the index last keeps the sort stable); the rest
        // (rare) sort by full comparison; the two ordered runs are then merged.
        var keyed: [SortEntry] = []
        var others: [Int] = []
        keyed.reserveCapacity(versions.count)
        for (index, version) in versions.enumerated() {
            if let key = SortKey(version, descending: descending) {
                keyed.append(SortEntry(key: key, index: index))
            } else {
                others.append(index)
            }
        }
        keyed.sort { $0 < $1 }
        return versions.withUnsafeBufferPointer { buffer in
            func precedes(_ lhs: Int, _ rhs: Int) -> Bool {
                let order = compare(buffer[lhs], buffer[rhs])
                if order != 0 { return descending ? order > 0 : order < 0 }
                return lhs < rhs
            }
            others.sort(by: precedes)
            var merged: [Int] = []
            merged.reserveCapacity(versions.count)
            var next = 0
            for entry in keyed {
                while next < others.count, precedes(others[next], entry.index) {
                    merged.append(others[next])
                    next += 1
                }
                merged.append(entry.index)
            }
            merged.append(contentsOf: others[next...])
            return merged
        }
    }

    /// `versions` in PEP 440 order (stable: equal versions keep their input order).
    /// - Parameters:
    ///   - versions: The versions to order.
    ///   - descending: Highest first instead of lowest first.
    /// - Returns: The sorted versions.
    public static func sorted(_ versions: [Version], descending: Bool = false) -> [Version] {
        sortedIndices(versions, descending: descending).map { versions[$0] }
    }
}

/// A keyed version in the sort: its key, then its input position to break ties.
private struct SortEntry: Comparable {
    var key: SortKey
    var index: Int

    static func < (lhs: SortEntry, rhs: SortEntry) -> Bool {
        (lhs.key.high, lhs.key.middle, lhs.key.low, lhs.index) < (rhs.key.high, rhs.key.middle, rhs.key.low, rhs.index)
    }
}

/// An order-preserving encoding of a version into three words, for versions whose parts fit.
///
/// Fields never straddle words. `high`: epoch (4 bits), release numbers 1–3 (20 bits each);
/// `middle`: release numbers 4–5 (20 each), pre-release rank (3) and number (20), post rank (1);
/// `low`: post number (20), dev rank (1), dev number (32). Trailing release zeros are dropped so
/// `1.0 == 1`; ranks follow packaging's `_cmpkey`. For a descending sort every word is inverted.
private struct SortKey: Equatable {
    var high: UInt64
    var middle: UInt64
    var low: UInt64

    init?(_ version: Version, descending: Bool) {
        guard version.local == nil, version.epoch < 1 << 4 else { return nil }
        let release = version.releaseNumbers
        let significant = release.significantCount
        guard significant <= 5 else { return nil }
        var numbers: (UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0)
        let limit = 1 << 20
        if significant > 0 { guard release[0] < limit else { return nil }; numbers.0 = UInt64(release[0]) }
        if significant > 1 { guard release[1] < limit else { return nil }; numbers.1 = UInt64(release[1]) }
        if significant > 2 { guard release[2] < limit else { return nil }; numbers.2 = UInt64(release[2]) }
        if significant > 3 { guard release[3] < limit else { return nil }; numbers.3 = UInt64(release[3]) }
        if significant > 4 { guard release[4] < limit else { return nil }; numbers.4 = UInt64(release[4]) }
        let suffix = version.sortSuffix
        guard suffix.preNumber < limit, suffix.postNumber < limit, suffix.devNumber < 1 << 32 else { return nil }
        high = UInt64(version.epoch) << 60 | numbers.0 << 40 | numbers.1 << 20 | numbers.2
        middle =
            numbers.3 << 44 | numbers.4 << 24 | UInt64(suffix.preRank + 1) << 21 | UInt64(suffix.preNumber) << 1
            | UInt64(suffix.postRank)
        low = UInt64(suffix.postNumber) << 33 | UInt64(suffix.devRank) << 32 | UInt64(suffix.devNumber)
        if descending { (high, middle, low) = (~high, ~middle, ~low) }
    }
}
