import CadenceCore
import CadencePackaging

/// The answer of ``PrereleaseQuery``.
///
/// Encoded as `{"previous", "next", "breaks_abi", "requires_python", "abi_breaks", "marker_mismatches",
/// "announcement"}`.
public struct PrereleaseReport: Encodable, Sendable {
    /// The tag of the previous pre-release, as given.
    public let since: String
    /// The previous pre-release.
    public let previous: Version
    /// The next one, with its Requires-Python line.
    public let next: NextPrerelease
    /// The changes since the previous pre-release (release bookkeeping left out).
    public let changeCount: Int
    /// The commits that declare an ABI break, `shortSHA summary`.
    public let abiBreaks: [String]
    /// PEP 605 marker mismatches (a commit marker without a NEWS marker, or the other way round).
    public let markerMismatches: [String]
    /// What the clone could not show, one sentence each.
    public let limitations: [String]

    private enum CodingKeys: String, CodingKey {
        case previous, next, announcement
        case breaksABI = "breaks_abi", requiresPython = "requires_python", abiBreaks = "abi_breaks"
        case markerMismatches = "marker_mismatches"
    }

    /// Writes the two versions, the ABI breaks and the announcement.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(previous.description, forKey: .previous)
        try container.encode(next.version.description, forKey: .next)
        try container.encode(next.breaksABI, forKey: .breaksABI)
        try container.encode(next.requiresPython?.description, forKey: .requiresPython)
        try container.encode(abiBreaks, forKey: .abiBreaks)
        try container.encode(markerMismatches, forKey: .markerMismatches)
        try container.encode(announcement, forKey: .announcement)
    }

    /// The draft announcement of the next pre-release.
    public var announcement: String { next.announcement(reasons: abiBreaks) }

    /// The report for a terminal: the label, the counts, the Requires-Python line, marker mismatches,
    /// then the draft announcement.
    public var text: String {
        var lines = [
            "next pre-release: \(next.version) (\(next.breaksABI ? "breaks the ABI" : "binary compatible"))",
            "changes since \(since): \(changeCount), ABI breaks: \(abiBreaks.count)",
        ]
        if let requiresPython = next.requiresPython { lines.append("Requires-Python: \(requiresPython)") }
        lines += markerMismatches.map { "marker mismatch: \($0)" }
        lines.append("\n--- draft announcement ---\n" + announcement)
        return lines.joined(separator: "\n")
    }
}
