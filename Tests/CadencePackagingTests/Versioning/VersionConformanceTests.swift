import CadenceTestSupport
import Testing

@testable import CadencePackaging

/// Cadence's versions against the packaging 26.2 vectors in `Fixtures/packaging/`.
@Suite struct VersionConformanceTests {
    @Test func parsesEveryValidVersion() throws {
        let file = "packaging/versions_valid.json"
        var tally = Conformance(file)
        for case let input as String in try Fixture.array(file) {
            var message = ""
            do { _ = try Version(input) } catch { message = "\(error)" }
            tally.check(message.isEmpty, "\(input.debugDescription) rejected: \(message)")
        }
        tally.finish()
    }

    @Test func rejectsEveryInvalidVersion() throws {
        let file = "packaging/versions_invalid.json"
        var tally = Conformance(file)
        for case let input as String in try Fixture.array(file) {
            let parsed = try? Version(input)
            tally.check(
                parsed == nil,
                "\(input.debugDescription) accepted as \(parsed.map(String.init(describing:)) ?? "")"
            )
        }
        tally.finish()
    }

    @Test func normalisesLikePackaging() throws {
        let file = "packaging/version_normalised.json"
        var tally = Conformance(file)
        for (input, expected) in try Fixture.object(file) {
            let actual = (try? Version(input))?.description
            tally.check(actual == expected as? String, "\(input.debugDescription): \(actual ?? "error") != \(expected)")
        }
        tally.finish()
    }

    @Test func exposesTheSameComponents() throws {
        let file = "packaging/versions_components.json"
        var tally = Conformance(file)
        for case let row as [String: Any] in try Fixture.array(file) {
            let input = row["input"] as? String ?? ""
            guard let version = try? Version(input) else {
                tally.check(false, "\(input.debugDescription) rejected")
                continue
            }
            let pre = (row["pre"] as? [Any]).map { "\($0[0])\($0[1])" }
            let checks: [(String, Bool)] = [
                ("normalized", version.description == row["normalized"] as? String),
                ("epoch", version.epoch == row["epoch"] as? Int),
                ("release", version.release == row["release"] as? [Int]),
                ("pre", version.pre?.description == pre),
                ("post", version.post == row["post"] as? Int),
                ("dev", version.dev == row["dev"] as? Int),
                ("local", version.localLabel == row["local"] as? String),
                ("public", version.publicVersion.description == row["public"] as? String),
                ("base_version", version.baseVersion.description == row["base_version"] as? String),
                ("is_prerelease", version.isPrerelease == row["is_prerelease"] as? Bool),
                ("is_postrelease", version.isPostrelease == row["is_postrelease"] as? Bool),
                ("is_devrelease", version.isDevrelease == row["is_devrelease"] as? Bool),
                ("major", version.major == row["major"] as? Int),
                ("minor", version.minor == row["minor"] as? Int),
                ("micro", version.micro == row["micro"] as? Int),
            ]
            let wrong = checks.filter { !$0.1 }.map(\.0)
            tally.check(wrong.isEmpty, "\(input.debugDescription): wrong \(wrong.joined(separator: ", "))")
        }
        tally.finish()
    }

    /// The test-suite's VERSIONS list is strictly ascending: for i < j every operator must agree.
    @Test func ordersTheReferenceListStrictly() throws {
        let file = "packaging/version_ordering.json"
        var tally = Conformance(file)
        let versions = try Fixture.array(file).compactMap { $0 as? String }.map { try Version($0) }
        for i in versions.indices {
            for j in versions.indices {
                let (a, b) = (versions[i], versions[j])
                let expectedOrder = i < j ? -1 : (i == j ? 0 : 1)
                let ok =
                    Version.compare(a, b) == expectedOrder && (a < b) == (i < j) && (a <= b) == (i <= j)
                    && (a == b) == (i == j) && (a != b) == (i != j) && (a >= b) == (i >= j) && (a > b) == (i > j)
                tally.check(ok, "\(a) vs \(b): expected \(expectedOrder)")
            }
        }
        tally.finish()
    }

    /// Every valid string sorted into equality classes: equal inside a class, ascending across classes.
    @Test func ordersEveryValidVersionIntoEqualityClasses() throws {
        let file = "packaging/version_ordering_extended.json"
        var tally = Conformance(file)
        let classes = try Fixture.array(file).map { try ($0 as? [String] ?? []).map { try Version($0) } }
        var previous: Version?
        for members in classes {
            guard let first = members.first else { continue }
            for member in members {
                tally.check(
                    member == first && member.hashValue == first.hashValue && previous.map { $0 < member } ?? true,
                    "\(member) misplaced (class of \(first), after \(previous.map(String.init(describing:)) ?? "-"))"
                )
            }
            previous = first
        }
        tally.finish()
    }
}
