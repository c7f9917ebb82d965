extension BackportGate {
    /// The finding of `rule` for the change, or `nil` when the rule does not fire.
    func finding(_ rule: GateRule, _ context: Context) -> RuleFinding? {
        switch rule {
        case .phasePolicy: return phasePolicy(context)
        case .securityBranchSecurityOnly: return securityOnly(context)
        case .behaviourChangeOnMaintenance: return behaviourChange(context)
        case .crashFixOnMaintenance: return crashFix(context)
        case .removedTest: return removedTests(context)
        case .adaptedTests: return adaptedTests(context)
        case .publicABIChange: return publicABIChange(context)
        case .seriousFixWithoutWhatsNew, .seriousFixChangesBehaviour: return seriousFix(rule, context)
        case .abiMarkerMismatch: return abiMarkers(context)
        case .codeChangesBehaviour: return codeChangesBehaviour(context)
        case .documentsMicroChange: return documentsMicroChange(context)
        case .readsLikeBehaviourChange: return readsLikeBehaviourChange(context)
        case .revertRestoresShipped: return nil  // decided with the revert's links (verdict(for:into:on:reverting:))
        }
    }

    private func isMaintenance(_ context: Context) -> Bool { configuration.maintenancePhases.contains(context.phase) }

    // MARK: - Kind

    private func phasePolicy(_ context: Context) -> RuleFinding {
        let policy = configuration.policy(for: context.phase)
        let kind = context.change.kind
        let decision = policy.decision(for: kind)
        let outcome: String
        switch decision {
        case .allow: outcome = "a \(kind.phrase) may go in"
        case .review: outcome = "a \(kind.phrase) goes to the release manager, who decides"
        case .reject: outcome = "a \(kind.phrase) must not go in"
        }
        let branch = Evidence(
            .branch,
            detail: "\(context.series) is in its \(context.phase.displayName) phase on \(context.date)"
        )
        return RuleFinding(
            rule: .phasePolicy,
            decision: decision,
            message: "the policy of \(context.branch) is \(policy.summary); \(outcome)",
            evidence: [branch] + context.change.classification.evidence
        )
    }

    private func securityOnly(_ context: Context) -> RuleFinding? {
        guard context.phase == .security, context.change.kind != .security else { return nil }
        return RuleFinding(
            rule: .securityBranchSecurityOnly,
            decision: .reject,
            message: "\(context.branch) takes security fixes only and this is a \(context.change.kind.phrase): "
                + "do not backport it, unless it fixes a vulnerability; then say so with a Security NEWS entry or a CVE id",
            evidence: context.change.classification.evidence
        )
    }

    private func behaviourChange(_ context: Context) -> RuleFinding? {
        guard isMaintenance(context), context.change.kind == .behaviourChange else { return nil }
        return RuleFinding(
            rule: .behaviourChangeOnMaintenance,
            decision: .reject,
            message: "this changes behaviour people may rely on, and \(context.branch) takes no behaviour changes: "
                + "keep it on main (following PEP 387), or ask the release manager if the bug is serious",
            evidence: context.change.classification.evidence
        )
    }

    private func crashFix(_ context: Context) -> RuleFinding? {
        guard isMaintenance(context), context.phase != .security, context.change.kind == .crashFix else { return nil }
        return RuleFinding(
            rule: .crashFixOnMaintenance,
            decision: .allow,
            message: "fixes for crashes and unexpected exceptions may go into \(context.branch); "
                + "check that it changes nothing else",
            evidence: context.change.classification.evidence
        )
    }

    /// A change whose documentation names a micro release of the target in a `versionadded`,
    /// `versionchanged` or `deprecated` note: the project itself says it adds or changes something in a
    /// bugfix release.
    private func documentsMicroChange(_ context: Context) -> RuleFinding? {
        let change = context.change
        guard isMaintenance(context), change.kind != .tests, change.kind != .build, !change.isRevert else { return nil }
        let notes = Self.fileEvidence(change) { commit in
            commit.versionNotes.filter { $0.namesMicroRelease(of: context.series) }.map { ($0.file, $0.description) }
        }
        return review(
            .documentsMicroChange,
            "its documentation says it adds or changes something in a bugfix release of \(context.series)",
            context,
            notes
        )
    }

    /// A bug fix whose code changes a public signature or raises an exception it did not raise before.
    private func codeChangesBehaviour(_ context: Context) -> RuleFinding? {
        let change = context.change
        guard isMaintenance(context), change.kind == .bugFix, !change.isRevert else { return nil }
        let evidence = Self.fileEvidence(change) { commit in
            commit.apiChanges.filter { $0.kind == .signatureChanged || $0.kind == .raisesNew }.map {
                ($0.file, $0.description)
            }
        }
        return review(
            .codeChangesBehaviour,
            "it changes what user code sees (a public signature, or an exception raised where none was)",
            context,
            evidence
        )
    }

    /// A finding that sends the change to the release manager for `reason`, or `nil` without evidence.
    private func review(_ rule: GateRule, _ reason: String, _ context: Context, _ evidence: [Evidence]) -> RuleFinding?
    {
        guard !evidence.isEmpty else { return nil }
        return RuleFinding(
            rule: rule,
            decision: .review,
            message: "\(reason): the release manager decides whether \(context.branch) takes it",
            evidence: evidence
        )
    }

    /// File evidence from each commit of `change`: the `(path, detail)` pairs `items` finds in it.
    private static func fileEvidence(_ change: Change, _ items: (Commit) -> [(String, String)]) -> [Evidence] {
        change.commits.flatMap { commit in
            items(commit.commit).map { Evidence(.file, commit: commit.sha, path: $0.0, detail: $0.1) }
        }
    }

    /// A bug fix whose words read like a behaviour change or a new API.
    ///
    /// Weak signals (`now raises`, `no longer`, a feature verb before an API noun) never decide a kind,
    /// but a release manager wants to read these.
    private func readsLikeBehaviourChange(_ context: Context) -> RuleFinding? {
        let change = context.change
        guard isMaintenance(context), change.kind == .bugFix, !change.isRevert else { return nil }
        let words =
            (change.classification.signals[.behaviourChange] ?? []) + (change.classification.signals[.feature] ?? [])
        guard !words.isEmpty else { return nil }
        return RuleFinding(
            rule: .readsLikeBehaviourChange,
            decision: .review,
            message: "its words read like a behaviour change or a new API, which nothing in its tests or headers "
                + "confirms: the release manager decides whether \(context.branch) takes it",
            evidence: words
        )
    }

    // MARK: - Tests

    /// Whether the test rules read this change: not a test-only change (tests refactored, extended, made
    /// robust or skipped are not the seed's signal) and not a revert (it restores tests that shipped).
    private func readsTests(_ context: Context) -> Bool {
        isMaintenance(context) && context.change.kind != .tests && !context.change.isRevert
    }

    private func removedTests(_ context: Context) -> RuleFinding? {
        let removed = context.change.testChanges.filter { $0.test.kind == .removed && $0.test.changesExpectations }
        guard readsTests(context), !removed.isEmpty, removed.count >= configuration.removedTests else { return nil }
        return RuleFinding(
            rule: .removedTest,
            decision: .reject,
            message: "it removes \(Self.names(removed.map(\.test))), which checked the behaviour it changes: "
                + "do not backport it to \(context.branch)",
            evidence: removed.map(Self.evidence)
        )
    }

    private func adaptedTests(_ context: Context) -> RuleFinding? {
        let adapted = context.change.testChanges.filter { $0.test.kind == .changed && $0.test.changesExpectations }
        let lines = adapted.map(\.test.removedLines).reduce(0, +)
        guard readsTests(context), !adapted.isEmpty, lines >= configuration.adaptedTestLines else { return nil }
        return RuleFinding(
            rule: .adaptedTests,
            decision: .review,
            message: "it had to change what existing tests expect (\(Self.names(adapted.map(\.test)))), "
                + "a strong signal not to backport it to \(context.branch): the release manager decides",
            evidence: adapted.map(Self.evidence)
        )
    }

    private static func names(_ tests: [TestChange]) -> String {
        let names = tests.prefix(3).map { "\($0.function) in \($0.file)" }
        let more = tests.count > 3 ? " and \(tests.count - 3) more" : ""
        return names.joined(separator: ", ") + more
    }

    private static func evidence(_ item: (commit: String, test: TestChange)) -> Evidence {
        let verb = item.test.kind == .removed ? "removed" : "changed"
        let lost = item.test.lostExpectations
        let shown = lost.prefix(3).map { token in
            guard token.count > 60, let close = token.last else { return token }
            return String(token.prefix(57)) + "…" + String(close)  // keep the closing quote or backquote
        }
        .joined(separator: ", ")
        let more = lost.count > 3 ? " and \(lost.count - 3) more" : ""
        return Evidence(
            .test,
            commit: item.commit,
            path: item.test.file,
            test: item.test.function,
            detail: "\(verb); no longer expects \(shown)\(more)"
        )
    }

    // MARK: - ABI

    private func publicABIChange(_ context: Context) -> RuleFinding? {
        guard isMaintenance(context) || context.phase == .rc, !context.change.isRevert else { return nil }
        let paths = configuration.paths
        var evidence: [Evidence] = []
        var touched: [String] = []
        for commit in context.change.commits {
            let read = Dictionary(
                commit.commit.interfaceChanges.map { ($0.file, $0) },
                uniquingKeysWith: { first, _ in first }
            )
            for file in commit.commit.files {
                let details: [String]
                if paths.isABIFile(file.path) {
                    details = ["ABI file (\(file.lineCounts))"]
                } else if paths.isPublicHeaderFile(file.path) {
                    if let change = read[file.path], change.hasTexts {
                        details = change.breakingDifferences.map(\.detail)
                    } else {
                        // The texts could not be read: any line may be a break.
                        details = ["public header (\(file.lineCounts)); its texts could not be read"]
                    }
                } else {
                    continue
                }
                guard !details.isEmpty else { continue }
                evidence += details.map { Evidence(.file, commit: commit.sha, path: file.path, detail: $0) }
                if !touched.contains(file.path) { touched.append(file.path) }
            }
            if ABIMarkerCheck.hasCommitMarker(commit.facts) {
                evidence.append(
                    Evidence(
                        .subject,
                        commit: commit.sha,
                        line: 1,
                        detail: "summary opens with '\(ABIMarkerCheck.commitMarker)'"
                    )
                )
            }
        }
        for (commit, entry) in context.change.newsEntries where ABIMarkerCheck.hasNewsMarker(entry) {
            evidence.append(
                Evidence(
                    .newsText,
                    commit: commit,
                    path: entry.path,
                    line: 1,
                    detail: "opens with '\(ABIMarkerCheck.newsMarker)'"
                )
            )
        }
        guard !evidence.isEmpty else { return nil }
        let what =
            touched.isEmpty
            ? "it declares an ABI break"
            : "it changes what compiled extensions see (\(touched.joined(separator: ", ")))"
        if context.phase == .rc {
            return RuleFinding(
                rule: .publicABIChange,
                decision: .review,
                message: "\(what), and the ABI is frozen from the first release candidate of \(context.series): "
                    + "the release manager decides",
                evidence: evidence
            )
        }
        return RuleFinding(
            rule: .publicABIChange,
            decision: .reject,
            message: "\(what): an ABI change on a maintenance branch is a regression (3.9.3 changed a public struct "
                + "and 3.9.4 had to roll it back); do not backport it to \(context.branch)",
            evidence: evidence
        )
    }

    private func abiMarkers(_ context: Context) -> RuleFinding? {
        let findings = ABIMarkerCheck.findings(for: context.change)
        guard let first = findings.first else { return nil }
        return RuleFinding(
            rule: .abiMarkerMismatch,
            decision: .review,
            message: "PEP 605's ABI markers disagree: \(first.message)",
            evidence: findings.flatMap(\.evidence)
        )
    }

    // MARK: - Serious fixes

    /// A security or crash fix whose tests show a behaviour change (what existing tests expect changed):
    /// a security fix goes to the release manager (never rejected outright: seed 000 lets security fixes
    /// bring changes along); a crash fix needs What's New, and then the release manager.
    private func seriousFix(_ rule: GateRule, _ context: Context) -> RuleFinding? {
        let change = context.change
        guard isMaintenance(context), change.kind == .security || change.kind == .crashFix, !change.isRevert else {
            return nil
        }
        let behaviour = change.testChanges.filter(\.test.changesExpectations).map(Self.evidence)
        let whatsNew = change.fileChanges.filter { configuration.paths.whatsNew.anyMatches($0.file.path) }
        // A What's New entry in the fix itself documents a behaviour change as much as a changed test.
        guard !behaviour.isEmpty || !whatsNew.isEmpty else { return nil }
        if whatsNew.isEmpty, change.kind == .crashFix {
            guard rule == .seriousFixWithoutWhatsNew else { return nil }
            // Adapting tests is a strong signal, not a verdict (seed 000): the release manager decides.
            return RuleFinding(
                rule: rule,
                decision: .review,
                message: "this \(change.kind.phrase) also changes what existing tests expect: on \(context.branch) "
                    + "a behaviour change needs a discussion and a What's New entry, not only a NEWS entry; the "
                    + "release manager decides",
                evidence: behaviour
            )
        }
        guard rule == .seriousFixChangesBehaviour else { return nil }
        let documented = whatsNew.map {
            Evidence(.file, commit: $0.commit, path: $0.file.path, detail: "What's New entry (\($0.file.lineCounts))")
        }
        let what =
            behaviour.isEmpty
            ? "documents a behaviour change in What's New"
            : whatsNew.isEmpty
                ? "changes what existing tests expect (security fixes may bring changes along, but not a blank cheque)"
                : "changes what existing tests expect and documents it in What's New"
        return RuleFinding(
            rule: rule,
            decision: .review,
            message:
                "this \(change.kind.phrase) \(what): the release manager decides whether \(context.branch) takes it",
            evidence: behaviour + documented
        )
    }

    // MARK: - Reverts

    /// A revert linked to what it undoes restores behaviour that already shipped: a regression fix.
    func revertRestoresShipped(_ context: Context, links: [RevertLink]) -> RuleFinding {
        RuleFinding(
            rule: .revertRestoresShipped,
            decision: .allow,
            message: "it reverts \(links.map { String($0.reverted.prefix(10)) }.joined(separator: ", ")), restoring "
                + "behaviour that already shipped: a regression fix may go into \(context.branch)",
            evidence: links.flatMap(\.evidence)
        )
    }
}
