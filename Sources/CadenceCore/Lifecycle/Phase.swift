/// Where a release series is in its life on a given date.
///
/// Each phase has a change policy
/// (``ChangePolicy``), which the backport gate applies.
///
/// | phase | from | accepts |
/// |---|---|---|
/// | `feature` | start of development | anything that follows the deprecation policy |
/// | `alpha` | the first alpha | the same (CPython calls this `feature` too) |
/// | `beta` | feature freeze (beta 1) | bug fixes; no new features |
/// | `rc` | the first release candidate | release-blocking fixes only |
/// | `featureReleases` | X.Y.0 under PEP 598 | compatible, guarded API additions; never breaking changes |
/// | `bugfix` | X.Y.0 (or PEP 598's feature complete release) | bug fixes and docs; no behaviour changes |
/// | `security` | end of bugfix | security fixes only, source-only releases |
/// | `endOfLife` | end of life | nothing |
public enum Phase: String, CaseIterable, Hashable, Sendable, Comparable {
    /// Development on the main branch, before the first alpha.
    case feature
    /// Alphas: still open to features.
    case alpha
    /// Betas: after feature freeze.
    case beta
    /// Release candidates.
    case rc
    /// PEP 598's feature releases, from X.Y.0 to the feature complete release.
    case featureReleases = "feature-releases"
    /// Bug fixes (maintenance).
    case bugfix
    /// Security fixes only.
    case security
    /// Closed.
    case endOfLife = "end-of-life"

    private var order: Int { Phase.allCases.firstIndex(of: self) ?? 0 }

    /// What CPython's branches accept in this phase (``ChangePolicy/cpython(for:)``).
    public var policy: ChangePolicy { ChangePolicy.cpython(for: self) }

    /// Whether the phase is a pre-release stage (alpha, beta or rc).
    public var isPrerelease: Bool { self == .alpha || self == .beta || self == .rc }

    /// The name for people: `prerelease (beta)`, `feature releases`, `end-of-life`.
    public var displayName: String {
        switch self {
        case .alpha, .beta, .rc: return "prerelease (\(rawValue))"
        case .featureReleases: return "feature releases"
        default: return rawValue
        }
    }

    /// The status in CPython's own vocabulary (`python-releases.toml`, `release-cycle.json`): alphas are
    /// `feature`, betas and release candidates `prerelease`, PEP 598's feature releases `bugfix`.
    public var cpythonStatus: String {
        switch self {
        case .feature, .alpha: return "feature"
        case .beta, .rc: return "prerelease"
        case .featureReleases, .bugfix: return "bugfix"
        case .security: return "security"
        case .endOfLife: return "end-of-life"
        }
    }

    /// The phase CPython's status word names at its start (`prerelease` → `beta`).
    public init?(cpythonStatus: String) {
        switch cpythonStatus {
        case "feature": self = .feature
        case "prerelease": self = .beta
        case "bugfix": self = .bugfix
        case "security": self = .security
        case "end-of-life": self = .endOfLife
        default: return nil
        }
    }

    /// Orders earlier before later.
    public static func < (lhs: Phase, rhs: Phase) -> Bool {
        lhs.order < rhs.order
    }
}
