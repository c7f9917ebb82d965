/// The rules of the backport gate, with stable ids a verdict lists and `cadence.toml` names.
///
/// | id | fires when | decision |
/// |---|---|---|
/// | `phase-policy` | always: the target phase's ``ChangePolicy`` for the change's kind | the policy's |
/// | `security-branch-security-only` | a change that is not a security fix, into a security branch | reject |
/// | `behaviour-change-on-maintenance` | a behaviour change, into a maintenance branch | reject |
/// | `crash-fix-on-maintenance` | a crash or unexpected-exception fix, into a bugfix branch | allow |
/// | `removed-test` | the change removed existing test functions | reject |
/// | `adapted-tests` | the change adapted existing tests (lines removed inside them) | review |
/// | `public-abi-change` | public headers, ABI files or an `(ABI break)` marker | reject (review at rc) |
/// | `serious-fix-without-whats-new` | a security or crash fix that changes behaviour, no What's New | reject |
/// | `serious-fix-changes-behaviour` | a security or crash fix that changes behaviour, with What's New | review |
/// | `abi-marker-mismatch` | PEP 605's two ABI markers are not both present or both absent | review |
///
/// The maintenance branches are those in ``GateConfiguration/maintenancePhases`` (by default
/// feature releases, bugfix and security). When rules disagree the strictest decision wins.
public enum GateRule: String, CaseIterable, Hashable, Sendable, CustomStringConvertible {
    /// The target phase's policy (``ChangePolicy``, with `cadence.toml`'s overrides) for the change's kind.
    case phasePolicy = "phase-policy"
    /// A branch in its security phase takes security fixes only.
    case securityBranchSecurityOnly = "security-branch-security-only"
    /// Behaviour changes are not backported to maintenance branches.
    case behaviourChangeOnMaintenance = "behaviour-change-on-maintenance"
    /// Fixes for crashes and unexpected exceptions may be backported to bugfix branches.
    case crashFixOnMaintenance = "crash-fix-on-maintenance"
    /// A change that removed a test covering the behaviour must not be backported.
    case removedTest = "removed-test"
    /// A change that had to adapt existing tests goes to the release manager.
    case adaptedTests = "adapted-tests"
    /// A change to the public C API or ABI is a regression on a maintenance branch.
    case publicABIChange = "public-abi-change"
    /// A serious fix that changes behaviour needs a What's New entry before it can even be discussed.
    case seriousFixWithoutWhatsNew = "serious-fix-without-whats-new"
    /// A serious fix that changes behaviour, documented in What's New, is for the release manager.
    case seriousFixChangesBehaviour = "serious-fix-changes-behaviour"
    /// PEP 605's `(ABI break)` and `(CPython ABI break)` markers must appear both or neither.
    case abiMarkerMismatch = "abi-marker-mismatch"

    /// The stable id, such as `behaviour-change-on-maintenance`.
    public var description: String { rawValue }

    /// What the rule checks, in one sentence for people (`cadence` lists these).
    public var summary: String {
        switch self {
        case .phasePolicy: return "the target phase's policy for the change's kind"
        case .securityBranchSecurityOnly: return "a branch in its security phase takes security fixes only"
        case .behaviourChangeOnMaintenance: return "behaviour changes are not backported to maintenance branches"
        case .crashFixOnMaintenance: return "fixes for crashes and unexpected exceptions may be backported"
        case .removedTest: return "a change that removed a test of the behaviour must not be backported"
        case .adaptedTests: return "a change that had to adapt existing tests goes to the release manager"
        case .publicABIChange: return "public headers and ABI files must not change on a maintenance branch"
        case .seriousFixWithoutWhatsNew: return "a serious fix that changes behaviour needs a What's New entry"
        case .seriousFixChangesBehaviour: return "a serious fix that changes behaviour goes to the release manager"
        case .abiMarkerMismatch: return "PEP 605's ABI markers must be in both the commit and the NEWS entry"
        }
    }
}
