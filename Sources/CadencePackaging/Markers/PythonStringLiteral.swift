/// Decodes the body of a quoted marker string the way Python's `ast.literal_eval` reads a `str` literal.
///
/// `packaging` evaluates each quoted string as Python source, so `"\x41"` means `A` and `"\t"` a tab.
/// Upstream `packaging` (not 26.2, which leaked `SyntaxError`) rejects a malformed literal as an
/// invalid marker; this type reports where the literal is malformed so the parser can say so.
enum PythonStringLiteral {
    /// Why a literal is malformed, and the offset (in scalars, from the start of the body) to point at.
    struct Failure: Error {
        let reason: String
        let offset: Int
    }

    /// Decodes `body`, the scalars between the quotes (which never include the quote character itself).
    /// - Parameter body: The literal's content.
    /// - Returns: The decoded value, or where and why Python would reject it.
    static func decode(_ body: ArraySlice<Unicode.Scalar>) -> Result<String, Failure> {
        let scalars = Array(body)
        guard scalars.contains(where: { $0 == "\\" || $0 == "\n" || $0 == "\r" || $0 == "\0" }) else {
            var plain = String.UnicodeScalarView()
            plain.append(contentsOf: scalars)
            return .success(String(plain))
        }
        var output = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar {
            case "\n", "\r":
                return .failure(
                    Failure(reason: "a line break inside quotes ends the line before the string", offset: index)
                )
            case "\0":
                return .failure(Failure(reason: "a NUL character is not allowed", offset: index))
            case "\\":
                switch decodeEscape(scalars, at: index) {
                case .success(let (decoded, next)):
                    if let decoded { output.append(decoded) }
                    index = next
                case .failure(let failure):
                    return .failure(failure)
                }
            default:
                output.append(scalar)
                index += 1
            }
        }
        return .success(String(output))
    }

    /// Decodes the escape sequence starting with the backslash at `start`.
    /// - Returns: The scalar it stands for (`nil` for a line continuation) and the index after it.
    private static func decodeEscape(
        _ scalars: [Unicode.Scalar],
        at start: Int
    ) -> Result<(Unicode.Scalar?, Int), Failure> {
        guard start + 1 < scalars.count else {
            return .failure(Failure(reason: "the backslash escapes the closing quote", offset: start))
        }
        let letter = scalars[start + 1]
        let after = start + 2
        switch letter {
        case "\n": return .success((nil, after))
        case "\r": return .success((nil, scalars.count > after && scalars[after] == "\n" ? after + 1 : after))
        case "\\", "'", "\"": return .success((letter, after))
        case "a": return .success(("\u{07}", after))
        case "b": return .success(("\u{08}", after))
        case "f": return .success(("\u{0C}", after))
        case "n": return .success(("\n", after))
        case "r": return .success(("\r", after))
        case "t": return .success(("\t", after))
        case "v": return .success(("\u{0B}", after))
        case "0"..."7":
            var value: UInt32 = 0
            var end = start + 1
            while end < scalars.count, end < start + 4, let digit = octalValue(scalars[end]) {
                value = value * 8 + digit
                end += 1
            }
            return scalarResult(value, end: end, start: start)
        case "x": return hexEscape(scalars, start: start, digits: 2, name: "\\xXX")
        case "u": return hexEscape(scalars, start: start, digits: 4, name: "\\uHHHH")
        case "U": return hexEscape(scalars, start: start, digits: 8, name: "\\UHHHHHHHH")
        case "N": return namedEscape(scalars, start: start)
        default:
            // Python keeps an unknown escape such as `\d` as written (with a DeprecationWarning).
            return .success(("\\", start + 1))
        }
    }

    /// `\xHH`, `\uHHHH` or `\UHHHHHHHH`: exactly `digits` hexadecimal digits.
    private static func hexEscape(
        _ scalars: [Unicode.Scalar],
        start: Int,
        digits: Int,
        name: String
    ) -> Result<(Unicode.Scalar?, Int), Failure> {
        var value: UInt32 = 0
        for offset in 0..<digits {
            let index = start + 2 + offset
            guard index < scalars.count, let digit = hexValue(scalars[index]) else {
                return .failure(Failure(reason: "truncated \(name) escape", offset: start))
            }
            value = value &* 16 &+ digit
        }
        return scalarResult(value, end: start + 2 + digits, start: start)
    }

    /// `\N{NAME}`: a character named in the Unicode database, case-insensitively.
    private static func namedEscape(_ scalars: [Unicode.Scalar], start: Int) -> Result<(Unicode.Scalar?, Int), Failure>
    {
        let open = start + 2
        guard open < scalars.count, scalars[open] == "{",
            let close = scalars[open...].firstIndex(of: "}"), close > open + 1
        else {
            return .failure(Failure(reason: "malformed \\N character escape", offset: start))
        }
        var name = ""
        for scalar in scalars[(open + 1)..<close] {
            name.unicodeScalars.append(scalar.isASCII ? Unicode.Scalar(asciiUppercase(UInt8(scalar.value))) : scalar)
        }
        guard let scalar = scalarNamed(name) else {
            return .failure(Failure(reason: "unknown Unicode character name '\(name)'", offset: start))
        }
        return .success((scalar, close + 1))
    }

    /// The scalar whose name or formal alias is `name` (already upper-cased), as Python's `\N{...}` finds it.
    private static func scalarNamed(_ name: String) -> Unicode.Scalar? {
        if let value = unicodeNameAliases[name] { return Unicode.Scalar(value) }
        return scalarsByName[name]
    }

    /// Every named character, by name: built once, on first use, by walking the Unicode database
    /// (`\N{...}` is rare in markers, so most processes never pay for it).
    private static let scalarsByName: [String: Unicode.Scalar] = {
        var table: [String: Unicode.Scalar] = [:]
        table.reserveCapacity(300_000)
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), let name = scalar.properties.name else { continue }
            table[name] = scalar
        }
        return table
    }()

    /// Wraps a code point, rejecting surrogates and values past U+10FFFF, which a Swift string cannot hold.
    private static func scalarResult(_ value: UInt32, end: Int, start: Int) -> Result<(Unicode.Scalar?, Int), Failure> {
        guard let scalar = Unicode.Scalar(value) else {
            return .failure(Failure(reason: "illegal Unicode character", offset: start))
        }
        return .success((scalar, end))
    }

    private static func octalValue(_ scalar: Unicode.Scalar) -> UInt32? {
        ("0"..."7").contains(scalar) ? scalar.value - 0x30 : nil
    }

    private static func hexValue(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar {
        case "0"..."9": scalar.value - 0x30
        case "a"..."f": scalar.value - 0x61 + 10
        case "A"..."F": scalar.value - 0x41 + 10
        default: nil
        }
    }

    private static func asciiUppercase(_ byte: UInt8) -> UInt8 {
        byte >= 0x61 && byte <= 0x7A ? byte - 0x20 : byte
    }
}
