/// A version's place in a sort: its key packed above its input position in 128 bits.
///
/// The low 32 bits of `low` are the position; the key (at most 96 bits) sits above them. Sorting the
/// entries by their key bits alone keeps equal keys in input order.
struct SortEntry {
    /// The key's lowest 32 bits above the input position.
    var low: UInt64
    /// The key's upper bits.
    var high: UInt64

    /// The number of bits a key may take.
    static let keyCapacity = 96

    /// An entry for the key `(high, low)` (at most 96 bits) of the version at `index` (below 2³²).
    @inline(__always)
    init(key: (high: UInt64, low: UInt64), index: Int) {
        high = key.high << 32 | key.low >> 32
        low = key.low << 32 | UInt64(truncatingIfNeeded: index)
    }

    /// The input position.
    var index: Int { Int(truncatingIfNeeded: low & 0xFFFF_FFFF) }

    /// The key's lowest bit.
    var lowestKeyBit: UInt64 { (low >> 32) & 1 }

    /// Whether two entries have the same key.
    func hasSameKey(as other: SortEntry) -> Bool {
        high == other.high && low >> 32 == other.low >> 32
    }
}

/// A stable least-significant-digit radix sort of entries by their key bits.
///
/// The key is cut into as few digits of at most 11 bits as it needs (2,048 counters a digit). The
/// counts of every digit are taken as the entries are made (``record(_:)``), so the sort itself only
/// moves entries, one pass a digit; a digit that is the same in every entry is skipped.
final class RadixSort {
    /// The widest digit.
    private static let maximumDigitWidth = 11

    private let digitCount: Int
    private let digitWidth: Int
    private let buckets: Int
    /// `digitCount` runs of `buckets` counters.
    private let counts: UnsafeMutableBufferPointer<UInt32>

    /// A sort of fewer than 2³² entries by keys of `keyWidth` bits (at most ``SortEntry/keyCapacity``).
    init(keyWidth: Int) {
        digitCount = (keyWidth + RadixSort.maximumDigitWidth - 1) / RadixSort.maximumDigitWidth
        digitWidth = digitCount == 0 ? 0 : (keyWidth + digitCount - 1) / digitCount
        buckets = 1 << digitWidth
        counts = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: digitCount * buckets)
        counts.initialize(repeating: 0)
    }

    deinit {
        counts.deallocate()
    }

    /// Counts `entry`'s digits; every entry to be sorted is recorded once.
    @inline(__always)
    func record(_ entry: SortEntry) {
        let mask = UInt64(buckets - 1)
        for digit in 0..<digitCount {
            let position = 32 + digit * digitWidth
            let bits =
                position >= 64
                ? entry.high &>> UInt64(position - 64)
                : entry.low &>> UInt64(position) | entry.high &<< UInt64(64 - position)
            counts[digit * buckets + Int(truncatingIfNeeded: bits & mask)] &+= 1
        }
    }

    /// Sorts `entries`, which are exactly the entries recorded.
    func sort(_ entries: inout [SortEntry]) {
        let count = entries.count
        guard count > 1 else { return }
        var scratch = [SortEntry](unsafeUninitializedCapacity: count) { _, initialized in initialized = count }
        for digit in 0..<digitCount {
            let offsets = UnsafeMutableBufferPointer(rebasing: counts[digit * buckets..<(digit + 1) * buckets])
            // A digit every entry shares leaves the order as it is.
            if offsets.contains(UInt32(truncatingIfNeeded: count)) { continue }
            var total: UInt32 = 0
            for index in 0..<buckets {
                let bucketCount = offsets[index]
                offsets[index] = total
                total &+= bucketCount
            }
            entries.withUnsafeBufferPointer { source in
                scratch.withUnsafeMutableBufferPointer { target in
                    scatter(from: source, to: target, at: 32 + digit * digitWidth, offsets: offsets)
                }
            }
            swap(&entries, &scratch)
        }
    }

    /// One stable pass: each entry of `source` goes to the next free place of its digit's bucket.
    private func scatter(
        from source: UnsafeBufferPointer<SortEntry>,
        to target: UnsafeMutableBufferPointer<SortEntry>,
        at position: Int,
        offsets: UnsafeMutableBufferPointer<UInt32>
    ) {
        guard let targetBase = target.baseAddress else { return }
        let mask = UInt64(buckets - 1)
        if position >= 64 {
            let shift = UInt64(position - 64)
            for entry in source {
                let bucket = Int(truncatingIfNeeded: (entry.high &>> shift) & mask)
                (targetBase + Int(offsets[bucket])).initialize(to: entry)
                offsets[bucket] &+= 1
            }
        } else {
            let lowShift = UInt64(position)
            let highShift = UInt64(64 - position)
            for entry in source {
                let bucket = Int(truncatingIfNeeded: (entry.low &>> lowShift | entry.high &<< highShift) & mask)
                (targetBase + Int(offsets[bucket])).initialize(to: entry)
                offsets[bucket] &+= 1
            }
        }
    }
}
