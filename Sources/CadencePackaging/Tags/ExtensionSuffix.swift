/// The ABI tag encoded in an extension module suffix, `sysconfig.get_config_var("EXT_SUFFIX")`
/// (packaging's `_generic_abi`).
///
/// | suffix | ABIs |
/// |---|---|
/// | `.cpython-310-x86_64-linux-gnu.so` | `cp310` |
/// | `.cp310-win_amd64.pyd` | `cp310` |
/// | `.pypy38-pp73-x86_64-linux-gnu.so` | `pypy38_pp73` |
/// | `.graalpy-38-native-x86_64-darwin.dylib` | `graalpy_38_native` |
/// | `.pyd` (CPython 3.7 and earlier on Windows) | those of the CPython build |
public enum ExtensionSuffix {
    /// The ABIs an extension suffix names.
    ///
    /// ```swift
    /// try ExtensionSuffix.abis(of: ".cpython-313t-x86_64-linux-gnu.so")  // ["cp313t"]
    /// ```
    /// - Parameters:
    ///   - suffix: The suffix, starting with `.`.
    ///   - fallback: The running CPython build, whose ABIs answer for a suffix without an SOABI part
    ///     such as `.pyd`; `nil` when there is none.
    /// - Returns: The ABIs, with `.`, `-` and spaces turned into `_`; empty for a suffix with an
    ///   empty SOABI part (`..so`).
    /// - Throws: ``ABIError`` when the suffix does not start with `.`, when it has no SOABI part and
    ///   no fallback was given, or when a `cpython` part has no version after its dash (packaging's
    ///   development line raises `SystemError` for that too; 26.2 failed with an `IndexError`).
    public static func abis(of suffix: String, fallback: CPythonBuild? = nil) throws -> [String] {
        guard PythonText.startsWith(suffix, ".") else {
            throw ABIError(.extensionSuffix, input: suffix, column: 1, reason: "expected a suffix starting with '.'")
        }
        let parts = PythonText.split(Substring(suffix), separator: ".")
        guard parts.count >= 3 else {
            guard let fallback else {
                throw ABIError(
                    .extensionSuffix,
                    input: suffix,
                    reason: "it names no ABI (expected '.<soabi>.<extension>'), and no CPython build was given to ask"
                )
            }
            return fallback.abis
        }
        let soabi = parts[1]
        let dashParts = PythonText.split(soabi, separator: "-")
        let abi: Substring
        if PythonText.startsWith(soabi, "cpython") {
            guard dashParts.count > 1, !dashParts[1].isEmpty else {
                throw ABIError(
                    .extensionSuffix,
                    input: suffix,
                    column: 2,
                    reason: "expected 'cpython-<version><flags>' after the first '.'"
                )
            }
            abi = "cp" + dashParts[1]
        } else if PythonText.startsWith(soabi, "cp") {
            abi = dashParts[0]
        } else if PythonText.startsWith(soabi, "pypy") {
            abi = Substring(dashParts.prefix(2).joined(separator: "-"))
        } else if PythonText.startsWith(soabi, "graalpy") {
            abi = Substring(dashParts.prefix(3).joined(separator: "-"))
        } else if !soabi.isEmpty {
            abi = soabi
        } else {
            return []
        }
        return [normalize(abi)]
    }

    /// packaging's `_normalize_string`: `.`, `-` and spaces become `_`.
    static func normalize(_ text: some StringProtocol) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { $0 == "." || $0 == "-" || $0 == " " ? "_" : $0 }
            )
        )
    }
}
