/// A project's backport-gate rules and thresholds, read from its `cadence.toml`.
///
/// CPython's are built in (``cpython``); a project file changes only what it names. Every key is
/// optional; a list replaces CPython's list, `[news-sections]` replaces the whole mapping, and a
/// `[policy.<phase>]` table changes only the kinds it names in ``ChangePolicy/cpython(for:)``.
///
/// ```toml
/// # cadence.toml
/// [paths]                       # folders end in '/', '*' matches within one folder
/// tests = ["Lib/test/", "Lib/idlelib/idle_test/"]
/// documentation = ["Doc/"]
/// build = [".github/", "Tools/", "configure", "Makefile.pre.in"]
/// news = ["Misc/NEWS.d/"]       # NEWS entries: ignored when asking "only docs?"
/// public-headers = ["Include/"]
/// private-headers = ["Include/internal/"]
/// abi-files = ["Doc/data/*.abi"]
/// whats-new = ["Doc/whatsnew/"]
/// public-code = ["Lib/"]        # Python modules whose public names are the interface
/// private-code = ["Lib/idlelib/"]
///
/// [thresholds]
/// adapted-test-lines = 1        # lines removed inside existing tests that send a change to review
/// removed-tests = 1             # removed test functions that reject a change
///
/// [words]                       # whole words, any case; a trailing '*' matches any ending
/// crash = ["crash*", "segfault*", "exception*"]
/// deprecation = ["deprecat*", "remov*"]
/// feature-verbs = ["add", "added", "adds", "new"]
/// feature-nouns = ["parameter*", "function*", "method*"]
/// behaviour-change = ["now raise*", "no longer"]
/// revert = ["revert*", "rollback*", "roll back"]   # opening a title: a revert
/// decisive = ["crash-fix"]     # kinds whose words decide; the others are weak signals
///
/// [news-sections]               # NEWS section → kind of change
/// Security = "security"
/// Documentation = "documentation"
/// "Tools/Demos" = "build"
///
/// [rules]
/// maintenance-phases = ["feature-releases", "bugfix", "security"]
/// disabled = ["adapted-tests"]
///
/// [policy.bugfix]               # kind = "allow" | "review" | "reject"
/// behaviour-change = "review"
/// ```
///
/// Phases are written as ``Phase`` raw values (`feature`, `alpha`, `beta`, `rc`, `feature-releases`,
/// `bugfix`, `security`, `end-of-life`), kinds as ``ChangeKind`` raw values (`security`, `crash-fix`,
/// `bug-fix`, `behaviour-change`, `feature`, `deprecation-or-removal`, `documentation`, `tests`,
/// `build`) and rules by their ids (``GateRule``).
public struct GateConfiguration: Hashable, Sendable {
    /// Which paths are what.
    public var paths: Paths
    /// Lines removed inside existing test functions (``TestChange/Kind/changed``) from which a change
    /// goes to the release manager (`adapted-tests`).
    public var adaptedTestLines: Int
    /// Test functions removed (``TestChange/Kind/removed``) from which a change is rejected (`removed-test`).
    public var removedTests: Int
    /// The words that decide a change's kind.
    public var words: Words
    /// The kind of change a NEWS section declares, by CPython's section name (`Security` → security).
    public var sectionKinds: [String: ChangeKind]
    /// The phases in which the maintenance rules apply (tests, ABI, behaviour changes, serious fixes).
    public var maintenancePhases: Set<Phase>
    /// Rules that never fire; `phase-policy` cannot be disabled.
    public var disabledRules: Set<GateRule>
    /// Decisions that replace CPython's policy, by phase and kind.
    public var policyOverrides: [Phase: [ChangeKind: PolicyDecision]]

    /// Creates a configuration.
    public init(
        paths: Paths,
        adaptedTestLines: Int,
        removedTests: Int,
        words: Words,
        sectionKinds: [String: ChangeKind],
        maintenancePhases: Set<Phase>,
        disabledRules: Set<GateRule> = [],
        policyOverrides: [Phase: [ChangeKind: PolicyDecision]] = [:]
    ) {
        self.paths = paths
        self.adaptedTestLines = adaptedTestLines
        self.removedTests = removedTests
        self.words = words
        self.sectionKinds = sectionKinds
        self.maintenancePhases = maintenancePhases
        self.disabledRules = disabledRules
        self.policyOverrides = policyOverrides
    }

