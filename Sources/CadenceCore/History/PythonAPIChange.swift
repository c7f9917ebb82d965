/// A change to a Python module's public interface, read from the definition and `raise` lines a
/// commit removed and added: what user code can see change (DOMAIN §3: what a change *is* comes from
/// what it changed).
///
/// Public names are module-level functions and classes and the methods of module-level classes whose
/// names do not open with `_`. A name removed in one file and defined again in another file of the same
/// commit moved; it was not removed (see ``reconciled(_:)``).
///
/// ```swift
/// PythonAPIChange.changes(in: "Lib/logging/__init__.py", removed: [], added: ["        raise TypeError(level)"])
/// // [raises-new: 'raise TypeError(level)']
/// ```
public struct PythonAPIChange: Hashable, Sendable, CustomStringConvertible {
    /// What changed.
    public enum Kind: String, Hashable, Sendable {
        /// A public function, class or method was removed.
        case removed = "public-name-removed"
        /// A public function, class or method was added.
        case added = "public-name-added"
        /// A public function's or method's parameters changed.
        case signatureChanged = "signature-changed"
        /// A `raise` of an exception was added that no removed line had: code that ran may now raise.
        case raisesNew = "raises-new"
        /// A line warning with `DeprecationWarning` (or `PendingDeprecationWarning`) was added that no
        /// removed line had: something is being deprecated.
        case deprecationAdded = "deprecation-added"
    }

    /// The file.
    public var file: String
    /// What changed.
    public var kind: Kind
    /// The name (`disable`, `TracebackException.format`), or for a raise the exception's name.
    public var name: String
    /// The lines that show it, for people: `def disable(level=CRITICAL)` → `…`.
    public var detail: String

    /// Creates a change.
    public init(file: String, kind: Kind, name: String, detail: String) {
        self.file = file
        self.kind = kind
        self.name = name
        self.detail = detail
    }

    /// `public-name-removed: def disable(level=CRITICAL)`.
    public var description: String { "\(kind.rawValue): \(detail)" }
}

extension PythonAPIChange {
    /// The interface changes of one file, from its removed and added lines (without `-`/`+`; only
    /// `def`, `class` and `raise` lines are read, so the caller may pass only those, each list with
    /// `@@ <context>` lines for the hunks' function contexts).
    public static func changes(in file: String, removed: [String], added: [String]) -> [PythonAPIChange] {
        let before = definitions(removed)
        let after = definitions(added)
        var found: [PythonAPIChange] = []
        for (name, old) in before.sorted(by: { $0.key < $1.key }) {
            if let new = after[name] {
                if old.parameters != new.parameters, !Self.onlyAddsOptionalParameters(old.parameters, new.parameters) {
                    found.append(
                        PythonAPIChange(
                            file: file,
                            kind: .signatureChanged,
                            name: name,
                            detail: "\(old.line) became \(new.line)"
                        )
                    )
                }
            } else {
                found.append(PythonAPIChange(file: file, kind: .removed, name: name, detail: old.line))
            }
        }
        for (name, new) in after.sorted(by: { $0.key < $1.key }) where before[name] == nil {
            found.append(PythonAPIChange(file: file, kind: .added, name: name, detail: new.line))
        }
        let removedWarnings = Set(removed.filter(isDeprecationLine).map { HistoryText.trimmed($0) })
        for line in added where isDeprecationLine(line) {
            let text = HistoryText.trimmed(line)
            guard !removedWarnings.contains(text), !found.contains(where: { $0.kind == .deprecationAdded }) else {
                continue
            }
            found.append(PythonAPIChange(file: file, kind: .deprecationAdded, name: "DeprecationWarning", detail: text))
        }
        let removedRaises = Set(removed.compactMap(raiseLine))
        var seen: Set<String> = []
        for line in added {
            guard let raise = raiseLine(line), !removedRaises.contains(raise), seen.insert(raise).inserted,
                let name = raisedName(raise)
            else { continue }
            found.append(PythonAPIChange(file: file, kind: .raisesNew, name: name, detail: raise))
        }
        return found
    }

    /// The changes of a whole commit, with names that moved between its files left out (a removal in
    /// one file and an addition of the same name in another).
    public static func reconciled(_ changes: [PythonAPIChange]) -> [PythonAPIChange] {
        let leaf = { (name: String) in name.split(separator: ".").last.map(String.init) ?? name }
        let addedNames = Set(changes.filter { $0.kind == .added }.map { leaf($0.name) })
        let removedNames = Set(changes.filter { $0.kind == .removed }.map { leaf($0.name) })
        return changes.filter { change in
            switch change.kind {
            case .removed: return !addedNames.contains(leaf(change.name))
            case .added: return !removedNames.contains(leaf(change.name))
            default: return true
            }
        }
    }

