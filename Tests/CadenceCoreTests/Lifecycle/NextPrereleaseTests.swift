import CadencePackaging
import Testing

@testable import CadenceCore

@Suite struct NextPrereleaseTests {
    @Test(arguments: [
        ("3.9.0b4", true, "3.9.0a5"), ("3.9.0a5", false, "3.9.0b6"), ("3.9.0b6", true, "3.9.0a7"),
        ("3.9.0a7", false, "3.9.0b8"), ("3.9.0b8", false, "3.9.0b9"),
    ])
    func continuesOneSerialAcrossAlphasAndBetas(previous: String, breaksABI: Bool, next: String) throws {
        let release = try NextPrerelease(after: Version(previous), breaksABI: breaksABI)
        #expect(release.version.description == next)
        #expect(release.breaksABI == breaksABI)
    }

    @Test func startsEverySeriesWithAnABIBreak() throws {
        let first = try NextPrerelease(after: nil, series: SeriesName("3.10"), breaksABI: false)
        #expect(first.version.description == "3.10.0a1")
        #expect(first.breaksABI)
    }

    @Test func givesTheSeedsRequiresPythonLineForABreak() throws {
        let a5 = try NextPrerelease(after: Version("3.9.0b4"), breaksABI: true)
        #expect(
            a5.requiresPython?.description
                == #">= "3.9.0b6"; python_version == "3.9" and python_full_version != "3.9.0a5""#
        )
        #expect(a5.announcement(reasons: ["gh-1: change PyThreadState"]).contains("- gh-1: change PyThreadState"))
        #expect(try NextPrerelease(after: Version("3.9.0a5"), breaksABI: false).requiresPython == nil)
    }

    @Test func refusesToContinueAfterTheReleaseCandidate() {
        #expect(throws: LifecycleError.self) { try NextPrerelease(after: Version("3.9.0rc1"), breaksABI: false) }
        #expect(throws: LifecycleError.self) { try NextPrerelease(after: Version("3.9.1"), breaksABI: false) }
        #expect(throws: LifecycleError.self) { try NextPrerelease(after: nil, breaksABI: false) }
    }
}
