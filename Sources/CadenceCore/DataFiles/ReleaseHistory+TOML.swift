import CadencePackaging

extension ReleaseHistory {
    /// Reads CPython's release data format (`python-releases.toml`).
    ///
    /// Each series has a `[metadata."X.Y"]` table (`pep`, `status`, `branch`, `release-manager` and the
    /// dates `start-of-development`, `feature-freeze`, `first-release`, `end-of-bugfix`, `end-of-life`)
    /// and `[[release."X.Y"]]` tables (`stage` such as `3.9.0 beta 1` or `3.9.4 final`, `state`
    /// `actual` or `expected`, `date`, optional `note`). Release kinds are derived: pre-releases from
    /// the stage, `final` for X.Y.0, `hotfix` when the note says so, then `maintenance` before the end
    /// of bugfix and `security` after it.
    ///
    /// - Parameters:
    ///   - text: The file's contents.
    ///   - file: The file's name, for error messages.
    /// - Throws: ``DataFileError`` naming the line of the first problem: TOML syntax, an unknown table
    ///   or key, a missing key, a value of the wrong type, a stage that is not a CPython release, or
    ///   releases for a series without metadata.
    public init(toml text: String, file: String) throws {
        let document = try TOMLDocument(parsing: text, file: file)
        var metadata: [(SeriesName, TOMLDocument.Table)] = []
        var releases: [SeriesName: [TOMLDocument.Table]] = [:]
        for table in document.tables {
            if table.path.isEmpty, let entry = table.entries.first {
                throw DataFileError(
                    file: file,
                    line: entry.line,
                    reason: "key '\(entry.key)' is outside any table: expected it under [metadata.\"X.Y\"] "
                        + "or [[release.\"X.Y\"]]"
                )
            }
            guard table.path.count == 2, table.path[0] == "metadata" || table.path[0] == "release" else {
                throw DataFileError(
                    file: file,
                    line: table.line,
                    reason: "unexpected table [\(table.path.joined(separator: "."))]: expected "
                        + "[metadata.\"X.Y\"] or [[release.\"X.Y\"]]"
                )
            }
            let name: SeriesName
            do {
                name = try SeriesName(table.path[1])
            } catch {
                throw DataFileError(file: file, line: table.line, reason: "\(error)")
            }
            if table.path[0] == "metadata" {
                guard !table.isArrayElement else {
                    throw DataFileError(
                        file: file,
                        line: table.line,
                        reason: "metadata must be [metadata.\"X.Y\"], not [[…]]"
                    )
                }
                metadata.append((name, table))
            } else {
                guard table.isArrayElement else {
                    throw DataFileError(
                        file: file,
                        line: table.line,
                        reason: "releases must be [[release.\"X.Y\"]], not […]"
                    )
                }
                releases[name, default: []].append(table)
            }
        }
        let known = Set(metadata.map(\.0))
        if let orphan = releases.keys.sorted().first(where: { !known.contains($0) }),
            let table = releases[orphan]?.first
        {
            throw DataFileError(
                file: file,
                line: table.line,
                reason: "releases of \(orphan) but no [metadata.\"\(orphan)\"] table"
            )
        }
        let reader = TOMLSeriesReader(file: file)
        self.init(
            series: try metadata.map { name, table in
                try reader.series(name, metadata: table, releases: releases[name] ?? [])
            }
        )
    }
}

/// Turns the tables of one series into a ``ReleaseSeries``.
private struct TOMLSeriesReader {
    let file: String

    static let metadataKeys: Set<String> = [
        "pep", "status", "branch", "release-manager", "start-of-development", "feature-freeze", "first-release",
        "end-of-bugfix", "end-of-life",
    ]
    static let releaseKeys: Set<String> = ["stage", "state", "date", "note"]

    func series(
        _ name: SeriesName,
        metadata: TOMLDocument.Table,
        releases: [TOMLDocument.Table]
    ) throws
        -> ReleaseSeries
    {
        try checkKeys(metadata, allowed: Self.metadataKeys)
        let milestones = SeriesMilestones(
            startOfDevelopment: ReleaseDate(try date("start-of-development", in: metadata)),
            featureFreeze: ReleaseDate(try date("feature-freeze", in: metadata)),
            firstRelease: ReleaseDate(try date("first-release", in: metadata)),
            endOfBugfix: ReleaseDate(try date("end-of-bugfix", in: metadata)),
            endOfLife: ReleaseDate(try date("end-of-life", in: metadata))
        )
        try checkOrder(of: metadata)
        var seen: [String: Int] = [:]
        var read: [Release] = []
        for table in releases {
            let release = try release(of: name, table, milestones: milestones)
            if let earlier = seen[release.label] {
                throw DataFileError(
                    file: file,
                    line: table.line,
                    reason: "release \(release.label) of \(name) is listed twice (first on line \(earlier))"
                )
            }
            seen[release.label] = table.line
            read.append(release)
        }
        let status = try optionalString("status", in: metadata)
        if let status, Phase(cpythonStatus: status) == nil, let entry = metadata["status"] {
            throw DataFileError(
                file: file,
                line: entry.line,
                reason: "status \(ParseError.quote(status)) must be one of feature, prerelease, bugfix, security, "
                    + "end-of-life"
            )
        }
        return ReleaseSeries(
            name: name,
            milestones: milestones,
            releases: Self.markingFinalMaintenance(read, milestones: milestones),
            pep: try optionalInteger("pep", in: metadata),
            branch: try optionalString("branch", in: metadata),
            releaseManager: try optionalString("release-manager", in: metadata),
            declaredStatus: status
        )
    }

