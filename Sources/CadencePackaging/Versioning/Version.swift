/// A PEP 440 version, parsed and normalised exactly as `packaging` 26.2 does.
///
/// Two versions are equal when PEP 440 says they are (`1.0 == 1.0.0`, `1.0c1 == 1.0rc1`,
/// `1.0+ABC == 1.0+abc`), and they order as `packaging.version.Version` orders them.
///
/// ```swift
/// let version = try Version("v3.9.0-Alpha5")
/// print(version)                      // 3.9.0a5
/// version < (try Version("3.9.0b1"))  // true
/// ```
public struct Version: Sendable {
    // Stored in 40 bytes with a single optional reference, `nil` for nearly every version, so that
    // arrays of versions are built, copied and gathered quickly. The inline fields hold up to four
    // release numbers below 2³², a pre number below 2³², post and dev numbers below 2³² - 1 and an
    // epoch below 2¹⁶; anything else (a longer or larger release, a larger number, a local label)
    // lives in `rare`.
    let inlineRelease: (UInt32, UInt32, UInt32, UInt32)
    let inlinePre: UInt32
    /// The post-release number plus one, `0` when there is none (the order packaging gives it).
    let inlinePostPlusOne: UInt32
    /// The development release number plus one, `0` when there is none.
    let inlineDevPlusOne: UInt32
    let inlineEpoch: UInt16
    /// How many release numbers are inline; `0` when they are in `rare`.
    let inlineReleaseCount: UInt8
    /// The pre-release kind code (bits 0–1), whether there is a local label, whether the numbers are wide.
    let flags: UInt8
    private let rare: VersionRareParts?

    static let hasLocalFlag: UInt8 = 1 << 2
    static let wideNumbersFlag: UInt8 = 1 << 3

    /// The epoch (`1` in `1!2.0`), `0` when none is written.
    public var epoch: Int {
        flags & Version.wideNumbersFlag == 0 ? Int(inlineEpoch) : rare?.epoch ?? 0
    }
    /// The release segment as written, trailing zeros included (`[3, 9, 0]` for `3.9.0`).
    public var release: [Int] { releaseNumbers.array }
    /// The release numbers in their compact form (what comparisons and the parser use).
    var releaseNumbers: ReleaseNumbers {
        ReleaseNumbers(
            inline: inlineRelease,
            count: inlineReleaseCount,
            spilled: inlineReleaseCount == 0 ? rare?.release : nil
        )
    }
    /// The pre-release segment (`a5` in `3.9.0a5`), normalised to `a`, `b` or `rc`.
    public var pre: PreRelease? {
        switch preKindCode {
        case 1: PreRelease(.alpha, preNumber)
        case 2: PreRelease(.beta, preNumber)
        case 3: PreRelease(.releaseCandidate, preNumber)
        default: nil
        }
    }
    /// The post-release number (`1` in `1.0.post1` or `1.0-1`).
    public var post: Int? { postNumber < 0 ? nil : postNumber }
    /// The development release number (`3` in `1.0.dev3`).
    public var dev: Int? { devNumber < 0 ? nil : devNumber }
    /// The local version label split into segments (`ubuntu`, `1` in `1.0+ubuntu.1`).
    public var local: [LocalSegment]? { hasLocal ? rare?.local : nil }

    // Flat views, so a version compares without optionals: a kind code of 0 means no pre-release
    // (1 alpha, 2 beta, 3 release candidate) and -1 means no post or dev release.
    var preKindCode: UInt8 { flags & 3 }
    var preNumber: Int { flags & Version.wideNumbersFlag == 0 ? Int(inlinePre) : rare?.preNumber ?? 0 }
    var postNumber: Int {
        flags & Version.wideNumbersFlag == 0 ? Int(inlinePostPlusOne) - 1 : rare?.postNumber ?? -1
    }
    var devNumber: Int {
        flags & Version.wideNumbersFlag == 0 ? Int(inlineDevPlusOne) - 1 : rare?.devNumber ?? -1
    }
    /// Compares the release with `other` as if the shorter were padded with zeros: -1, 0 or 1.
    ///
    /// Reads inline numbers in place; `ReleaseNumbers.compare(releaseNumbers, other)` otherwise.
    @inline(__always)
    func compareRelease(to other: ReleaseNumbers) -> Int {
        guard inlineReleaseCount != 0, other.spilled == nil else {
            return ReleaseNumbers.compare(releaseNumbers, other)
        }
        // Unused inline slots are zero, which is exactly PEP 440's padding.
        let left = inlineRelease
        let right = other.inline
        if left == right { return 0 }
        return left < right ? -1 : 1
    }

