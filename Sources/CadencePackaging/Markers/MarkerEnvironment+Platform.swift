extension MarkerEnvironment {
    /// The platform half of an environment, from the four `uname` fields the caller read from the host.
    ///
    /// Fills `os_name`, `sys_platform`, `platform_system`, `platform_release`, `platform_version` and
    /// `platform_machine` the way CPython derives them, so a command-line tool can describe its host
    /// without CadenceCore doing any I/O; ``python(_:base:)`` then adds the Python half:
    ///
    /// ```swift
    /// let host = MarkerEnvironment.platform(
    ///     system: "Linux", release: "6.5.0-1-amd64", version: "#1 SMP PREEMPT_DYNAMIC Debian 6.5.3-1", machine: "x86_64")
    /// let environment = MarkerEnvironment.python(try Version("3.11.7"), base: host)  // all eleven keys
    /// ```
    ///
    /// `sys_platform` is `linux`, `darwin`, `win32`, `cygwin` or `aix` for those systems and otherwise,
    /// as Python documents, the lower-cased system name with the release's first number (`freebsd14`).
    /// - Parameters:
    ///   - system: `uname -s` (`Linux`, `Darwin`, `FreeBSD`), or `Windows`.
    ///   - release: `uname -r`.
    ///   - version: `uname -v`.
    ///   - machine: `uname -m` (`x86_64`, `arm64`).
    /// - Returns: An environment holding the six platform keys.
    public static func platform(system: String, release: String, version: String, machine: String) -> MarkerEnvironment
    {
        let lowered = system.lowercased()
        let sysPlatform: String
        if lowered == "linux" || lowered == "darwin" || lowered == "aix" {
            sysPlatform = lowered
        } else if lowered == "windows" {
            sysPlatform = "win32"
        } else if lowered.hasPrefix("cygwin") {
            sysPlatform = "cygwin"
        } else {
            sysPlatform = lowered + String(release.prefix { $0.isASCII && $0.isNumber })
        }
        var environment = MarkerEnvironment()
        environment[.osName] = lowered == "windows" ? "nt" : "posix"
        environment[.sysPlatform] = sysPlatform
        environment[.platformSystem] = system
        environment[.platformRelease] = release
        environment[.platformVersion] = version
        environment[.platformMachine] = machine
        return environment
    }
}
