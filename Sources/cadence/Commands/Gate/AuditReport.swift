import CadenceCore
import Foundation

/// `cadence audit`'s output: a table, Markdown, JSON or GitHub workflow annotations.
struct AuditReport {
    let audit: BackportAudit
    let range: String

    private var heading: String {
        "Changes in \(range) judged for \(audit.series.name) (\(audit.series.phase(on: audit.date).displayName) on \(audit.date))"
    }

    private func title(_ entry: BackportAudit.Entry) -> String {
        entry.change.commits.first.map { $0.facts.title } ?? ""
    }

    private func verdictText(_ entry: BackportAudit.Entry) -> String {
        if entry.isNeverShipped { return "never shipped" }
        if entry.isAlreadyShipped { return "already shipped" }
        return entry.verdict.decision.rawValue
    }

    private func notes(_ entry: BackportAudit.Entry) -> String {
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

    private var rows: [[String]] {
        audit.entries.map { entry in
            [
                String(entry.change.id.prefix(10)), entry.change.kind.rawValue, verdictText(entry),
                entry.verdict.deciding.map(\.rule.rawValue).joined(separator: ","), title(entry), notes(entry),
            ]
        }
    }

    private var header: [String] { ["change", "kind", "verdict", "rules", "title", "why"] }

    private var totals: String {
        let decisions = audit.counts(of: verdictText)
        let kinds = audit.counts { $0.change.kind.rawValue }
        func line(_ counts: [String: Int]) -> String {
            counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\($0.key) \($0.value)" }
                .joined(separator: ", ")
        }
        return "\(audit.entries.count) changes. Verdicts: \(line(decisions)). Kinds: \(line(kinds))."
    }

    /// The report for a terminal.
    var table: String {
        heading + "\n\n" + TextTable(header: header, rows: rows).text + "\n\n" + totals
    }

    /// The report as GitHub Markdown.
    var markdown: String {
        "## " + heading + "\n\n" + TextTable(header: header, rows: rows).markdown + "\n\n" + totals
    }

    /// The report as one JSON document.
    var json: String {
        let entries: [JSONValue] = audit.entries.map { entry in
            var object = JSONLine([
                "change": .string(entry.change.id),
                "commits": .array(entry.change.commits.map { .string($0.sha) }),
                "title": .string(title(entry)),
                "kind": .string(entry.change.kind.rawValue),
                "verdict": .string(entry.verdict.decision.rawValue),
                "never_shipped": .bool(entry.isNeverShipped),
                "already_shipped": .bool(entry.isAlreadyShipped),
            ])
            if let shipped = entry.alreadyShipped { object["shipped_in"] = .string(shipped.release) }
            if let release = entry.shippedBeforeRevert { object["shipped_before_revert_in"] = .string(release) }
            object["issues"] = .array(entry.change.issues.map { .string($0.description) })
            object["findings"] = .array(
                entry.verdict.findings.map { finding in
                    .object(
                        JSONLine([
                            "rule": .string(finding.rule.rawValue),
                            "decision": .string(finding.decision.rawValue),
                            "message": .string(finding.message),
                            "evidence": .array(finding.evidence.map { .string($0.description) }),
                        ])
                    )
                }
            )
            object["reverted_by"] = .array(entry.revertedBy.map { .string($0.id) })
            object["reverts"] = .array(entry.reverts.map { .string($0.reverted) })
            object["abi_marker_findings"] = .array(entry.abiMarkerFindings.map { .string($0.message) })
            return .object(object)
        }
        let decisions = audit.counts { $0.verdict.decision.rawValue }
        return JSONLine([
            "range": .string(range),
            "target": .string(audit.series.name.description),
            "phase": .string(audit.series.phase(on: audit.date).rawValue),
            "date": .string(audit.date.description),
            "changes": .array(entries),
            "verdicts": .object(JSONLine.from(decisions.sorted { $0.key < $1.key }.map { ($0.key, .int($0.value)) })),
        ]).text
    }

    /// One GitHub workflow command per change that is not allowed (`::error` for reject, `::warning`
    /// for review), pointing at the first file the deciding rule names.
    var githubAnnotations: String {
        var lines: [String] = []
        for entry in audit.entries where entry.isJudged && entry.verdict.decision != .allow {
            let level = entry.verdict.decision == .reject ? "error" : "warning"
            let file = entry.verdict.deciding.flatMap(\.evidence).compactMap(\.path).first
            var properties = ["title=\(Self.escapeProperty("\(entry.verdict.decision.rawValue): \(title(entry))"))"]
            if let file { properties.insert("file=\(Self.escapeProperty(file))", at: 0) }
            let message =
                "\(entry.change.id.prefix(10)) \(entry.verdict.summary) [\(entry.verdict.deciding.map(\.rule.rawValue).joined(separator: ","))]"
            lines.append("::\(level) \(properties.joined(separator: ","))::\(Self.escapeData(message))")
        }
        lines.append("::notice title=cadence audit::\(Self.escapeData(totals))")
        return lines.joined(separator: "\n")
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
