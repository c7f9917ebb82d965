import CadenceTestSupport
import Testing

@testable import CadenceCore

/// PEP 598's `sys.feature_limit`: the golden cases of `Fixtures/golden/feature-limit.json` (the seed's
/// own table for a running 3.9.3), the guard rule, the errors, and the clamping as a property.
@Suite struct FeatureLimitTests {
    @Test func agreesWithEveryGoldenCase() throws {
        let file = "golden/feature-limit.json"
        let golden = try Fixture.object(file)
        let running = try #require(golden["running_version"] as? String)
        let cases = try #require(golden["cases"] as? [[Any]])
        var tally = Conformance(file)
        for row in cases where row.count == 2 {
            let requested = row[0] as? String
            let expected = row[1] as? String
            let limit = try? FeatureLimit(running: running, requested: requested)
            tally.check(
                limit?.limit.description == expected,
                "\(requested ?? "<unset>") → \(limit?.limit.description ?? "error"), expected \(expected ?? "?")"
            )
        }
        #expect(tally.run == 8)
        tally.finish()
    }

    @Test func reportsWhetherTheRequestWasClamped() throws {
        #expect(try FeatureLimit(running: "3.9.3", requested: "3.8.1").isClamped)
        #expect(try FeatureLimit(running: "3.9.3", requested: "4").isClamped)
        #expect(try !FeatureLimit(running: "3.9.3", requested: "3.9.2").isClamped)
        #expect(try !FeatureLimit(running: "3.9.3", requested: "3.9").isClamped)
        #expect(try !FeatureLimit(running: "3.9.3").isClamped)
        #expect(try FeatureLimit(running: "3.9.3").requested == nil)
        #expect(try FeatureLimit(running: "3.9.3", requested: "3").requested == VersionTriple(3, 0, 0))
        #expect(try FeatureLimit(running: "3.9.3").lowerBound == VersionTriple(3, 9, 0))
    }

    @Test func guardsAPIsAddedAfterTheLimit() throws {
        // PEP 598: `if _version_feature_api_added > sys.feature_limit: del feature_api`.
        let limited = try FeatureLimit(running: "3.9.3", requested: "3.9.1")
        #expect(limited.isAvailable(addedIn: VersionTriple(3, 9, 0)))
        #expect(limited.isAvailable(addedIn: VersionTriple(3, 9, 1)))
        #expect(!limited.isAvailable(addedIn: VersionTriple(3, 9, 2)))
        #expect(!limited.isAvailable(addedIn: VersionTriple(3, 9, 3)))
        let unlimited = try FeatureLimit(running: "3.9.3")
        #expect(unlimited.isAvailable(addedIn: VersionTriple(3, 9, 3)))
        #expect(!unlimited.isAvailable(addedIn: VersionTriple(3, 9, 4)))
    }

    @Test func countsARunningPreReleaseAsItsFirstThreeFields() throws {
        // sys.version_info[:3] of 3.9.1rc1 is (3, 9, 1).
        #expect(try FeatureLimit(running: "3.9.1rc1").limit == VersionTriple(3, 9, 1))
        #expect(try FeatureLimit(running: "3.10.0b2", requested: "3.9").limit == VersionTriple(3, 10, 0))
        #expect(try FeatureLimit(running: "3.9", requested: "3.9.5").limit == VersionTriple(3, 9, 0))
    }

    @Test(
        arguments: [
            (
                "3.9.3", "3.9.x",
                "invalid feature limit '3.9.x': unexpected 'x' at column 5"
            ),
            (
                "3.9.3", "3.9.1rc1",
                "invalid feature limit '3.9.1rc1': expected one to three numbers such as 3.9.2; a feature limit is "
                    + "(major, minor, micro) without epoch, pre-release, post-release, development or local segments"
            ),
            (
                "3.9.3", "3.9.1.2",
                "invalid feature limit '3.9.1.2': expected at most three numbers (X.Y.Z), got 4"
            ),
            ("3.9.3", "", "invalid feature limit '': expected numbers separated by dots, such as 3.9.2"),
            ("3.9.3", "3..9", "invalid feature limit '3..9': expected a number before '.' at column 3"),
            ("3.9.3", "3.9.", "invalid feature limit '3.9.': expected a number after '.' at column 5"),
            ("3.9.3", " 3.9", "invalid feature limit ' 3.9': unexpected ' ' at column 1"),
            (
                "3.9.3.post1", nil,
                "invalid running version '3.9.3.post1': expected a CPython version X.Y.Z such as 3.9.3, optionally "
                    + "with aN, bN or rcN"
            ),
            (
                "3", nil,
                "invalid running version '3': expected a CPython version X.Y.Z such as 3.9.3, optionally with aN, bN or rcN"
            ),
            ("3.9.3!", nil, "invalid running version '3.9.3!': unexpected '!' at column 6"),
        ] as [(String, String?, String)]
    )
    func namesTheBadInput(running: String, requested: String?, message: String) {
        #expect(throws: FeatureLimitError.self) { try FeatureLimit(running: running, requested: requested) }
        do {
            _ = try FeatureLimit(running: running, requested: requested)
        } catch {
            #expect(String(describing: error) == message)
        }
    }

    @Test func staysWithinTheRunningSeriesForThousandsOfRequests() {
        var generator = SeededGenerator(seed: 598)
        for _ in 0..<5_000 {
            let running = VersionTriple(
                Int.random(in: 2...4, using: &generator),
                Int.random(in: 0...15, using: &generator),
                Int.random(in: 0...12, using: &generator)
            )
            let numbers = (0..<Int.random(in: 1...3, using: &generator)).map { _ in
                Int.random(in: 0...15, using: &generator)
            }
            let requested = VersionTriple(numbers: numbers)
            let limit = FeatureLimit(running: running, requested: requested)
            #expect(limit.limit >= running.seriesStart && limit.limit <= running)
            if let requested, requested >= running.seriesStart && requested <= running {
                #expect(limit.limit == requested && !limit.isClamped)
            } else if let requested {
                #expect(limit.isClamped)
                #expect(limit.limit == (requested < running.seriesStart ? running.seriesStart : running))
            }
            // Clamping twice changes nothing.
            #expect(FeatureLimit(running: running, requested: limit.limit).limit == limit.limit)
        }
    }
}
