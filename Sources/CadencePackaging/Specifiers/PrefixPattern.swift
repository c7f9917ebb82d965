/// The release prefix that `==X.Y.*`, `!=X.Y.*` and `~=X.Y` test, in packaging's string-split form.
///
/// packaging 26.2 decides prefix matches on strings: it splits the spec's version and the
/// candidate's normalised public version at `!` and `.` (also splitting `0rc1` into `0`, `rc1`),
/// pads the candidate's release with zeros, and compares the leading components as strings.
/// The pattern is built once from the spec text with the same string rules, so its quirks are
/// kept (`~=1.0c1` means the prefix `1.0`, `~=v1.0` never matches); matching works on the
/// candidate's parts directly, without building strings.
struct PrefixPattern: Sendable {
    /// One split component, as it can appear in a normalised candidate version.
    enum Token: Equatable, Sendable {
        /// A number written without leading zeros (`10`).
        case number(Int)
        /// A normalised pre-release (`a1`, `b2`, `rc3`).
        case pre(Version.PreRelease.Kind, Int)
        /// A normalised post-release (`post1`).
        case post(Int)
        /// A normalised development release (`dev1`).
        case dev(Int)
        /// A component no normalised version produces (`v1`, `c1`, `01`, `POST1`).
        case unmatchable
    }

    /// The components the candidate must start with.
    let tokens: [Token]
    /// How many leading components are all digits; the candidate's release is zero-padded to this.
    let numericCount: Int

    /// The pattern with no components, which every version starts with.
    static let empty = PrefixPattern(components: [])

    /// The pattern of `==base.*` / `!=base.*`, from the version text before `.*`.
    /// - Parameter base: The spec's version without the trailing `.*`.
    init(wildcardBase base: String) {
        self.init(components: PrefixPattern.split(PrefixPattern.canonicalized(base)))
    }

    /// The pattern of `~=text`: every release number but the last, as packaging computes it.
    /// - Parameter text: The spec's version text exactly as written.
    init(compatibleWith text: String) {
        var kept: [String] = []
        for component in PrefixPattern.split(text) {
            guard PrefixPattern.isNotSuffix(component) else { break }
            kept.append(component)
        }
        kept.removeLast(kept.isEmpty ? 0 : 1)
        let epoch = kept.first ?? "0"
        let joined = epoch + "!" + kept.dropFirst().joined(separator: ".")
        self.init(wildcardBase: joined)
    }

    private init(components: [String]) {
        tokens = components.map(PrefixPattern.token)
        numericCount =
            components.prefix { component in
                !component.isEmpty && component.utf8.allSatisfy { $0 &- UInt8(ascii: "0") < 10 }
            }.count
    }

    /// Whether `version`'s public part starts with this prefix.
    /// - Parameter version: The candidate; its local label is ignored.
    /// - Returns: `true` when every component of the pattern equals the candidate's.
    func matches(_ version: Version) -> Bool {
        let releaseCount = version.releaseNumbers.count
        let padding = Swift.max(0, numericCount - 1 - releaseCount)
        let numericEnd = 1 + releaseCount + padding
        var suffixCount = 0
        if version.pre != nil { suffixCount += 1 }
        if version.post != nil { suffixCount += 1 }
        if version.dev != nil { suffixCount += 1 }
        guard numericEnd + suffixCount >= tokens.count else { return false }
        for index in tokens.indices {
            let candidate: Token
            if index == 0 {
                candidate = .number(version.epoch)
            } else if index <= releaseCount {
                candidate = .number(version.releaseNumbers[index - 1])
            } else if index < numericEnd {
                candidate = .number(0)
            } else {
                candidate = PrefixPattern.suffixToken(of: version, at: index - numericEnd)
            }
            if candidate != tokens[index] { return false }
        }
        return true
    }