    /// The policy of `phase`: CPython's, with this project's overrides.
    public func policy(for phase: Phase) -> ChangePolicy {
        var policy = ChangePolicy.cpython(for: phase)
        for (kind, decision) in policyOverrides[phase] ?? [:] { policy.decisions[kind] = decision }
        return policy
    }

    /// Whether `rule` may fire.
    public func isEnabled(_ rule: GateRule) -> Bool { rule == .phasePolicy || !disabledRules.contains(rule) }

    /// Which repository paths are tests, documentation, build files, NEWS entries, public headers and
    /// ABI files.
    public struct Paths: Hashable, Sendable {
        /// Test code: a change touching only these (and NEWS) is `tests`.
        public var tests: [PathPattern]
        /// Documentation: a change touching only these (and NEWS) is `documentation`.
        public var documentation: [PathPattern]
        /// Build system, CI and tooling: a change touching only these (and NEWS) is `build`.
        public var build: [PathPattern]
        /// NEWS entries, left out when deciding whether a change touched only one kind of file.
        public var news: [PathPattern]
        /// Public C headers.
        public var publicHeaders: [PathPattern]
        /// Headers under ``publicHeaders`` that are not public (`Include/internal/`).
        public var privateHeaders: [PathPattern]
        /// Files that record the ABI (`Doc/data/*.abi`).
        public var abiFiles: [PathPattern]
        /// What's New documents (`Doc/whatsnew/`).
        public var whatsNew: [PathPattern]
        /// Python modules whose public names are the project's interface (`Lib/`): their removed or added
        /// functions, classes and methods, changed signatures and new `raise`s are evidence.
        public var publicCode: [PathPattern]
        /// Python code under ``publicCode`` that is not interface (`Lib/idlelib/`, private modules such
        /// as `Lib/_pydecimal.py` are recognised by their leading `_`).
        public var privateCode: [PathPattern]

        /// Creates the path rules.
        public init(
            tests: [PathPattern],
            documentation: [PathPattern],
            build: [PathPattern],
            news: [PathPattern],
            publicHeaders: [PathPattern],
            privateHeaders: [PathPattern],
            abiFiles: [PathPattern],
            whatsNew: [PathPattern],
            publicCode: [PathPattern] = [],
            privateCode: [PathPattern] = []
        ) {
            self.tests = tests
            self.documentation = documentation
            self.build = build
            self.news = news
            self.publicHeaders = publicHeaders
            self.privateHeaders = privateHeaders
            self.abiFiles = abiFiles
            self.whatsNew = whatsNew
            self.publicCode = publicCode
            self.privateCode = privateCode
        }

        /// Whether `path` is a public header: under ``publicHeaders`` and not under ``privateHeaders``.
        public func isPublicHeader(_ path: String) -> Bool {
            publicHeaders.anyMatches(path) && !privateHeaders.anyMatches(path)
        }
    }

    /// The words that decide a change's kind, looked for in subjects and NEWS entries.
    public struct Words: Hashable, Sendable {
        /// Crashes and unexpected exceptions: `crash*`, `segfault*`.
        public var crash: [WordPattern]
        /// Deprecations and removals: `deprecat*`, `remov*`.
        public var deprecation: [WordPattern]
        /// Verbs that, followed on the same line by a ``featureNouns`` word, make a feature: `add`.
        public var featureVerbs: [WordPattern]
        /// The API nouns of a feature: `parameter*`, `function*`.
        public var featureNouns: [WordPattern]
        /// Behaviour changes: `now raise*`, `no longer`.
        public var behaviourChange: [WordPattern]
        /// Words that, opening a commit's title, make it a revert: `revert*`, `rollback*`, `roll back`.
        public var revert: [WordPattern]
        /// The kinds whose words decide a change's kind when nothing stronger does.
        ///
        /// Stronger are the files, the NEWS section, the code and the tests; the other word lists are
        /// weak signals only. CPython: crash fix (a deprecation is read from the code: a
        /// `DeprecationWarning` added).
        public var decisiveKinds: [ChangeKind]

        /// Creates the word lists.
        public init(
            crash: [WordPattern],
            deprecation: [WordPattern],
            featureVerbs: [WordPattern],
            featureNouns: [WordPattern],
            behaviourChange: [WordPattern],
            revert: [WordPattern],
            decisiveKinds: [ChangeKind] = [.crashFix]
        ) {
            self.crash = crash
            self.deprecation = deprecation
            self.featureVerbs = featureVerbs
            self.featureNouns = featureNouns
            self.behaviourChange = behaviourChange
            self.revert = revert
            self.decisiveKinds = decisiveKinds
        }
    }
}
