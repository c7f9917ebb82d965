/// Picks the things (wheel files, say) whose tags a system supports, best match first
/// (packaging's `create_compatible_tags_selector`).
///
/// The selector ranks every supported tag by its position in the list it is made from (the first
/// occurrence of a repeated tag counts). A thing is kept when any of its tags is supported, and
/// things are ordered by the rank of their best tag; things that tie keep their input order.
///
/// ```swift
/// let selector = CompatibleTagSelector(supported: try Tag.parse("py3-none-any") + Tag.parse("py2-none-any"))
/// let files = ["foo-1.0-py2-none-any.whl", "foo-1.0-py3-none-any.whl", "foo-1.0-cp39-cp39-win32.whl"]
/// selector.select(try files.map { ($0, try WheelFilename($0).tags) })
/// // ["foo-1.0-py3-none-any.whl", "foo-1.0-py2-none-any.whl"]
/// ```
public struct CompatibleTagSelector: Sendable {
    /// The rank of every supported tag: its first position in the supported list.
    public let ranks: [Tag: Int]

    /// Creates a selector from the supported tags, most preferred first.
    /// - Parameter supported: The tags the system supports, e.g. from ``CompatibleTags``.
    public init(supported: some Sequence<Tag>) {
        var ranks: [Tag: Int] = [:]
        for (rank, tag) in supported.enumerated() where ranks[tag] == nil {
            ranks[tag] = rank
        }
        self.ranks = ranks
    }

    /// The rank of a thing's best supported tag.
    /// - Parameter tags: The thing's tags.
    /// - Returns: The lowest rank among them, or `nil` when none is supported.
    public func rank(of tags: some Sequence<Tag>) -> Int? {
        tags.compactMap { ranks[$0] }.min()
    }

    /// The supported things, best match first.
    /// - Parameter things: Each thing with its tags, e.g. a wheel file name and ``WheelFilename/tags``.
    /// - Returns: The things with at least one supported tag, ordered by their best tag's rank; ties
    ///   keep their input order.
    public func select<Thing, Tags: Sequence<Tag>>(_ things: some Sequence<(Thing, Tags)>) -> [Thing] {
        var ranked: [(thing: Thing, rank: Int, position: Int)] = []
        for (position, (thing, tags)) in things.enumerated() {
            if let rank = rank(of: tags) { ranked.append((thing, rank, position)) }
        }
        ranked.sort { ($0.rank, $0.position) < ($1.rank, $1.position) }
        return ranked.map(\.thing)
    }
}
