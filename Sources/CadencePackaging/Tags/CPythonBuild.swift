/// What packaging reads from a running CPython to name its ABIs (`packaging.tags._cpython_abis`):
/// a few `sysconfig` configuration variables and `sys` attributes, passed in as values.
///
/// A configuration variable that is unset is `nil`; one that is set counts by Python truthiness
/// (`Py_DEBUG = 0` is `false`).
///
/// ```swift
/// CPythonBuild(version: PythonVersion(3, 13), debug: true, gilDisabled: true).abis  // ["cp313td", "cp313t"]
/// CPythonBuild(version: PythonVersion(3, 7)).abis                                 // ["cp37m"]
/// ```
public struct CPythonBuild: Sendable, Hashable {
    /// The interpreter's Python version (`sys.version_info[:2]`).
    public var version: PythonVersion
    /// `sysconfig.get_config_var("Py_DEBUG")`: whether this is a debug build, or `nil` when unset.
    public var debug: Bool?
    /// Whether `sys` has `gettotalrefcount`, which only debug builds have.
    public var hasTotalRefCount: Bool
    /// `importlib.machinery.EXTENSION_SUFFIXES`; `_d.pyd` among them marks a Windows debug build.
    public var extensionSuffixes: [String]
    /// `sysconfig.get_config_var("Py_GIL_DISABLED")`: a free-threaded build (3.13 and later).
    public var gilDisabled: Bool?
    /// `sysconfig.get_config_var("WITH_PYMALLOC")`, which mattered before 3.8 (the `m` flag).
    public var withPymalloc: Bool?
    /// `sysconfig.get_config_var("Py_UNICODE_SIZE")`, which mattered before 3.3 (the `u` flag).
    public var unicodeSize: Int?
    /// `sys.maxunicode`, used before 3.3 when `Py_UNICODE_SIZE` is unset.
    public var maxUnicode: Int

    /// Describes a CPython build.
    /// - Parameters:
    ///   - version: The Python version, e.g. 3.12.
    ///   - debug: `Py_DEBUG`, or `nil` when unset (as on Windows).
    ///   - hasTotalRefCount: Whether `sys.gettotalrefcount` exists.
    ///   - extensionSuffixes: `importlib.machinery.EXTENSION_SUFFIXES`.
    ///   - gilDisabled: `Py_GIL_DISABLED`, or `nil` when unset.
    ///   - withPymalloc: `WITH_PYMALLOC`, or `nil` when unset.
    ///   - unicodeSize: `Py_UNICODE_SIZE`, or `nil` when unset.
    ///   - maxUnicode: `sys.maxunicode`, `0x10FFFF` on every current build.
    public init(
        version: PythonVersion,
        debug: Bool? = false,
        hasTotalRefCount: Bool = false,
        extensionSuffixes: [String] = [],
        gilDisabled: Bool? = nil,
        withPymalloc: Bool? = nil,
        unicodeSize: Int? = nil,
        maxUnicode: Int = 0x10FFFF
    ) {
        self.version = version
        self.debug = debug
        self.hasTotalRefCount = hasTotalRefCount
        self.extensionSuffixes = extensionSuffixes
        self.gilDisabled = gilDisabled
        self.withPymalloc = withPymalloc
        self.unicodeSize = unicodeSize
        self.maxUnicode = maxUnicode
    }

    /// Whether packaging treats this as a debug build: `Py_DEBUG` when set, otherwise the presence
    /// of `sys.gettotalrefcount` or of the `_d.pyd` extension suffix.
    public var isDebug: Bool {
        debug ?? (hasTotalRefCount || extensionSuffixes.contains("_d.pyd"))
    }

    /// The build's ABI tags, most specific first: `["cp311d", "cp311"]` for a 3.11 debug build.
    ///
    /// The flags are `t` (free-threaded, 3.13+), `d` (debug), `m` (pymalloc, before 3.8) and `u`
    /// (wide Unicode, before 3.3). From 3.8 a debug build also loads ordinary extension modules,
    /// so the tag without `d` follows it.
    public var abis: [String] {
        let nodot = version.nodot
        let threading = version >= PythonVersion(3, 13) && gilDisabled == true ? "t" : ""
        let debugFlag = isDebug ? "d" : ""
        var pymalloc = ""
        var wideUnicode = ""
        var abis: [String] = []
        if version < PythonVersion(3, 8) {
            if withPymalloc ?? true { pymalloc = "m" }
            if version < PythonVersion(3, 3), unicodeSize == 4 || (unicodeSize == nil && maxUnicode == 0x10FFFF) {
                wideUnicode = "u"
            }
        } else if isDebug {
            abis.append("cp\(nodot)\(threading)")
        }
        abis.insert("cp\(nodot)\(threading)\(debugFlag)\(pymalloc)\(wideUnicode)", at: 0)
        return abis
    }
}
