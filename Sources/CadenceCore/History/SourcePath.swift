/// What a path in a CPython checkout is, for the backport gate's evidence.
///
/// Paths are relative to the repository's root and `/`-separated, as git prints them.
public enum SourcePath {
    /// Whether the path is a test file: under `Lib/test/`, under a `tests/` or `test/` folder inside `Lib/`
    /// (`Lib/unittest/test/`, `Lib/tomllib/tests/`), under `Lib/idlelib/idle_test/`, or a file named
    /// `test_*.py` anywhere (`Tools/peg_generator/test_x.py`).
    ///
    /// Data files beside the tests (`Lib/test/cjkencodings/…`) count: changing them changes what the
    /// tests check.
    public static func isTestFile(_ path: String) -> Bool {
        let parts = path.split(separator: "/")
        guard let name = parts.last else { return false }
        if name.hasPrefix("test_"), name.hasSuffix(".py") { return true }
        guard parts.count > 2, parts[0] == "Lib" else { return false }
        return parts.dropFirst().dropLast().contains { $0 == "test" || $0 == "tests" || $0 == "idle_test" }
    }

    /// Whether the path is a Python test file whose test functions Cadence reads (a test file ending `.py`).
    public static func isPythonTestFile(_ path: String) -> Bool {
        path.hasSuffix(".py") && isTestFile(path)
    }

    /// Whether the path is a public C header: a `.h` file under `Include/` but not under `Include/internal/`
    /// (`Include/cpython/` is public: not the limited API, but extensions compile against it).
    public static func isPublicHeader(_ path: String) -> Bool {
        path.hasPrefix("Include/") && !path.hasPrefix("Include/internal/") && path.hasSuffix(".h")
    }

    /// Whether the path is an ABI data file, `Doc/data/*.abi` (libabigail's dump of the ABI).
    public static func isABIData(_ path: String) -> Bool {
        guard path.hasPrefix("Doc/data/"), path.hasSuffix(".abi") else { return false }
        return !path.dropFirst("Doc/data/".count).contains("/")
    }

    /// Whether the path is a NEWS entry (`Misc/NEWS.d/next/<Section>/….rst`, not `README.rst`).
    public static func isNewsEntry(_ path: String) -> Bool {
        NewsEntry.Location(path: path) != nil
    }
}
