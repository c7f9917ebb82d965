/// The release segment of a version (`3.9.0`), stored without a heap allocation when it can be.
///
/// Up to four numbers below 2³² live inline; longer or larger releases keep an array. Parsing a
/// typical version therefore allocates nothing, which is most of what makes Cadence's parser fast.
struct ReleaseNumbers: Sendable {
    /// The first four numbers when they are inline; unused slots are zero.
    private(set) var inline: (UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0)
    /// How many numbers are inline (meaningless once `spilled` is set).
    private(set) var inlineCount: UInt8 = 0
    /// All the numbers, when they do not fit inline.
    private(set) var spilled: [Int]?

    /// An empty release; append at least one number before use.
    init() {}

    /// The release stored in a version: `spilled` when `count` is zero, else `count` inline numbers.
    @inline(__always)
    init(inline: (UInt32, UInt32, UInt32, UInt32), count: UInt8, spilled: [Int]?) {
        self.inline = inline
        self.inlineCount = count
        self.spilled = count == 0 ? spilled : nil
    }

    /// A release holding `numbers`.
    init(_ numbers: [Int]) {
        for number in numbers { append(number) }
    }

    /// How many numbers the release has, trailing zeros included.
    var count: Int { spilled?.count ?? Int(inlineCount) }

    /// The number at `index` (0-based); the caller keeps `index < count`.
    @inline(__always)
    subscript(index: Int) -> Int {
        if let spilled { return spilled[index] }
        switch index {
        case 0: return Int(inline.0)
        case 1: return Int(inline.1)
        case 2: return Int(inline.2)
        default: return Int(inline.3)
        }
    }

    /// The number at `index`, or `0` past the end (PEP 440 pads releases with zeros).
    func padded(_ index: Int) -> Int {
        index < count ? self[index] : 0
    }

    /// Appends a number, moving to an array when the inline slots are full or too small.
    @inline(__always)
    mutating func append(_ number: Int) {
        if spilled == nil && inlineCount < 4 && number >= 0 && number <= Int(UInt32.max) {
            let value = UInt32(number)
            switch inlineCount {
            case 0: inline.0 = value
            case 1: inline.1 = value
            case 2: inline.2 = value
            default: inline.3 = value
            }
            inlineCount += 1
            return
        }
        var numbers = spilled ?? array
        numbers.append(number)
        spilled = numbers
    }

    /// The numbers as an array.
    var array: [Int] {
        if let spilled { return spilled }
        var numbers: [Int] = []
        numbers.reserveCapacity(Int(inlineCount))
        for index in 0..<Int(inlineCount) { numbers.append(self[index]) }
        return numbers
    }

    /// The count left after dropping trailing zeros (`1.0.0` has one significant number).
    var significantCount: Int {
        var count = self.count
        while count > 0 && self[count - 1] == 0 { count -= 1 }
        return count
    }

    /// Compares two releases as if the shorter were padded with zeros: -1, 0 or 1.
    static func compare(_ lhs: ReleaseNumbers, _ rhs: ReleaseNumbers) -> Int {
        if lhs.spilled == nil && rhs.spilled == nil {
            let left = (lhs.inline.0, lhs.inline.1, lhs.inline.2, lhs.inline.3)
            let right = (rhs.inline.0, rhs.inline.1, rhs.inline.2, rhs.inline.3)
            // Unused inline slots are zero, which is exactly PEP 440's padding.
            if left == right { return 0 }
            return left < right ? -1 : 1
        }
        for index in 0..<Swift.max(lhs.count, rhs.count) {
            let left = lhs.padded(index)
            let right = rhs.padded(index)
            if left != right { return left < right ? -1 : 1 }
        }
        return 0
    }
}
