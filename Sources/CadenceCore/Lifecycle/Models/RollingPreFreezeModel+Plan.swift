extension RollingPreFreezeModel {
    /// The plan of the series `index` places after the model's first: 3.9 is 0, 3.10 is 1, and the
    /// status-quo 3.8 is −1.
    func plan(index: Int) -> Plan { Plan(index: index, parameters: parameters, breaks: breakSerials) }

    /// The dates and releases of one series, all computed from the parameters and the ABI breaks.
    struct Plan {
        /// The series' place after the model's first series; −1 for the status-quo series.
        let index: Int
        /// The rules.
        let parameters: Parameters
        /// The serials of the ABI-breaking pre-releases beyond alpha 1, per series.
        let breaks: [SeriesName: Set<Int>]

        /// Whether the series is the status-quo one before the model.
        var isStatusQuo: Bool { index < 0 }

        /// The series' name: `3.10`.
        var name: SeriesName { parameters.firstSeries.offset(by: index) }

        /// The plan of the series before.
        var previous: Plan { Plan(index: index - 1, parameters: parameters, breaks: breaks) }

        /// The plan of the series after.
        var next: Plan { Plan(index: index + 1, parameters: parameters, breaks: breaks) }

        // MARK: - Dates

        /// X.Y.0: every cycle from the first (the status quo's own date for it).
        var final: YearMonth {
            isStatusQuo
                ? parameters.statusQuo.firstRelease
                : parameters.firstFinal.adding(months: parameters.cycleMonths * index)
        }

        /// X.Y.0a1, two months after the previous X.Y.0: the start of the series' cycle.
        var firstPreFreeze: YearMonth {
            previous.final.adding(months: parameters.firstPreFreezeAfterPreviousFinalMonths)
        }

        /// Release candidate 1: feature, ABI and pyc format freeze; the maintenance branch is created.
        var releaseCandidate: YearMonth {
            isStatusQuo
                ? parameters.statusQuo.featureFreeze
                : final.adding(months: -parameters.releaseCandidateBeforeFinalMonths)
        }

        /// Development starts on main when the previous series branches.
        var startOfDevelopment: YearMonth {
            isStatusQuo ? parameters.statusQuo.startOfDevelopment : previous.releaseCandidate
        }

        /// The last binary maintenance release, a month after the next X.Y.0.
        var finalBinaryMaintenance: YearMonth { next.final.adding(months: parameters.firstMaintenanceAfterFinalMonths) }

        /// The end of life.
        var endOfLife: YearMonth { final.adding(months: parameters.supportYears * 12) }

        /// The months of the pre-freeze releases: every other month from alpha 1, none from release
        /// candidate 1 on (so the slots on rc1 and on X.Y.0 are skipped).
        var preFreezeMonths: [YearMonth] {
            guard !isStatusQuo else { return [] }
            return Array(
                sequence(first: firstPreFreeze) { $0.adding(months: parameters.preFreezeIntervalMonths) }
                    .prefix { $0 < releaseCandidate }
            )
        }

        // MARK: - Releases

        /// Every release of the series the model knows: the pre-freeze stream, the release candidates,
        /// X.Y.0 and the binary maintenance releases; only the final binary release for the status quo.
        var releases: [Release] {
            var releases: [Release] = []
            func add(_ month: YearMonth, _ label: String, _ kind: ReleaseKind, note: String? = nil) {
                releases.append(Release(series: name, label: label, date: ReleaseDate(month), kind: kind, note: note))
            }
            let finalBinaryNote = "final \(name).x binary maintenance release"
            guard !isStatusQuo else {
                add(finalBinaryMaintenance, "\(name).x", .finalBinaryMaintenance, note: finalBinaryNote)
                return releases
            }
            for (offset, month) in preFreezeMonths.enumerated() {
                let serial = offset + 1
                let breaksABI = serial == 1 || breaks[name]?.contains(serial) == true
                add(
                    month,
                    "\(name).0\(breaksABI ? "a" : "b")\(serial)",
                    breaksABI ? .alphaABIBreak : .betaBinaryCompatible
                )
            }
            add(releaseCandidate, "\(name).0rc1", .rc, note: "feature freeze, ABI freeze, pyc format freeze")
            add(releaseCandidate.adding(months: parameters.secondCandidateAfterFirstMonths), "\(name).0rc2", .rc)
            add(final, "\(name).0", .final)
            var month = final.adding(months: parameters.firstMaintenanceAfterFinalMonths)
            var micro = 1
            while month < finalBinaryMaintenance {
                add(month, "\(name).\(micro)", .maintenance)
                micro += 1
                month = month.adding(months: parameters.maintenanceIntervalMonths)
            }
            add(finalBinaryMaintenance, "\(name).\(micro)", .finalBinaryMaintenance, note: finalBinaryNote)
            return releases
        }

        /// The milestones: release candidate 1 is the feature freeze (alphas and betas before it are all
        /// open to features), bug fixes end with the final binary maintenance release.
        var milestones: SeriesMilestones {
            SeriesMilestones(
                startOfDevelopment: ReleaseDate(startOfDevelopment),
                featureFreeze: ReleaseDate(releaseCandidate),
                // The status-quo series keeps its betas: its feature freeze is beta 1, not rc1.
                firstReleaseCandidate: isStatusQuo ? nil : ReleaseDate(releaseCandidate),
                firstRelease: ReleaseDate(final),
                endOfBugfix: ReleaseDate(finalBinaryMaintenance),
                endOfLife: ReleaseDate(endOfLife)
            )
        }
    }
}
