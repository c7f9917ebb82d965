/// A version's parts as the unsigned numbers its sort key is made of, most significant first.
///
/// The fields follow packaging's `_cmpkey`: epoch; release numbers without trailing zeros, padded
/// with zeros; pre-release code (0 for a dev-only release, 1–3 for alpha, beta and release candidate,
/// 4 without a pre-release) and number; post-release number plus one (0 without one); dev number
/// (the largest value of its field without one); whether there is a local label.
struct VersionSortFields {
    /// The most significant release numbers a key holds.
    static let releaseSlots = 6

    var epoch: UInt64
    /// The release numbers, unused slots zero.
    var release: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64)
    var preCode: UInt64
    var preNumber: UInt64
    var post: UInt64
    /// The dev number, meaningful only when `hasDev`.
    var dev: UInt64
    var hasDev: Bool
    var local: UInt64

    /// The fields of `version`, or `nil` when a part is too large for a key (a release of more than
    /// six significant numbers, or a number of 2³² or more), which leaves it to full comparison.
    @inline(__always)
    init?(_ version: Version) {
        if version.flags & Version.wideNumbersFlag == 0, version.inlineReleaseCount != 0 {
            self.init(inline: version)
        } else {
            self.init(wide: version)
        }
    }

    /// The fields of a version whose parts are all inline (nearly every version), read straight from
    /// its storage.
    @inline(__always)
    private init(inline version: Version) {
        // Unused release slots are zero, which is exactly the padding trailing zeros need.
        let kindCode = version.flags & 3
        let release = version.inlineRelease
        epoch = UInt64(version.inlineEpoch)
        self.release = (UInt64(release.0), UInt64(release.1), UInt64(release.2), UInt64(release.3), 0, 0)
        if kindCode != 0 {
            preCode = UInt64(kindCode)  // alpha 1, beta 2, release candidate 3
            preNumber = UInt64(version.inlinePre)
        } else {
            // A dev-only release sorts before every pre-release, anything else after them.
            preCode = version.inlinePostPlusOne == 0 && version.inlineDevPlusOne != 0 ? 0 : 4
            preNumber = 0
        }
        post = UInt64(version.inlinePostPlusOne)
        hasDev = version.inlineDevPlusOne != 0
        dev = UInt64(version.inlineDevPlusOne) &- 1
        local = version.hasLocal ? 1 : 0
    }

    /// The fields of a version with wide numbers or a release that is not inline.
    private init?(wide version: Version) {
        let limit = 1 << 32
        let numbers = version.releaseNumbers
        let count = numbers.significantCount
        guard count <= VersionSortFields.releaseSlots, version.epoch < limit else { return nil }
        release = (0, 0, 0, 0, 0, 0)
        for index in 0..<count {
            let number = numbers[index]
            guard number < limit else { return nil }
            switch index {
            case 0: release.0 = UInt64(number)
            case 1: release.1 = UInt64(number)
            case 2: release.2 = UInt64(number)
            case 3: release.3 = UInt64(number)
            case 4: release.4 = UInt64(number)
            default: release.5 = UInt64(number)
            }
        }
        let suffix = version.sortSuffix
        guard suffix.preNumber < limit, suffix.postNumber < limit - 1, suffix.devNumber < limit - 1 else {
            return nil
        }
        epoch = UInt64(version.epoch)
        preCode = UInt64(suffix.preRank + 1)
        preNumber = UInt64(suffix.preNumber)
        post = suffix.postRank == 0 ? 0 : UInt64(suffix.postNumber) + 1
        hasDev = suffix.devRank == 0
        dev = UInt64(suffix.devNumber)
        local = version.hasLocal ? 1 : 0
    }
}

