import CadencePackaging

/// The release models Cadence knows, by the names the command line uses.
///
/// ```swift
/// let model = try ReleaseModels.model(named: "rolling", abiBreaks: ["3.9.0a5", "3.9.0a7"])
/// let plan = try ReleaseModels.plan(of: model, throughYear: 2032)
/// ```
public enum ReleaseModels {
    /// The model names: `annual` (PEP 602), `incremental` (PEP 598), `rolling` (PEP 605).
    public static let names = ["annual", "incremental", "rolling"]

    /// The model called `name`.
    /// - Parameters:
    ///   - name: `annual`, `incremental` or `rolling`.
    ///   - variant: A variant of the model (`baseline`, `early-baseline`, `semver` for `incremental`).
    ///   - abiBreaks: For `rolling`, the pre-releases that break the ABI, such as `3.9.0a5`.
    /// - Returns: The model.
    /// - Throws: ``LifecycleError`` for an unknown model or variant, a variant or ABI breaks given to a
    ///   model that has none, or an ABI break that is not a pre-release version.
    public static func model(
        named name: String,
        variant: String? = nil,
        abiBreaks: [String] = []
    ) throws
        -> any ReleaseModel
    {
        switch name {
        case "annual":
            if let variant { throw LifecycleError.unknownVariant(variant, model: name, known: []) }
            try refuseABIBreaks(abiBreaks, model: name)
            return AnnualModel()
        case "incremental":
            try refuseABIBreaks(abiBreaks, model: name)
            return try variant.map(IncrementalFeatureModel.init(variantNamed:)) ?? IncrementalFeatureModel()
        case "rolling":
            if let variant { throw LifecycleError.unknownVariant(variant, model: name, known: []) }
            let versions = try abiBreaks.map { text in
                guard let version = try? Version(text) else {
                    throw LifecycleError.unplannable(
                        model: name,
                        reason: "ABI break \(ParseError.quote(text)) is not a version such as 3.9.0a5"
                    )
                }
                return version
            }
            return try RollingPreFreezeModel(abiBreaks: versions)
        default:
            throw LifecycleError.unknownModel(name, known: names)
        }
    }

    private static func refuseABIBreaks(_ abiBreaks: [String], model: String) throws {
        guard abiBreaks.isEmpty else {
            throw LifecycleError.unplannable(
                model: model,
                reason: "ABI-breaking pre-releases (--abi-break) belong to the rolling model"
            )
        }
    }

    /// The model's plan for every series it can plan whose X.Y.0 falls in or before `lastYear`, from 3.9
    /// (the first series all three models plan) on, following the model's numbering.
    /// - Parameters:
    ///   - model: The model.
    ///   - lastYear: The last year whose X.Y.0 releases are wanted.
    /// - Returns: The schedule of those series (at least the model's first series).
    /// - Throws: Whatever the model throws for its first series.
    public static func plan(of model: any ReleaseModel, throughYear lastYear: Int) throws -> Schedule {
        var series = [SeriesName(major: 3, minor: 9)]
        var schedule = try model.schedule(for: series)
        growing: while series.count < 100 {
            let last = series[series.count - 1]
            // The next minor series, or the next major one (PEP 598's semantic versioning goes 3.9, 4, 5).
            for next in [last.next, SeriesName(major: last.major + 1)] {
                guard let candidate = try? model.schedule(for: series + [next]),
                    let plan = candidate.series.first(where: { $0.name == next })
                else { continue }
                guard plan.milestones.firstRelease.day.year <= lastYear else { break growing }
                series.append(next)
                schedule = candidate
                continue growing
            }
            break
        }
        return schedule
    }

}