    /// Whether a line is one ``changes(in:removed:added:)`` reads: a `def`, `class` or `raise` line,
    /// or one that names `DeprecationWarning` (hunk contexts aside).
    public static func isInterfaceLine<S: StringProtocol>(_ line: S) -> Bool {
        let text = line.drop { $0 == " " || $0 == "\t" }
        return text.hasPrefix("def ") || text.hasPrefix("async def ") || text.hasPrefix("class ")
            || text.hasPrefix("raise ") || isDeprecationLine(String(text))
    }

    /// Whether a line warns of a deprecation: it names `DeprecationWarning`, and is neither a comment nor
    /// a line that filters, catches or checks warnings (`simplefilter`, `except`, `assert…`).
    static func isDeprecationLine(_ line: String) -> Bool {
        let text = HistoryText.trimmed(line)
        guard !text.hasPrefix("#"), text.contains("DeprecationWarning") else { return false }
        return !["filter", "except", "assert", "catch_warnings"].contains { text.contains($0) }
    }

    /// Whether `new` keeps every parameter of `old`, in order, and only appends parameters with a default
    /// (`(self,object)` → `(self,object,basedir=None)`): existing calls keep working.
    static func onlyAddsOptionalParameters(_ old: String, _ new: String) -> Bool {
        func parameters(_ text: String) -> [String] {
            let inner = text.dropFirst().prefix { $0 != ")" }
            var parts: [String] = []
            var depth = 0
            var current = ""
            for character in inner {
                if "([{".contains(character) { depth += 1 }
                if ")]}".contains(character) { depth -= 1 }
                if character == ",", depth == 0 {
                    parts.append(current)
                    current = ""
                } else {
                    current.append(character)
                }
            }
            if !current.isEmpty { parts.append(current) }
            return parts
        }
        let before = parameters(old)
        let after = parameters(new)
        guard after.count > before.count, Array(after.prefix(before.count)) == before else { return false }
        return after.dropFirst(before.count).allSatisfy { $0.contains("=") }
    }

    // MARK: - Reading lines

    private struct Definition {
        var line: String
        var parameters: String
    }

    /// The public definitions among `lines`.
    ///
    /// They are module level (no indentation) or methods (indented four spaces) of module-level
    /// classes; methods are named `Class.method`. A line `@@ <context>` (a hunk's function context,
    /// the last unindented line before it) says which class the next lines are in.
    private static func definitions(_ lines: [String]) -> [String: Definition] {
        var found: [String: Definition] = [:]
        var currentClass: String?
        for line in lines {
            if line.hasPrefix("@@ ") {
                let context = Substring(line.dropFirst(3))
                currentClass = PythonOutline.definition(context).flatMap { $0.isClass ? $0.name : nil }
                continue
            }
            let indent = line.prefix { $0 == " " || $0 == "\t" }.count
            let text = HistoryText.trimmed(line)
            guard let (isClass, name) = PythonOutline.definition(Substring(text)) else { continue }
            if indent == 0 {
                currentClass = isClass ? name : nil
            } else if indent != 4 || isClass || currentClass == nil {
                continue  // a nested function or class: not part of the interface
            }
            guard !name.hasPrefix("_") else { continue }
            let qualified = indent == 0 ? name : currentClass.map { "\($0).\(name)" } ?? name
            let shown = text.hasSuffix(":") ? String(text.dropLast()) : text
            let parameters = shown.drop { $0 != "(" }
            found[qualified] = Definition(
                line: shown,
                parameters: String(parameters).replacingOccurrences(of: " ", with: "")
            )
        }
        return found
    }

    /// The `raise` statement of a line that raises a named exception (`raise TypeError(level)`), trimmed.
    private static func raiseLine(_ line: String) -> String? {
        let text = HistoryText.trimmed(line)
        guard text.hasPrefix("raise "), raisedName(text) != nil else { return nil }
        return text
    }

    /// The exception a `raise` names: `TypeError` in `raise TypeError(level)`; `nil` for a bare or
    /// re-raise (`raise`, `raise exc`).
    private static func raisedName(_ raise: String) -> String? {
        let rest = raise.dropFirst("raise ".count)
        let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }
        guard let last = name.split(separator: ".").last, last.first?.isUppercase == true else { return nil }
        return String(last)
    }
}
