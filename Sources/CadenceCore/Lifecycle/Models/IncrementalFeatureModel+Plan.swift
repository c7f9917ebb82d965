extension IncrementalFeatureModel {
    /// The plan of the series `index` places after the model's first: 3.9 is 0, 3.10 (or `4`) is 1,
    /// and the status-quo series before the model are negative (3.8 is −1).
    func plan(index: Int) -> Plan { Plan(index: index, parameters: parameters) }

    /// The dates, labels and releases of one series, all computed from the parameters.
    struct Plan {
        /// The series' place after the model's first series; negative for the status quo.
        let index: Int
        /// The rules.
        let parameters: Parameters

        /// Whether the series predates the model: its X.Y.0 is also its feature complete release.
        var isStatusQuo: Bool { index < 0 }

        /// Whether the series is a major version numbered X.0.0 / X.Y.0 / X.Y.Z.
        var isMajorSeries: Bool { parameters.isSemanticVersioning && index > 0 }

        /// The series' name: `3.10`, or `4` under semver.
        var name: SeriesName {
            isMajorSeries
                ? SeriesName(major: parameters.firstSeries.major + index) : parameters.firstSeries.offset(by: index)
        }

        /// The plan of the series before.
        var previous: Plan { Plan(index: index - 1, parameters: parameters) }

        // MARK: - Dates

        /// The feature complete release, every cycle from the first series' (X.Y.0 for the status quo).
        var featureComplete: YearMonth {
            parameters.firstBaseline.adding(months: parameters.featureAdditionMonths + parameters.cycleMonths * index)
        }

        /// The baseline feature release X.Y.0.
        var baseline: YearMonth {
            isStatusQuo ? featureComplete : parameters.firstBaseline.adding(months: parameters.cycleMonths * index)
        }

        /// Alpha 1, the month after the previous series' feature complete release.
        var alpha: YearMonth {
            previous.featureComplete.adding(months: parameters.alphaAfterPreviousFeatureCompleteMonths)
        }

        /// Beta 1, when the series branches from main; for the status quo, the start of its pre-release.
        var branchPoint: YearMonth {
            isStatusQuo
                ? featureComplete.adding(months: -parameters.statusQuoPreReleaseMonths)
                : alpha.adding(months: parameters.betaAfterAlphaMonths)
        }

        /// Development starts on main when the previous series branches.
        var startOfDevelopment: YearMonth { previous.branchPoint }

        /// The final beta, which locks the ABI.
        var abiLock: YearMonth { baseline.adding(months: -parameters.abiLockBeforeBaselineMonths) }

        /// Release candidate 1.
        var releaseCandidate: YearMonth { baseline.adding(months: -parameters.releaseCandidateBeforeBaselineMonths) }

        /// The final regular maintenance release.
        var finalMaintenance: YearMonth { featureComplete.adding(months: parameters.maintenanceMonths) }

        /// The branch closes.
        var closed: YearMonth { featureComplete.adding(months: parameters.closedMonthsAfterFeatureComplete) }

        // MARK: - Labels

        /// X.Y.0, or X.0.0 for a major series: `3.9.0`, `4.0.0`.
        var firstVersion: String { isMajorSeries ? "\(name.major).0.0" : "\(name).0" }

        /// The branch: `3.9.x`, or `4.x`.
        var branch: String { "\(name).x" }

        /// The version of the `count`-th release after the baseline: `3.9.4`; `4.4.0`, then `4.4.1`.
        func versionAfterBaseline(_ count: Int) -> String {
            guard isMajorSeries else { return "\(name).\(count)" }
            let featureReleases = parameters.featureAdditionMonths / parameters.releaseIntervalMonths
            return count <= featureReleases
                ? "\(name.major).\(count).0" : "\(name.major).\(featureReleases).\(count - featureReleases)"
        }

        // MARK: - Releases

        /// Every release of the series, from alpha 1 to the branch closing.
        var releases: [Release] {
            var releases: [Release] = []
            func add(_ month: YearMonth, _ label: String, _ kind: ReleaseKind) {
                releases.append(Release(series: name, label: label, date: ReleaseDate(month), kind: kind))
            }
            add(alpha, firstVersion + "a1", .alpha)
            var betaMonth = branchPoint
            var betaNumber = 1
            while betaMonth < abiLock {
                add(betaMonth, firstVersion + "b\(betaNumber)", .beta)
                guard let interval = parameters.betaIntervalMonths else { break }
                betaMonth = betaMonth.adding(months: interval)
                betaNumber += 1
            }
            let lockNumber = parameters.betaIntervalMonths == nil ? "X" : "\(betaNumber)"
            add(abiLock, firstVersion + "b" + lockNumber, .betaABILock)
            add(releaseCandidate, firstVersion + "rc1", .rc)
            add(baseline, firstVersion, .baseline)
            var count = 1
            var month = baseline.adding(months: parameters.releaseIntervalMonths)
            while month <= finalMaintenance {
                add(month, versionAfterBaseline(count), kindAfterBaseline(in: month))
                count += 1
                month = month.adding(months: parameters.releaseIntervalMonths)
            }
            add(closed, branch, .closed)
            return releases
        }

        /// What the release of `month`, after the baseline, is: an incremental feature release before
        /// feature complete, maintenance after it.
        func kindAfterBaseline(in month: YearMonth) -> ReleaseKind {
            if month < featureComplete { return .incremental }
            if month == featureComplete { return .featureComplete }
            return month < finalMaintenance ? .maintenance : .finalMaintenance
        }

        /// The milestones: beta 1 freezes features for the baseline, feature complete ends the feature
        /// releases, the final regular maintenance release ends bug fixes.
        var milestones: SeriesMilestones {
            SeriesMilestones(
                startOfDevelopment: ReleaseDate(startOfDevelopment),
                featureFreeze: ReleaseDate(branchPoint),
                firstRelease: ReleaseDate(baseline),
                featureComplete: ReleaseDate(featureComplete),
                endOfBugfix: ReleaseDate(finalMaintenance),
                endOfLife: ReleaseDate(closed)
            )
        }

        /// The series with its milestones and releases.
        var series: ReleaseSeries {
            ReleaseSeries(name: name, milestones: milestones, releases: releases, pep: 598)
        }
    }
}
