import Testing

@testable import CadenceCore

/// Each parser gets 100,000 random and mutated inputs: every call must return a value or throw a
/// `ParseError` that quotes the input, never crash or hang. Parsed values must also round-trip.
@Suite(.timeLimit(.minutes(2)))
struct ParserPropertyTests {
    static let iterations = 100_000

    static func examples(_ file: String) throws -> [String] {
        try Fixture.array(file).compactMap { $0 as? String }
    }

    /// Checks an error is a `ParseError` for this input with a column inside it (or none).
    static func isClear(_ error: any Error, for input: String) -> Bool {
        guard let error = error as? ParseError else { return false }
        let scalars = input.unicodeScalars.count
        return error.input == input && !error.reason.isEmpty
            && (error.column.map { $0 >= 1 && $0 <= scalars + 1 } ?? true)
    }

    @Test func versionParserNeverCrashesAndRoundTrips() throws {
        var fuzzer = InputFuzzer(seed: 0x5EED_0440, examples: try Self.examples("packaging/versions_valid.json"))
        var accepted = 0
        for _ in 0..<Self.iterations {
            let input = fuzzer.next()
            do {
                let version = try Version(input)
                accepted += 1
                let again = try Version(version.description)
                #expect(again == version && again.description == version.description, "\(input.debugDescription)")
            } catch {
                #expect(Self.isClear(error, for: input), "unclear error for \(input.debugDescription): \(error)")
            }
        }
        #expect(accepted > 1_000, "the fuzzer should also produce valid versions")
    }
}
