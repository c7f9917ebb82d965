/// What a release is, in the vocabulary of the seeds and of `golden/` (the raw values).
public enum ReleaseKind: String, CaseIterable, Hashable, Sendable {
    /// An alpha pre-release (status quo, PEP 598).
    case alpha
    /// A beta pre-release.
    case beta
    /// PEP 598: the final beta, which locks ABI compatibility.
    case betaABILock = "beta-abi-lock"
    /// A release candidate.
    case rc
    /// The first release of a series, X.Y.0 (status quo, PEP 605).
    case final
    /// PEP 598: the baseline feature release, X.Y.0.
    case baseline
    /// PEP 598: an incremental feature release.
    case incremental
    /// PEP 598: the first release with `sys.version_info.feature_complete == True`.
    case featureComplete = "feature-complete"
    /// PEP 605: a pre-release that breaks the full CPython ABI relative to the previous one (`a`).
    case alphaABIBreak = "alpha-abi-break"
    /// PEP 605: a pre-release binary compatible with the previous one (`b`).
    case betaBinaryCompatible = "beta-binary-compatible"
    /// A regular maintenance (bugfix) release.
    case maintenance
    /// The last regular maintenance release of a series.
    case finalMaintenance = "final-maintenance"
    /// PEP 605: the last maintenance release that ships binaries.
    case finalBinaryMaintenance = "final-binary-maintenance"
    /// A security-only, source-only release.
    case security
    /// An unscheduled release that repairs a release (CPython 3.9.4, the ABI compatibility hotfix).
    case hotfix
    /// The end of a series (PEP 598's "branch closed").
    case closed

    /// Whether the release comes before X.Y.0.
    public var isPrerelease: Bool {
        switch self {
        case .alpha, .beta, .betaABILock, .rc, .alphaABIBreak, .betaBinaryCompatible: return true
        default: return false
        }
    }

    /// Whether the release is X.Y.0 itself.
    public var isFirstRelease: Bool { self == .final || self == .baseline }

    /// A short description for people, such as `incremental feature release`.
    public var summary: String {
        switch self {
        case .alpha: return "alpha"
        case .beta: return "beta"
        case .betaABILock: return "final beta, locks the ABI"
        case .rc: return "release candidate"
        case .final: return "X.Y.0"
        case .baseline: return "baseline feature release"
        case .incremental: return "incremental feature release"
        case .featureComplete: return "feature complete release"
        case .alphaABIBreak: return "pre-release, breaks the ABI"
        case .betaBinaryCompatible: return "pre-release, binary compatible"
        case .maintenance: return "maintenance release"
        case .finalMaintenance: return "final maintenance release"
        case .finalBinaryMaintenance: return "final binary maintenance release"
        case .security: return "security release"
        case .hotfix: return "hotfix"
        case .closed: return "branch closed"
        }
    }
}
