import CadenceKit
import Testing

@Suite struct ResultEncoderTests {
    struct Sample: Encodable {
        var zebra: String
        var apple: Int
        var missing: String?
        var flags: [Bool]
    }

    @Test func keepsTheOrderOfTheCodingKeysAndWritesNilAsNull() throws {
        // Given a value whose keys are not in alphabetical order, with a nil optional
        let sample = Sample(zebra: "z\"q", apple: 3, missing: nil, flags: [true, false])
        // When it is encoded
        let text = try ResultEncoder().string(for: sample)
        // Then the keys come in declaration order, compact, with null and escapes
        #expect(text == #"{"zebra":"z\"q","apple":3,"missing":null,"flags":[true,false]}"#)
    }

    @Test func copiesPlainStringsWholeAndEscapesControlCharacters() throws {
        #expect(try ResultEncoder().string(for: ["a/b", "line\nbreak", "é"]) == #"["a/b","line\nbreak","é"]"#)
    }
}
