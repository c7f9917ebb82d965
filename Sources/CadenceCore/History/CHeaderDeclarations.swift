/// The public declarations of a C header, as compiled extensions see them: struct and union layouts,
/// function and data declarations, macros, typedefs and enum constants.
///
/// A light reading, not a C parser: comments are dropped, preprocessor conditionals are read through
/// (a name declared in two branches keeps both forms), and statements are split at `;` and braces.
/// Private names (`_Py…`, `_PY…`, `_py…`, and macros opening with `_`) are left out; struct tags such as
/// `_ts` are kept, since `struct _ts` is the public `PyThreadState`.
///
/// ```swift
/// let old = CHeaderDeclarations(oldHeaderText)
/// let new = CHeaderDeclarations(newHeaderText)
/// CHeaderDeclarations.differences(from: old, to: new)
/// // [struct _ts: field 'overflowed' (char) replaced by 'recursion_headroom' (int)]
/// ```
public struct CHeaderDeclarations: Hashable, Sendable {
    /// What a declaration declares.
    public enum Kind: String, Hashable, Sendable, Comparable {
        /// A struct or union with its members.
        case aggregate = "struct"
        /// A function: `PyAPI_FUNC(int) Py_Main(int argc, wchar_t **argv)`, or a `static inline` one.
        case function
        /// Exported data: `PyAPI_DATA(int) Py_UTF8Mode`.
        case data
        /// A function-like macro: its parameters are its signature; its body is not ABI.
        case functionMacro = "macro"
        /// An object-like macro: a constant compiled into extensions when its value is a literal.
        case constant
        /// A typedef that is not a struct definition.
        case typedef
        /// An enum constant and its value.
        case enumConstant = "enum constant"

        /// Orders kinds by declaration order of the cases.
        public static func < (lhs: Kind, rhs: Kind) -> Bool {
            lhs.rank < rhs.rank
        }

        private var rank: Int {
            switch self {
            case .aggregate: return 0
            case .function: return 1
            case .data: return 2
            case .functionMacro: return 3
            case .constant: return 4
            case .typedef: return 5
            case .enumConstant: return 6
            }
        }
    }

    /// One public declaration: the text that matters to compiled code, with spaces normalised.
    public struct Declaration: Hashable, Sendable {
        /// What it declares.
        public var kind: Kind
        /// The declared name (`_ts`, `Py_Main`).
        public var name: String
        /// Its signature (a function's or macro's), its value (a constant's), or, for a struct, empty.
        public var signature: String
        /// A struct's members in order, each as `type name` (`char overflowed`).
        public var members: [String]
    }

    /// The declarations, by name; a name declared in several conditional branches has several forms.
    public let declarations: [String: [Declaration]]

    /// The version of the headers (`Include/patchlevel.h`): new values every release, not an ABI change.
    static let versionMacros: Set<String> = [
        "PY_MAJOR_VERSION", "PY_MINOR_VERSION", "PY_MICRO_VERSION", "PY_RELEASE_LEVEL", "PY_RELEASE_SERIAL",
        "PY_VERSION", "PY_VERSION_HEX",
    ]

    /// Reads a header's text.
    public init(_ text: String) {
        var found: [String: [Declaration]] = [:]
        func add(_ declaration: Declaration) {
            guard !CHeaderDeclarations.isPrivate(declaration.name, kind: declaration.kind) else { return }
            if found[declaration.name]?.contains(declaration) == true { return }
            found[declaration.name, default: []].append(declaration)
        }
        let (statements, directives) = CHeaderDeclarations.read(text)
        for directive in directives { CHeaderDeclarations.macro(directive).map(add) }
        for statement in statements {
            CHeaderDeclarations.declarations(in: statement).forEach(add)
        }
        declarations = found
    }

    /// Whether a name is private to CPython (`_Py…`, `_PY…`, `_py…`; for macros any leading `_`), or one
    /// of `patchlevel.h`'s version macros, which change with every release by design.
    static func isPrivate(_ name: String, kind: Kind) -> Bool {
        if name.isEmpty || versionMacros.contains(name) { return true }
        if kind == .functionMacro || kind == .constant { return name.hasPrefix("_") }
        return name.hasPrefix("_Py") || name.hasPrefix("_PY") || name.hasPrefix("_py")
    }
}

// MARK: - Reading

extension CHeaderDeclarations {
    /// A `#define`'s declaration: a function-like macro's parameters, or an object-like macro's value
    /// (a constant when it is a literal); `nil` for other directives.
    static func macro(_ directive: String) -> Declaration? {
        var rest = Substring(HistoryText.trimmed(directive)).dropFirst()
        rest = rest.drop(while: HistoryText.isSpace)
        guard rest.hasPrefix("define") else { return nil }
        rest = rest.dropFirst("define".count).drop(while: HistoryText.isSpace)
        let name = rest.prefix { $0 == "_" || $0.isLetter || $0.isNumber }
        guard !name.isEmpty else { return nil }
        let after = rest.dropFirst(name.count)
        if after.first == "(" {
            let parameters = after.prefix { $0 != ")" }
            let signature = normalised(String(parameters) + ")")
            return Declaration(kind: .functionMacro, name: String(name), signature: signature, members: [])
        }
        // Any object-like macro: its removal is a break; a change of its value only when it is a literal.
        let value = normalised(String(after))
        return Declaration(kind: .constant, name: String(name), signature: value, members: [])
    }

