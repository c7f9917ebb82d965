import CadencePackaging

/// A release as CPython's data names it: `3.9.0 alpha 1`, `3.9.2 candidate 1`, `3.9.4 final` (or
/// just `3.10.1`).
struct CPythonStage: Hashable, Sendable {
    /// The release as a PEP 440 version: `3.9.0a1`, `3.9.2rc1`, `3.9.4`.
    let version: Version

    /// Parses a stage; `nil` when it is not one.
    init?(_ text: String) {
        let words = text.split(separator: " ")
        guard let first = words.first, first.split(separator: ".").count == 3,
            first.allSatisfy({ $0.isASCIIDigit || $0 == "." })
        else { return nil }
        var label = String(first)
        switch words.count {
        case 1: break
        case 2 where words[1] == "final": break
        case 3:
            guard let marker = ["alpha": "a", "beta": "b", "candidate": "rc"][String(words[1])],
                words[2].allSatisfy(\.isASCIIDigit), !words[2].isEmpty
            else { return nil }
            label += marker + words[2]
        default: return nil
        }
        guard let version = try? Version(label) else { return nil }
        self.version = version
    }

    /// The stage for a version, as CPython writes it: `3.9.0 alpha 1`, `3.9.4 final`.
    static func text(for version: Version) -> String {
        let base = version.release.map { String($0) }.joined(separator: ".")
        guard let pre = version.pre else { return base + " final" }
        let word: String
        switch pre.kind {
        case .alpha: word = "alpha"
        case .beta: word = "beta"
        case .releaseCandidate: word = "candidate"
        }
        return "\(base) \(word) \(pre.number)"
    }

    /// The kind of this release in a series with `milestones`.
    func kind(on date: CalendarDate, note: String?, milestones: SeriesMilestones) -> ReleaseKind {
        if let pre = version.pre {
            switch pre.kind {
            case .alpha: return .alpha
            case .beta: return .beta
            case .releaseCandidate: return .rc
            }
        }
        if version.micro == 0 { return .final }
        if let note, note.lowercased().contains("hotfix") { return .hotfix }
        return date > milestones.endOfBugfix.day ? .security : .maintenance
    }
}
