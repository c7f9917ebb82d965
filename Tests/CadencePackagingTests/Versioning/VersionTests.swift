import Testing

@testable import CadencePackaging

@Suite struct VersionTests {
    @Test func reportsTheColumnOfTheFirstBadCharacter() {
        #expect(throws: ParseError(.version, input: "1.0-beta!", column: 9, reason: "unexpected '!'")) {
            try Version("1.0-beta!")
        }
        let error = #expect(throws: ParseError.self) { try Version("1.0-beta!") }
        #expect(error?.description == "invalid version '1.0-beta!': unexpected '!' at column 9")
    }

    @Test(arguments: [
        ("", "invalid version '': unexpected end of input at column 1"),
        ("1.0+", "invalid version '1.0+': unexpected end of input at column 5"),
        ("1!", "invalid version '1!': unexpected end of input at column 3"),
        ("lolwat", "invalid version 'lolwat': unexpected 'l' at column 1"),
        ("1.0+a.", "invalid version '1.0+a.': unexpected end of input at column 7"),
        ("3.9\n4", "invalid version '3.9\\n4': unexpected '\\n' at column 4"),
        ("1.é", "invalid version '1.é': unexpected '.' at column 2"),
        ("99999999999999999999", "invalid version '99999999999999999999': number too large at column 1"),
    ])
    func explainsWhyAVersionIsInvalid(input: String, message: String) {
        let error = #expect(throws: ParseError.self) { try Version(input) }
        #expect(error?.description == message)
    }

    @Test func ordersAPythonReleaseCycle() throws {
        let cycle = [
            "3.9.0.dev0", "3.9.0a1", "3.9.0a5", "3.9.0b1", "3.9.0rc1", "3.9.0", "3.9.0.post1", "3.9.1+local", "3.9.1.1",
        ]
        let versions = try cycle.map { try Version($0) }
        #expect(versions == versions.sorted())
        #expect(try Version("3.9") == Version("3.9.0.0"))
        #expect(try Version("1.0+ABC") == Version("1.0+abc"))
        #expect(try Version("1.0+1.a") != Version("1.0+1"))
    }

    /// Numbers on both sides of what a version stores inline keep their values, text and order.
    @Test(arguments: [
        (0, [1], 0, 0, 0), (65_535, [1], 0, 0, 0), (65_536, [1], 0, 0, 0),
        (0, [4_294_967_295, 0], 0, 0, 0), (0, [4_294_967_296], 0, 0, 0), (0, [1, 2, 3, 4, 5], 0, 0, 0),
        (0, [1], 4_294_967_295, 0, 0), (0, [1], 4_294_967_296, 0, 0),
        (0, [1], 0, 4_294_967_294, 0), (0, [1], 0, 4_294_967_295, 0),
        (0, [1], 0, 0, 4_294_967_294), (0, [1], 0, 0, 4_294_967_295), (7, [1, 1 << 40], 1 << 41, 1 << 42, 1 << 43),
    ])
    func keepsNumbersOnBothSidesOfTheInlineLimits(epoch: Int, release: [Int], pre: Int, post: Int, dev: Int) throws {
        let version = try #require(
            Version(epoch: epoch, release: release, pre: .init(.beta, pre), post: post, dev: dev, local: [.number(3)])
        )
        #expect(version.epoch == epoch)
        #expect(version.release == release)
        #expect(version.pre == .init(.beta, pre))
        #expect(version.post == post)
        #expect(version.dev == dev)
        #expect(version.local == [.number(3)])
        let reparsed = try Version(version.description)
        #expect(reparsed == version)
        #expect(reparsed.hashValue == version.hashValue)
        #expect(reparsed.publicVersion.local == nil && reparsed.publicVersion.dev == dev)
        let plain = try #require(Version(epoch: epoch, release: release, post: post))
        #expect(plain.pre == nil && plain.dev == nil && plain.local == nil && plain.post == post)
        #expect(try Version(plain.description) == plain)
        #expect(plain > version)
    }

    @Test func buildsAVersionFromParts() throws {
        let version = try #require(Version(epoch: 1, release: [3, 9], pre: .init(.beta, 2), post: 1, dev: 0))
        #expect(version.description == "1!3.9b2.post1.dev0")
        #expect(Version(release: []) == nil)
        #expect(Version(release: [1, -1]) == nil)
    }
}
