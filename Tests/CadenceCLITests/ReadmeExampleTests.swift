import Foundation
import Testing

/// README's examples, run against the built `cadence`, print exactly what they printed when the fixtures
/// were captured (`Fixtures/readme/README.md` says how): standard output, standard error and exit code.
@Suite struct ReadmeExampleTests {
    /// One line of `examples.tsv`.
    struct Example: CustomStringConvertible, Sendable {
        var name: String
        /// A file, relative to the package's root, fed to standard input.
        var input: String?
        var arguments: [String]
        var description: String { name }
    }

    /// The package's root, found from this file so the tests run from any folder.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let fixtures = root.appendingPathComponent("Tests/CadenceCLITests/Fixtures/readme")

    /// Every example of `examples.tsv`.
    static let examples: [Example] = {
        guard let text = try? String(contentsOf: fixtures.appendingPathComponent("examples.tsv"), encoding: .utf8)
        else { return [] }
        return text.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            var fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let name = fields.removeFirst()
            var input: String?
            if let first = fields.first, first.hasPrefix("<") {
                input = String(first.dropFirst())
                fields.removeFirst()
            }
            return Example(name: name, input: input, arguments: fields)
        }
    }()

    @Test func everyExampleHasItsFixtures() throws {
        #expect(Self.examples.count >= 40)
        for example in Self.examples {
            for suffix in ["out", "err", "status"] {
                let file = Self.fixtures.appendingPathComponent("\(example.name).\(suffix)")
                #expect(FileManager.default.fileExists(atPath: file.path), "missing \(file.lastPathComponent)")
            }
        }
    }

    @Test(arguments: examples)
    func printsWhatItPrinted(_ example: Example) throws {
        let needsDemo = example.arguments.contains { $0.contains("{demo}") }
        let demo = needsDemo ? try DemoCheckout() : nil
        defer { demo?.remove() }
        let arguments = example.arguments.map { $0.replacingOccurrences(of: "{demo}", with: demo?.path ?? "") }
        let input = try example.input.map {
            try String(contentsOf: Self.root.appendingPathComponent($0), encoding: .utf8)
        }
        let result = try CommandRunner.run(arguments, input: input, in: Self.root)

        let expected = try fixture(example.name, "out")
        #expect(Self.maskingStamps(result.standardOutput) == expected, "standard output of \(example.name)")
        #expect(result.standardError == (try fixture(example.name, "err")), "standard error of \(example.name)")
        let status = try fixture(example.name, "status").trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(String(result.status) == status, "exit code of \(example.name)")
    }

    private func fixture(_ name: String, _ suffix: String) throws -> String {
        let data = try Data(contentsOf: Self.fixtures.appendingPathComponent("\(name).\(suffix)"))
        return String(decoding: data, as: UTF8.self)
    }

    /// The output with every ICS `DTSTAMP` (the time of the run) written as `DTSTAMP:…`.
    static func maskingStamps(_ text: String) -> String {
        // By bytes, not characters: an ICS line ends in "\r\n", which Swift reads as one character.
        let lines = Array(text.utf8).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let stamp = Array("DTSTAMP:".utf8)
        let digits = Array("0123456789TZ".utf8)
        let masked = lines.map { line -> [UInt8] in
            guard line.starts(with: stamp) else { return Array(line) }
            let rest = line.dropFirst(stamp.count).drop { digits.contains($0) }
            return stamp + Array("…".utf8) + rest
        }
        return String(decoding: Array(masked.joined(separator: [UInt8(ascii: "\n")])), as: UTF8.self)
    }
}

/// README's `~/cpython-demo`, built by `Scripts/make-demo-repository.sh` in a temporary folder.
struct DemoCheckout {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("cadence-demo-\(UUID())").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "bash", ReadmeExampleTests.root.appendingPathComponent("Scripts/make-demo-repository.sh").path, path,
        ]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.fileWriteUnknown) }
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}
