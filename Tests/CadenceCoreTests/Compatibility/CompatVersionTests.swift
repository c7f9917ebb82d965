import CadenceTestSupport
import Testing

@testable import CadenceCore

/// PEP 606's compat version: the golden cases of `Fixtures/golden/compat-version.json`, the messages,
/// Cadence's decisions where the PEP is silent, the `-X` and environment forms, and a property: the
/// outcome of a sequence of calls does not depend on their order, only which call fails does.
@Suite struct CompatVersionTests {
    /// Runs golden-style calls (`["set", "3.8"]`, `["min", "3.7"]`) on a running version.
    static func simulate(running: String, calls: [[String]]) throws -> CompatVersion {
        var compat = try CompatVersion(running: running)
        for call in calls {
            let function: CompatVersion.Call.Function = call[0] == "min" ? .setMinCompatVersion : .setCompatVersion
            try compat.apply(CompatVersion.Call(function, parsing: call[1]))
        }
        return compat
    }

    @Test func agreesWithEveryGoldenCase() throws {
        let file = "golden/compat-version.json"
        let cases = try #require(Fixture.object(file)["cases"] as? [[String: Any]])
        var tally = Conformance(file)
        for row in cases {
            let running = try #require(row["running"] as? String)
            let calls = try #require(row["calls"] as? [[String]])
            let expected = try #require(row["expect"] as? String)
            let answer: String
            do {
                answer = try Self.simulate(running: running, calls: calls).current.description
            } catch is CompatVersionError {
                answer = "error"
            }
            tally.check(answer == expected, "\(running) \(calls) → \(answer), expected \(expected)")
        }
        #expect(tally.run == 9)
        tally.finish()
    }

    @Test(arguments: [
        (
            [["min", "3.8"], ["set", "3.7"]],
            "sys.set_python_compat_version((3, 7)) failed: 3.7.0 is older than the minimum compat version 3.8.0"
        ),
        (
            [["set", "3.7"], ["min", "3.8"]],
            "sys.set_python_min_compat_version((3, 8)) failed: the compat version 3.7.0 set earlier is older than "
                + "the requested minimum 3.8.0"
        ),
        ([["set", "2.7"]], "sys.set_python_compat_version((2, 7)) failed: the version must be (3, 0) or later"),
        (
            [["min", "2.7.18"]],
            "sys.set_python_min_compat_version((2, 7, 18)) failed: the version must be (3, 0) or later"
        ),
        (
            [["set", "3"]],
            "sys.set_python_compat_version((3,)) failed: a version is a tuple of 2 or 3 non-negative integers, "
                + "(major, minor) or (major, minor, micro)"
        ),
        (
            [["set", "3.8.1.2"]],
            "sys.set_python_compat_version((3, 8, 1, 2)) failed: a version is a tuple of 2 or 3 non-negative "
                + "integers, (major, minor) or (major, minor, micro)"
        ),
        (
            [["set", "3.10"]],
            "sys.set_python_compat_version((3, 10)) failed: 3.10.0 is newer than the running Python 3.9.0; "
                + "a compat version asks for the behaviour of an older Python"
        ),
        ([["set", "3.x"]], "invalid compat version '3.x': unexpected 'x' at column 3"),
    ])
    func explainsEveryRefusal(calls: [[String]], message: String) {
        #expect(throws: CompatVersionError.self) { try Self.simulate(running: "3.9.0", calls: calls) }
        do {
            _ = try Self.simulate(running: "3.9.0", calls: calls)
        } catch {
            #expect(String(describing: error) == message)
        }
    }

