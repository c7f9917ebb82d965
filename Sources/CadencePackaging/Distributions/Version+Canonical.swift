extension Version {
    /// The canonical text of this version (`packaging.utils.canonicalize_version`): the normalised
    /// form, by default without trailing zeros in the release (PEP 625 treats `1.0.0` and `1` as
    /// one version), keeping at least one number.
    ///
    /// ```swift
    /// try Version("1.4.0.0").canonicalDescription()                              // "1.4"
    /// try Version("1.0+abc").canonicalDescription()                              // "1+abc"
    /// try Version("1.4.0").canonicalDescription(strippingTrailingZeros: false)   // "1.4.0"
    /// ```
    /// - Parameter strippingTrailingZeros: Whether to drop trailing zeros from the release
    ///   (packaging's `strip_trailing_zero`, on by default).
    /// - Returns: The canonical text.
    public func canonicalDescription(strippingTrailingZeros: Bool = true) -> String {
        strippingTrailingZeros ? trimmingTrailingZeros.description : description
    }

    /// The canonical text of a version string (`canonicalize_version`); text that is not a valid
    /// version is returned unchanged.
    ///
    /// ```swift
    /// Version.canonicalize("1.0.0")    // "1"
    /// Version.canonicalize("lolwat")   // "lolwat"
    /// ```
    /// - Parameters:
    ///   - text: The version text.
    ///   - strippingTrailingZeros: Whether to drop trailing zeros from the release.
    /// - Returns: The canonical text, or `text` itself when it is not a version.
    public static func canonicalize(_ text: String, strippingTrailingZeros: Bool = true) -> String {
        guard let version = try? Version(text) else { return text }
        return version.canonicalDescription(strippingTrailingZeros: strippingTrailingZeros)
    }
}
