/// A comma-separated set of PEP 440 specifiers such as `>=3.9,!=3.9.0a5,<4`, all of which must hold.
///
/// Matches, filters and prints exactly as `packaging` 26.2's `SpecifierSet`:
///
/// ```swift
/// let supported = try SpecifierSet(">= 3.9 , != 3.9.0a5 , < 4")
/// supported.contains(try Version("3.11.7"))  // true
/// supported.contains("3.9.0a5")              // false
/// print(supported)                           // !=3.9.0a5,<4,>=3.9
/// ```
///
/// Equality and hashing compare the sorted, de-duplicated members (``description``) and ignore
/// ``prereleases``.
public struct SpecifierSet: Sendable {
    /// The member specifiers, in the order given.
    public var specifiers: [Specifier] {
        didSet { refreshDerivedState() }
    }

    /// The pre-release choice given at creation or set later; `nil` means "decide from the members".
    var explicitPrereleases: Bool?
    /// What packaging's `prereleases` getter answers when nothing was set explicitly.
    private(set) var impliedPrereleases: Bool?
    /// The members sorted by their text with equal ones dropped (packaging's `_canonical_specs`).
    private(set) var canonicalSpecifiers: [Specifier] = []

    /// Whether this set lets pre-releases match, following packaging's `prereleases` property.
    ///
    /// When set to `true` or `false` that choice wins. When `nil` the getter answers `true` if any
    /// member's ``Specifier/prereleases`` is `true` (e.g. `>=2.0b1`), and `nil` otherwise, meaning
    /// PEP 440's default: pre-releases match only when nothing else does.
    public var prereleases: Bool? {
        get { explicitPrereleases ?? impliedPrereleases }
        set { explicitPrereleases = newValue }
    }

    /// Creates a set from already-parsed specifiers, used as given (packaging's `SpecifierSet(iterable)`).
    /// - Parameters:
    ///   - specifiers: The members; an empty list accepts every version.
    ///   - prereleases: `true` or `false` to decide pre-release matching; `nil` to let the members decide.
    public init(_ specifiers: [Specifier], prereleases: Bool? = nil) {
        self.specifiers = specifiers
        self.explicitPrereleases = prereleases
        refreshDerivedState()
    }

    /// Parses a comma-separated list of specifiers; empty members and surrounding whitespace are ignored.
    ///
    /// ```swift
    /// try SpecifierSet(">=3.9,<4")
    /// try SpecifierSet("")          // accepts every version
    /// try SpecifierSet(">=3.9,=<4") // invalid specifier set '>=3.9,=<4': expected an operator ... at column 7
    /// ```
    /// - Parameters:
    ///   - text: The specifier set text.
    ///   - prereleases: `true` or `false` to decide pre-release matching; `nil` to let the members decide.
    /// - Throws: ``ParseError`` with subject `.specifierSet`, naming the whole input and the column
    ///   of the problem inside the offending member.
    public init(_ text: String, prereleases: Bool? = nil) throws {
        var members: [Specifier] = []
        let utf8 = text.utf8
        var memberStart = utf8.startIndex
        while true {
            let memberEnd = utf8[memberStart...].firstIndex(of: UInt8(ascii: ",")) ?? utf8.endIndex
            let member = text[memberStart..<memberEnd]
            if !PythonText.strip(member).isEmpty {
                switch Specifier.parse(member, prereleases: nil) {
                case .success(let specifier):
                    members.append(specifier)
                case .failure(let failure):
                    let base = utf8.distance(from: utf8.startIndex, to: memberStart)
                    throw ParseError(
                        .specifierSet,
                        input: text,
                        utf8Offset: base + failure.offset,
                        reason: failure.reason
                    )
                }
            }
            guard memberEnd < utf8.endIndex else { break }
            memberStart = utf8.index(after: memberEnd)
        }
        self.init(members, prereleases: prereleases)
    }

    /// Recomputes what depends on the members: the implied pre-release choice and the canonical order.
    private mutating func refreshDerivedState() {
        impliedPrereleases = specifiers.contains { $0.prereleases == true } ? true : nil
        let sorted = specifiers.sorted { lhs, rhs in
            lhs.description.unicodeScalars.lexicographicallyPrecedes(rhs.description.unicodeScalars)
        }
        var seen = Set<Specifier>()
        canonicalSpecifiers = sorted.filter { seen.insert($0).inserted }
    }

    /// Whether any member is `===`, which compares candidate text rather than versions.
    var hasArbitraryEquality: Bool {
        specifiers.contains { $0.operator == .arbitrary }
    }
}

extension SpecifierSet: CustomStringConvertible {
    /// The members sorted by text, duplicates removed, joined with commas (packaging 26.2's `str`).
    public var description: String {
        canonicalSpecifiers.map(\.description).joined(separator: ",")
    }
}

extension SpecifierSet: Hashable {
    /// Whether two sets hold the same canonical members; ``prereleases`` is ignored.
    /// - Parameters:
    ///   - lhs: A set.
    ///   - rhs: Another set.
    /// - Returns: `true` when the sorted, de-duplicated members are pairwise equal.
    public static func == (lhs: SpecifierSet, rhs: SpecifierSet) -> Bool {
        lhs.canonicalSpecifiers == rhs.canonicalSpecifiers
    }

    /// Hashes the canonical members, consistently with `==`.
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(canonicalSpecifiers)
    }
}

extension SpecifierSet {
    /// Two `prereleases` settings that cannot be combined: one set allows pre-releases, the other forbids them.
    public struct PrereleaseConflict: Error, Sendable, Hashable, CustomStringConvertible {
        /// Why the sets cannot be combined (packaging raises `ValueError` in this case).
        public var description: String {
            "cannot combine specifier sets that explicitly allow and forbid pre-releases"
        }
    }

    /// The set that requires both `self` and `other` (packaging's `SpecifierSet.__and__`).
    ///
    /// The members are concatenated. The pre-release setting is the one both share, or the one
    /// that is set when the other is `nil`.
    /// - Parameter other: The set to combine with.
    /// - Returns: The combined set.
    /// - Throws: ``PrereleaseConflict`` when one set has `prereleases` `true` and the other `false`.
    public func intersection(_ other: SpecifierSet) throws(PrereleaseConflict) -> SpecifierSet {
        let combined: Bool?
        switch (explicitPrereleases, other.explicitPrereleases) {
        case (nil, let value), (let value, nil): combined = value
        case (let left?, let right?):
            guard left == right else { throw PrereleaseConflict() }
            combined = left
        }
        return SpecifierSet(specifiers + other.specifiers, prereleases: combined)
    }

    /// The set that requires both sides, like packaging's `lhs & rhs`.
    ///
    /// Where packaging raises because one side allows pre-releases and the other forbids them,
    /// this keeps the stricter `false`; use ``intersection(_:)`` to get the error instead.
    /// - Parameters:
    ///   - lhs: A set.
    ///   - rhs: Another set.
    /// - Returns: The set whose members are those of both sides.
    public static func & (lhs: SpecifierSet, rhs: SpecifierSet) -> SpecifierSet {
        do {
            return try lhs.intersection(rhs)
        } catch {
            return SpecifierSet(lhs.specifiers + rhs.specifiers, prereleases: false)
        }
    }
}
