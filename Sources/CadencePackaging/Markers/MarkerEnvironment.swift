/// The values a marker is evaluated against: `python_version`, `sys_platform`, the requested extras, ...
///
/// Cadence never reads the running machine here (CadenceCore does no I/O). A caller that wants the
/// host's environment fills the eleven ``MarkerVariable/environmentKeys`` itself, as
/// `packaging.markers.default_environment()` does from `sys`, `os` and `platform`:
///
/// ```swift
/// var host = MarkerEnvironment(values: [
///     "implementation_name": "cpython", "implementation_version": "3.11.7", "os_name": "posix",
///     "platform_machine": "x86_64", "platform_release": "6.5.0-1-amd64", "platform_system": "Linux",
///     "platform_version": "#1 SMP PREEMPT_DYNAMIC Debian 6.5.3-1", "python_full_version": "3.11.7",
///     "platform_python_implementation": "CPython", "python_version": "3.11", "sys_platform": "linux",
/// ])
/// let on39b6 = MarkerEnvironment.python(try Version("3.9.0b6"), base: host)
/// ```
///
/// ``platform(system:release:version:machine:)`` builds the platform keys from `uname`'s fields, and
/// ``python(_:base:)`` adds the Python keys, so a command-line tool needs no more than `uname` and a version.
///
/// A marker that reads an entry the environment lacks fails with
/// ``MarkerEvaluationError/undefinedEnvironmentName(_:)``, except where the ``MarkerContext`` supplies a
/// default (`extra` is `""` for metadata; `extras` and `dependency_groups` are empty in a lock file).
public struct MarkerEnvironment: Sendable, Hashable {
    /// The string entries by name: the eleven PEP 508 keys, `extra`, and any other names a marker may read.
    public var values: [String: String]
    /// Defined extras, or `nil` when the context decides.
    private var definedExtras: Set<String>?
    /// Defined dependency groups, or `nil` when the context decides.
    private var definedDependencyGroups: Set<String>?

    /// Creates an environment.
    /// - Parameters:
    ///   - values: String entries by name, e.g. `["python_version": "3.9", "extra": "docs"]`.
    ///   - extras: The extras requested (`"x" in extras`); `nil` leaves them to the context.
    ///   - dependencyGroups: The dependency groups requested; `nil` leaves them to the context.
    public init(values: [String: String] = [:], extras: Set<String>? = nil, dependencyGroups: Set<String>? = nil) {
        self.values = values
        self.definedExtras = extras
        self.definedDependencyGroups = dependencyGroups
    }

    /// The extras requested, tested with `"name" in extras`; empty until assigned.
    ///
    /// Assigning defines the entry, even to the empty set. Left unassigned, it is empty in the lock-file
    /// context and undefined in the others (see ``definesExtras``).
    public var extras: Set<String> {
        get { definedExtras ?? [] }
        set { definedExtras = newValue }
    }

    /// The dependency groups requested, tested with `"name" in dependency_groups`; empty until assigned.
    ///
    /// Assigning defines the entry; left unassigned, it is empty in a lock file and undefined otherwise.
    public var dependencyGroups: Set<String> {
        get { definedDependencyGroups ?? [] }
        set { definedDependencyGroups = newValue }
    }

    /// Whether ``extras`` was given, rather than left to the context.
    public var definesExtras: Bool { definedExtras != nil }

    /// Whether ``dependencyGroups`` was given, rather than left to the context.
    public var definesDependencyGroups: Bool { definedDependencyGroups != nil }

    /// The string entry for `variable`, as in `environment[.pythonVersion] = "3.9"`.
    /// - Parameter variable: A string-valued variable (for `extras` and `dependency_groups` use the sets).
    public subscript(variable: MarkerVariable) -> String? {
        get { values[variable.rawValue] }
        set { values[variable.rawValue] = newValue }
    }

    /// The PEP 508 keys this environment lacks, in ``MarkerVariable/environmentKeys`` order.
    public var missingKeys: [MarkerVariable] {
        MarkerVariable.environmentKeys.filter { values[$0.rawValue] == nil }
    }

    /// `base` as it would be on the given Python: sets `python_version`, `python_full_version` and,
    /// for CPython, `implementation_version`.
    ///
    /// `python_version` is `X.Y`; `python_full_version` is the version padded to `X.Y.Z`
    /// (`platform.python_version()`, such as `3.9.0rc1`). When `implementation_name` is `cpython` or unset,
    /// `implementation_version` becomes what CPython reports from `sys.implementation.version`:
    /// `X.Y.Z` plus `a`, `b` or `c` and the serial (`3.9.0c1` for 3.9.0rc1). Other implementations keep theirs.
    /// An unset `implementation_name` or `platform_python_implementation` becomes `cpython` / `CPython`.
    /// - Parameters:
    ///   - version: The Python version, e.g. `3.9.0b6`.
    ///   - base: The rest of the environment (platform, OS, extras).
    /// - Returns: The environment for that Python.
    public static func python(_ version: Version, base: MarkerEnvironment) -> MarkerEnvironment {
        var environment = base
        var release = version.release
        while release.count < 3 { release.append(0) }
        environment[.pythonVersion] = "\(version.major).\(version.minor)"
        environment[.pythonFullVersion] = version.withRelease(release).description
        let implementation = base[.implementationName]
        if implementation == nil { environment[.implementationName] = "cpython" }
        if base[.platformPythonImplementation] == nil { environment[.platformPythonImplementation] = "CPython" }
        if implementation == nil || implementation == "cpython" {
            var text = "\(version.major).\(version.minor).\(version.micro)"
            if let pre = version.pre {
                switch pre.kind {
                case .alpha: text += "a"
                case .beta: text += "b"
                case .releaseCandidate: text += "c"
                }
                text += String(pre.number)
            }
            environment[.implementationVersion] = text
        }
        return environment
    }
}

extension MarkerEnvironment {
    /// The string entry `name` in `context`, with `packaging`'s adjustments.
    ///
    /// `extra` is normalised (PEP 685) and defaults to `""` in the metadata context; a
    /// `python_full_version` ending in `+` (an untagged CPython build) reads as `…+local`.
    /// - Parameters:
    ///   - name: The entry's name.
    ///   - variable: The variable `name` spells, if any (saves comparing names).
    ///   - context: The evaluation context.
    /// - Returns: The entry's value as `packaging` would see it.
    /// - Throws: ``MarkerEvaluationError/undefinedEnvironmentName(_:)`` when the entry is missing.
    func string(
        named name: String,
        variable: MarkerVariable?,
        in context: MarkerContext
    ) throws(MarkerEvaluationError)
        -> String
    {
        switch variable {
        case .extra:
            if let extra = values[name] { return ProjectName.canonicalizeIfNeeded(extra) }
            if context == .metadata { return "" }
        case .pythonFullVersion:
            if let version = values[name] {
                return version.utf8.last == UInt8(ascii: "+") ? version + "local" : version
            }
        default:
            if let value = values[name] { return value }
        }
        throw .undefinedEnvironmentName(name)
    }

    /// The set entry `name` (`extras` or `dependency_groups`) in `context`.
    /// - Throws: ``MarkerEvaluationError/undefinedEnvironmentName(_:)`` when it is missing.
    func set(named name: String, in context: MarkerContext) throws(MarkerEvaluationError) -> Set<String> {
        let defined = name == MarkerVariable.extras.rawValue ? definedExtras : definedDependencyGroups
        if let defined { return defined }
        if context == .lockFile { return [] }
        throw .undefinedEnvironmentName(name)
    }
}
