// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Cadence",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "CadenceCore", targets: ["CadenceCore"]),
        .library(name: "CadenceData", targets: ["CadenceData"]),
        .library(name: "CadenceGit", targets: ["CadenceGit"]),
        .executable(name: "cadence", targets: ["cadence"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
    ],
    targets: [
        // Pure domain logic: versions, specifiers, markers, tags. Foundation only, no I/O.
        .target(name: "CadenceCore"),
        // Data Cadence ships with and reads at run time: CPython's release history (python-releases.toml).
        .target(
            name: "CadenceData",
            dependencies: ["CadenceCore"],
            resources: [.copy("python-releases.toml")]
        ),
        // Reads repositories' history with git (the only module that runs git). Foundation only.
        .target(
            name: "CadenceGit",
            dependencies: ["CadenceCore"]
        ),
        // The command-line tool: parses arguments, calls the libraries, prints.
        .executableTarget(
            name: "cadence",
            dependencies: [
                "CadenceCore",
                "CadenceData",
                "CadenceGit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Release-mode benchmark driver, run by Benchmarks/run.sh (never by `swift test`).
        .executableTarget(
            name: "cadence-bench",
            dependencies: ["CadenceCore"],
            path: "Benchmarks/Sources/cadence-bench"
        ),
        .testTarget(
            name: "CadenceCoreTests",
            dependencies: ["CadenceCore"],
            exclude: ["Fixtures"]
        ),
        // Builds small real git repositories in temporary folders and reads them.
        .testTarget(
            name: "CadenceGitTests",
            dependencies: ["CadenceGit", "CadenceCore"]
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
