import CadencePackaging

/// One release of a series, shipped or planned.
///
/// The label is usually a PEP 440 version (`3.9.0b1`); plans also use placeholders such as
/// `3.9.0bX` (the last beta, number not yet known) and `3.9.x` (the branch), which are kept as text.
public struct Release: Hashable, Sendable {
    /// Whether the release happened or is planned.
    public enum State: String, Hashable, Sendable {
        /// The release shipped on its date.
        case actual
        /// The release is planned (CPython's data says `expected`).
        case planned
    }

    /// The series the release belongs to.
    public var series: SeriesName
    /// The version as written: `3.9.0b1`, or a placeholder such as `3.9.0bX`.
    public var label: String
    /// The day, or month, of the release.
    public var date: ReleaseDate
    /// What the release is.
    public var kind: ReleaseKind
    /// Whether it shipped or is planned.
    public var state: State
    /// A remark from the data or the model, such as `ABI compatibility hotfix`.
    public var note: String?

    /// Creates a release.
    public init(
        series: SeriesName,
        label: String,
        date: ReleaseDate,
        kind: ReleaseKind,
        state: State = .planned,
        note: String? = nil
    ) {
        self.series = series
        self.label = label
        self.date = date
        self.kind = kind
        self.state = state
        self.note = note
    }

    /// Whether the release is still planned although its date is before `date`: the release day has
    /// passed and the data does not record it as shipped.
    public func isOverdue(on date: CalendarDate) -> Bool { state == .planned && self.date.day < date }

    /// The label as a PEP 440 version, or `nil` for a placeholder such as `3.9.0bX`.
    public var version: Version? { try? Version(label) }

    /// PEP 598's `sys.version_info.feature_complete` for this release.
    ///
    /// True from the feature complete release on. Meaningful only for series that follow PEP 598.
    public var isFeatureComplete: Bool {
        switch kind {
        case .featureComplete, .maintenance, .finalMaintenance, .security, .hotfix: return true
        default: return false
        }
    }

    /// The SOABI that extension modules built against this release carry (`cpython-39p` for
    /// pre-freeze alphas and betas, PEP 605), or `nil` for a placeholder label or a version older
    /// than 3.8.
    public func soabi(debug: Bool = false) -> String? {
        guard let version else { return nil }
        return try? PreFreezeABI.soabi(for: version, debug: debug)
    }
}
