/// One wheel tag triple, `interpreter-abi-platform`, as `packaging.tags.Tag` models it.
///
/// All three parts are lowercased on creation (with Python's `str.lower()` rules), so
/// `Tag(interpreter: "PY3", abi: "None", platform: "ANY")` equals `py3-none-any`.
/// Tags compare and hash by their three parts; they sort by their text.
///
/// ```swift
/// let tag = Tag(interpreter: "cp39", abi: "abi3", platform: "manylinux_2_17_x86_64")
/// print(tag)  // cp39-abi3-manylinux_2_17_x86_64
/// ```
public struct Tag: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The interpreter part, such as `py3`, `cp311` or `pp310`.
    public let interpreter: String
    /// The ABI part, such as `none`, `abi3` or `cp311`.
    public let abi: String
    /// The platform part, such as `any`, `win_amd64` or `manylinux_2_17_x86_64`.
    public let platform: String

    /// Creates a tag, lowercasing every part as `packaging` does.
    /// - Parameters:
    ///   - interpreter: The interpreter, e.g. `cp39` (see ``Tag/interpreterShortNames``).
    ///   - abi: The ABI, e.g. `cp39` or `abi3`.
    ///   - platform: The platform, e.g. `win_amd64`.
    public init(interpreter: String, abi: String, platform: String) {
        self.interpreter = PythonText.lower(interpreter)
        self.abi = PythonText.lower(abi)
        self.platform = PythonText.lower(platform)
    }

    /// The tag as written in a wheel file name: `interpreter-abi-platform`.
    public var description: String {
        "\(interpreter)-\(abi)-\(platform)"
    }

    /// Orders tags by their text, code point by code point (Python's `sorted` on `str(tag)`).
    /// - Parameters:
    ///   - lhs: A tag.
    ///   - rhs: Another tag.
    /// - Returns: Whether `lhs` sorts first.
    public static func < (lhs: Tag, rhs: Tag) -> Bool {
        PythonText.precedes(lhs.description, rhs.description)
    }

    /// The short names of well-known interpreters (`packaging.tags.INTERPRETER_SHORT_NAMES`):
    /// `python` → `py`, `cpython` → `cp`, `pypy` → `pp`, `ironpython` → `ip`, `jython` → `jy`.
    public static let interpreterShortNames: [String: String] = [
        "python": "py",
        "cpython": "cp",
        "pypy": "pp",
        "ironpython": "ip",
        "jython": "jy",
    ]

    /// The interpreter tag prefix for an implementation name (`packaging.tags.interpreter_name`).
    /// - Parameter implementationName: `sys.implementation.name`, e.g. `cpython` or `graalpy`.
    /// - Returns: The short name when there is one (`cp`), else the name itself (`graalpy`).
    public static func interpreterName(forImplementation implementationName: String) -> String {
        interpreterShortNames[implementationName] ?? implementationName
    }
}
