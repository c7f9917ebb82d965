/// A commit's change to the public C interface: a public header or an ABI data file.
///
/// On a maintenance branch such a change is a candidate ABI regression (3.9.3 changed `struct _ts` in
/// `Include/cpython/pystate.h` and 3.9.4 rolled it back).
public struct InterfaceChange: Hashable, Sendable {
    /// Which kind of file.
    public enum Kind: String, Hashable, Sendable {
        /// A header under `Include/`, outside `Include/internal/`.
        case publicHeader
        /// An ABI dump, `Doc/data/*.abi`.
        case abiData
    }

    /// The file's path (the new path of a rename).
    public var file: String
    /// Which kind of file.
    public var kind: Kind
    /// The structs and unions whose bodies had lines added or removed, by tag (`_ts`) or, for an anonymous
    /// one, by typedef name (`PyConfig`), in the order they appear; empty when none did or when the
    /// file's text could not be read.
    public var structs: [String]
    /// What changed in the header's public declarations (``CHeaderDeclarations``), breaking changes
    /// first; empty for ABI data, when nothing public changed, or when a text could not be read.
    public var differences: [InterfaceDifference]
    /// Whether the texts the differences need were read (both, or one for a new or deleted header):
    /// when not, ``differences`` is empty and any line may be a break.
    public var hasTexts: Bool

    /// Creates an interface change.
    public init(
        file: String,
        kind: Kind,
        structs: [String] = [],
        differences: [InterfaceDifference] = [],
        hasTexts: Bool = false
    ) {
        self.file = file
        self.kind = kind
        self.structs = structs
        self.differences = differences
        self.hasTexts = hasTexts
    }

    /// The differences that can break compiled extensions (all but additions).
    public var breakingDifferences: [InterfaceDifference] { differences.filter(\.isBreaking) }
}

extension InterfaceChange {
    /// A commit's interface changes with declarations that moved between its public headers left out: a
    /// declaration removed from one header and added to another (`Py_UTF8Mode` from
    /// `Include/cpython/fileobject.h` to `Include/fileobject.h`) is still declared for compiled extensions.
    public static func reconciled(_ changes: [InterfaceChange]) -> [InterfaceChange] {
        let added = Set(changes.flatMap { $0.differences.filter { $0.kind == .added }.map(\.name) })
        let removed = Set(changes.flatMap { $0.differences.filter { $0.kind == .removed }.map(\.name) })
        let moved = added.intersection(removed)
        guard !moved.isEmpty else { return changes }
        return changes.map { change in
            var change = change
            change.differences.removeAll { ($0.kind == .added || $0.kind == .removed) && moved.contains($0.name) }
            return change
        }
    }
}
