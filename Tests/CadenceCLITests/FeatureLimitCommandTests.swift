import Testing

/// `cadence feature-limit`: PEP 598's table through the command line, JSON, and usage errors.
@Suite struct FeatureLimitCommandTests {
    @Test(arguments: [
        ("3", "3.9.0"), ("3.8.1", "3.9.0"), ("3.9", "3.9.0"), ("3.9.2", "3.9.2"), ("3.9.3", "3.9.3"),
        ("3.9.4", "3.9.3"), ("4", "3.9.3"),
    ])
    func printsTheEffectiveLimit(requested: String, limit: String) throws {
        let result = try CommandRunner.run(["feature-limit", "--running", "3.9.3", "--limit", requested])
        #expect(result.lines == [limit])
        #expect(result.status == 0)
    }

    @Test func defaultsToTheRunningVersion() throws {
        let result = try CommandRunner.run(["feature-limit", "--running", "3.9.3"])
        #expect(result.lines == ["3.9.3"])
        #expect(result.standardError.isEmpty)
    }

    @Test func describesTheAnswerInJSON() throws {
        let clamped = try CommandRunner.run([
            "feature-limit", "--running", "3.9.3", "--limit", "3.8.1", "--format", "json",
        ])
        #expect(clamped.lines == [#"{"running":"3.9.3","requested":"3.8.1","limit":"3.9.0","clamped":true}"#])
        let unset = try CommandRunner.run(["feature-limit", "--running", "3.9.3", "--format", "json"])
        #expect(unset.lines == [#"{"running":"3.9.3","requested":null,"limit":"3.9.3","clamped":false}"#])
    }

    @Test func namesTheBadArgumentWithExitCode64() throws {
        let badLimit = try CommandRunner.run(["feature-limit", "--running", "3.9.3", "--limit", "3.9.x"])
        #expect(badLimit.status == 64)
        #expect(badLimit.standardError.contains("--limit: invalid feature limit '3.9.x': unexpected 'x' at column 5"))
        #expect(badLimit.standardError.contains("Usage: cadence feature-limit"))
        #expect(badLimit.standardOutput.isEmpty)
        let badRunning = try CommandRunner.run(["feature-limit", "--running", "3.9.3.post1"])
        #expect(badRunning.status == 64)
        #expect(badRunning.standardError.contains("--running: invalid running version '3.9.3.post1'"))
        let missing = try CommandRunner.run(["feature-limit", "--limit", "3.9"])
        #expect(missing.status == 64)
        #expect(missing.standardError.contains("--running"))
    }

    @Test func showsExamplesInHelp() throws {
        let help = try CommandRunner.run(["feature-limit", "--help"])
        #expect(help.status == 0)
        #expect(help.standardOutput.contains("cadence feature-limit --running 3.9.3 --limit 3.8.1"))
    }
}
