extension Version {
    /// The positions of `versions` in PEP 440 order; equal versions keep their input order.
    ///
    /// Each version's parts become a compact key whose fields are only as wide as the batch needs
    /// (epoch, release without trailing zeros, pre/post/dev ranks and numbers, whether there is a local
    /// label), packed above its input position and ordered by a stable radix sort. Versions equal on
    /// the key but carrying local labels are then ordered by their labels, and the rare versions whose
    /// parts do not fit a key (more than six significant release numbers, numbers of 2³² or more) by
    /// ``compare(_:_:)``, merged in. Every step agrees with PEP 440 order, so the result is exactly what
    /// sorting with `<` would give, only faster.
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
        var layout = VersionSortKeyLayout()
        var others: [Int] = []
        versions.withUnsafeBufferPointer { buffer in
            for index in buffer.indices {
                if let fields = VersionSortFields(buffer[index]) {
                    layout.include(fields)
                } else {
                    others.append(index)
                }
            }
        }
        let keyWidth = layout.finish()
        var keyed: [SortEntry] = []
        if keyWidth <= SortEntry.keyCapacity && versions.count <= Int(UInt32.max) {
            let radixSort = RadixSort(keyWidth: keyWidth)
            keyed = keyedEntries(versions, layout: layout, keyWidth: keyWidth, descending: descending, for: radixSort)
            radixSort.sort(&keyed)
        } else {
            // The batch's numbers are too wide for one key: every version is ordered by comparison.
            others = Array(versions.indices)
        }
        return versions.withUnsafeBufferPointer { buffer in
            func precedes(_ lhs: Int, _ rhs: Int) -> Bool {
                let order = compare(buffer[lhs], buffer[rhs])
                if order != 0 { return descending ? order > 0 : order < 0 }
                return lhs < rhs
            }
            if layout.includesLocalLabels {
                orderLocalLabels(in: &keyed, of: buffer, descending: descending)
            }
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

    /// The sort entries of the versions whose parts fit a key, in input order.
    ///
    /// Each entry is recorded by `radixSort`. For a descending sort every key bit is inverted (the
    /// positions are not, so ties keep their input order).
    private static func keyedEntries(
        _ versions: [Version],
        layout: VersionSortKeyLayout,
        keyWidth: Int,
        descending: Bool,
        for radixSort: RadixSort
    ) -> [SortEntry] {
        let inversion: (high: UInt64, low: UInt64) =
            !descending
            ? (0, 0)
            : keyWidth > 64 ? (~0 >> (128 - keyWidth), ~0) : (0, keyWidth == 0 ? 0 : ~0 >> (64 - keyWidth))
        var entries: [SortEntry] = []
        entries.reserveCapacity(versions.count)
        versions.withUnsafeBufferPointer { buffer in
            for index in buffer.indices {
                guard let fields = VersionSortFields(buffer[index]) else { continue }
                let key = layout.key(fields)
                let entry = SortEntry(key: (key.high ^ inversion.high, key.low ^ inversion.low), index: index)
                radixSort.record(entry)
                entries.append(entry)
            }
        }
        return entries
    }

    /// Sorts each run of entries with equal keys that carry local labels, by their labels.
    ///
    /// The key does not hold the labels themselves. Versions with equal keys differ only in their
    /// labels; the runs are short and often already in order, so an insertion sort suits them. The
    /// local label flag is the key's lowest bit (inverted for a descending sort).
    private static func orderLocalLabels(
        in entries: inout [SortEntry],
        of versions: UnsafeBufferPointer<Version>,
        descending: Bool
    ) {
        let localBit: UInt64 = descending ? 0 : 1
        entries.withUnsafeMutableBufferPointer { entries in
            var start = 0
            while start < entries.count {
                var end = start + 1
                while end < entries.count && entries[end].hasSameKey(as: entries[start]) { end += 1 }
                if end - start > 1 && entries[start].lowestKeyBit == localBit {
                    for next in start + 1..<end {
                        let moving = entries[next]
                        let label = versions[moving.index].local
                        var place = next
                        while place > start {
                            let order = compareLocals(versions[entries[place - 1].index].local, label)
                            guard descending ? order < 0 : order > 0 else { break }
                            entries[place] = entries[place - 1]
                            place -= 1
                        }
                        entries[place] = moving
                    }
                }
                start = end
            }
        }
    }
}
