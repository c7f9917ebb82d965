import CadenceTestSupport
import Testing

@testable import CadencePackaging

/// PEP 605's stable ABI aliases, `Py_LIMITED_API_3_N = 0x030N0000`, both ways.
@Suite struct StableABITests {
    @Test func agreesWithEveryGoldenAlias() throws {
        let file = "abi-tags.json"
        var tally = Conformance("\(file)#stable_abi_aliases")
        let aliases = try Fixture.object(file)["stable_abi_aliases"] as? [String: Any] ?? [:]
        for case let row as [String] in aliases["cases"] as? [Any] ?? [] where row.count == 2 {
            let byName = try? StableABI(name: row[0])
            let byValue = try? StableABI(hexValue: byName?.hexValue ?? 0)
            let byVersion = try? StableABI(Version("3.\(byName?.minor ?? -1)"))
            tally.check(
                byName?.hexText == row[1] && byValue?.name == row[0] && byVersion?.hexText == row[1],
                "\(row[0]): \(byName?.hexText ?? "error") != \(row[1])"
            )
        }
        tally.finish()
    }

    @Test func writesTheMinorVersionInHex() throws {
        #expect(try StableABI(Version("3.10")).hexText == "0x030A0000")
        #expect(try StableABI(Version("3.10")).name == "Py_LIMITED_API_3_10")
        #expect(try StableABI(name: "Py_LIMITED_API_3_255").hexValue == 0x03FF_0000)
        #expect(try StableABI.hexText(forName: "Py_LIMITED_API_3_2") == "0x03020000")
        #expect(try StableABI(hexValue: 0x030C_0000).name == "Py_LIMITED_API_3_12")
    }

    @Test func roundTripsEveryMinorVersion() throws {
        for minor in StableABI.minorVersions {
            let abi = try StableABI(minor: minor)
            #expect(try StableABI(name: abi.name) == abi)
            #expect(try StableABI(hexValue: abi.hexValue) == abi)
            #expect(try StableABI(Version("3.\(minor)")) == abi)
            #expect(abi.hexValue == 0x0300_0000 + UInt32(minor) * 0x1_0000)
        }
        #expect(try StableABI(minor: 8) < StableABI(minor: 9))
    }

    @Test(arguments: [
        (
            "Py_LIMITED_API_3_256",
            "invalid stable ABI name 'Py_LIMITED_API_3_256': minor version 256 is out of range 2...255 at column 18"
        ),
        (
            "Py_LIMITED_API_3_1",
            "invalid stable ABI name 'Py_LIMITED_API_3_1': minor version 1 is out of range 2...255 at column 18"
        ),
        (
            "Py_LIMITED_API_3_09",
            "invalid stable ABI name 'Py_LIMITED_API_3_09': the minor version has a leading zero at column 18"
        ),
        (
            "Py_LIMITED_API_3_9x",
            "invalid stable ABI name 'Py_LIMITED_API_3_9x': expected a decimal minor version, found 'x' at column 19"
        ),
        ("Py_LIMITED_API_3_", "invalid stable ABI name 'Py_LIMITED_API_3_': expected the minor version N at column 18"),
        (
            "Py_LIMITED_API_4_0",
            "invalid stable ABI name 'Py_LIMITED_API_4_0': only Python 3 has stable ABI aliases (expected Py_LIMITED_API_3_N) at column 16"
        ),
        (
            "py_limited_api_3_9",
            "invalid stable ABI name 'py_limited_api_3_9': expected Py_LIMITED_API_3_N, such as Py_LIMITED_API_3_9 at column 1"
        ),
        (
            "Py_LIMITED_API",
            "invalid stable ABI name 'Py_LIMITED_API': expected Py_LIMITED_API_3_N, such as Py_LIMITED_API_3_9 at column 15"
        ),
        (
            "Py_LIMITED_API_3_99999999999999999999",
            "invalid stable ABI name 'Py_LIMITED_API_3_99999999999999999999': minor version 99999999999999999999 is out of range 2...255 at column 18"
        ),
    ])
    func explainsWhyANameIsNotAnAlias(name: String, message: String) {
        let error = #expect(throws: ABIError.self) { try StableABI(name: name) }
        #expect(error?.description == message)
    }

    @Test(arguments: [
        ("3", "invalid stable ABI version '3': expected a version 3.N, such as 3.9"),
        ("3.9.1", "invalid stable ABI version '3.9.1': expected a version 3.N, such as 3.9"),
        ("3.9b1", "invalid stable ABI version '3.9b1': expected a version 3.N, such as 3.9"),
        ("2.7", "invalid stable ABI version '2.7': only Python 3 has stable ABI aliases"),
        ("3.256", "invalid stable ABI version '3.256': minor version 256 is out of range 2...255"),
    ])
    func explainsWhyAVersionHasNoAlias(text: String, message: String) throws {
        let version = try Version(text)
        let error = #expect(throws: ABIError.self) { try StableABI(version) }
        #expect(error?.description == message)
    }

    @Test func rejectsHexValuesThatAreNotMinorVersionBoundaries() {
        #expect(throws: ABIError.self) { try StableABI(hexValue: 0x0309_00F0) }
        #expect(throws: ABIError.self) { try StableABI(hexValue: 0x0409_0000) }
        let error = #expect(throws: ABIError.self) { try StableABI(hexValue: 0x0301_0000) }
        #expect(
            error?.description == "invalid stable ABI version '0x03010000': minor version 1 is out of range 2...255"
        )
    }
}
