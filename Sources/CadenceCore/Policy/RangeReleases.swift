/// What the releases around a range of history say about its commits: which release tags inside the
/// range contain which commits, and which commits of the range already shipped in the release the
/// range starts from.
///
/// When a release tag is merged back into its branch (`Merge tag 'v3.9.0' into 3.9`), the fixes
/// cherry-picked for the release candidates come back as commits of the branch that are patch-identical
/// to commits of the tag: they already shipped and are not backports to judge. And a change reverted
/// inside a range ships only if a release tag lies between it and its revert.
///
/// `CadenceGit` reads these from a repository (`GitRepository.releases(in:)`); the audit uses them.
public struct RangeReleases: Hashable, Sendable {
    /// A release tag inside the range and the range's commits it contains.
    public struct Tag: Hashable, Sendable {
        /// The tag's name (`v3.9.3`).
        public var name: String
        /// The full object names of the range's commits the tag contains.
        public var commits: Set<String>

        /// Creates a tag.
        public init(name: String, commits: Set<String>) {
            self.name = name
            self.commits = commits
        }
    }

    /// A commit of the range that already shipped, and why.
    public struct Shipped: Hashable, Sendable {
        /// The release it shipped in (the tag the range starts from).
        public var release: String
        /// The commit of that release with the same patch or cherry-pick source.
        public var counterpart: String
        /// How they were matched: `patch-id` or `cherry-pick source`.
        public var method: String

        /// Creates an entry.
        public init(release: String, counterpart: String, method: String) {
            self.release = release
            self.counterpart = counterpart
            self.method = method
        }
    }

    /// The release tags inside the range, oldest first.
    public var tags: [Tag]
    /// The range's commits that already shipped, by full object name (lowercased).
    public var alreadyShipped: [String: Shipped]

    /// Creates the facts; with no arguments, none are known.
    public init(tags: [Tag] = [], alreadyShipped: [String: Shipped] = [:]) {
        self.tags = tags
        self.alreadyShipped = alreadyShipped
    }

    /// The first release tag that contains one of `shipped` but none of `later`: a release that shipped
    /// a change before its revert; `nil` when none lies between them.
    public func release(between shipped: [String], and later: [String]) -> String? {
        let original = Set(shipped.map { $0.lowercased() })
        let revert = Set(later.map { $0.lowercased() })
        return tags.first { tag in !tag.commits.isDisjoint(with: original) && tag.commits.isDisjoint(with: revert) }?
            .name
    }
}
