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

    // MARK: - Tests

    private func removedTests(_ context: Context) -> RuleFinding? {
        let removed = context.change.testChanges.filter { $0.test.kind == .removed }
        guard isMaintenance(context), !removed.isEmpty, removed.count >= configuration.removedTests else { return nil }
        return RuleFinding(
            rule: .removedTest,
            decision: .reject,
            message: "it removes \(Self.names(removed.map(\.test))), which covered the behaviour it changes: "
                + "do not backport it to \(context.branch)",
            evidence: removed.map(Self.evidence)
        )
    }

    private func adaptedTests(_ context: Context) -> RuleFinding? {
        let adapted = context.change.testChanges.filter { $0.test.kind == .changed }
        let lines = adapted.map(\.test.removedLines).reduce(0, +)
        guard isMaintenance(context), !adapted.isEmpty, lines >= configuration.adaptedTestLines else { return nil }
        return RuleFinding(
            rule: .adaptedTests,
            decision: .review,
            message: "it had to adapt existing tests (\(Self.names(adapted.map(\.test))); \(lines) "
                + "\(lines == 1 ? "line" : "lines") removed), a strong signal not to backport it to \(context.branch): "
                + "the release manager decides",
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
        return Evidence(
            .test,
            commit: item.commit,
            path: item.test.file,
            test: item.test.function,
            detail: "\(verb), \(item.test.removedLines) \(item.test.removedLines == 1 ? "line" : "lines") removed"
        )
    }

    // MARK: - ABI

    private func publicABIChange(_ context: Context) -> RuleFinding? {
        guard isMaintenance(context) || context.phase == .rc else { return nil }
        let paths = configuration.paths
        var evidence: [Evidence] = []
        var touched: [String] = []
        for (commit, file) in context.change.fileChanges {
            let what: String
            if paths.isPublicHeader(file.path) {
                what = "public header"
            } else if paths.abiFiles.anyMatches(file.path) {
                what = "ABI file"
            } else {
                continue
            }
            evidence.append(Evidence(.file, commit: commit, path: file.path, detail: "\(what) (\(file.lineCounts))"))
            if !touched.contains(file.path) { touched.append(file.path) }
        }
        for commit in context.change.commits where ABIMarkerCheck.hasCommitMarker(commit.facts) {
            evidence.append(
                Evidence(
                    .subject,
                    commit: commit.sha,
                    line: 1,
                    detail: "summary opens with '\(ABIMarkerCheck.commitMarker)'"
                )
            )
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
            ? "it declares an ABI break" : "it changes the public C API or ABI (\(touched.joined(separator: ", ")))"
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

    private func seriousFix(_ rule: GateRule, _ context: Context) -> RuleFinding? {
        let change = context.change
        guard isMaintenance(context), change.kind == .security || change.kind == .crashFix,
            let behaviour = change.classification.signals[.behaviourChange], !behaviour.isEmpty
        else { return nil }
        let whatsNew = change.fileChanges.filter { configuration.paths.whatsNew.anyMatches($0.file.path) }
        if whatsNew.isEmpty {
            guard rule == .seriousFixWithoutWhatsNew else { return nil }
            return RuleFinding(
                rule: rule,
                decision: .reject,
                message: "this \(change.kind.phrase) also changes behaviour: on \(context.branch) that needs a "
                    + "discussion and a What's New entry, not only a NEWS entry; add one and ask the release manager",
                evidence: behaviour
            )
        }
        guard rule == .seriousFixChangesBehaviour else { return nil }
        let documented = whatsNew.map {
            Evidence(.file, commit: $0.commit, path: $0.file.path, detail: "What's New entry (\($0.file.lineCounts))")
        }
        return RuleFinding(
            rule: rule,
            decision: .review,
            message: "this \(change.kind.phrase) changes behaviour and documents it in What's New: "
                + "the release manager decides whether \(context.branch) takes it",
            evidence: behaviour + documented
        )
    }
}
