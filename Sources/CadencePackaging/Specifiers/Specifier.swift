/// One PEP 440 version specifier such as `>=3.9`, `==2.1.*` or `~=1.4.2`, matching as `packaging` 26.2 does.
///
/// The version is parsed once, when the specifier is created, so testing candidates is cheap:
///
/// ```swift
/// let specifier = try Specifier(">=3.9")
/// specifier.contains(try Version("3.11.7"))  // true
/// specifier.contains("3.8")                  // false
/// print(specifier)                           // >=3.9
/// ```
///
/// Two specifiers are equal when packaging's canonical forms are: `==1.2.3` equals `== 1.2.3.0`,
/// while `~=1.2` and `~=1.2.0` differ. The ``prereleases`` setting takes no part in equality.
public struct Specifier: Sendable {
    /// A PEP 440 comparison operator.
    public enum Operator: String, Sendable, CaseIterable {
        /// `~=`: a compatible release, e.g. `~=1.4.2` means `>=1.4.2, ==1.4.*`.
        case compatible = "~="
        /// `==`: version matching, with `.*` prefix matching and local labels ignored unless given.
        case equal = "=="
        /// `!=`: version exclusion, the opposite of `==`.
        case notEqual = "!="
        /// `<=`: inclusive upper bound; local versions of the bound match.
        case lessThanOrEqual = "<="
        /// `>=`: inclusive lower bound.
        case greaterThanOrEqual = ">="
        /// `<`: exclusive upper bound that also excludes pre-releases of the bound.
        case lessThan = "<"
        /// `>`: exclusive lower bound that also excludes post-releases and local versions of the bound.
        case greaterThan = ">"
        /// `===`: arbitrary equality, a case-insensitive comparison of the version text.
        case arbitrary = "==="
    }

    /// The comparison operator.
    public let `operator`: Operator
    /// The version text after the operator, trimmed but not normalised (packaging's `.version`).
    public var version: String { comparison.text }

    /// The pre-release choice given at creation or set later; `nil` means "decide from the specifier".
    var explicitPrereleases: Bool?
    /// The parsed comparison, shared between copies so that copying a specifier is cheap.
    let comparison: SpecifierComparison

    /// Whether this specifier lets pre-releases match, following packaging's `prereleases` property.
    ///
    /// When set to `true` or `false` that choice wins. When `nil` (the default) the getter answers
    /// like packaging: `false` for `!=` and for `==X.*`, `true` when the spec's version is itself a
    /// pre-release (`>=2.0b1`), `false` otherwise, and `nil` for `===` with text that is no version.
    public var prereleases: Bool? {
        get { explicitPrereleases ?? comparison.impliedPrereleases }
        set { explicitPrereleases = newValue }
    }

    /// Creates a specifier from a validated operator and its prepared comparison.
    init(operator: Operator, comparison: SpecifierComparison, prereleases: Bool?) {
        self.operator = `operator`
        self.comparison = comparison
        self.explicitPrereleases = prereleases
    }
}

extension Specifier: CustomStringConvertible {
    /// The operator followed by the version text, as in `>=1.0` (packaging's `str(Specifier)`).
    public var description: String { `operator`.rawValue + version }
}

extension Specifier: Hashable {
    /// Whether two specifiers are the same constraint, comparing packaging's canonical forms.
    ///
    /// The version is normalised and, except for `~=`, trailing zeros are dropped; `===` and
    /// `.*` versions are compared as written. ``prereleases`` is ignored.
    /// - Parameters:
    ///   - lhs: A specifier.
    ///   - rhs: Another specifier.
    /// - Returns: `true` when the operators and canonical versions are equal (code point by code point,
    ///   as Python compares strings).
    public static func == (lhs: Specifier, rhs: Specifier) -> Bool {
        lhs.operator == rhs.operator
            && lhs.comparison.canonicalVersion.unicodeScalars.elementsEqual(
                rhs.comparison.canonicalVersion.unicodeScalars
            )
    }

    /// Hashes the operator and canonical version, consistently with `==`.
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(`operator`)
        hasher.combine(comparison.canonicalVersion)
    }
}
