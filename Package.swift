// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Cadence",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "CadencePackaging", targets: ["CadencePackaging"]),
        .library(name: "CadenceCore", targets: ["CadenceCore"]),
        .library(name: "CadenceData", targets: ["CadenceData"]),
        .library(name: "CadenceGit", targets: ["CadenceGit"]),
        .library(name: "CadenceSecurity", targets: ["CadenceSecurity"]),
        .library(name: "CadenceKit", targets: ["CadenceKit"]),
        .executable(name: "cadence", targets: ["cadence"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
    ],
    targets: [
        // The packaging algebra (PEP 440 versions and specifiers, PEP 508 markers and requirements, wheel
        // and ABI tags, distribution names): Foundation only, depends on nothing else of Cadence.
        .target(name: "CadencePackaging"),
        // Pure domain logic: lifecycle, models, policy, history facts. Foundation only, no I/O.
        .target(name: "CadenceCore", dependencies: ["CadencePackaging"]),
        // Data Cadence ships with and reads at run time: CPython's release history (python-releases.toml).
        .target(
            name: "CadenceData",
            dependencies: ["CadenceCore"],
            resources: [.copy("python-releases.toml")]
        ),
        // Security fixes across branches (pure): advisories (OSV), fix traces, exposure windows, pending
        // fixes and the recommendation to expedite a release. Foundation only, no I/O.
        .target(name: "CadenceSecurity", dependencies: ["CadenceCore", "CadencePackaging"]),
        // Reads repositories' history with git (the only module that runs git). Foundation only.
        .target(
            name: "CadenceGit",
            dependencies: ["CadenceCore"]
        ),
        // The use cases every front end calls (status, schedule, models, support, audit, check,
        // prerelease, and the per-item answers of version, spec, marker, abi-tag, feature-limit and
        // compat): plain inputs in, Encodable results out, one JSON encoding. No argument parsing.
        .target(
            name: "CadenceKit",
            dependencies: ["CadencePackaging", "CadenceCore", "CadenceData", "CadenceGit", "CadenceSecurity"]
        ),
        // The command-line tool: parses arguments, calls CadenceKit, prints.
        .executableTarget(
            name: "cadence",
            dependencies: [
                "CadencePackaging",
                "CadenceCore",
                "CadenceKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Release-mode benchmark driver, run by Benchmarks/run.sh (never by `swift test`).
        .executableTarget(
            name: "cadence-bench",
            dependencies: ["CadencePackaging"],
            path: "Benchmarks/Sources/cadence-bench"
        ),
        // What the test targets share: fixture files, conformance tallies, seeded random inputs.
        .target(name: "CadenceTestSupport", path: "Tests/CadenceTestSupport"),
        .testTarget(
            name: "CadencePackagingTests",
            dependencies: ["CadencePackaging", "CadenceTestSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "CadenceCoreTests",
            dependencies: ["CadenceCore", "CadencePackaging", "CadenceTestSupport"],
            exclude: ["Fixtures"]
        ),
        // Builds small real git repositories in temporary folders and reads them.
        .testTarget(
            name: "CadenceGitTests",
            dependencies: ["CadenceGit", "CadenceCore", "CadencePackaging"]
        ),
        // Advisories, fix traces and exposure, on hand-made facts (no git).
        .testTarget(
            name: "CadenceSecurityTests",
            dependencies: ["CadenceSecurity", "CadenceCore"]
        ),
        // The use cases, on built-in data and small real repositories.
        .testTarget(
            name: "CadenceKitTests",
            dependencies: ["CadenceKit", "CadenceCore", "CadencePackaging"]
        ),
        // Runs the built `cadence` executable end to end: arguments, stdin, output formats, exit codes.
        .testTarget(
            name: "CadenceCLITests",
            dependencies: ["cadence"],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
