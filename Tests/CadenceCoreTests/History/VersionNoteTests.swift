import Testing

@testable import CadenceCore

@Suite struct VersionNoteTests {
    @Test func readsTheDirectiveAndItsVersion() throws {
        let note = try #require(VersionNote(file: "Doc/library/contextvars.rst", line: "   .. versionadded:: 3.7.1"))
        #expect(note.directive == "versionadded")
        #expect(note.version == "3.7.1")
        #expect(note.description == ".. versionadded:: 3.7.1 in Doc/library/contextvars.rst")
        #expect(VersionNote(file: "x.rst", line: "Text about versionadded") == nil)
        #expect(VersionNote(file: "x.rst", line: ".. deprecated:: 3.8 Use y instead.")?.version == "3.8")
    }

    @Test func aMicroReleaseOfTheTargetSeriesIsNamed() throws {
        let micro = VersionNote(file: "x.rst", directive: "versionchanged", version: "3.8.2")
        #expect(micro.namesMicroRelease(of: try SeriesName("3.8")))
        #expect(!micro.namesMicroRelease(of: try SeriesName("3.9")))
        #expect(
            !VersionNote(file: "x.rst", directive: "versionchanged", version: "3.8").namesMicroRelease(
                of: try SeriesName("3.8")
            )
        )
        #expect(
            !VersionNote(file: "x.rst", directive: "versionadded", version: "3.8.0").namesMicroRelease(
                of: try SeriesName("3.8")
            )
        )
    }
}
