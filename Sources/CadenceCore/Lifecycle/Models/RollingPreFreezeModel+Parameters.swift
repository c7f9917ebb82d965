extension RollingPreFreezeModel {
    /// The numbers behind PEP 605's rolling pre-freeze releases: every date follows from them.
    public struct Parameters: Hashable, Sendable {
        /// The first series released under the model: `3.9`.
        public let firstSeries: SeriesName
        /// The month of the first X.Y.0 under the model, 3.9.0: August 2021 (August of odd years).
        public let firstFinal: YearMonth
        /// Months between two X.Y.0 releases: 24.
        public let cycleMonths: Int
        /// Months between two pre-freeze releases: 2.
        public let preFreezeIntervalMonths: Int
        /// Months from the previous X.Y.0 to X.Y.0a1: 2.
        public let firstPreFreezeAfterPreviousFinalMonths: Int
        /// Months from release candidate 1 (the freeze) to X.Y.0: 2.
        public let releaseCandidateBeforeFinalMonths: Int
        /// Months from release candidate 1 to release candidate 2: 1.
        public let secondCandidateAfterFirstMonths: Int
        /// Months from X.Y.0 to X.Y.1: 1; the maintenance releases are offset from the pre-releases.
        public let firstMaintenanceAfterFinalMonths: Int
        /// Months between two maintenance releases: 2.
        public let maintenanceIntervalMonths: Int
        /// Years from X.Y.0 to the end of life: 5, as in the status quo, which PEP 605 keeps.
        public let supportYears: Int
        /// The last series released the status-quo way, whose X.Y.0 precedes the model's first pre-release.
        public let statusQuo: StatusQuoSeries
        /// How many pre-freeze releases of the next cycle a schedule shows after its last cycle: 2, as the
        /// PEP's timeline does (`2023-10: 3.11.0a1`, `2023-12: 3.11.0b2`, "… etc").
        public let nextCyclePreviewReleases: Int

        /// The furthest series after the first that the model plans: 50, a century of releases.
        public static let maximumSeriesAhead = 50

        /// PEP 605's example: 3.9.0 in August 2021 after the status-quo 3.8.0 of October 2019.
        public static let pep605 = Parameters(
            firstSeries: SeriesName(major: 3, minor: 9),
            firstFinal: YearMonth(unchecked: 2021, 8),
            cycleMonths: 24,
            preFreezeIntervalMonths: 2,
            firstPreFreezeAfterPreviousFinalMonths: 2,
            releaseCandidateBeforeFinalMonths: 2,
            secondCandidateAfterFirstMonths: 1,
            firstMaintenanceAfterFinalMonths: 1,
            maintenanceIntervalMonths: 2,
            supportYears: 5,
            statusQuo: StatusQuoSeries(
                name: SeriesName(major: 3, minor: 8),
                startOfDevelopment: YearMonth(unchecked: 2018, 1),
                featureFreeze: YearMonth(unchecked: 2019, 6),
                firstRelease: YearMonth(unchecked: 2019, 10)
            ),
            nextCyclePreviewReleases: 2
        )
    }

    /// The last status-quo series before the model: its dates are facts, not rules.
    ///
    /// For PEP 605 it is 3.8: 3.8.0 in October 2019 (stated in the seed); development from January 2018
    /// and feature freeze (3.8.0b1) in June 2019, as CPython's own record (PEP 569) gives them.
    public struct StatusQuoSeries: Hashable, Sendable {
        /// The series: `3.8`.
        public let name: SeriesName
        /// Development started on main.
        public let startOfDevelopment: YearMonth
        /// Beta 1, when its branch was created.
        public let featureFreeze: YearMonth
        /// X.Y.0.
        public let firstRelease: YearMonth
    }
}
