extension IncrementalFeatureModel {
    /// The numbers behind a variant of PEP 598: every date of every series follows from them.
    ///
    /// | parameter | `baseline` | `early-baseline` | `semver` |
    /// |---|---|---|---|
    /// | first baseline (3.9.0) | 2020-10 | 2020-07 | 2020-10 |
    /// | months of feature additions | 12 | 15 | 12 |
    /// | beta 1 after alpha 1 | 6 | 4 | 6 |
    /// | betas | release manager (`bX`) | monthly | release manager (`bX`) |
    /// | numbering | X.Y.Z | X.Y.Z | X.0.0 / X.Y.0 / X.Y.Z from 4.0.0 |
    ///
    /// Shared by all: a baseline every 24 months, a release every 3 months after it, 12 months of
    /// maintenance, the branch closed 48 months after feature complete, alpha 1 a month after the
    /// previous feature complete release, the ABI-locking beta 2 months and release candidate 1 a month
    /// before the baseline, the last status-quo series in pre-release for 6 months, a 5-year forecast.
    public struct Parameters: Hashable, Sendable {
        /// The first series released under the model: `3.9`.
        public let firstSeries: SeriesName
        /// The month of the first baseline feature release, 3.9.0.
        public let firstBaseline: YearMonth
        /// Months between two baseline feature releases: 24.
        public let cycleMonths: Int
        /// Months between the releases of a series after its baseline: 3 (quarterly).
        public let releaseIntervalMonths: Int
        /// Months from the baseline to the feature complete release: 12 (15 for `early-baseline`).
        public let featureAdditionMonths: Int
        /// Months from the feature complete release to the final regular maintenance release: 12.
        public let maintenanceMonths: Int
        /// Months from the feature complete release to the branch closing: 48.
        public let closedMonthsAfterFeatureComplete: Int
        /// Months from the previous series' feature complete release to alpha 1: 1.
        public let alphaAfterPreviousFeatureCompleteMonths: Int
        /// Months from alpha 1 to beta 1: 6 (4 for `early-baseline`).
        public let betaAfterAlphaMonths: Int
        /// Months before the baseline of the final beta, which locks the ABI: 2.
        public let abiLockBeforeBaselineMonths: Int
        /// Months before the baseline of release candidate 1: 1.
        public let releaseCandidateBeforeBaselineMonths: Int
        /// Months between scheduled betas, or `nil` when the release manager decides, so that the final
        /// beta is written `X.Y.0bX`.
        public let betaIntervalMonths: Int?
        /// Whether the series after the first are major versions numbered X.0.0 / X.Y.0 / X.Y.Z.
        public let isSemanticVersioning: Bool
        /// Months the last status-quo series (3.8) is in pre-release before its X.Y.0: 6, as in the
        /// PEP's forecast (2019-04 to 2019-10).
        public let statusQuoPreReleaseMonths: Int
        /// Years the active-branch forecast covers at least: 5.
        public let forecastYears: Int

        /// The furthest series after the first that the model plans: 50, a century of releases.
        public static let maximumSeriesAhead = 50

        /// The parameters of `variant`.
        public static func preset(for variant: Variant) -> Parameters {
            switch variant {
            case .baseline:
                return Parameters(
                    firstBaseline: YearMonth(unchecked: 2020, 10),
                    featureAdditionMonths: 12,
                    betaAfterAlphaMonths: 6,
                    betaIntervalMonths: nil,
                    isSemanticVersioning: false
                )
            case .earlyBaseline:
                return Parameters(
                    firstBaseline: YearMonth(unchecked: 2020, 7),
                    featureAdditionMonths: 15,
                    betaAfterAlphaMonths: 4,
                    betaIntervalMonths: 1,
                    isSemanticVersioning: false
                )
            case .semver:
                return Parameters(
                    firstBaseline: YearMonth(unchecked: 2020, 10),
                    featureAdditionMonths: 12,
                    betaAfterAlphaMonths: 6,
                    betaIntervalMonths: nil,
                    isSemanticVersioning: true
                )
            }
        }

        private init(
            firstBaseline: YearMonth,
            featureAdditionMonths: Int,
            betaAfterAlphaMonths: Int,
            betaIntervalMonths: Int?,
            isSemanticVersioning: Bool
        ) {
            firstSeries = SeriesName(major: 3, minor: 9)
            self.firstBaseline = firstBaseline
            cycleMonths = 24
            releaseIntervalMonths = 3
            self.featureAdditionMonths = featureAdditionMonths
            maintenanceMonths = 12
            closedMonthsAfterFeatureComplete = 48
            alphaAfterPreviousFeatureCompleteMonths = 1
            self.betaAfterAlphaMonths = betaAfterAlphaMonths
            abiLockBeforeBaselineMonths = 2
            releaseCandidateBeforeBaselineMonths = 1
            self.betaIntervalMonths = betaIntervalMonths
            self.isSemanticVersioning = isSemanticVersioning
            statusQuoPreReleaseMonths = 6
            forecastYears = 5
        }
    }
}
