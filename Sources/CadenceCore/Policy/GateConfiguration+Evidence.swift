extension GateConfiguration.Paths {
    /// Whether the path is a test file: under one of ``tests``, or a file Python's conventions name a test
    /// (``SourcePath/isTestFile(_:)``: `test_*.py` anywhere, the `test`/`tests` folders of CPython's `Lib/`).
    public func isTestFile(_ path: String) -> Bool {
        tests.anyMatches(path) || SourcePath.isTestFile(path)
    }

    /// Whether the path is a Python test file whose test functions the evidence reads.
    public func isPythonTestFile(_ path: String) -> Bool {
        path.hasSuffix(".py") && isTestFile(path)
    }

    /// Whether the path is a public C header: a `.h` file under ``publicHeaders`` and not under
    /// ``privateHeaders``.
    public func isPublicHeaderFile(_ path: String) -> Bool {
        path.hasSuffix(".h") && isPublicHeader(path)
    }

    /// Whether the path records the ABI (``abiFiles``, CPython's `Doc/data/*.abi`).
    public func isABIFile(_ path: String) -> Bool {
        abiFiles.anyMatches(path)
    }

    /// Where a NEWS entry lives, when the path is one: `<folder>next/<Section>/<file>.rst` under one of
    /// the ``news`` folders.
    public func newsLocation(_ path: String) -> NewsEntry.Location? {
        for pattern in news where pattern.text.hasSuffix("/") {
            if let location = NewsEntry.Location(path: path, folder: pattern.text) { return location }
        }
        return nil
    }

    /// Whether the path is a public Python module whose interface the evidence reads: a `.py` file under
    /// ``publicCode``, not under ``privateCode``, not a test, and with no folder or file name opening
    /// with `_` (`Lib/_pydecimal.py`, `Lib/asyncio/__main__.py`; `__init__.py` is public).
    public func isPublicPythonModule(_ path: String) -> Bool {
        guard path.hasSuffix(".py"), publicCode.anyMatches(path), !privateCode.anyMatches(path), !isTestFile(path)
        else { return false }
        return !path.split(separator: "/").contains { $0.hasPrefix("_") && $0 != "__init__.py" }
    }

    /// Whether the path is documentation (``documentation``), whose added version notes are evidence.
    public func isDocumentationFile(_ path: String) -> Bool {
        documentation.anyMatches(path)
    }
}