    /// Whether a macro's value is a literal: a number (possibly in parentheses, with a sign or a
    /// suffix) or a string.
    static func isLiteral(_ value: String) -> Bool {
        var text = Substring(value)
        while text.hasPrefix("("), text.hasSuffix(")") { text = text.dropFirst().dropLast() }
        text = text.drop { $0 == "-" || $0 == "+" || $0 == " " }
        guard let first = text.first else { return false }
        if first == "\"" { return text.count >= 2 && text.hasSuffix("\"") }
        guard first.isNumber else { return false }
        return text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "." }
    }

    /// The declarations one statement makes.
    static func declarations(in statement: String) -> [Declaration] {
        if let brace = statement.firstIndex(of: "{") {
            let head = String(statement[..<brace])
            if head.contains("("), !head.contains("=") {
                // A function with a body (`static inline`): its signature counts, not its body.
                guard let name = functionName(head) else { return [] }
                return [Declaration(kind: .function, name: name, signature: normalised(head), members: [])]
            }
            return aggregate(statement, head: head, brace: brace)
        }
        var text = statement
        let isTypedef = text.hasPrefix("typedef ")
        if text.hasPrefix("PyAPI_DATA(") || text.hasPrefix("extern ") && !text.contains("(") {
            let name = CHeaderOutline.lastIdentifier(text.replacingOccurrences(of: "[]", with: ""))
            return [Declaration(kind: .data, name: name, signature: text, members: [])]
        }
        if text.hasPrefix("PyAPI_FUNC(") || (!isTypedef && text.contains("(")) {
            guard let name = functionName(text) else { return [] }
            return [Declaration(kind: .function, name: name, signature: text, members: [])]
        }
        if isTypedef {
            text = String(text.dropFirst("typedef ".count))
            let name = typedefName(text)
            return [Declaration(kind: .typedef, name: name, signature: text, members: [])]
        }
        return []
    }

    /// A struct, union or enum definition, with its typedef alias when it has one.
    private static func aggregate(_ statement: String, head: String, brace: String.Index) -> [Declaration] {
        guard let close = statement.lastIndex(of: "}") else { return [] }
        let body = String(statement[statement.index(after: brace)..<close])
        let tail = String(statement[statement.index(after: close)...])
        let words = head.split { !($0 == "_" || $0.isLetter || $0.isNumber) }
        if words.contains("enum") { return enumConstants(body) }
        guard let keyword = words.lastIndex(where: { $0 == "struct" || $0 == "union" }) else { return [] }
        let tag = keyword + 1 < words.count ? String(words[keyword + 1]) : ""
        let alias = words.first == "typedef" ? CHeaderOutline.lastIdentifier(tail) : ""
        let name = tag.isEmpty ? alias : tag
        guard !name.isEmpty else { return [] }
        return [Declaration(kind: .aggregate, name: name, signature: "", members: members(body))]
    }

    /// A struct body's members, split at `;` outside nested braces, each normalised.
    static func members(_ body: String) -> [String] {
        var members: [String] = []
        var current = ""
        var depth = 0
        for character in body {
            switch character {
            case "{": depth += 1
            case "}": depth -= 1
            case ";" where depth == 0:
                members.append(normalised(current))
                current = ""
                continue
            default: break
            }
            current.append(character)
        }
        return members.filter { !$0.isEmpty }
    }

    /// The constants of an enum body, as `NAME = value` or `NAME` (the position then decides the value).
    private static func enumConstants(_ body: String) -> [Declaration] {
        body.split(separator: ",").enumerated().compactMap { offset, item in
            let text = normalised(String(item))
            guard !text.isEmpty else { return nil }
            let name = text.prefix { $0 == "_" || $0.isLetter || $0.isNumber }
            let value = text.contains("=") ? text : "\(text) (position \(offset))"
            return Declaration(kind: .enumConstant, name: String(name), signature: value, members: [])
        }
    }

    /// The name of a declared function: the identifier before the parameter list (`Py_Main` in
    /// `PyAPI_FUNC(int) Py_Main(int argc)`).
    static func functionName(_ text: String) -> String? {
        var searchFrom = text.startIndex
        if text.hasPrefix("PyAPI_FUNC("), let close = text.firstIndex(of: ")") {
            searchFrom = text.index(after: close)
        }
        guard let open = text[searchFrom...].firstIndex(of: "(") else { return nil }
        let before = text[searchFrom..<open]
        // A function pointer: `int (*name)(…)`.
        if before.allSatisfy(HistoryText.isSpace) || before.hasSuffix("(*") {
            let inner = text[text.index(after: open)...].prefix { $0 != ")" }
            let name = CHeaderOutline.lastIdentifier(String(inner))
            return name.isEmpty ? nil : name
        }
        let name = CHeaderOutline.lastIdentifier(String(before))
        return name.isEmpty ? nil : name
    }

    /// The name a typedef declares: its last identifier, or a function pointer's name.
    static func typedefName(_ text: String) -> String {
        if let star = text.range(of: "(*") {
            let inner = text[star.upperBound...].prefix { $0 != ")" }
            return CHeaderOutline.lastIdentifier(String(inner))
        }
        var text = Substring(text)
        while let open = text.lastIndex(of: "["), text.hasSuffix("]") { text = text[..<open] }
        return CHeaderOutline.lastIdentifier(String(text))
    }

}
