import CadenceTestSupport
import Testing

@testable import CadencePackaging

/// Cadence's names, canonical versions and file names against every section of the packaging 26.2
/// vectors in `Fixtures/packaging/utils_vectors.json`.
@Suite struct UtilsConformanceTests {
    static let file = "packaging/utils_vectors.json"

    /// The rows of one section of the vectors file.
    static func rows(_ section: String) throws -> [Any] {
        guard let rows = try Fixture.object(file)[section] as? [Any] else {
            throw FixtureError.shape("\(file)#\(section)", "an array")
        }
        return rows
    }

    /// The `[input, expected]` string pairs of a section.
    static func pairs(_ section: String) throws -> [(String, String)] {
        try rows(section).compactMap { row in
            guard let pair = row as? [String], pair.count == 2 else { return nil }
            return (pair[0], pair[1])
        }
    }

    @Test func canonicalizesNames() throws {
        var tally = Conformance("\(Self.file)#canonicalize_name")
        for (input, expected) in try Self.pairs("canonicalize_name") {
            let plain = ProjectName.canonicalize(input)
            let validated = (try? ProjectName(input))?.normalized
            tally.check(
                plain == expected && validated == expected,
                "\(input.debugDescription): \(plain) != \(expected)"
            )
        }
        tally.finish()
    }

    @Test func rejectsInvalidNamesWhenValidating() throws {
        var tally = Conformance("\(Self.file)#canonicalize_name_validate_invalid")
        for case let input as String in try Self.rows("canonicalize_name_validate_invalid") {
            let parsed = try? ProjectName(input)
            tally.check(parsed == nil && !ProjectName.isValid(input), "\(input.debugDescription) accepted")
        }
        tally.finish()
    }

    @Test func recognisesNormalizedNames() throws {
        var tally = Conformance("\(Self.file)#is_normalized_name")
        for case let row as [Any] in try Self.rows("is_normalized_name") {
            let input = row.first as? String ?? ""
            let expected = row.last as? Bool
            let actual = ProjectName.isNormalized(input)
            tally.check(actual == expected, "\(input.debugDescription): \(actual)")
        }
        tally.finish()
    }

    @Test func canonicalizesVersions() throws {
        var tally = Conformance("\(Self.file)#canonicalize_version")
        for (input, expected) in try Self.pairs("canonicalize_version") {
            let actual = Version.canonicalize(input)
            tally.check(actual == expected, "\(input.debugDescription): \(actual) != \(expected)")
        }
        tally.finish()
    }

    @Test func canonicalizesVersionsKeepingTrailingZeros() throws {
        var tally = Conformance("\(Self.file)#canonicalize_version_no_strip")
        for (input, expected) in try Self.pairs("canonicalize_version_no_strip") {
            let actual = Version.canonicalize(input, strippingTrailingZeros: false)
            tally.check(actual == expected, "\(input.debugDescription): \(actual) != \(expected)")
        }
        tally.finish()
    }

    @Test func parsesWheelFilenames() throws {
        var tally = Conformance("\(Self.file)#parse_wheel_filename")
        for case let row as [String: Any] in try Self.rows("parse_wheel_filename") {
            let filename = row["filename"] as? String ?? ""
            guard let wheel = try? WheelFilename(filename) else {
                tally.check(false, "\(filename.debugDescription) rejected")
                continue
            }
            let build = row["build"] as? [Any] ?? []
            let expectedBuild =
                build.count == 2
                ? (build[0] as? Int).map { WheelFilename.BuildTag(number: $0, suffix: build[1] as? String ?? "") } : nil
            let checks: [(String, Bool)] = [
                ("name", wheel.name == row["name"] as? String),
                ("version", wheel.version.description == row["version"] as? String),
                ("build", wheel.build == expectedBuild),
                ("tags", wheel.tags.map(\.description).sorted() == (row["tags"] as? [String] ?? []).sorted()),
            ]
            let wrong = checks.filter { !$0.1 }.map(\.0)
            tally.check(wrong.isEmpty, "\(filename.debugDescription): wrong \(wrong.joined(separator: ", "))")
        }
        tally.finish()
    }

    @Test func rejectsInvalidWheelFilenames() throws {
        var tally = Conformance("\(Self.file)#parse_wheel_filename_invalid")
        for case let filename as String in try Self.rows("parse_wheel_filename_invalid") {
            let parsed = try? WheelFilename(filename)
            tally.check(parsed == nil, "\(filename.debugDescription) accepted")
        }
        tally.finish()
    }

    @Test func parsesSdistFilenames() throws {
        var tally = Conformance("\(Self.file)#parse_sdist_filename")
        for case let row as [String] in try Self.rows("parse_sdist_filename") where row.count == 3 {
            let sdist = try? SdistFilename(row[0])
            tally.check(
                sdist?.name == row[1] && sdist?.version.description == row[2],
                "\(row[0].debugDescription): \(sdist.map { "\($0.name) \($0.version)" } ?? "rejected")"
            )
        }
        tally.finish()
    }

    @Test func rejectsInvalidSdistFilenames() throws {
        var tally = Conformance("\(Self.file)#parse_sdist_filename_invalid")
        for case let filename as String in try Self.rows("parse_sdist_filename_invalid") {
            let parsed = try? SdistFilename(filename)
            tally.check(parsed == nil, "\(filename.debugDescription) accepted")
        }
        tally.finish()
    }
}
