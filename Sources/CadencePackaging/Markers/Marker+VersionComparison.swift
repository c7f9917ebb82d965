extension Marker {
    /// The version semantics of a comparison on `python_version`, `python_full_version`,
    /// `implementation_version` or `platform_release`: `Specifier(op + right).contains(left, prereleases: true)`.
    ///
    /// `packaging` tries this first for those keys and falls back to string rules when `op + right`
    /// is not a valid specifier (`in`, `not in`, or a right side that is not a version).
    struct VersionTest: Sendable {
        /// The specifier built from the operator and the right-hand text.
        let specifier: Specifier

        /// The specifier `op + text`, or `nil` when that is not a valid specifier.
        /// - Parameters:
        ///   - op: The marker operator.
        ///   - text: The right-hand side of the comparison.
        init?(_ op: Operator, _ text: String) {
            guard op != .in, op != .notIn, let specifier = try? Specifier(op.rawValue + text) else { return nil }
            self.specifier = specifier
        }

        /// Whether the left-hand text satisfies the specifier, pre-releases included.
        ///
        /// Same answer as `specifier.contains(text, prereleases: true)`: text that is not a version
        /// matches only `===`, which compares text. Parsing here, without building an error for
        /// invalid text, keeps the common path free of extra work.
        func contains(_ text: String) -> Bool {
            if specifier.operator == .arbitrary { return specifier.contains(text, prereleases: true) }
            var text = text
            guard case .success(let version) = text.withUTF8({ Version.Parser.parse($0) }) else { return false }
            return specifier.contains(version, prereleases: true)
        }
    }
}
