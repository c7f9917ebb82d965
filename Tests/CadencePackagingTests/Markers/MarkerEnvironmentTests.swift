import Testing

@testable import CadencePackaging

/// Building environments without touching the host.
@Suite struct MarkerEnvironmentTests {
    @Test func listsTheElevenPEP508Keys() {
        #expect(
            MarkerVariable.environmentKeys.map(\.rawValue) == [
                "implementation_name", "implementation_version", "os_name", "platform_machine", "platform_release",
                "platform_system", "platform_version", "python_full_version", "platform_python_implementation",
                "python_version", "sys_platform",
            ]
        )
        #expect(MarkerEnvironment().missingKeys == MarkerVariable.environmentKeys)
        #expect(MarkerTests.linux.missingKeys.isEmpty)
    }

    @Test(arguments: [
        ("3.9.0a5", "3.9", "3.9.0a5", "3.9.0a5"),
        ("3.9.0b6", "3.9", "3.9.0b6", "3.9.0b6"),
        ("3.9.0rc1", "3.9", "3.9.0rc1", "3.9.0c1"),
        ("3.12", "3.12", "3.12.0", "3.12.0"),
        ("3.11.7", "3.11", "3.11.7", "3.11.7"),
    ])
    func fillsThePythonVersionsAsCPythonReportsThem(
        version: String,
        pythonVersion: String,
        fullVersion: String,
        implementationVersion: String
    ) throws {
        let environment = MarkerEnvironment.python(try Version(version), base: MarkerTests.linux)
        #expect(environment[.pythonVersion] == pythonVersion)
        #expect(environment[.pythonFullVersion] == fullVersion)
        #expect(environment[.implementationVersion] == implementationVersion)
        #expect(environment[.sysPlatform] == "linux")
    }

    @Test func keepsAnotherImplementationsVersion() throws {
        var pypy = MarkerTests.linux
        pypy[.implementationName] = "pypy"
        pypy[.implementationVersion] = "7.3.13"
        let environment = MarkerEnvironment.python(try Version("3.10.13"), base: pypy)
        #expect(environment[.implementationVersion] == "7.3.13")
        #expect(environment[.pythonFullVersion] == "3.10.13")
    }

    @Test func tellsAnUnsetSetFromAnEmptyOne() throws {
        var environment = MarkerEnvironment()
        #expect(!environment.definesExtras && environment.extras.isEmpty)
        environment.extras = []
        #expect(environment.definesExtras)
        #expect(try !Marker("'a' in extras").evaluate(environment))
        #expect(MarkerEnvironment(dependencyGroups: ["dev"]).definesDependencyGroups)
    }

    @Test(arguments: [
        ("Linux", "6.5.0-1-amd64", "linux", "posix"),
        ("Darwin", "23.1.0", "darwin", "posix"),
        ("Windows", "10", "win32", "nt"),
        ("FreeBSD", "14.0-RELEASE", "freebsd14", "posix"),
        ("SunOS", "5.11", "sunos5", "posix"),
    ])
    func describesAHostFromItsUnameFields(system: String, release: String, sysPlatform: String, osName: String) throws {
        let host = MarkerEnvironment.platform(system: system, release: release, version: "#1", machine: "x86_64")
        #expect(host[.sysPlatform] == sysPlatform)
        #expect(host[.osName] == osName)
        #expect(host[.platformSystem] == system)
        let complete = MarkerEnvironment.python(try Version("3.11.7"), base: host)
        #expect(complete.missingKeys.isEmpty)
        #expect(complete[.implementationName] == "cpython")
        #expect(complete[.platformPythonImplementation] == "CPython")
    }
}
