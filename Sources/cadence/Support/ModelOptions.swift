import ArgumentParser
import CadenceCore
import Foundation

/// Which release model generates a plan: `--model`, `--variant`, `--abi-break`.
struct ModelOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Release model: annual (PEP 602), incremental (PEP 598), rolling (PEP 605), or cpython for the "
                + "real release data.",
            valueName: "model"
        )
    )
    var model: String?

    @Option(
        help: ArgumentHelp(
            "Variant of the model: baseline, early-baseline or semver for incremental.",
            valueName: "variant"
        )
    )
    var variant: String?

    @Option(
        name: .customLong("abi-break"),
        parsing: .singleValue,
        help: ArgumentHelp(
            "Rolling model: pre-releases that break the ABI, e.g. 3.9.0a5,3.9.0a7 (repeatable).",
            valueName: "versions"
        )
    )
    var abiBreaks: [String] = []

    /// The ABI breaks, with comma-separated lists split.
    var abiBreakVersions: [String] {
        abiBreaks.flatMap { $0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) } }
    }

    func validate() throws {
        if model == nil || isRealData, variant != nil || !abiBreaks.isEmpty {
            throw ValidationError(
                "--variant and --abi-break need a generated model (--model annual, incremental or rolling)."
            )
        }
        _ = try releaseModel()
    }

    /// Whether `--model cpython` asks for CPython's real release data rather than a generated plan.
    var isRealData: Bool { model == "cpython" }

    /// The chosen model, or `nil` when none was asked for or `--model cpython` was.
    /// - Throws: `ValidationError` naming the option for an unknown model or variant.
    func releaseModel() throws -> (any ReleaseModel)? {
        guard let model, !isRealData else { return nil }
        do {
            return try ReleaseModels.model(named: model, variant: variant, abiBreaks: abiBreakVersions)
        } catch {
            let breaks = abiBreaks.isEmpty ? "" : " --abi-break \(abiBreakVersions.joined(separator: ","))"
            throw ValidationError("--model \(model)\(breaks): \(error)")
        }
    }
}
