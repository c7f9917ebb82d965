import Testing

@testable import CadenceCore

/// The catalog of release models by name, for the PEP 598 and PEP 605 models.
@Suite struct ReleaseModelsTests {
    @Test func findsTheIncrementalModelAndItsVariants() throws {
        let model = try ReleaseModels.model(named: "incremental")
        #expect(model.name == "incremental" && model.variant == "baseline")
        let early = try ReleaseModels.model(named: "incremental", variant: "early-baseline")
        #expect(early.variant == "early-baseline")
        // The catalog's plan grows series by series until the year asked for
        let plan = try ReleaseModels.plan(of: early, throughYear: 2024)
        #expect(plan.series.map(\.name.description) == ["3.11", "3.10", "3.9"])
        let semver = try ReleaseModels.plan(
            of: ReleaseModels.model(named: "incremental", variant: "semver"),
            throughYear: 2026
        )
        // Semantic versioning keeps 3.9, then numbers series by major version.
        #expect(semver.series.map(\.name.description) == ["6", "5", "4", "3.9"])
    }

    @Test func findsTheRollingModelWithItsABIBreaks() throws {
        let model = try ReleaseModels.model(named: "rolling", abiBreaks: ["3.9.0a5", "3.9.0a7"])
        let rolling = try #require(model as? RollingPreFreezeModel)
        #expect(rolling.abiBreaks.map(\.description) == ["3.9.0a5", "3.9.0a7"])
        let plan = try ReleaseModels.plan(of: model, throughYear: 2023)
        #expect(plan.releases.contains { $0.label == "3.9.0a7" && $0.kind == .alphaABIBreak })
        #expect(plan.series.contains { $0.name == SeriesName(major: 3, minor: 10) })
    }

    @Test(arguments: [
        ("incremental", "late", [String](), "unknown variant 'late' of the incremental model"),
        ("incremental", nil, ["3.9.0a5"], "ABI-breaking pre-releases (--abi-break) belong to the rolling model"),
        ("rolling", "semver", [], "unknown variant 'semver': the rolling model has no variants"),
        ("rolling", nil, ["soon"], "ABI break 'soon' is not a version such as 3.9.0a5"),
        ("rolling", nil, ["3.9.0b5"], "3.9.0b5 cannot mark an ABI break"),
    ])
    func explainsWhatItCannotBuild(name: String, variant: String?, abiBreaks: [String], message: String) {
        let error = #expect(throws: LifecycleError.self) {
            try ReleaseModels.model(named: name, variant: variant, abiBreaks: abiBreaks)
        }
        #expect(error?.description.contains(message) == true, "\(error?.description ?? "no error")")
    }
}
