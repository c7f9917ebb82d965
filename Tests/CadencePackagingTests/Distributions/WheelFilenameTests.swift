import Testing

@testable import CadencePackaging

@Suite struct WheelFilenameTests {
    @Test func readsEveryPart() throws {
        let wheel = try WheelFilename("Foo_Bar-1.0.post1-1000abc-py2.py3-none-any.whl")
        #expect(wheel.name == "foo-bar")
        #expect(wheel.version == (try Version("1.0.post1")))
        #expect(wheel.build == WheelFilename.BuildTag(number: 1000, suffix: "abc"))
        #expect(wheel.build?.description == "1000abc")
        #expect(wheel.tags.map(\.description) == ["py2-none-any", "py3-none-any"])
        #expect(wheel.description == "Foo_Bar-1.0.post1-1000abc-py2.py3-none-any.whl")
        #expect(try WheelFilename("foo-1.0-py3-none-any.whl").build == nil)
    }

    @Test func ordersBuildTagsByNumberThenText() {
        let tags = [(10, ""), (9, "b"), (9, "a"), (9, "")].map { WheelFilename.BuildTag(number: $0.0, suffix: $0.1) }
        #expect(tags.sorted().map(\.description) == ["9", "9a", "9b", "10"])
    }

    /// packaging's build regex `(\d+)(.*)` is matched, not full-matched, and `.` stops at a line break.
    @Test func endsTheBuildTagAtALineBreakLikePackaging() throws {
        #expect(
            try WheelFilename("foo-1.0-1\nx-py3-none-any.whl").build == WheelFilename.BuildTag(number: 1, suffix: "")
        )
    }

    @Test func checksTheOrderOfCompressedTagSetsWhenAsked() throws {
        let name = "foo-1.0-py3.py2-none-any.whl"
        #expect(try WheelFilename(name).tags.count == 2)
        let error = #expect(throws: ParseError.self) { try WheelFilename(name, validatingOrder: true) }
        #expect(
            error?.description
                == "invalid filename 'foo-1.0-py3.py2-none-any.whl': invalid tag 'py3.py2-none-any': interpreter field "
                + "'py3.py2' is not in sorted order per PEP 425 (expected 'py2.py3') at column 9"
        )
    }

    /// packaging 26.2 accepted all of these; its development line rejects them (#1305, #1341, #1238).
    @Test(arguments: [
        ("-1.0-py3-none-any.whl", "invalid filename '-1.0-py3-none-any.whl': empty project name at column 1"),
        (
            "foo\n-1.0-py3-none-any.whl",
            "invalid filename 'foo\\n-1.0-py3-none-any.whl': unexpected '\\n' in the project name (letters, digits, '_' and '.') at column 4"
        ),
        (
            "foo-1.0-py3--any.whl",
            "invalid filename 'foo-1.0-py3--any.whl': invalid tag 'py3--any': empty ABI field at column 13"
        ),
    ])
    func rejectsWhatUpstreamRejects(filename: String, message: String) {
        let error = #expect(throws: ParseError.self) { try WheelFilename(filename) }
        #expect(error?.description == message)
    }

    @Test(arguments: [
        (
            "foo-1.0-py3-none-any.wheel",
            "invalid filename 'foo-1.0-py3-none-any.wheel': expected the extension '.whl' at column 21"
        ),
        (
            "foo-1.0.whl",
            "invalid filename 'foo-1.0.whl': expected 5 or 6 dash-separated parts (name-version[-build]-interpreter-abi-platform), found 2 at column 8"
        ),
        (
            "foo-1.0-200-py3-none-any-junk.whl",
            "invalid filename 'foo-1.0-200-py3-none-any-junk.whl': expected 5 or 6 dash-separated parts (name-version[-build]-interpreter-abi-platform), found 7 at column 25"
        ),
        (
            "foo__bar-1.0-py3-none-any.whl",
            "invalid filename 'foo__bar-1.0-py3-none-any.whl': the project name has '__' at column 4"
        ),
        (
            "foo#bar-1.0-py3-none-any.whl",
            "invalid filename 'foo#bar-1.0-py3-none-any.whl': unexpected '#' in the project name (letters, digits, '_' and '.') at column 4"
        ),
        (
            "foobar-1.x-py3-none-any.whl",
            "invalid filename 'foobar-1.x-py3-none-any.whl': invalid version '1.x': unexpected '.' at column 9"
        ),
        (
            "foo-1.0-abc-py3-none-any.whl",
            "invalid filename 'foo-1.0-abc-py3-none-any.whl': the build tag starts with a digit, unexpected 'a' at column 9"
        ),
        (
            "foo-1.0-99999999999999999999-py3-none-any.whl",
            "invalid filename 'foo-1.0-99999999999999999999-py3-none-any.whl': build number too large at column 9"
        ),
    ])
    func explainsWhyAFilenameIsInvalid(filename: String, message: String) {
        let error = #expect(throws: ParseError.self) { try WheelFilename(filename) }
        #expect(error?.description == message)
        #expect(error?.subject == .filename)
    }

    @Test func acceptsUnicodeProjectNames() throws {
        let wheel = try WheelFilename("foo_bár-1.0-1000-py3-none-any.whl")
        #expect(wheel.name == "foo-bár")
        #expect(wheel.build?.number == 1000)
    }
}
