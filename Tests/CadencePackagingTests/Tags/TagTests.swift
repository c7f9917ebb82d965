import Testing

@testable import CadencePackaging

@Suite struct TagTests {
    @Test func lowercasesEveryPartLikePython() {
        let tag = Tag(interpreter: "PY3", abi: "None", platform: "ANY")
        #expect(tag == Tag(interpreter: "py3", abi: "none", platform: "any"))
        #expect(tag.description == "py3-none-any")
        // Python's str.lower() gives a word-final capital sigma its final form; Swift's lowercased() does not.
        #expect(Tag(interpreter: "ΑΣ", abi: "ΣΑ", platform: "İ").description == "ας-σα-i\u{307}")
    }

    @Test func sortsByText() {
        let tags = ["py3-none-any", "cp39-abi3-win32", "py2-none-any"].map {
            let parts = $0.split(separator: "-").map(String.init)
            return Tag(interpreter: parts[0], abi: parts[1], platform: parts[2])
        }
        #expect(tags.sorted().map(\.description) == ["cp39-abi3-win32", "py2-none-any", "py3-none-any"])
    }

    @Test func expandsACompressedTagSetInTheOrderWritten() throws {
        let tags = try Tag.parse("py3.py2-none-macosx_11_0_arm64.macosx_10_9_x86_64")
        #expect(
            tags.map(\.description) == [
                "py3-none-macosx_11_0_arm64", "py3-none-macosx_10_9_x86_64",
                "py2-none-macosx_11_0_arm64", "py2-none-macosx_10_9_x86_64",
            ]
        )
        #expect(try Tag.parse("py3.PY3-none-any").map(\.description) == ["py3-none-any"])
    }

    @Test func acceptsSortedTagSetsWhenValidatingOrder() throws {
        #expect(try Tag.parse("py2.py3-none-any", validatingOrder: true).count == 2)
        // Python sorts by code point, so upper case comes before lower case.
        #expect(try Tag.parse("PY3.py2-none-any", validatingOrder: true).count == 2)
    }

    @Test func namesTheShortNamesOfInterpreters() {
        #expect(Tag.interpreterName(forImplementation: "cpython") == "cp")
        #expect(Tag.interpreterName(forImplementation: "pypy") == "pp")
        #expect(Tag.interpreterName(forImplementation: "graalpy") == "graalpy")
    }

    @Test(arguments: [
        (
            "py3-none",
            "invalid tag 'py3-none': expected 3 dash-separated parts (interpreter-abi-platform), found 2 at column 9"
        ),
        (
            "py3-none-any-extra",
            "invalid tag 'py3-none-any-extra': expected 3 dash-separated parts (interpreter-abi-platform), found 4 at column 13"
        ),
        ("", "invalid tag '': expected 3 dash-separated parts (interpreter-abi-platform), found 1 at column 1"),
        ("py3--any", "invalid tag 'py3--any': empty ABI field at column 5"),
        ("-none-any", "invalid tag '-none-any': empty interpreter field at column 1"),
        ("py3-none-", "invalid tag 'py3-none-': empty platform field at column 10"),
        (
            "py2..py3-none-any",
            "invalid tag 'py2..py3-none-any': empty member in the compressed interpreter field 'py2..py3' at column 5"
        ),
        ("3py-none-any", "invalid tag '3py-none-any': interpreter '3py' is not a Python identifier at column 1"),
        (
            "py3.p y-none-any",
            "invalid tag 'py3.p y-none-any': interpreter 'p y' is not a Python identifier at column 5"
        ),
    ])
    func explainsWhyATagIsMalformed(input: String, message: String) {
        let error = #expect(throws: ParseError.self) { try Tag.parse(input) }
        #expect(error?.description == message)
        #expect(error?.subject == .tag)
    }

    @Test func explainsAnUnsortedTagSet() {
        let error = #expect(throws: ParseError.self) {
            try Tag.parse("cp310-cp310-manylinux_2_17_x86_64.manylinux2014_x86_64", validatingOrder: true)
        }
        #expect(
            error?.description
                == "invalid tag 'cp310-cp310-manylinux_2_17_x86_64.manylinux2014_x86_64': platform field "
                + "'manylinux_2_17_x86_64.manylinux2014_x86_64' is not in sorted order per PEP 425 "
                + "(expected 'manylinux2014_x86_64.manylinux_2_17_x86_64') at column 13"
        )
    }

    @Test func countsColumnsInCharactersNotBytes() {
        let error = #expect(throws: ParseError.self) { try Tag.parse("pé-ñ--any") }
        #expect(error?.column == 6)
    }

    @Test func refusesACompressedTagSetLargerThanTheLimit() throws {
        #expect(try Tag.parse("py2.py3-none-any.win32", limit: 4).count == 4)
        let error = #expect(throws: ParseError.self) { try Tag.parse("py2.py3-none-any.win32", limit: 3) }
        #expect(
            error?.description
                == "invalid tag 'py2.py3-none-any.win32': the compressed tag set stands for 4 tags, more than the limit of 3"
        )
        #expect(throws: ParseError.self) { try Tag.parse("py3-none-any", limit: -1) }
    }

    @Test func countsTheTagsBeforeExpandingThem() {
        let members = Array(repeating: "a", count: 10_000).joined(separator: ".")
        let error = #expect(throws: ParseError.self) { try Tag.parse("\(members)-\(members)-\(members)", limit: 1_000) }
        #expect(error?.reason.contains("1000000000000 tags") == true)
    }
}
