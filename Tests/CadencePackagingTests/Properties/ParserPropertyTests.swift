import CadenceTestSupport
import Testing

@testable import CadencePackaging

/// Every parser gets 100,000 random and mutated inputs.
///
/// Each call must return a value or throw a `ParseError` that quotes the input and points inside it:
/// never crash, never hang. A value's description must parse again to the same description.
@Suite(.timeLimit(.minutes(2)))
struct ParserPropertyTests {
    static let iterations = 100_000

    /// Feeds `iterations` fuzzed inputs to `parse` (which returns the parsed value's description).
    /// - Returns: How many inputs parsed, so a test can check the fuzzer also reached valid inputs.
    static func exercise(
        seed: UInt64,
        examples: [String],
        sourceLocation: SourceLocation = #_sourceLocation,
        _ parse: (String) throws -> String
    ) -> Int {
        var fuzzer = InputFuzzer(seed: seed, examples: examples)
        var accepted = 0
        var problems: [String] = []
        for _ in 0..<iterations {
            let input = fuzzer.next()
            do {
                let description = try parse(input)
                accepted += 1
                let again = try? parse(description)
                if again != description {
                    problems.append("\(input.debugDescription) → \(description.debugDescription) → \(again ?? "error")")
                }
            } catch let error as ParseError {
                let scalars = input.unicodeScalars.count
                if error.input != input || error.reason.isEmpty
                    || !(error.column.map { 1...(scalars + 1) ~= $0 } ?? true)
                {
                    problems.append("unclear error for \(input.debugDescription): \(error)")
                }
            } catch {
                problems.append("not a ParseError for \(input.debugDescription): \(error)")
            }
        }
        #expect(
            problems.isEmpty,
            "\(problems.count) problems, first: \(problems.prefix(5))",
            sourceLocation: sourceLocation
        )
        return accepted
    }

    /// A parsed value whose description does not parse back to itself.
    struct RoundTripFailure: Error {
        var text: String
    }

    static func strings(_ file: String) throws -> [String] {
        try Fixture.array(file).compactMap { $0 as? String }
    }

    @Test func versions() throws {
        let accepted = Self.exercise(seed: 0x5EED_0440, examples: try Self.strings("packaging/versions_valid.json")) {
            try Version($0).description
        }
        #expect(accepted > 1_000)
    }

    @Test func specifiers() throws {
        let examples = try Fixture.array("packaging/specifiers_valid.json").compactMap {
            ($0 as? [String: Any])?["input"] as? String
        }
        let accepted = Self.exercise(seed: 0x5EED_5BEC, examples: examples) { try Specifier($0).description }
        #expect(accepted > 1_000)
    }

    @Test func specifierSets() throws {
        let examples =
            try Fixture.array("packaging/specifierset_str.json").compactMap { ($0 as? [Any])?.first as? String }
            + [">=3.9,!=3.9.0a5,<4", "~=3.9.1, !=3.9.3", "==3.*,>=3.8"]
        let accepted = Self.exercise(seed: 0x5EED_5E75, examples: examples) { try SpecifierSet($0).description }
        #expect(accepted > 1_000)
    }

    @Test func wheelTags() throws {
        let sections = try Fixture.object("packaging/tags_vectors.json")
        let examples = (sections["parse_tag"] as? [[String: Any]] ?? []).compactMap { $0["input"] as? String }
        // A compressed set expands to single tags: each must re-parse to itself.
        let accepted = Self.exercise(seed: 0x5EED_7A65, examples: examples) { input in
            let tags = try Tag.parse(input)
            for tag in tags where try Tag.parse(tag.description).map(\.description) != [tag.description] {
                throw RoundTripFailure(text: tag.description)
            }
            return tags.first?.description ?? ""
        }
        #expect(accepted > 1_000)
    }

    @Test func wheelFilenames() throws {
        let sections = try Fixture.object("packaging/utils_vectors.json")
        let examples = (sections["parse_wheel_filename"] as? [[String: Any]] ?? []).compactMap {
            $0["filename"] as? String
        }
        _ = Self.exercise(seed: 0x5EED_3EE1, examples: examples) { input in
            let wheel = try WheelFilename(input)
            return "\(wheel)"
        }
    }

    @Test func markers() throws {
        let examples = try Fixture.array("packaging/markers_str.json").compactMap { ($0 as? [Any])?.first as? String }
        let accepted = Self.exercise(seed: 0x5EED_3A4C, examples: examples) { try Marker($0).description }
        #expect(accepted > 1_000)
    }

    @Test func requirements() throws {
        let examples = try Fixture.array("packaging/requirements_valid.json").dropFirst().compactMap {
            ($0 as? [Any])?.first as? String
        }
        let accepted = Self.exercise(seed: 0x5EED_4E01, examples: Array(examples)) { try Requirement($0).description }
        #expect(accepted > 1_000)
    }

    /// The requirement parser has its own reading of the specifier part; it must accept exactly the
    /// specifier sets `SpecifierSet` accepts, and read them the same way.
    @Test func requirementsReadSpecifiersLikeSpecifierSet() throws {
        let examples = try Fixture.array("packaging/specifiers_valid.json").compactMap {
            ($0 as? [String: Any])?["input"] as? String
        }
        var fuzzer = InputFuzzer(seed: 0x5EED_2E05, examples: examples)
        var agreed = 0
        for _ in 0..<Self.iterations / 4 {
            let spec = fuzzer.next()
            // The two grammars are meant to agree on printable ASCII specifiers. They differ by design
            // elsewhere: a requirement's specifier ends at ';', '@', '#' or a line break, allows only ASCII
            // spaces and tabs, takes no empty member (',<1'), and reads '===' up to the next space.
            let trimmed = spec.drop { $0 == " " || $0 == "\t" }
            guard spec.unicodeScalars.allSatisfy({ (0x20...0x7E).contains($0.value) || $0 == "\t" }),
                !spec.contains(where: { ";@#[]()".contains($0) }), !spec.contains("==="), !trimmed.hasPrefix(","),
                let first = trimmed.first, !(first.isLetter || first.isNumber || "-_.".contains(first))
            else { continue }
            let alone = try? SpecifierSet(spec)
            let inRequirement = try? Requirement("name" + spec)
            if let alone, let inRequirement {
                #expect(inRequirement.specifier == alone, "\(spec.debugDescription)")
                agreed += 1
            } else if (alone == nil) != (inRequirement == nil) {
                let verdicts = (alone == nil ? "rejects" : "accepts", inRequirement == nil ? "rejects" : "accepts")
                Issue.record("\(spec.debugDescription): SpecifierSet \(verdicts.0), Requirement \(verdicts.1)")
            }
        }
        #expect(agreed > 1_000)
    }

    @Test func sdistFilenames() throws {
        let examples = ["foo-1.0.tar.gz", "foo-1.0.zip", "cadence-0.1.0a1.tar.gz", "zope.interface-6.0.tar.gz"]
        _ = Self.exercise(seed: 0x5EED_5D15, examples: examples) { input in
            let sdist = try SdistFilename(input)
            return "\(sdist.name)-\(sdist.version).\(input.hasSuffix(".zip") ? "zip" : "tar.gz")"
        }
    }

    @Test func projectNames() throws {
        let examples = ["requests", "Foo.Bar", "foo_bar", "zope.interface", "a-b-c"]
        let accepted = Self.exercise(seed: 0x5EED_0A3E, examples: examples) { try ProjectName($0).description }
        #expect(accepted > 1_000)
    }
}