    /// Compares the releases of two versions as if the shorter were padded with zeros: -1, 0 or 1.
    @inline(__always)
    static func compareReleases(_ lhs: Version, _ rhs: Version) -> Int {
        guard lhs.inlineReleaseCount != 0, rhs.inlineReleaseCount != 0 else {
            return ReleaseNumbers.compare(lhs.releaseNumbers, rhs.releaseNumbers)
        }
        let left = lhs.inlineRelease
        let right = rhs.inlineRelease
        if left == right { return 0 }
        return left < right ? -1 : 1
    }

    /// Whether the version has a local label, without reading it.
    var hasLocal: Bool { flags & Version.hasLocalFlag != 0 }

    /// Creates a version from its parts, or `nil` when `release` is empty or a number is negative.
    ///
    /// - Parameters:
    ///   - epoch: The epoch, `0` by default.
    ///   - release: The release numbers; at least one.
    ///   - pre: The pre-release segment.
    ///   - post: The post-release number.
    ///   - dev: The development release number.
    ///   - local: The local label segments (lowercase letters and digits only).
    public init?(
        epoch: Int = 0,
        release: [Int],
        pre: PreRelease? = nil,
        post: Int? = nil,
        dev: Int? = nil,
        local: [LocalSegment]? = nil
    ) {
        guard epoch >= 0, !release.isEmpty, release.allSatisfy({ $0 >= 0 }),
            (pre?.number ?? 0) >= 0, (post ?? 0) >= 0, (dev ?? 0) >= 0
        else { return nil }
        if let local {
            guard !local.isEmpty else { return nil }
            for segment in local {
                switch segment {
                case .number(let value): guard value >= 0 else { return nil }
                case .text(let text):
                    guard !text.isEmpty, text.utf8.allSatisfy({ Version.isLowerAlphanumeric($0) }) else { return nil }
                }
            }
        }
        self.init(unchecked: epoch, release: release, pre: pre, post: post, dev: dev, local: local)
    }

    /// Creates a version from parts the caller has already validated.
    init(unchecked epoch: Int, release: [Int], pre: PreRelease?, post: Int?, dev: Int?, local: [LocalSegment]?) {
        self.init(unchecked: epoch, release: ReleaseNumbers(release), pre: pre, post: post, dev: dev, local: local)
    }

    /// Creates a version from parts the caller has already validated, with a compact release.
    init(
        unchecked epoch: Int,
        release: ReleaseNumbers,
        pre: PreRelease?,
        post: Int?,
        dev: Int?,
        local: [LocalSegment]?
    ) {
        let kindCode: UInt8
        switch pre?.kind {
        case .alpha: kindCode = 1
        case .beta: kindCode = 2
        case .releaseCandidate: kindCode = 3
        case nil: kindCode = 0
        }
        let preNumber = pre?.number ?? 0
        let postNumber = post ?? -1
        let devNumber = dev ?? -1
        let narrow =
            epoch <= Int(UInt16.max) && preNumber <= Int(UInt32.max) && postNumber < Int(UInt32.max)
            && devNumber < Int(UInt32.max)
        inlineRelease = release.inline
        inlineReleaseCount = release.spilled == nil ? release.inlineCount : 0
        inlineEpoch = narrow ? UInt16(epoch) : 0
        inlinePre = narrow ? UInt32(preNumber) : 0
        inlinePostPlusOne = narrow ? UInt32(postNumber + 1) : 0
        inlineDevPlusOne = narrow ? UInt32(devNumber + 1) : 0
        flags = kindCode | (local == nil ? 0 : Version.hasLocalFlag) | (narrow ? 0 : Version.wideNumbersFlag)
        if narrow && local == nil && release.spilled == nil {
            rare = nil
        } else {
            rare = VersionRareParts(
                release: release.spilled,
                epoch: epoch,
                preNumber: preNumber,
                postNumber: postNumber,
                devNumber: devNumber,
                local: local
            )
        }
    }

    /// A final release with nothing but release numbers (`3.11.4`), the parser's fast path.
    @inline(__always)
    init(plainRelease release: ReleaseNumbers) {
        if release.spilled == nil {
            self.init(inlineRelease: release.inline, count: release.inlineCount)
        } else {
            self.init(unchecked: 0, release: release, pre: nil, post: nil, dev: nil, local: nil)
        }
    }

