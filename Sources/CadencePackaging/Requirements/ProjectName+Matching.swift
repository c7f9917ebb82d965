extension ProjectName {
    /// Whether `name`, once normalised, is exactly `canonical`, compared code point by code point as Python does.
    ///
    /// Used for `"name" in extras` on every evaluation, so an ASCII name that is already canonical is
    /// compared without building its normalised copy.
    /// - Parameters:
    ///   - name: Any spelling of an extra or dependency group name.
    ///   - canonical: A name already in canonical form.
    /// - Returns: `canonicalize(name) == canonical`.
    static func matches(_ name: String, canonical: String) -> Bool {
        if isCanonicalASCII(name) { return name.utf8.elementsEqual(canonical.utf8) }
        return canonicalize(name).utf8.elementsEqual(canonical.utf8)
    }

    /// ``canonicalize(_:)``, returning `name` itself when it is ASCII and already canonical (no copy).
    /// - Parameter name: Any spelling of a name.
    /// - Returns: The canonical spelling.
    static func canonicalizeIfNeeded(_ name: String) -> String {
        isCanonicalASCII(name) ? name : canonicalize(name)
    }

    /// Whether `name` is ASCII and already canonical, so normalising it would change nothing.
    private static func isCanonicalASCII(_ name: String) -> Bool {
        var previousWasDash = false
        for byte in name.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                previousWasDash = false
            case UInt8(ascii: "-"):
                if previousWasDash { return false }
                previousWasDash = true
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"), UInt8(ascii: "."), 0x80...:
                return false
            default:
                previousWasDash = false
            }
        }
        return true
    }
}