    @Test func keepsTheStateOfAFailedCall() throws {
        var compat = try CompatVersion(running: "3.9.0")
        try compat.setMinCompatVersion([3, 7])
        try compat.setCompatVersion([3, 8])
        #expect(
            throws: CompatVersionError.belowMinimum(
                CompatVersion.Call(.setCompatVersion, [3, 6]),
                minimum: VersionTriple(3, 7, 0)
            )
        ) {
            try compat.setCompatVersion([3, 6])
        }
        #expect(compat.current == VersionTriple(3, 8, 0))
        #expect(compat.minimum == VersionTriple(3, 7, 0))
        #expect(throws: CompatVersionError.self) { try compat.setMinCompatVersion([3, 9]) }
        #expect(compat.minimum == VersionTriple(3, 7, 0))
    }

    @Test func keepsTheHighestMinimum() throws {
        // PEP 606 does not say what a second minimum does; Cadence keeps the strictest.
        var compat = try CompatVersion(running: "3.9.0")
        try compat.setMinCompatVersion([3, 8])
        try compat.setMinCompatVersion([3, 6])
        #expect(compat.minimum == VersionTriple(3, 8, 0))
        #expect(throws: CompatVersionError.self) { try compat.setCompatVersion([3, 7]) }
        try compat.setCompatVersion([3, 8, 0])
        #expect(compat.current == VersionTriple(3, 8, 0))
    }

    @Test func defaultsToTheRunningVersionAndAcceptsTheBoundaries() throws {
        #expect(try CompatVersion(running: "3.9.0rc2").current == VersionTriple(3, 9, 0))
        var compat = try CompatVersion(running: "3.9.1")
        try compat.setMinCompatVersion([3, 9, 1])  // the running version itself
        try compat.setCompatVersion([3, 9, 1])
        #expect(compat.current == VersionTriple(3, 9, 1))
        var oldest = try CompatVersion(running: "3.9.1")
        try oldest.setCompatVersion([3, 0])  // (3, 0) is allowed
        #expect(oldest.current == VersionTriple(3, 0, 0))
        var fresh = try CompatVersion(running: "3.9.0")
        #expect(throws: CompatVersionError.self) { try fresh.setMinCompatVersion([3, 9, 1]) }
        #expect(throws: CompatVersionError.belowPython3(CompatVersion.Call(.setCompatVersion, [3, -1]))) {
            try fresh.setCompatVersion([3, -1])
        }
        #expect(throws: CompatVersionError.notAVersionTuple(CompatVersion.Call(.setCompatVersion, [4, -1]))) {
            try fresh.setCompatVersion([4, -1])
        }
        #expect(fresh == (try CompatVersion(running: "3.9.0")))
    }

    @Test func readsTheStartupOptionsAndVariables() throws {
        #expect(try CompatVersion.Call(xOption: "compat_version=3.8") == CompatVersion.Call(.setCompatVersion, [3, 8]))
        #expect(
            try CompatVersion.Call(xOption: "min_compat_version=3.7.2")
                == CompatVersion.Call(.setMinCompatVersion, [3, 7, 2])
        )
        #expect(
            try CompatVersion.Call(environmentVariable: "PYTHONCOMPATVERSION", value: "3.8")
                == CompatVersion.Call(.setCompatVersion, [3, 8])
        )
        #expect(
            try CompatVersion.Call(environmentVariable: "PYTHONCOMPATMINVERSION", value: "3.6")
                == CompatVersion.Call(.setMinCompatVersion, [3, 6])
        )
        #expect(throws: CompatVersionError.unknownSetting("-X compat=3.8")) {
            try CompatVersion.Call(xOption: "compat=3.8")
        }
        #expect(throws: CompatVersionError.unknownSetting("PYTHONCOMPAT")) {
            try CompatVersion.Call(environmentVariable: "PYTHONCOMPAT", value: "3.8")
        }
        #expect(throws: CompatVersionError.invalidVersion(input: "3.8a", column: 4, reason: "unexpected 'a'")) {
            try CompatVersion.Call(xOption: "compat_version=3.8a")
        }
        #expect(CompatVersion.Call(.setCompatVersion, [3, 8]).description == "sys.set_python_compat_version((3, 8))")
        #expect(
            String(describing: CompatVersionError.unknownSetting("FOO"))
                == "unknown compat version setting 'FOO': expected -X compat_version=VERSION, "
                + "-X min_compat_version=VERSION, PYTHONCOMPATVERSION or PYTHONCOMPATMINVERSION"
        )
        #expect(throws: CompatVersionError.self) { try CompatVersion(running: "3.9.0.dev1") }
    }

    @Test func outcomeDoesNotDependOnTheOrderOfCalls() throws {
        // Fails iff the lowest compat version requested is below the highest minimum (or a rule on
        // a single version fails); otherwise the compat version is the lowest request.
        var generator = SeededGenerator(seed: 606)
        let running = VersionTriple(3, 9, 0)
        for _ in 0..<3_000 {
            let calls = (0..<Int.random(in: 0...5, using: &generator)).map { _ in
                CompatVersion.Call(
                    Bool.random(using: &generator) ? .setCompatVersion : .setMinCompatVersion,
                    [3, Int.random(in: 5...9, using: &generator), Int.random(in: 0...2, using: &generator)]
                )
            }
            let sets = calls.filter { $0.function == .setCompatVersion }.compactMap {
                VersionTriple(numbers: $0.version)
            }
            let minimums = calls.filter { $0.function == .setMinCompatVersion }
                .compactMap { VersionTriple(numbers: $0.version) }
            let tooNew = (sets + minimums).contains { $0 > running }
            let conflict = sets.min().map { low in minimums.max().map { low < $0 } ?? false } ?? false
            var forward = CompatVersion(running: running)
            var backward = CompatVersion(running: running)
            let forwardFailed = (try? forward.apply(calls)) == nil
            let backwardFailed = (try? backward.apply(calls.reversed())) == nil
            #expect(forwardFailed == (tooNew || conflict), "\(calls)")
            #expect(backwardFailed == forwardFailed, "\(calls)")
            if !forwardFailed {
                #expect(forward.current == (sets.min() ?? running))
                #expect(forward == backward)
            }
        }
    }
}
