import CadenceTestSupport
import Foundation

@testable import CadenceCore

/// A release row as the golden schedules write it: `{"month", "version", "kind", "note"?}`.
struct GoldenRelease: Hashable, CustomStringConvertible {
    var month: String
    var version: String
    var kind: String
    var note: String?

    /// The row of a generated release.
    init(_ release: Release) {
        month = release.date.month.description
        version = release.label
        kind = release.kind.rawValue
        note = release.note
    }

    /// A row read from JSON; `nil` when a field is missing.
    init?(_ json: Any) {
        guard let row = json as? [String: Any], let month = row["month"] as? String,
            let version = row["version"] as? String, let kind = row["kind"] as? String
        else { return nil }
        self.month = month
        self.version = version
        self.kind = kind
        note = row["note"] as? String
    }

    /// The row without its note, for comparisons where notes are commentary.
    var withoutNote: GoldenRelease {
        var row = self
        row.note = nil
        return row
    }

    var description: String { "\(month) \(version) \(kind)" + (note.map { " (\($0))" } ?? "") }
}

/// An active-branch period as the golden schedules write it.
struct GoldenPeriod: Hashable, CustomStringConvertible {
    var from: String
    var to: String
    var branches: [String]

    init(_ period: ActiveBranchPeriod) {
        from = period.from.description
        to = period.to.description
        branches = period.branches
    }

    init?(_ json: Any) {
        guard let row = json as? [String: Any], let from = row["from"] as? String, let to = row["to"] as? String,
            let branches = row["branches"] as? [String]
        else { return nil }
        self.from = from
        self.to = to
        self.branches = branches
    }

    var description: String { "\(from) -> \(to): \(branches.joined(separator: ", "))" }
}

/// Reads the golden schedules of `Fixtures/golden/` and generated JSON in the same vocabulary.
enum Golden {
    /// The four golden schedule files.
    static let pep598 = "golden/pep598-schedule.json"
    static let pep598EarlyBaseline = "golden/pep598-early-baseline-schedule.json"
    static let pep598Semver = "golden/pep598-semver-schedule.json"
    static let pep605 = "golden/pep605-schedule.json"

    /// The `series` table of a golden file, or of generated JSON: rows per series name.
    static func series(in object: [String: Any], file: String) throws -> [String: [GoldenRelease]] {
        guard let table = object["series"] as? [String: Any] else { throw FixtureError.shape(file, "a series table") }
        return try table.mapValues { try rows($0, file: file) }
    }

    /// The flat `releases` list.
    static func releases(in object: [String: Any], file: String) throws -> [GoldenRelease] {
        try rows(object["releases"] ?? [], file: file)
    }

    /// The `active_branches` periods.
    static func activeBranches(in object: [String: Any], file: String) throws -> [GoldenPeriod] {
        guard let list = object["active_branches"] as? [Any] else { throw FixtureError.shape(file, "active_branches") }
        return try list.enumerated().map { index, json in
            guard let period = GoldenPeriod(json) else { throw FixtureError.row(file, index, "not a period") }
            return period
        }
    }

    /// Release rows, each checked to have month, version and kind.
    static func rows(_ json: Any, file: String) throws -> [GoldenRelease] {
        guard let list = json as? [Any] else { throw FixtureError.shape(file, "a list of releases") }
        return try list.enumerated().map { index, json in
            guard let row = GoldenRelease(json) else { throw FixtureError.row(file, index, "not a release") }
            return row
        }
    }

    /// A generated schedule rendered to JSON and read back, as a consumer would.
    static func decoded(_ schedule: Schedule) throws -> [String: Any] {
        guard let object = try JSONSerialization.jsonObject(with: schedule.jsonData()) as? [String: Any] else {
            throw FixtureError.shape("rendered schedule", "an object")
        }
        return object
    }
}
