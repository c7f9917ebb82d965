import Testing

/// `cadence compat`: PEP 606's golden cases through the command line, the order of interleaved
/// options, JSON, and the difference between a rule error (exit 1) and bad usage (exit 64).
@Suite struct CompatCommandTests {
    @Test(arguments: [
        ([String](), "3.9.0"),
        (["--set", "3.8"], "3.8.0"),
        (["--set", "3.8", "--set", "3.7.2"], "3.7.2"),
        (["--set", "3.7", "--set", "3.8"], "3.7.0"),
        (["--min", "3.7", "--set", "3.8"], "3.8.0"),
        (["--set", "3.8", "--set", "3.7.2", "--min", "3.7"], "3.7.2"),
        (["--call", "set=3.8", "--call", "min_compat_version=3.7"], "3.8.0"),
    ])
    func printsTheCompatVersion(calls: [String], expected: String) throws {
        let result = try CommandRunner.run(["compat", "--running", "3.9.0"] + calls)
        #expect(result.lines == [expected])
        #expect(result.status == 0)
    }

    @Test(arguments: [
        (["--min", "3.8", "--set", "3.7"], "--set 3.7 (call 2): sys.set_python_compat_version((3, 7)) failed"),
        (["--set", "3.7", "--min", "3.8"], "--min 3.8 (call 2): sys.set_python_min_compat_version((3, 8)) failed"),
        (["--set=3.7", "--min=3.8"], "--min 3.8 (call 2): sys.set_python_min_compat_version((3, 8)) failed"),
        (["--call", "min=3.8", "--set", "3.7"], "--set 3.7 (call 2)"),
        (["--set", "2.7"], "--set 2.7 (call 1): sys.set_python_compat_version((2, 7)) failed: the version must be"),
        (["--set", "3"], "--set 3 (call 1): sys.set_python_compat_version((3,)) failed"),
    ])
    func reportsTheFailingCallInCommandLineOrder(calls: [String], message: String) throws {
        let result = try CommandRunner.run(["compat", "--running", "3.9.0"] + calls)
        #expect(result.status == 1)
        #expect(result.standardError.hasPrefix(message))
        #expect(result.standardOutput.isEmpty)
    }

    @Test func keepsInterleavedOptionsInOrder() throws {
        // --set 3.8 → 3.8; --min 3.8 is fine; --set 3.7 then fails as call 3 (not call 2, as it would if
        // all --set came before all --min).
        let result = try CommandRunner.run([
            "compat", "--running", "3.9.0", "--set", "3.8", "--min", "3.8", "--set", "3.7",
        ])
        #expect(result.status == 1)
        #expect(result.standardError.hasPrefix("--set 3.7 (call 3): "))
    }

    @Test func describesTheOutcomeInJSON() throws {
        let ok = try CommandRunner.run([
            "compat", "--running", "3.9.0", "--min", "3.7", "--set", "3.8", "--format", "json",
        ])
        #expect(
            ok.lines == [
                #"{"running":"3.9.0","calls":["sys.set_python_min_compat_version((3, 7))","#
                    + #""sys.set_python_compat_version((3, 8))"],"compatVersion":"3.8.0","minCompatVersion":"3.7.0"}"#
            ]
        )
        let failed = try CommandRunner.run([
            "compat", "--running", "3.9.0", "--min", "3.8", "--set", "3.7", "--format", "json",
        ])
        #expect(failed.status == 1)
        #expect(failed.lines.count == 1)
        #expect(failed.standardOutput.contains(#""error":"--set 3.7 (call 2): sys.set_python_compat_version((3, 7))"#))
        #expect(failed.standardOutput.contains(#""failedCall":2"#))
    }

    @Test(arguments: [
        (["--set", "3.x"], "--set 3.x: invalid compat version '3.x': unexpected 'x' at column 3"),
        (["--call", "max=3.8"], "--call max=3.8: invalid call 'max=3.8'"),
        (["--running", "three"], "--running: invalid running version 'three'"),
    ])
    func namesTheBadArgumentWithExitCode64(arguments: [String], message: String) throws {
        let running = arguments.contains("--running") ? [] : ["--running", "3.9.0"]
        let result = try CommandRunner.run(["compat"] + running + arguments)
        #expect(result.status == 64)
        #expect(result.standardError.contains(message))
        #expect(result.standardError.contains("Usage: cadence compat"))
    }

    @Test func showsExamplesInHelp() throws {
        let help = try CommandRunner.run(["compat", "--help"])
        #expect(help.status == 0)
        #expect(help.standardOutput.contains("cadence compat --running 3.9.0 --set 3.8 --set 3.7.2 --min 3.7"))
    }
}
