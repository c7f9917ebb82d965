/// The tag a CPython build puts in its extension module file names, with PEP 605's pre-freeze
/// flag: the SOABI on POSIX systems (`cpython-39p`) or the `.pyd` tag on Windows (`cp39p-win_amd64`).
///
/// Made by ``PreFreezeABI/extensionModuleTag(for:debug:platform:)``.
public struct ExtensionModuleTag: Sendable, Hashable, CustomStringConvertible {
    /// Which naming scheme the tag follows.
    public enum Kind: Sendable, Hashable {
        /// The SOABI of POSIX systems, `cpython-<XY><flags>`, as in `.cpython-39p-x86_64-linux-gnu.so`.
        case soabi
        /// The tag of Windows `.pyd` files, `cp<XY>[p]-<platform>`, as in `.cp39p-win_amd64.pyd`.
        case pyd(platform: String)
    }

    /// Which naming scheme the tag follows.
    public let kind: Kind
    /// The CPython feature release, such as 3.9.
    public let version: PythonVersion
    /// Whether the build is an alpha or beta of X.Y.0, built against the not yet frozen ABI (`p`).
    public let isPreFreeze: Bool
    /// Whether the build is a debug build (`d`).
    public let isDebug: Bool

    /// Creates a tag from its parts; ``PreFreezeABI`` derives them from a version.
    /// - Parameters:
    ///   - kind: SOABI or Windows `.pyd` tag.
    ///   - version: The feature release, e.g. 3.9.
    ///   - isPreFreeze: Whether the `p` flag applies.
    ///   - isDebug: Whether the `d` flag applies.
    public init(kind: Kind, version: PythonVersion, isPreFreeze: Bool, isDebug: Bool) {
        self.kind = kind
        self.version = version
        self.isPreFreeze = isPreFreeze
        self.isDebug = isDebug
    }

    /// The ABI flags after the version: `p`, `pd`, `d` or none.
    public var abiFlags: String {
        (isPreFreeze ? "p" : "") + (isDebug ? "d" : "")
    }

    /// The tag: `cpython-39pd` for a POSIX SOABI, `cp39p-win_amd64` on Windows.
    ///
    /// A Windows `.pyd` tag never carries `d`: debug builds mark their files with `_d` before the
    /// tag instead (see ``fileSuffix``).
    public var description: String {
        switch kind {
        case .soabi: "cpython-\(version.nodot)\(abiFlags)"
        case .pyd(let platform): "cp\(version.nodot)\(isPreFreeze ? "p" : "")-\(platform)"
        }
    }

    /// The matching wheel ABI tag, as packaging would name the build's ABI: `cp39p`, `cp39pd`,
    /// `cp39` or `cp39d`.
    public var wheelABI: String {
        "cp\(version.nodot)\(abiFlags)"
    }

    /// The file name suffix of a Windows extension module, `_d.cp39p-win_amd64.pyd` for a debug
    /// build; `nil` for a POSIX SOABI, whose suffix also names the platform's multiarch triplet.
    public var fileSuffix: String? {
        guard case .pyd = kind else { return nil }
        return (isDebug ? "_d" : "") + ".\(description).pyd"
    }
}

extension ExtensionModuleTag: Encodable {
    private enum CodingKeys: String, CodingKey {
        case tag, kind, platform, version, preFreeze, debug, wheelABI
    }

    /// Encodes the tag with its parts: `{"tag": "cp39p-win_amd64", "kind": "pyd", "platform": "win_amd64", …}`.
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(description, forKey: .tag)
        switch kind {
        case .soabi:
            try container.encode("soabi", forKey: .kind)
        case .pyd(let platform):
            try container.encode("pyd", forKey: .kind)
            try container.encode(platform, forKey: .platform)
        }
        try container.encode(version.description, forKey: .version)
        try container.encode(isPreFreeze, forKey: .preFreeze)
        try container.encode(isDebug, forKey: .debug)
        try container.encode(wheelABI, forKey: .wheelABI)
    }
}
