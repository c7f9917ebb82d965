/// What a change does, as the backport gate classifies it (DOMAIN §3).
public enum ChangeKind: String, CaseIterable, Hashable, Sendable {
    /// Fixes a vulnerability (Security NEWS section, CVE id, OSV record).
    case security
    /// Fixes a crash or an unexpected exception.
    case crashFix = "crash-fix"
    /// Fixes a bug without changing documented behaviour.
    case bugFix = "bug-fix"
    /// Changes behaviour people may rely on.
    case behaviourChange = "behaviour-change"
    /// Adds a feature or an API.
    case feature
    /// Deprecates or removes something.
    case deprecation = "deprecation-or-removal"
    /// Documentation only.
    case documentation
    /// Tests only.
    case tests
    /// Build system, CI or tooling.
    case build
}

/// What a phase's policy says about a kind of change.
public enum PolicyDecision: String, CaseIterable, Hashable, Sendable, Comparable {
    /// The change may go in.
    case allow
    /// The release manager decides ("toss it my way").
    case review
    /// The change must not go in.
    case reject

    private var order: Int { PolicyDecision.allCases.firstIndex(of: self) ?? 0 }

    /// Orders earlier before later.
    public static func < (lhs: PolicyDecision, rhs: PolicyDecision) -> Bool {
        lhs.order < rhs.order
    }
}
