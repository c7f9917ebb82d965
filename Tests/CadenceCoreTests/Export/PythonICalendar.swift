import Foundation

/// Runs Python's `icalendar` library, a real calendar parser, on the files the tests write.
///
/// The interpreter is `$CADENCE_PYTHON` (`.ci/run` points it at the virtual environment where it
/// installs `icalendar`), or `python3` from `PATH`.
enum PythonICalendar {
    /// The environment of the test process.
    static let environment = ProcessInfo.processInfo.environment

    /// The Python interpreter to run.
    static var python: String {
        let configured = environment["CADENCE_PYTHON"] ?? ""
        return configured.isEmpty ? "python3" : configured
    }

    /// Whether the tests run in CI, where `icalendar` must be there.
    static var isCI: Bool { environment["CI"] == "true" }

    /// Whether ``python`` can import `icalendar`; found out once.
    static let isAvailable: Bool = (try? run(["-c", "import icalendar"]).status) == 0

    /// Whether the interop test runs: always in CI (it fails there if the library is missing), elsewhere
    /// only when the library can be imported.
    static var shouldTest: Bool { isCI || isAvailable }

    /// Why the interop test is skipped on this machine.
    static var skipReason: String {
        "Python's icalendar is not importable by '\(python)': pip install icalendar, or set CADENCE_PYTHON "
            + "to an interpreter that has it (CI=true turns this skip into a failure)"
    }

    /// What ``python`` printed and how it exited.
    struct Output {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    /// Runs ``python`` with `arguments`, output captured in temporary files (no pipe can fill up).
    static func run(_ arguments: [String]) throws -> Output {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("cadence-python-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outURL = folder.appendingPathComponent("stdout")
        let errURL = folder.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        defer {
            try? out.close()
            try? err.close()
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [python] + arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus,
            standardOutput: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            standardError: String(decoding: try Data(contentsOf: errURL), as: UTF8.self)
        )
    }

    /// Parses the calendar file at `path` with `icalendar` and reports its events as JSON:
    /// `{"events": n, "summaries": [...], "descriptions": [...], "uids": [...], "starts": ["YYYY-MM-DD", ...]}`.
    static let reportScript = """
        import json, sys
        import icalendar
        with open(sys.argv[1], "rb") as file:
            calendar = icalendar.Calendar.from_ical(file.read())
        events = calendar.walk("VEVENT")
        print(json.dumps({
            "events": len(events),
            "summaries": [str(event.get("SUMMARY")) for event in events],
            "descriptions": [str(event.get("DESCRIPTION")) for event in events],
            "uids": [str(event.get("UID")) for event in events],
            "starts": [event.decoded("DTSTART").isoformat() for event in events],
        }))
        """
}