    /// The milestones must come in their natural order; equal dates are allowed (CPython 1.6 ended
    /// bugfix and life on its release day).
    func checkOrder(of metadata: TOMLDocument.Table) throws {
        let keys = ["start-of-development", "feature-freeze", "first-release", "end-of-bugfix", "end-of-life"]
        for (earlier, later) in zip(keys, keys.dropFirst()) {
            guard let first = metadata[earlier], let second = metadata[later],
                case .date(let from) = first.value, case .date(let to) = second.value, to < from
            else { continue }
            throw DataFileError(
                file: file,
                line: second.line,
                reason: "\(later) (\(to)) is before \(earlier) (\(from)) on line \(first.line)"
            )
        }
    }

    /// The last regular bugfix release, on or before the end of bugfix, is the final maintenance release.
    static func markingFinalMaintenance(_ releases: [Release], milestones: SeriesMilestones) -> [Release] {
        var releases = releases
        let last = releases.indices.filter {
            releases[$0].kind == .maintenance && releases[$0].date.day <= milestones.endOfBugfix.day
        }.max { releases[$0].date < releases[$1].date }
        if let last, milestones.endOfBugfix.day < milestones.endOfLife.day { releases[last].kind = .finalMaintenance }
        return releases
    }

    func release(of series: SeriesName, _ table: TOMLDocument.Table, milestones: SeriesMilestones) throws -> Release {
        try checkKeys(table, allowed: Self.releaseKeys)
        guard let stageEntry = table["stage"] else { throw missing("stage", in: table) }
        let stageText = try string(stageEntry)
        guard let stage = CPythonStage(stageText), SeriesName(of: stage.version) == series else {
            throw DataFileError(
                file: file,
                line: stageEntry.line,
                reason: "release of \(series): stage \(ParseError.quote(stageText)) is not "
                    + "'\(series).Z alpha|beta|candidate N' or '\(series).Z final'"
            )
        }
        let stateText = try table["state"].map(string) ?? "actual"
        guard let state = stateText == "expected" ? Release.State.planned : stateText == "actual" ? .actual : nil else {
            throw DataFileError(
                file: file,
                line: table["state"]?.line ?? table.line,
                reason: "state \(ParseError.quote(stateText)) must be 'actual' or 'expected'"
            )
        }
        let day = try date("date", in: table)
        let note = try optionalString("note", in: table)
        return Release(
            series: series,
            label: stage.version.description,
            date: ReleaseDate(day),
            kind: stage.kind(on: day, note: note, milestones: milestones),
            state: state,
            note: note
        )
    }

    // MARK: - Values

    func checkKeys(_ table: TOMLDocument.Table, allowed: Set<String>) throws {
        if let unknown = table.entries.first(where: { !allowed.contains($0.key) }) {
            throw DataFileError(
                file: file,
                line: unknown.line,
                reason: "unknown key '\(unknown.key)' in [\(table.path.joined(separator: "."))]: expected "
                    + allowed.sorted().joined(separator: ", ")
            )
        }
    }

    func missing(_ key: String, in table: TOMLDocument.Table) -> DataFileError {
        DataFileError(
            file: file,
            line: table.line,
            reason: "[\(table.path.joined(separator: "."))] has no '\(key)'"
        )
    }

    func date(_ key: String, in table: TOMLDocument.Table) throws -> CalendarDate {
        guard let entry = table[key] else { throw missing(key, in: table) }
        guard case .date(let date) = entry.value else { throw wrongType(entry, expected: "a date such as 2024-10-07") }
        return date
    }

    func string(_ entry: TOMLDocument.Entry) throws -> String {
        guard case .string(let text) = entry.value else { throw wrongType(entry, expected: "a string") }
        return text
    }

    func optionalString(_ key: String, in table: TOMLDocument.Table) throws -> String? {
        try table[key].map(string)
    }

    func optionalInteger(_ key: String, in table: TOMLDocument.Table) throws -> Int? {
        guard let entry = table[key] else { return nil }
        guard case .integer(let number) = entry.value else { throw wrongType(entry, expected: "an integer") }
        return number
    }

    func wrongType(_ entry: TOMLDocument.Entry, expected: String) -> DataFileError {
        DataFileError(
            file: file,
            line: entry.line,
            reason: "'\(entry.key)' must be \(expected), found \(entry.value.typeName) (\(entry.value))"
        )
    }
}
