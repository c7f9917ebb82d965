/// A revert and the change it undoes, with how they were linked.
public struct RevertLink: Hashable, Sendable {
    /// How the revert was linked to what it undoes.
    public enum Method: String, Hashable, Sendable {
        /// A `This reverts commit <sha>.` trailer names a commit of the reverted change.
        case trailer
        /// No trailer: the revert's title opens with a revert word, and it shares an issue and touched
        /// files with the reverted change.
        case issueAndFiles = "issue-and-files"
    }

    /// The ``Change/id`` of the revert.
    public var revert: String
    /// The ``Change/id`` of the change it undoes.
    public var reverted: String
    /// How they were linked.
    public var method: Method
    /// The trailer, or the shared issues and files.
    public var evidence: [Evidence]

    /// Creates a link.
    public init(revert: String, reverted: String, method: Method, evidence: [Evidence]) {
        self.revert = revert
        self.reverted = reverted
        self.method = method
        self.evidence = evidence
    }
}

/// What the reverts in a range of changes undo, and so what ships.
public struct RevertAnalysis: Hashable, Sendable {
    /// A change that was reverted inside the range, and the reverts that undid it.
    public struct NeverShipped: Hashable, Sendable {
        /// The reverted change.
        public var change: Change
        /// The reverts that undid it (not themselves reverted).
        public var revertedBy: [Change]

        /// Creates an entry.
        public init(change: Change, revertedBy: [Change]) {
            self.change = change
            self.revertedBy = revertedBy
        }
    }

    /// Every link found, in the order of the reverts.
    public var links: [RevertLink]
    /// Changes reverted inside the range: they never reach a release.
    public var neverShipped: [NeverShipped]
    /// Reverts that undo nothing in the range: they undo something released before (such as 3.9.4's
    /// rollback of a 3.9.3 change).
    public var unmatchedReverts: [Change]
    /// The changes that ship: all but the never-shipped ones and the reverts that only undo them.
    public var shipped: [Change]
    /// Reverted changes that a release inside the range shipped before the revert, by ``Change/id``,
    /// with that release.
    public var shippedBeforeRevert: [String: String] = [:]

    /// Creates an analysis.
    public init(links: [RevertLink], neverShipped: [NeverShipped], unmatchedReverts: [Change], shipped: [Change]) {
        self.links = links
        self.neverShipped = neverShipped
        self.unmatchedReverts = unmatchedReverts
        self.shipped = shipped
    }

    /// Whether the change with `id` was reverted inside the range.
    public func isNeverShipped(_ id: String) -> Bool { neverShipped.contains { $0.change.id == id } }
}
