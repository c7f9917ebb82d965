/// The rules of the backport gate, with stable ids a verdict lists and `cadence.toml` names.
///
/// | id | fires when | decision |
/// |---|---|---|
/// | `phase-policy` | always: the target phase's ``ChangePolicy`` for the change's kind | the policy's |
/// | `security-branch-security-only` | a change that is not a security fix, into a security branch | reject |
/// | `behaviour-change-on-maintenance` | a behaviour change, into a maintenance branch | reject |
/// | `crash-fix-on-maintenance` | a crash or unexpected-exception fix, into a bugfix branch | allow |
/// | `removed-test` | the change removed a test whose expectations no added line keeps | reject |
/// | `adapted-tests` | the change changed what existing tests expect (a value or an exception) | review |
/// | `public-abi-change` | a public struct's layout, a signature, a removed declaration or a constant changed in a public header, an ABI file, or an `(ABI break)` marker | reject (review at rc) |
/// | `serious-fix-without-whats-new` | a crash fix that changes what tests expect, no What's New | review |
/// | `serious-fix-changes-behaviour` | a security fix that changes what tests expect, or a crash fix that does with What's New | review |
/// | `abi-marker-mismatch` | PEP 605's two ABI markers are not both present or both absent | review |
/// | `code-changes-behaviour` | a bug fix that changes a public signature or raises an exception its code did not raise, into a maintenance branch | review |
/// | `documents-micro-change` | a change that adds a `versionadded`/`versionchanged`/`deprecated` note naming a micro release of the target (`3.7.1`), into a maintenance branch | review |
/// | `reads-like-behaviour-change` | a bug fix whose title or NEWS entry reads like a behaviour change or new API (weak word signals), into a maintenance branch | review |
/// | `revert-restores-shipped` | a revert linked to what it undoes: a regression fix (the other rules are not read) | allow |
///
/// Test-only changes and reverts are never judged by the test rules; reverts not by the ABI rule.
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
    /// A bug fix whose code changes what user code sees: a public signature, or a new `raise`.
    case codeChangesBehaviour = "code-changes-behaviour"
    /// A change whose documentation says it adds or changes something in a micro release.
    case documentsMicroChange = "documents-micro-change"
    /// A bug fix whose words read like a behaviour change or a new API, which nothing stronger
    /// confirms: the release manager reads it.
    case readsLikeBehaviourChange = "reads-like-behaviour-change"
    /// A revert restores behaviour that already shipped: a regression fix, allowed.
    case revertRestoresShipped = "revert-restores-shipped"

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
        case .codeChangesBehaviour:
            return "a bug fix that changes a public signature or raises anew goes to the release manager"
        case .documentsMicroChange:
            return "a change documented as new or changed in a micro release goes to the release manager"
        case .readsLikeBehaviourChange:
            return "a bug fix that reads like a behaviour change goes to the release manager"
        case .revertRestoresShipped: return "a revert that restores behaviour that already shipped is a regression fix"
        }
    }
}
