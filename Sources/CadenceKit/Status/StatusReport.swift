import CadenceCore

/// The answer of ``StatusQuery``: one row per series, newest first.
///
/// Encoded (``ResultEncoder``) as `{"date": …, "series": [{"series", "phase", "status",
/// "latest_release", "next_release", "policy", "days_to_end_of_bugfix", "days_to_end_of_life",
/// "declared_status", "branch", "release_manager"}]}`.
public struct StatusReport: Encodable, Sendable {
    /// The day evaluated.
    public let date: CalendarDate
    /// The series, newest first.
    public let rows: [SeriesStatus]

    /// A report of `rows` on `date`.
    public init(date: CalendarDate, rows: [SeriesStatus]) {
        self.date = date
        self.rows = rows
    }

    private enum CodingKeys: String, CodingKey {
        case date, series
    }

    private enum RowKeys: String, CodingKey {
        case series, phase, status, policy, branch
        case latestRelease = "latest_release", nextRelease = "next_release"
        case daysToEndOfBugfix = "days_to_end_of_bugfix", daysToEndOfLife = "days_to_end_of_life"
        case declaredStatus = "declared_status", releaseManager = "release_manager"
    }

    private enum ReleaseKeys: String, CodingKey {
        case version, date, kind, state
    }

    /// Writes the date and one object per series.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(date.description, forKey: .date)
        var series = container.nestedUnkeyedContainer(forKey: .series)
        for row in rows {
            var object = series.nestedContainer(keyedBy: RowKeys.self)
            try object.encode(row.series.description, forKey: .series)
            try object.encode(row.phase.rawValue, forKey: .phase)
            try object.encode(row.phase.cpythonStatus, forKey: .status)
            try encode(row.latestRelease, into: &object, forKey: .latestRelease)
            try encode(row.nextRelease, into: &object, forKey: .nextRelease)
            try object.encode(row.phase.policy.summary, forKey: .policy)
            try object.encode(row.daysToEndOfBugfix, forKey: .daysToEndOfBugfix)
            try object.encode(row.daysToEndOfLife, forKey: .daysToEndOfLife)
            try object.encode(row.staleDeclaredStatus, forKey: .declaredStatus)
            try object.encode(row.branch, forKey: .branch)
            try object.encode(row.releaseManager, forKey: .releaseManager)
        }
    }

    private func encode(
        _ release: Release?,
        into object: inout KeyedEncodingContainer<RowKeys>,
        forKey key: RowKeys
    ) throws {
        guard let release else { return try object.encodeNil(forKey: key) }
        var nested = object.nestedContainer(keyedBy: ReleaseKeys.self, forKey: key)
        try nested.encode(release.label, forKey: .version)
        try nested.encode(release.date.description, forKey: .date)
        try nested.encode(release.kind.rawValue, forKey: .kind)
        try nested.encode(release.state.rawValue, forKey: .state)
    }
}
