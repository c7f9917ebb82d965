import Testing

@testable import CadencePackaging

@Suite struct VersionCanonicalTests {
    @Test func dropsTrailingZerosButKeepsOneNumber() throws {
        #expect(try Version("1.4.0.0").canonicalDescription() == "1.4")
        #expect(try Version("0.0").canonicalDescription() == "0")
        #expect(try Version("1!0.0+a").canonicalDescription() == "1!0+a")
        #expect(try Version("1.0.0.post0.dev0").canonicalDescription() == "1.post0.dev0")
        #expect(try Version("1.0.1").canonicalDescription() == "1.0.1")
    }

    @Test func keepsTrailingZerosWhenAsked() throws {
        #expect(try Version("1.4.0").canonicalDescription(strippingTrailingZeros: false) == "1.4.0")
        #expect(Version.canonicalize(" 01.0 ", strippingTrailingZeros: false) == "1.0")
    }

    @Test func returnsTextThatIsNotAVersionUnchanged() {
        #expect(Version.canonicalize("foo bar baz") == "foo bar baz")
        #expect(Version.canonicalize("1.0.1-test7") == "1.0.1-test7")
        #expect(Version.canonicalize("") == "")
    }
}
