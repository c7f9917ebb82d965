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

    struct Rewritten: Encodable {
        var note: String?
        enum CodingKeys: String, CodingKey { case name, count, flag, note, ids }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode("first", forKey: .name)
            try container.encode(1, forKey: .count)
            try container.encode(true, forKey: .flag)
            if let note { try container.encode(note, forKey: .note) }
            var ids = container.nestedUnkeyedContainer(forKey: .ids)
            for id in 0..<3 { try ids.encode(id) }
            try container.encode("last\t", forKey: .name)
        }
    }

    @Test func aKeyEncodedAgainKeepsItsPlaceAndAnAbsentKeyIsLeftOut() throws {
        // Given a type that writes `name` twice, leaves `note` out when it has none, and fills an array
        // When it is encoded with and without a note
        let without = try ResultEncoder().string(for: Rewritten(note: nil))
        let with = try ResultEncoder().string(for: Rewritten(note: "n"))
        // Then the last `name` stands in the first one's place, escaped, and `note` appears only when given
        #expect(without == #"{"name":"last\t","count":1,"flag":true,"ids":[0,1,2]}"#)
        #expect(with == #"{"name":"last\t","count":1,"flag":true,"note":"n","ids":[0,1,2]}"#)
    }

    @Test func manyFieldsAndElementsKeepTheirOrder() throws {
        // A dictionary of many keys would reorder them; an array of arrays keeps order at every level
        let rows = (0..<200).map { row in (0..<5).map { row * 5 + $0 } }
        let expected =
            "[" + rows.map { "[" + $0.map(String.init).joined(separator: ",") + "]" }.joined(separator: ",") + "]"
        #expect(try ResultEncoder().string(for: rows) == expected)
    }
}
