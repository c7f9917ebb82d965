// cadence-bench: Cadence's side of Benchmarks/run.sh (built in release mode, never run by `swift test`).
//
// Usage: cadence-bench VERSIONS_FILE REPETITIONS
// Prints one line per operation: name, best seconds over the repetitions, items, checksum.
// The workload mirrors Benchmarks/packaging_bench.py exactly, so the checksums must agree.

import CadencePackaging
import Foundation

let spec = ">=3.9,!=3.9.0a5,<4"
let markerText =
    #"python_version >= "3.9" and sys_platform == "linux" or "#
    + #"platform_machine == "arm64" and python_full_version != "3.9.0a5""#
let platforms = ["linux", "darwin", "win32"]
let machines = ["x86_64", "arm64", "aarch64", "i686"]

/// Runs `body` `repetitions` times (at least once) and returns the fastest time in seconds with the last result.
func best<Result>(_ repetitions: Int, _ body: () throws -> Result) rethrows -> (Double, Result) {
    func timed() throws -> (Double, Result) {
        let start = ContinuousClock.now
        let value = try body()
        let elapsed = ContinuousClock.now - start
        return (Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18, value)
    }
    var (fastest, result) = try timed()
    for _ in 1..<max(repetitions, 1) {
        let (seconds, value) = try timed()
        fastest = min(fastest, seconds)
        result = value
    }
    return (fastest, result)
}

// The workloads live in functions rather than in top-level closures: closures written in top-level
// code are isolated to the main actor, and Swift checks the current executor on every call of one,
// a cost of the harness (about a tenth of the parse time) that has nothing to do with Cadence.

/// Parses every line into a version.
func parseAll(_ lines: [String]) throws -> [Version] {
    try lines.map { try Version($0) }
}

/// How many versions `specifierSet` contains.
func countContained(_ versions: [Version], in specifierSet: SpecifierSet) -> Int {
    versions.reduce(0) { $0 + (specifierSet.contains($1) ? 1 : 0) }
}

/// The environments of the marker workload: four variables from each version and its position.
func markerEnvironments(_ versions: [Version]) -> [MarkerEnvironment] {
    versions.enumerated().map { index, version in
        var environment = MarkerEnvironment()
        environment.values["python_version"] = "\(version.major).\(version.minor)"
        environment.values["python_full_version"] = version.description
        environment.values["sys_platform"] = platforms[index % 3]
        environment.values["platform_machine"] = machines[index % 4]
        return environment
    }
}

/// How many of `environments` satisfy `marker`.
func countSatisfied(_ environments: [MarkerEnvironment], by marker: Marker) throws -> Int {
    try environments.reduce(0) { $0 + (try marker.evaluate($1) ? 1 : 0) }
}

let arguments = CommandLine.arguments
guard arguments.count == 3, let repetitions = Int(arguments[2]), repetitions > 0 else {
    FileHandle.standardError.write(Data("usage: cadence-bench VERSIONS_FILE REPETITIONS\n".utf8))
    exit(64)
}
let lines = try String(contentsOfFile: arguments[1], encoding: .utf8)
    .split(separator: "\n")
    .map { String($0).trimmingCharacters(in: .whitespaces) }
    .filter { !$0.isEmpty }

let (parseSeconds, versions) = try best(repetitions) { try parseAll(lines) }
print("parse\t\(parseSeconds)\t\(lines.count)\t\(versions.count)")

let (sortSeconds, ordered) = best(repetitions) { Version.sorted(versions) }
print("sort\t\(sortSeconds)\t\(versions.count)\t\(ordered[0])|\(ordered[ordered.count - 1])")

let specifierSet = try SpecifierSet(spec)
let (containsSeconds, hits) = best(repetitions) { countContained(versions, in: specifierSet) }
print("contains\t\(containsSeconds)\t\(versions.count)\t\(hits)")

let marker = try Marker(markerText)
// The same partial environments as the Python side: packaging fills the other keys from the host.
let environments = markerEnvironments(versions)
let (markerSeconds, markerHits) = try best(repetitions) { try countSatisfied(environments, by: marker) }
print("marker\t\(markerSeconds)\t\(environments.count)\t\(markerHits)")