/// How many bits each sort-key field takes in one batch of versions: just enough for the largest
/// value the batch holds, so a typical batch fits its keys in far fewer bits than the fields allow.
struct VersionSortKeyLayout {
    /// Where each field's lowest bit goes within its part.
    ///
    /// The least significant fields form the key's lower part, the others its upper part; each part
    /// fits 64 bits, so a key is packed with plain shifts and joined once.
    private var shifts = (
        epoch: UInt64(0), release: (UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0)),
        preCode: UInt64(0), preNumber: UInt64(0), post: UInt64(0), dev: UInt64(0)
    )
    /// The value of the dev field without a dev number: all ones, above every dev number of the batch.
    private var noDev: UInt64 = 0
    /// How far the upper part is shifted: the lower part's width.
    private var topShift = 0
    /// The first field of the lower part, counting from the most significant (0 the epoch, 1–6 the
    /// release numbers, 7 the pre code … 11 the local flag); 0 when the whole key fits the lower part.
    private var lowerStart = 0

    /// The bits of each field so far, accumulated by ``include(_:)``.
    private var seen = (
        epoch: UInt64(0), release: (UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0)),
        preCode: UInt64(0), preNumber: UInt64(0), post: UInt64(0), devPlusOne: UInt64(0), local: UInt64(0)
    )

    /// Makes room for `fields`' values.
    @inline(__always)
    mutating func include(_ fields: VersionSortFields) {
        seen.epoch |= fields.epoch
        seen.release.0 |= fields.release.0
        seen.release.1 |= fields.release.1
        seen.release.2 |= fields.release.2
        seen.release.3 |= fields.release.3
        seen.release.4 |= fields.release.4
        seen.release.5 |= fields.release.5
        seen.preCode |= fields.preCode
        seen.preNumber |= fields.preNumber
        seen.post |= fields.post
        if fields.hasDev { seen.devPlusOne |= fields.dev + 1 }
        seen.local |= fields.local
    }

    /// Whether a version included has a local label (the key's lowest bit then says which do).
    var includesLocalLabels: Bool { seen.local != 0 }

    /// Fixes where each field goes from everything included; returns the key's total width in bits.
    mutating func finish() -> Int {
        func width(_ bits: UInt64) -> Int { UInt64.bitWidth - bits.leadingZeroBitCount }
        // Least significant first: local, dev, post, pre number, pre code, release 6 … 1, epoch.
        let widths = [
            width(seen.local), width(seen.devPlusOne), width(seen.post), width(seen.preNumber),
            width(seen.preCode), width(seen.release.5), width(seen.release.4), width(seen.release.3),
            width(seen.release.2), width(seen.release.1), width(seen.release.0), width(seen.epoch),
        ]
        var offsets: [Int] = []
        var position = 0
        var split = false
        lowerStart = 0
        for (field, fieldWidth) in widths.enumerated() {
            if !split && position + fieldWidth > UInt64.bitWidth {
                split = true
                lowerStart = widths.count - field
                topShift = position
            }
            offsets.append(split ? position - topShift : position)
            position += fieldWidth
        }
        if !split { topShift = position }
        noDev = (1 << widths[1]) - 1
        shifts = (
            epoch: UInt64(offsets[11]),
            release: (
                UInt64(offsets[10]), UInt64(offsets[9]), UInt64(offsets[8]), UInt64(offsets[7]),
                UInt64(offsets[6]), UInt64(offsets[5])
            ),
            preCode: UInt64(offsets[4]), preNumber: UInt64(offsets[3]), post: UInt64(offsets[2]),
            dev: UInt64(offsets[1])
        )
        return position
    }

    /// The key of `fields` (at most 128 bits), as its upper and lower 64 bits.
    @inline(__always)
    func key(_ fields: VersionSortFields) -> (high: UInt64, low: UInt64) {
        // Field by field, most significant first, into the upper part until the lower part starts.
        var part: UInt64 = 0
        var upper: UInt64 = 0
        @inline(__always) func place(_ value: UInt64, _ shift: UInt64, field: Int) {
            if field == lowerStart {
                upper = part
                part = 0
            }
            part |= value &<< shift
        }
        place(fields.epoch, shifts.epoch, field: 0)
        place(fields.release.0, shifts.release.0, field: 1)
        place(fields.release.1, shifts.release.1, field: 2)
        place(fields.release.2, shifts.release.2, field: 3)
        place(fields.release.3, shifts.release.3, field: 4)
        place(fields.release.4, shifts.release.4, field: 5)
        place(fields.release.5, shifts.release.5, field: 6)
        place(fields.preCode, shifts.preCode, field: 7)
        place(fields.preNumber, shifts.preNumber, field: 8)
        place(fields.post, shifts.post, field: 9)
        place(fields.hasDev ? fields.dev : noDev, shifts.dev, field: 10)
        place(fields.local, 0, field: 11)
        // The key is `upper << topShift | part`, with `part` below 2^topShift (smart shifts: a shift
        // by 64 gives 0).
        return (upper >> (64 - topShift), upper << topShift | part)
    }
}
