import CadenceCore
import Foundation

/// CPython's release data as the product ships it (`Sources/CadenceData/python-releases.toml`, a copy
/// of `shared/data/python-releases.toml`), read from the repository so core tests need no resources.
enum CPythonData {
    /// The file's contents.
    static func text() throws -> String {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // Support
            .deletingLastPathComponent()  // CadenceCoreTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // repository
            .appendingPathComponent("Sources/CadenceData/python-releases.toml")
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// The parsed history.
    static func history() throws -> ReleaseHistory {
        try ReleaseHistory(toml: text(), file: "python-releases.toml")
    }
}

extension CalendarDate {
    /// A date written in a test, such as `CalendarDate.day("2026-11-22")`; invalid text fails the test.
    static func day(_ text: String) throws -> CalendarDate { try CalendarDate(text) }
}
