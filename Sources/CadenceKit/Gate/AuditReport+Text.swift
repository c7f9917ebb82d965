import CadenceCore
import Foundation

extension AuditReport {
    /// The report for a terminal: a heading, one row per change, and the totals.
    public var table: String {
        heading + "\n\n" + TextTable(header: header, rows: rows).text + "\n\n" + totals
    }

    /// The report as GitHub Markdown.
    public var markdown: String {
        "## " + heading + "\n\n" + TextTable(header: header, rows: rows).markdown + "\n\n" + totals
    }

    /// One GitHub workflow command per change that is not allowed (`::error` for reject, `::warning`
    /// for review), pointing at the first file the deciding rule names, then a notice with the totals.
    public var githubAnnotations: String {
        var lines: [String] = []
        for entry in audit.entries where entry.isJudged && entry.verdict.decision != .allow {
            let level = entry.verdict.decision == .reject ? "error" : "warning"
            let file = entry.verdict.deciding.flatMap(\.evidence).compactMap(\.path).first
            let title = "\(entry.verdict.decision.rawValue): \(Self.title(entry))"
            var properties = ["title=\(Self.escapeProperty(title))"]
            if let file { properties.insert("file=\(Self.escapeProperty(file))", at: 0) }
            let rules = entry.verdict.deciding.map(\.rule.rawValue).joined(separator: ",")
            let message = "\(entry.change.id.prefix(10)) \(entry.verdict.summary) [\(rules)]"
            lines.append("::\(level) \(properties.joined(separator: ","))::\(Self.escapeData(message))")
        }
        lines.append("::notice title=cadence audit::\(Self.escapeData(totals))")
        return lines.joined(separator: "\n")
    }

    private var heading: String {
        let phase = audit.series.phase(on: audit.date).displayName
        return "Changes in \(range) judged for \(audit.series.name) (\(phase) on \(audit.date))"
    }

    private var header: [String] { ["change", "kind", "verdict", "rules", "title", "why"] }

    private var rows: [[String]] {
        audit.entries.map { entry in
            [
                String(entry.change.id.prefix(10)), entry.change.kind.rawValue, Self.verdictText(entry),
                entry.verdict.deciding.map(\.rule.rawValue).joined(separator: ","), Self.title(entry),
                Self.notes(entry),
            ]
        }
    }

    /// The counts of verdicts and kinds, such as `3 changes. Verdicts: reject 2. Kinds: tests 2.` (one sentence).
    private var totals: String {
        let decisions = audit.counts { Self.verdictText($0) }
        let kinds = audit.counts { $0.change.kind.rawValue }
        func line(_ counts: [String: Int]) -> String {
            counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\($0.key) \($0.value)" }
                .joined(separator: ", ")
        }
        return "\(audit.entries.count) changes. Verdicts: \(line(decisions)). Kinds: \(line(kinds))."
    }

    private static func verdictText(_ entry: BackportAudit.Entry) -> String {
        if entry.isNeverShipped { return "never shipped" }
        if entry.isAlreadyShipped { return "already shipped" }
        return entry.verdict.decision.rawValue
    }

    private static func notes(_ entry: BackportAudit.Entry) -> String {
        var notes: [String] = []
        if entry.isNeverShipped {
            notes.append("reverted by " + entry.revertedBy.map { String($0.id.prefix(10)) }.joined(separator: ", "))
        }
        if let shipped = entry.alreadyShipped {
            let counterpart = shipped.counterpart.isEmpty ? "" : " as \(shipped.counterpart.prefix(10))"
            notes.append("already shipped in \(shipped.release)\(counterpart) (same \(shipped.method))")
        }
        if let release = entry.shippedBeforeRevert { notes.append("shipped in \(release) before its revert") }
        for link in entry.reverts { notes.append("reverts \(link.reverted.prefix(10)) (\(link.method.rawValue))") }
        notes += entry.abiMarkerFindings.map(\.message)
        if entry.isJudged { notes.append(entry.verdict.summary) }
        return notes.joined(separator: "; ")
    }

    /// GitHub's escaping of a workflow command's message.
    static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// GitHub's escaping of a workflow command's property value.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
