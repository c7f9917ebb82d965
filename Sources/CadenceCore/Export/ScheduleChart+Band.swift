extension ScheduleChart {
    /// What the colour of a bar says: a group of phases, or that the series has reached its end of life.
    ///
    /// The colours are light enough for dark text (contrast above 7:1 with `#1b1b1b`) and tell the
    /// bands apart by hue and lightness: greys and blues before X.Y.0, purple for PEP 598's feature
    /// releases, then green, yellow and red as a branch closes, as in CPython's own chart.
    enum Band: String, CaseIterable, Hashable, Sendable {
        /// Development and alphas: open to features.
        case feature
        /// Betas and release candidates.
        case prerelease
        /// PEP 598's incremental feature releases.
        case featureReleases = "feature-releases"
        /// Bug fixes.
        case bugfix
        /// Security fixes only.
        case security
        /// The whole life of a series that has reached its end, as of the chart's today.
        case endOfLife = "end-of-life"

        /// The band a phase's bar is drawn in while its series lives.
        init(_ phase: Phase) {
            switch phase {
            case .feature, .alpha: self = .feature
            case .beta, .rc: self = .prerelease
            case .featureReleases: self = .featureReleases
            case .bugfix: self = .bugfix
            case .security: self = .security
            case .endOfLife: self = .endOfLife
            }
        }

        /// The fill colour.
        var color: String {
            switch self {
            case .feature: return "#c9d3e0"
            case .prerelease: return "#7fb3e6"
            case .featureReleases: return "#b89de3"
            case .bugfix: return "#5fbf66"
            case .security: return "#f5c84c"
            case .endOfLife: return "#e88080"
            }
        }

        /// The name in the legend.
        var legendName: String {
            switch self {
            case .feature: return "feature"
            case .prerelease: return "pre-release"
            case .featureReleases: return "feature releases (PEP 598)"
            case .bugfix: return "bugfix"
            case .security: return "security"
            case .endOfLife: return "end-of-life"
            }
        }
    }

    /// The name written inside a bar of `band` when it fits.
    static func barLabel(_ band: Band) -> String {
        band == .featureReleases ? "feature releases" : band.legendName
    }
}
