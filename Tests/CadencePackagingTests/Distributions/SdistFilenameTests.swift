import Testing

@testable import CadencePackaging

@Suite struct SdistFilenameTests {
    @Test func splitsTheNameFromTheVersionAtTheLastDash() throws {
        let sdist = try SdistFilename("Foo.Bar-baz-1.0rc1.tar.gz")
        #expect(sdist.name == "foo-bar-baz")
        #expect(sdist.version == (try Version("1.0rc1")))
        #expect(sdist.archive == .tarGz)
        #expect(try SdistFilename("foo-1.0.zip").archive == .zip)
        #expect(sdist.description == "Foo.Bar-baz-1.0rc1.tar.gz")
    }

    /// As in packaging, only the version is validated; the name is just normalised.
    @Test func normalisesButDoesNotValidateTheName() throws {
        #expect(try SdistFilename("foo bar-1.0.zip").name == "foo bar")
    }

    @Test(arguments: [
        ("foo-1.0.xz", "invalid filename 'foo-1.0.xz': expected the extension '.tar.gz' or '.zip' at column 8"),
        (
            "foo-1.0.TAR.GZ",
            "invalid filename 'foo-1.0.TAR.GZ': expected the extension '.tar.gz' or '.zip' at column 12"
        ),
        (
            "foo1.0.tar.gz",
            "invalid filename 'foo1.0.tar.gz': expected '-' between the name and the version at column 7"
        ),
        ("foo-1.x.tar.gz", "invalid filename 'foo-1.x.tar.gz': invalid version '1.x': unexpected '.' at column 6"),
        // Accepted by packaging 26.2; rejected by its development line (#1305).
        ("-1.0.tar.gz", "invalid filename '-1.0.tar.gz': empty project name at column 1"),
    ])
    func explainsWhyAFilenameIsInvalid(filename: String, message: String) {
        let error = #expect(throws: ParseError.self) { try SdistFilename(filename) }
        #expect(error?.description == message)
    }
}
