import CadenceCore
import CadencePackaging
import Foundation

/// The running machine's PEP 508 marker environment, read at the edge (CadenceCore does no I/O).
enum HostEnvironment {
    /// The platform variables from `uname`, then the Python variables of the `python3` on `PATH` when there
    /// is one (they stay unset otherwise, so a marker that needs them says which one is missing).
    static func environment() -> MarkerEnvironment {
        var name = utsname()
        var environment: MarkerEnvironment
        if uname(&name) == 0 {
            environment = MarkerEnvironment.platform(
                system: field(&name.sysname),
                release: field(&name.release),
                version: field(&name.version),
                machine: field(&name.machine)
            )
        } else {
            environment = MarkerEnvironment()
        }
        environment.values["extra"] = ""
        if let python = hostPython(), let version = try? Version(python.version) {
            environment.values["implementation_name"] = python.implementation
            environment = MarkerEnvironment.python(version, base: environment)
        }
        return environment
    }

    private static func field<T>(_ tuple: inout T) -> String {
        withUnsafeBytes(of: &tuple) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
    }

    /// Asks `python3` for its version and implementation; `nil` when there is no Python here.
    private static func hostPython() -> (version: String, implementation: String)? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-c", "import platform, sys; print(platform.python_version()); print(sys.implementation.name)",
        ]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        guard lines.count >= 2 else { return nil }
        return (lines[0], lines[1])
    }
}
