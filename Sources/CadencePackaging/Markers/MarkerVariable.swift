/// A variable that a PEP 508 environment marker can name, such as `python_version`.
///
/// The raw value is the canonical spelling, the one `Marker.description` prints. The parser
/// also accepts the legacy spellings `os.name`, `sys.platform`, `platform.version`,
/// `platform.machine`, `platform.python_implementation` and `python_implementation`, and the
/// PEP 605 spelling `full_python_version` for ``pythonFullVersion``.
public enum MarkerVariable: String, Sendable, Hashable, CaseIterable {
    /// `implementation_name`, e.g. `cpython` (`sys.implementation.name`).
    case implementationName = "implementation_name"
    /// `implementation_version`, e.g. `3.9.0a5` or `7.3.13` for PyPy; compared as a version.
    case implementationVersion = "implementation_version"
    /// `os_name`, e.g. `posix` or `nt` (`os.name`).
    case osName = "os_name"
    /// `platform_machine`, e.g. `x86_64` or `arm64` (`platform.machine()`).
    case platformMachine = "platform_machine"
    /// `platform_release`, e.g. `6.5.0-1-amd64` (`platform.release()`); compared as a version when it is one.
    case platformRelease = "platform_release"
    /// `platform_system`, e.g. `Linux`, `Darwin` or `Windows` (`platform.system()`).
    case platformSystem = "platform_system"
    /// `platform_version`, the kernel's build string (`platform.version()`).
    case platformVersion = "platform_version"
    /// `python_full_version`, e.g. `3.9.0a5` (`platform.python_version()`); compared as a version.
    case pythonFullVersion = "python_full_version"
    /// `platform_python_implementation`, e.g. `CPython` or `PyPy`.
    case platformPythonImplementation = "platform_python_implementation"
    /// `python_version`, the `X.Y` of the running Python, e.g. `3.9`; compared as a version.
    case pythonVersion = "python_version"
    /// `sys_platform`, e.g. `linux`, `darwin` or `win32` (`sys.platform`).
    case sysPlatform = "sys_platform"
    /// `extra`, the optional feature a requirement was pulled in for; compared after name normalisation.
    case extra
    /// `extras`, the set of extras requested (lock files, PEP 751); only `"name" in extras` is meaningful.
    case extras
    /// `dependency_groups`, the set of dependency groups requested (lock files, PEP 735).
    case dependencyGroups = "dependency_groups"

    /// The eleven keys of a PEP 508 environment, in the order `packaging.markers.default_environment()` lists them.
    ///
    /// A complete ``MarkerEnvironment`` defines each of these; `extra`, `extras` and `dependency_groups`
    /// come from the evaluation context instead.
    public static let environmentKeys: [MarkerVariable] = [
        .implementationName, .implementationVersion, .osName, .platformMachine, .platformRelease,
        .platformSystem, .platformVersion, .pythonFullVersion, .platformPythonImplementation,
        .pythonVersion, .sysPlatform,
    ]

    /// Whether comparisons on this variable try PEP 440 version semantics first.
    var isVersion: Bool {
        switch self {
        case .implementationVersion, .platformRelease, .pythonFullVersion, .pythonVersion: true
        default: false
        }
    }

    /// Whether this variable holds a set of names rather than a string.
    var isSet: Bool { self == .extras || self == .dependencyGroups }
}
