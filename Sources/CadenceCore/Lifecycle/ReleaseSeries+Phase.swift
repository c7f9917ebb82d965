extension ReleaseSeries {
    /// The phase of the series on `date`, computed from its milestones and releases.
    ///
    /// - before start of development, and from it until the first alpha: ``Phase/feature``;
    /// - from the first alpha (if one is dated before feature freeze): ``Phase/alpha``;
    /// - from feature freeze: ``Phase/beta``; from the first release candidate: ``Phase/rc``;
    /// - from X.Y.0: ``Phase/featureReleases`` until a PEP 598 feature complete release, then
    ///   ``Phase/bugfix``; from end of bugfix: ``Phase/security``; from end of life: ``Phase/endOfLife``.
    ///
    /// A date before the start of development also answers ``Phase/feature``: the series is not yet
    /// open, and nothing merged for it is released earlier.
    public func phase(on date: CalendarDate) -> Phase {
        let m = milestones
        if date >= m.endOfLife.day { return .endOfLife }
        if date >= m.endOfBugfix.day { return .security }
        if date >= m.firstRelease.day {
            if let complete = m.featureComplete, date < complete.day { return .featureReleases }
            return .bugfix
        }
        if let rc = releaseCandidateDate, date >= rc.day { return .rc }
        if date >= m.featureFreeze.day { return .beta }
        if let alpha = firstAlpha, alpha.date < m.featureFreeze, date >= alpha.date.day { return .alpha }
        return .feature
    }

    /// The date the series enters `phase`, or `nil` when it never does (no alphas are known).
    public func start(of phase: Phase) -> ReleaseDate? {
        let m = milestones
        switch phase {
        case .feature: return m.startOfDevelopment
        case .alpha: return firstAlpha.map(\.date).flatMap { $0 < m.featureFreeze ? $0 : nil }
        case .beta: return m.featureFreeze
        case .rc: return releaseCandidateDate
        case .featureReleases: return m.featureComplete == nil ? nil : m.firstRelease
        case .bugfix: return m.featureComplete ?? m.firstRelease
        case .security: return m.endOfBugfix
        case .endOfLife: return m.endOfLife
        }
    }

    /// The phases the series goes through with their spans, `[from, to)`, in order; phases the series
    /// skips (no alpha recorded, no feature releases) are left out.
    public var phaseSpans: [PhaseSpan] {
        let starts = Phase.allCases.compactMap { phase in start(of: phase).map { (phase, $0) } }
        var spans: [PhaseSpan] = []
        for (index, (phase, from)) in starts.enumerated() {
            let to = index + 1 < starts.count ? starts[index + 1].1 : nil
            if let to, to <= from { continue }
            spans.append(PhaseSpan(phase: phase, from: from, to: to))
        }
        return spans
    }

    /// The first alpha of X.Y.0 (PEP 605's ABI-breaking `a` releases count).
    var firstAlpha: Release? {
        releases.first { $0.kind == .alpha || $0.kind == .alphaABIBreak }
    }

    /// When the first release candidate of X.Y.0 is: the milestone if the plan fixes it, else the
    /// first release candidate among the releases.
    var releaseCandidateDate: ReleaseDate? { milestones.firstReleaseCandidate ?? firstReleaseCandidate?.date }

    /// The first release candidate of X.Y.0 among the releases.
    var firstReleaseCandidate: Release? {
        releases.first { $0.kind == .rc && $0.date < milestones.firstRelease }
    }
}

/// A phase of a series with its span `[from, to)`; `to` is `nil` for the last phase, end-of-life.
public struct PhaseSpan: Hashable, Sendable {
    /// The phase.
    public var phase: Phase
    /// The first day (or month) of the phase.
    public var from: ReleaseDate
    /// The first day (or month) of the next phase; `nil` when the phase never ends.
    public var to: ReleaseDate?

    /// Creates a span.
    public init(phase: Phase, from: ReleaseDate, to: ReleaseDate?) {
        self.phase = phase
        self.from = from
        self.to = to
    }
}
