/// One difference between a header's public declarations before and after a change.
public struct InterfaceDifference: Hashable, Sendable, CustomStringConvertible {
    /// What changed.
    public enum Kind: String, Hashable, Sendable {
        /// A struct's members changed: compiled extensions see another layout.
        case layoutChanged = "layout-changed"
        /// A function's, macro's or typedef's signature changed.
        case signatureChanged = "signature-changed"
        /// A public declaration was removed.
        case removed
        /// A constant's value changed.
        case constantChanged = "constant-changed"
        /// A public declaration was added: not a break, but new API.
        case added
    }

    /// What changed.
    public var kind: Kind
    /// The declaration's name.
    public var name: String
    /// What a person reads: `struct _ts: field 'overflowed' (char) replaced by 'recursion_headroom' (int)`.
    public var detail: String

    /// Creates a difference.
    public init(kind: Kind, name: String, detail: String) {
        self.kind = kind
        self.name = name
        self.detail = detail
    }

    /// Whether compiled extensions can break: everything but an addition.
    public var isBreaking: Bool { kind != .added }

    /// The detail.
    public var description: String { detail }
}

extension CHeaderDeclarations {
    /// What changed between two readings of a header, breaking changes first, then additions, each in
    /// name order.
    public static func differences(from old: CHeaderDeclarations, to new: CHeaderDeclarations) -> [InterfaceDifference]
    {
        var found: [InterfaceDifference] = []
        for name in Set(old.declarations.keys).union(new.declarations.keys).sorted() {
            let before = old.declarations[name] ?? []
            let after = new.declarations[name] ?? []
            guard Set(before) != Set(after) else { continue }
            guard let first = before.first else {
                if let added = after.first {
                    found.append(
                        InterfaceDifference(kind: .added, name: name, detail: "\(added.kind.rawValue) \(name) added")
                    )
                }
                continue
            }
            guard let replacement = after.first else {
                found.append(
                    InterfaceDifference(kind: .removed, name: name, detail: "\(first.kind.rawValue) \(name) removed")
                )
                continue
            }
            // A name declared in several branches: compare the forms that differ.
            let gone = before.filter { !after.contains($0) }
            let came = after.filter { !before.contains($0) }
            if gone.isEmpty {
                continue  // only a new conditional form (such as a limited-API variant): an addition
            }
            let old = gone.first ?? first
            let new = came.first ?? replacement
            // An object-like macro whose value is an expression, not a literal: its value is not ABI.
            if old.kind == .constant, new.kind == .constant, !isLiteral(old.signature) || !isLiteral(new.signature) {
                continue
            }
            found.append(difference(old, new))
        }
        return found.sorted { ($0.isBreaking ? 0 : 1, $0.name) < ($1.isBreaking ? 0 : 1, $1.name) }
    }

    private static func difference(_ old: Declaration, _ new: Declaration) -> InterfaceDifference {
        let name = old.name
        switch (old.kind, new.kind) {
        case (.aggregate, .aggregate):
            return InterfaceDifference(
                kind: .layoutChanged,
                name: name,
                detail: "struct \(name): " + memberChanges(old.members, new.members)
            )
        case (.constant, .constant), (.enumConstant, .enumConstant):
            return InterfaceDifference(
                kind: .constantChanged,
                name: name,
                detail: "\(old.kind.rawValue) \(name) changed from '\(old.signature)' to '\(new.signature)'"
            )
        default:
            return InterfaceDifference(
                kind: .signatureChanged,
                name: name,
                detail: "\(old.kind.rawValue) \(name): '\(old.signature)' became '\(new.signature)'"
            )
        }
    }

    /// The member changes of a struct, in words: fields removed, added, replaced, retyped or moved.
    static func memberChanges(_ old: [String], _ new: [String]) -> String {
        let removed = old.filter { !new.contains($0) }
        let added = new.filter { !old.contains($0) }
        var parts: [String] = []
        var addedLeft = added
        for member in removed {
            let (type, name) = field(member)
            if let same = addedLeft.firstIndex(where: { field($0).name == name }) {
                parts.append("field '\(name)' changed type from '\(type)' to '\(field(addedLeft[same]).type)'")
                addedLeft.remove(at: same)
            } else if let position = old.firstIndex(of: member), position < new.count,
                let replacement = addedLeft.firstIndex(of: new[position])
            {
                let (newType, newName) = field(addedLeft[replacement])
                parts.append("field '\(name)' (\(type)) replaced by '\(newName)' (\(newType))")
                addedLeft.remove(at: replacement)
            } else {
                parts.append("field '\(name)' (\(type)) removed")
            }
        }
        for member in addedLeft {
            let (type, name) = field(member)
            parts.append("field '\(name)' (\(type)) added")
        }
        if parts.isEmpty { parts.append("fields reordered") }
        return parts.joined(separator: "; ")
    }

    /// A member's type and name: `char overflowed` → (`char`, `overflowed`); `PyObject*dict` →
    /// (`PyObject*`, `dict`); a function pointer `int(*f)(int)` → (`int(*)(int)`, `f`).
    static func field(_ member: String) -> (type: String, name: String) {
        if let star = member.range(of: "(*") {
            let inner = member[star.upperBound...].prefix { $0 != ")" }
            let name = CHeaderOutline.lastIdentifier(String(inner))
            return (member.replacingOccurrences(of: "(*\(inner))", with: "(*)"), name)
        }
        var text = Substring(member)
        var width = ""
        if let colon = text.firstIndex(of: ":") {  // a bit field's width belongs to its type
            width = String(text[colon...]).replacingOccurrences(of: " ", with: "")
            text = text[..<colon]
            while text.hasSuffix(" ") { text = text.dropLast() }
        }
        let declarator = text
        while let open = text.lastIndex(of: "["), text.hasSuffix("]") { text = text[..<open] }
        let name = CHeaderOutline.lastIdentifier(String(text))
        var type = String(text.dropLast(name.count))
        while type.hasSuffix(" ") { type.removeLast() }
        return (type + declarator.dropFirst(text.count) + width, name)
    }
}
