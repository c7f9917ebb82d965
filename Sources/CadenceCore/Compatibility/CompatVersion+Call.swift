extension CompatVersion {
    /// One call of PEP 606's setters, as a program, `-X` option or environment variable makes it.
    ///
    /// ```swift
    /// try CompatVersion.Call(xOption: "compat_version=3.8").description
    /// // "sys.set_python_compat_version((3, 8))"
    /// ```
    public struct Call: Hashable, Sendable, CustomStringConvertible {
        /// Which setter is called.
        public enum Function: String, Hashable, Sendable, CaseIterable {
            /// `sys.set_python_compat_version()` (`-X compat_version`, `PYTHONCOMPATVERSION`).
            case setCompatVersion = "set_python_compat_version"
            /// `sys.set_python_min_compat_version()` (`-X min_compat_version`, `PYTHONCOMPATMINVERSION`).
            case setMinCompatVersion = "set_python_min_compat_version"

            /// The `-X` option that calls it at startup: `compat_version` or `min_compat_version`.
            public var xOption: String {
                switch self {
                case .setCompatVersion: "compat_version"
                case .setMinCompatVersion: "min_compat_version"
                }
            }

            /// The environment variable that calls it at startup.
            public var environmentVariable: String {
                switch self {
                case .setCompatVersion: "PYTHONCOMPATVERSION"
                case .setMinCompatVersion: "PYTHONCOMPATMINVERSION"
                }
            }
        }

        /// Which setter is called.
        public var function: Function
        /// The version tuple passed, as given (not yet checked against the rules).
        public var version: [Int]

        /// A call with a version tuple.
        /// - Parameters:
        ///   - function: Which setter is called.
        ///   - version: The version tuple, such as `[3, 8]`.
        public init(_ function: Function, _ version: [Int]) {
            self.function = function
            self.version = version
        }

        /// A call with a version written as text, such as `3.7.2`.
        /// - Parameters:
        ///   - function: Which setter is called.
        ///   - text: The version, numbers separated by dots.
        /// - Throws: ``CompatVersionError/invalidVersion(input:column:reason:)`` for text that is not numbers.
        public init(_ function: Function, parsing text: String) throws(CompatVersionError) {
            self.init(function, try CompatVersion.parseVersion(text))
        }

        /// The call an `-X` option makes at startup: `compat_version=3.8` or `min_compat_version=3.7`
        /// (the text after `-X`).
        /// - Parameter xOption: The option's value.
        /// - Throws: ``CompatVersionError/unknownSetting(_:)`` for another option, or
        ///   ``CompatVersionError/invalidVersion(input:column:reason:)`` for its version.
        public init(xOption: String) throws(CompatVersionError) {
            let parts = xOption.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, let function = Function.allCases.first(where: { $0.xOption == parts[0] }) else {
                throw .unknownSetting("-X " + xOption)
            }
            try self.init(function, parsing: String(parts[1]))
        }

        /// The call an environment variable makes at startup: `PYTHONCOMPATVERSION` or
        /// `PYTHONCOMPATMINVERSION`.
        /// - Parameters:
        ///   - name: The variable's name.
        ///   - value: Its value, such as `3.8`.
        /// - Throws: ``CompatVersionError/unknownSetting(_:)`` for another variable, or
        ///   ``CompatVersionError/invalidVersion(input:column:reason:)`` for its value.
        public init(environmentVariable name: String, value: String) throws(CompatVersionError) {
            guard let function = Function.allCases.first(where: { $0.environmentVariable == name }) else {
                throw .unknownSetting(name)
            }
            try self.init(function, parsing: value)
        }

        /// The version tuple as Python writes it: `(3, 8)`, `(3,)`.
        public var pythonTuple: String {
            if version.count == 1 { return "(\(version[0]),)" }
            return "(" + version.map { String($0) }.joined(separator: ", ") + ")"
        }

        /// The call as Python code: `sys.set_python_compat_version((3, 8))`.
        public var description: String { "sys.\(function.rawValue)(\(pythonTuple))" }
    }
}
