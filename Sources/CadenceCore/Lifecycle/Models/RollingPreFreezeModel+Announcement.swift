import CadencePackaging

extension RollingPreFreezeModel {
    /// The facts for the announcement of the ABI-breaking pre-release `abiBreak`.
    ///
    /// The `Requires-Python` entry is ``ABIBreakRequiresPython``'s, with the first binary compatible
    /// pre-release after the break as the rebuild target (`3.9.0b6` after `3.9.0a5`); when no beta
    /// follows before the freeze, release candidate 1, which freezes the ABI (`3.9.0rc1` after `3.9.0a9`).
    ///
    /// ```swift
    /// let model = try RollingPreFreezeModel(abiBreaks: [Version("3.9.0a5"), Version("3.9.0a7")])
    /// let facts = try model.announcement(for: Version("3.9.0a5"))
    /// facts.notBinaryCompatibleWith?.label  // "3.9.0b4"
    /// facts.nextExpectedRelease?.label      // "3.9.0b6"
    /// facts.requiresPython.description      // >= "3.9.0b6"; python_version == "3.9" and python_full_version != "3.9.0a5"
    /// ```
    /// - Parameter abiBreak: An ABI-breaking pre-release of the plan: any X.Y.0a1, or one of ``abiBreaks``.
    /// - Returns: The announcement's facts.
    /// - Throws: ``LifecycleError/unplannable(model:reason:)`` when `abiBreak` is not an ABI-breaking
    ///   pre-release of a series the model plans, naming the ones that are.
    public func announcement(for abiBreak: Version) throws -> ABIBreakAnnouncement {
        let series = SeriesName(of: abiBreak)
        let releases = plan(index: try Self.index(of: series, parameters: parameters)).releases
        guard let position = releases.firstIndex(where: { $0.kind == .alphaABIBreak && $0.version == abiBreak }) else {
            let breaks = releases.filter { $0.kind == .alphaABIBreak }.map(\.label).joined(separator: ", ")
            throw LifecycleError.unplannable(
                model: name,
                reason: "\(abiBreak) is not an ABI-breaking pre-release of this plan; those of \(series) are \(breaks)"
            )
        }
        let release = releases[position]
        let previous = position > 0 ? releases[position - 1] : nil
        let next = position + 1 < releases.count ? releases[position + 1] : nil
        let later = releases[(position + 1)...]
        let target =
            later.prefix { $0.kind.isPrerelease && $0.kind != .rc }.first { $0.kind == .betaBinaryCompatible }
            ?? later.first { $0.kind == .rc && $0.series == series }
        return ABIBreakAnnouncement(
            release: release,
            notBinaryCompatibleWith: previous,
            nextExpectedRelease: next,
            requiresPython: try ABIBreakRequiresPython(abiBreak: abiBreak, rebuildTarget: target?.version)
        )
    }
}
