/// PEP 503 name normalisation, as `packaging.utils.canonicalize_name` does it.
///
/// Project names, extra names (PEP 685) and dependency group names (PEP 735) compare after
/// lower-casing and turning every run of `-`, `_` and `.` into one `-`:
/// `Foo.Bar__baz` and `foo-bar-baz` name the same thing.
enum ProjectName {
    /// The normalised form of `name`: lower-cased, with `_` and `.` turned into `-` and runs of `-` collapsed.
    /// - Parameter name: A project, extra or group name (not validated, like `canonicalize_name(validate=False)`).
    /// - Returns: The canonical spelling.
    static func canonicalize(_ name: String) -> String {
        if isCanonicalASCII(name) { return name }
        var output = String.UnicodeScalarView()
        var previousWasDash = false
        for scalar in name.lowercased().unicodeScalars {
            let isDash = scalar == "-" || scalar == "_" || scalar == "."
            if isDash {
                if !previousWasDash { output.append("-") }
            } else {
                output.append(scalar)
            }
            previousWasDash = isDash
        }
        return String(output)
    }

    /// Whether `name`, once normalised, is exactly `canonical` (compared scalar by scalar, as Python compares).
    /// - Parameters:
    ///   - name: Any spelling.
    ///   - canonical: A name already in canonical form.
    /// - Returns: `canonicalize(name) == canonical`, without allocating for ASCII names.
    static func matches(_ name: String, canonical: String) -> Bool {
        if isCanonicalASCII(name) { return name.utf8.elementsEqual(canonical.utf8) }
        return canonicalize(name).utf8.elementsEqual(canonical.utf8)
    }

    /// Whether `name` is ASCII and already canonical, so normalising it changes nothing.
    private static func isCanonicalASCII(_ name: String) -> Bool {
        var previousWasDash = false
        for byte in name.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                previousWasDash = false
            case UInt8(ascii: "-"):
                if previousWasDash { return false }
                previousWasDash = true
            case 0x80...:
                return false
            default:
                if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") || byte == UInt8(ascii: "_")
                    || byte == UInt8(ascii: ".")
                {
                    return false
                }
                previousWasDash = false
            }
        }
        return true
    }
}
