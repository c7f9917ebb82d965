extension ReleaseHistory {
    /// The history in CPython's release data format (`python-releases.toml`), series oldest first.
    ///
    /// Comments of the original file are not kept. Month-only dates (from a model's plan) are written
    /// as the first of the month.
    ///
    /// - Parameter statusDate: When given, each series' `status` is the one computed on that date
    ///   (in CPython's vocabulary) instead of the declared one; this is how a stale file is brought up
    ///   to date.
    /// - Returns: The TOML text.
    public func tomlText(statusOn statusDate: CalendarDate? = nil) -> String {
        var tables: [TOMLDocument.Table] = []
        for series in series {
            let name = series.name.description
            var metadata = TOMLDocument.Table(path: ["metadata", name], isArrayElement: false, line: 0)
            func add(_ key: String, _ value: TOMLDocument.Value?) {
                if let value { metadata.entries.append(TOMLDocument.Entry(key: key, value: value, line: 0)) }
            }
            let status = statusDate.map { series.phase(on: $0).cpythonStatus } ?? series.declaredStatus
            add("pep", series.pep.map { .integer($0) })
            add("status", status.map { .string($0) })
            add("branch", series.branch.map { .string($0) })
            add("release-manager", series.releaseManager.map { .string($0) })
            let m = series.milestones
            add("start-of-development", .date(m.startOfDevelopment.day))
            add("feature-freeze", .date(m.featureFreeze.day))
            add("first-release", .date(m.firstRelease.day))
            add("end-of-bugfix", .date(m.endOfBugfix.day))
            add("end-of-life", .date(m.endOfLife.day))
            tables.append(metadata)
            for release in series.releases {
                guard let version = release.version else { continue }
                var entries: [TOMLDocument.Entry] = [
                    .init(key: "stage", value: .string(CPythonStage.text(for: version)), line: 0),
                    .init(key: "state", value: .string(release.state == .actual ? "actual" : "expected"), line: 0),
                    .init(key: "date", value: .date(release.date.day), line: 0),
                ]
                if let note = release.note { entries.append(.init(key: "note", value: .string(note), line: 0)) }
                tables.append(.init(path: ["release", name], isArrayElement: true, line: 0, entries: entries))
            }
        }
        return TOMLDocument(tables: tables).text
    }
}
