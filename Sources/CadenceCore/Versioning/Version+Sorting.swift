extension Version {
    /// The positions of `versions` in PEP 440 order; equal versions keep their input order.
    ///
    /// Versions are ordered by a compact three-word key built once per version (epoch, release
    /// without trailing zeros, pre/post/dev ranks and numbers, whether there is a local label) with a
    /// stable radix sort; versions equal on the key but carrying local labels are then ordered by
    /// their labels, and the rare versions whose parts do not fit a key (more than five release
    /// numbers, numbers of a million or more) by ``compare(_:_:)``, merged in. Every step agrees with
    /// PEP 440 order, so the result is exactly what sorting with `<` would give, only faster.
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
        RadixSort.sort(&keyed)
        return versions.withUnsafeBufferPointer { buffer in
            func precedes(_ lhs: Int, _ rhs: Int) -> Bool {
                let order = compare(buffer[lhs], buffer[rhs])
                if order != 0 { return descending ? order > 0 : order < 0 }
                return lhs < rhs
            }
            orderLocalLabels(in: &keyed, descending: descending, by: precedes)
            if others.isEmpty { return keyed.map(\.index) }
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

    /// Sorts each run of entries with equal keys that carry local labels: the key does not hold the
    /// labels themselves, so those runs are ordered by full comparison (they are short).
    private static func orderLocalLabels(
        in entries: inout [SortEntry],
        descending: Bool,
        by precedes: (Int, Int) -> Bool
    ) {
        var start = 0
        while start < entries.count {
            var end = start + 1
            while end < entries.count && entries[end].key == entries[start].key { end += 1 }
            if end - start > 1 && entries[start].key.hasLocal(descending: descending) {
                let ordered = entries[start..<end].map(\.index).sorted(by: precedes)
                for (offset, index) in ordered.enumerated() { entries[start + offset].index = index }
            }
            start = end
        }
    }
}

/// A keyed version in the sort: its key and its input position.
private struct SortEntry {
    var key: SortKey
    var index: Int
}

/// An order-preserving encoding of a version into three words, for versions whose parts fit.
///
/// Fields never straddle words. `high`: epoch (4 bits), release numbers 1–3 (20 bits each);
/// `middle`: release numbers 4–5 (20 each), pre-release rank (3) and number (20), post rank (1);
/// `low`: post number (20), dev rank (1), dev number (32), has-local (1). Trailing release zeros are
/// dropped so `1.0 == 1`; ranks follow packaging's `_cmpkey`; a version without a local label sorts
/// before the same version with one. For a descending sort every word is inverted.
private struct SortKey: Equatable {
    var high: UInt64
    var middle: UInt64
    var low: UInt64

    init?(_ version: Version, descending: Bool) {
        guard version.epoch < 1 << 4 else { return nil }
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
        low =
            UInt64(suffix.postNumber) << 34 | UInt64(suffix.devRank) << 33 | UInt64(suffix.devNumber) << 1
            | (version.local == nil ? 0 : 1)
        if descending { (high, middle, low) = (~high, ~middle, ~low) }
    }

    /// Whether the version carries a local label (the lowest bit, inverted for a descending sort).
    func hasLocal(descending: Bool) -> Bool { (low & 1 == 1) != descending }
}

/// A stable least-significant-digit radix sort of entries by their keys, 16 bits at a time.
///
/// One pass over the entries finds which 16-bit digits vary at all; only those get a counting pass.
/// Digits every version shares (no epoch, no fifth release number) cost nothing.
private enum RadixSort {
    static func sort(_ entries: inout [SortEntry]) {
        guard entries.count > 1 else { return }
        let varying = varyingDigits(entries)
        guard !varying.isEmpty else { return }
        var scratch = entries
        let counts = UnsafeMutableBufferPointer<Int>.allocate(capacity: 1 << 16)
        defer { counts.deallocate() }
        for position in varying {
            entries.withUnsafeBufferPointer { source in
                scratch.withUnsafeMutableBufferPointer { target in
                    pass(from: source, to: target, position: position, counts: counts)
                }
            }
            swap(&entries, &scratch)
        }
    }

    /// The digit positions (least significant first) whose value is not the same in every entry.
    private static func varyingDigits(_ entries: [SortEntry]) -> [Int] {
        var orHigh: UInt64 = 0, orMiddle: UInt64 = 0, orLow: UInt64 = 0
        var andHigh: UInt64 = ~0, andMiddle: UInt64 = ~0, andLow: UInt64 = ~0
        for entry in entries {
            orHigh |= entry.key.high
            orMiddle |= entry.key.middle
            orLow |= entry.key.low
            andHigh &= entry.key.high
            andMiddle &= entry.key.middle
            andLow &= entry.key.low
        }
        let differing = [orLow ^ andLow, orMiddle ^ andMiddle, orHigh ^ andHigh]
        return (0..<12).filter { position in (differing[position / 4] >> UInt64((position % 4) * 16)) & 0xFFFF != 0 }
    }

    /// One counting pass: stable scatter of `source` into `target` by the digit at `position`.
    private static func pass(
        from source: UnsafeBufferPointer<SortEntry>,
        to target: UnsafeMutableBufferPointer<SortEntry>,
        position: Int,
        counts: UnsafeMutableBufferPointer<Int>
    ) {
        let shift = UInt64((position % 4) * 16)
        let word = position / 4
        @inline(__always) func digit(_ entry: SortEntry) -> Int {
            let value = word == 0 ? entry.key.low : (word == 1 ? entry.key.middle : entry.key.high)
            return Int(truncatingIfNeeded: (value >> shift) & 0xFFFF)
        }
        counts.initialize(repeating: 0)
        for entry in source { counts[digit(entry)] += 1 }
        var total = 0
        for index in 0..<counts.count {
            let count = counts[index]
            counts[index] = total
            total += count
        }
        for entry in source {
            let bucket = digit(entry)
            target[counts[bucket]] = entry
            counts[bucket] += 1
        }
    }
}