    @inline(__always)
    private init(inlineRelease: (UInt32, UInt32, UInt32, UInt32), count: UInt8) {
        self.inlineRelease = inlineRelease
        inlineReleaseCount = count
        inlineEpoch = 0
        inlinePre = 0
        inlinePostPlusOne = 0
        inlineDevPlusOne = 0
        flags = 0
        rare = nil
    }

    private static func isLowerAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }
}

extension Version {
    /// A pre-release segment: alpha, beta or release candidate, with its number.
    public struct PreRelease: Sendable, Hashable, Comparable, CustomStringConvertible {
        /// The kind of pre-release, ordered alpha < beta < release candidate.
        public enum Kind: String, Sendable, Hashable, Comparable, CaseIterable {
            /// An alpha release, written `a` (also accepted: `alpha`).
            case alpha = "a"
            /// A beta release, written `b` (also accepted: `beta`).
            case beta = "b"
            /// A release candidate, written `rc` (also accepted: `c`, `pre`, `preview`).
            case releaseCandidate = "rc"

            var rank: Int {
                switch self {
                case .alpha: 0
                case .beta: 1
                case .releaseCandidate: 2
                }
            }

            /// Orders alpha before beta before release candidate.
            /// - Parameters:
            ///   - lhs: A kind.
            ///   - rhs: Another kind.
            /// - Returns: Whether `lhs` comes first.
            public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rank < rhs.rank }
        }

        /// Alpha, beta or release candidate.
        public let kind: Kind
        /// The pre-release number (`5` in `a5`).
        public let number: Int

        /// Creates a pre-release segment.
        /// - Parameters:
        ///   - kind: Alpha, beta or release candidate.
        ///   - number: The pre-release number.
        public init(_ kind: Kind, _ number: Int) {
            self.kind = kind
            self.number = number
        }

        /// The normalised text, such as `a5` or `rc1`.
        public var description: String { kind.rawValue + String(number) }

        /// Orders by kind, then number.
        /// - Parameters:
        ///   - lhs: A segment.
        ///   - rhs: Another segment.
        /// - Returns: Whether `lhs` comes first.
        public static func < (lhs: PreRelease, rhs: PreRelease) -> Bool {
            (lhs.kind.rank, lhs.number) < (rhs.kind.rank, rhs.number)
        }
    }

    /// One dot-separated part of a local version label: a number or lowercase text.
    public enum LocalSegment: Sendable, Hashable, CustomStringConvertible {
        /// A purely numeric segment; compares numerically and after any text.
        case number(Int)
        /// An alphanumeric segment, lowercased; compares lexicographically.
        case text(String)

        /// The segment as written in a normalised version.
        public var description: String {
            switch self {
            case .number(let value): String(value)
            case .text(let text): text
            }
        }
    }
}

extension Version {
    /// Whether this is a pre-release or a development release (`1.0a1`, `1.0.dev1`).
    public var isPrerelease: Bool { preKindCode != 0 || devNumber >= 0 }
    /// Whether this is a post-release (`1.0.post1`).
    public var isPostrelease: Bool { postNumber >= 0 }
    /// Whether this is a development release (`1.0.dev1`).
    public var isDevrelease: Bool { devNumber >= 0 }
    /// The first release number.
    public var major: Int { releaseNumbers.padded(0) }
    /// The second release number, `0` when absent.
    public var minor: Int { releaseNumbers.padded(1) }
    /// The third release number, `0` when absent.
    public var micro: Int { releaseNumbers.padded(2) }

    /// The local label as normalised text (`ubuntu.1`), or `nil`.
    public var localLabel: String? {
        local.map { $0.map(\.description).joined(separator: ".") }
    }

    /// The version without its local label (`1!1.2.3.dev1` for `1!1.2.3dev1+abc`).
    public var publicVersion: Version {
        Version(unchecked: epoch, release: releaseNumbers, pre: pre, post: post, dev: dev, local: nil)
    }

    /// The epoch and release only (`1!1.2.3` for `1!1.2.3rc1.post2+abc`).
    public var baseVersion: Version {
        Version(unchecked: epoch, release: releaseNumbers, pre: nil, post: nil, dev: nil, local: nil)
    }

    /// Returns this version with its release segment replaced.
    /// - Parameter release: The new release numbers; must not be empty.
    /// - Returns: The version with the same epoch, pre, post, dev and local parts.
    public func withRelease(_ release: [Int]) -> Version {
        Version(
            unchecked: epoch,
            release: release.isEmpty ? [0] : release,
            pre: pre,
            post: post,
            dev: dev,
            local: local
        )
    }
}