    /// The `position`-th of the candidate's pre, post and dev components, counting only those present.
    private static func suffixToken(of version: Version, at position: Int) -> Token {
        var remaining = position
        if let pre = version.pre {
            if remaining == 0 { return .pre(pre.kind, pre.number) }
            remaining -= 1
        }
        if let post = version.post {
            if remaining == 0 { return .post(post) }
            remaining -= 1
        }
        if let dev = version.dev, remaining == 0 { return .dev(dev) }
        return .unmatchable
    }

    // MARK: - packaging's string helpers

    /// `canonicalize_version(text, strip_trailing_zero=False)`: the normalised form, or `text` if invalid.
    private static func canonicalized(_ text: String) -> String {
        (try? Version(text))?.description ?? text
    }

    /// `_version_split`: the epoch (or `0`), then the dot-separated parts, `0rc1` split into `0`, `rc1`.
    static func split(_ text: String) -> [String] {
        var epoch = "0"
        var rest = Substring(text)
        if let bang = text.lastIndex(of: "!") {
            let before = text[..<bang]
            if !before.isEmpty { epoch = String(before) }
            rest = text[text.index(after: bang)...]
        }
        var components = [epoch]
        for item in rest.split(separator: ".", omittingEmptySubsequences: false) {
            if let cut = preReleaseCut(item) {
                components.append(String(item[..<cut]))
                components.append(String(item[cut...]))
            } else {
                components.append(String(item))
            }
        }
        return components
    }

    /// Where `item` fully matches `([0-9]+)((?:a|b|c|rc)[0-9]+)`: the index of the letters.
    private static func preReleaseCut(_ item: Substring) -> Substring.Index? {
        let utf8 = item.utf8
        var index = utf8.startIndex
        while index < utf8.endIndex, utf8[index] &- UInt8(ascii: "0") < 10 { index = utf8.index(after: index) }
        guard index > utf8.startIndex, index < utf8.endIndex else { return nil }
        let cut = index
        switch utf8[index] {
        case UInt8(ascii: "a"), UInt8(ascii: "b"), UInt8(ascii: "c"):
            index = utf8.index(after: index)
        case UInt8(ascii: "r"):
            index = utf8.index(after: index)
            guard index < utf8.endIndex, utf8[index] == UInt8(ascii: "c") else { return nil }
            index = utf8.index(after: index)
        default:
            return nil
        }
        let digitsStart = index
        while index < utf8.endIndex, utf8[index] &- UInt8(ascii: "0") < 10 { index = utf8.index(after: index) }
        guard index > digitsStart, index == utf8.endIndex else { return nil }
        return cut
    }

    /// `_is_not_suffix`: the part does not start with `dev`, `a`, `b`, `rc` or `post`.
    private static func isNotSuffix(_ component: String) -> Bool {
        !["dev", "a", "b", "rc", "post"].contains { component.hasPrefix($0) }
    }

    /// The token a split component stands for, when a normalised version could produce it.
    private static func token(_ component: String) -> Token {
        if let number = canonicalNumber(Substring(component)) { return .number(number) }
        let prefixes: [(String, (Int) -> Token)] = [
            ("a", { .pre(.alpha, $0) }),
            ("b", { .pre(.beta, $0) }),
            ("rc", { .pre(.releaseCandidate, $0) }),
            ("post", { .post($0) }),
            ("dev", { .dev($0) }),
        ]
        for (prefix, make) in prefixes where component.hasPrefix(prefix) {
            if let number = canonicalNumber(component.dropFirst(prefix.count)) { return make(number) }
        }
        return .unmatchable
    }

    /// The value of `digits` when it is a number as `str(int)` prints it (no sign, no leading zero).
    private static func canonicalNumber(_ digits: Substring) -> Int? {
        let utf8 = digits.utf8
        guard let first = utf8.first, first &- UInt8(ascii: "0") < 10 else { return nil }
        guard first != UInt8(ascii: "0") || utf8.count == 1 else { return nil }
        var value = 0
        for byte in utf8 {
            guard byte &- UInt8(ascii: "0") < 10 else { return nil }
            let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(Int(byte &- UInt8(ascii: "0")))
            guard !overflow1, !overflow2 else { return nil }
            value = sum
        }
        return value
    }
}
