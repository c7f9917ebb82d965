extension Change {
    /// Whether the change declares an ABI break: one of its commits opens its summary with PEP 605's
    /// `(ABI break)` or adds a NEWS entry that opens with `(CPython ABI break)`.
    public var declaresABIBreak: Bool {
        commits.contains { commit in
            ABIMarkerCheck.hasCommitMarker(commit.facts)
                || commit.commit.newsEntries.contains(where: ABIMarkerCheck.hasNewsMarker)
        }
    }
}

extension BackportAudit {
    /// The changes of a range that ship and declare an ABI break: PEP 605's test for whether the next
    /// rolling pre-release is an `a` (``breaksABI`` is the same test over an audit's entries).
    ///
    /// Commits are grouped into changes and reverts linked with `configuration`'s rules, as the audit
    /// does; a change reverted inside the range never ships and breaks nothing.
    /// - Parameters:
    ///   - annotated: The range's commits with their facts, in the history's order.
    ///   - configuration: The project's gate configuration.
    /// - Returns: The changes, newest first.
    public static func abiBreakingChanges(
        annotated: [AnnotatedCommit],
        configuration: GateConfiguration = .cpython
    ) -> [Change] {
        let changes = ChangeGrouper(configuration: configuration).changes(from: annotated)
        let analysis = RevertLinker(configuration: configuration).analyse(changes)
        let neverShipped = Set(analysis.neverShipped.map(\.change.id))
        return changes.filter { !neverShipped.contains($0.id) && $0.declaresABIBreak }
    }
}
