/// Names as git writes them in a patch's `diff --git` line, with `core.quotePath=false`.
enum GitQuoting {
    /// The name's bytes in double quotes with C escapes when it holds a control character, `"` or `\`;
    /// as they are otherwise (bytes above 0x7F pass through, as `core.quotePath=false` asks).
    static func quoted(_ name: [UInt8]) -> [UInt8] {
        guard needsQuoting(name) else { return name }
        var bytes: [UInt8] = [UInt8(ascii: "\"")]
        for byte in name {
            guard needsEscape(byte) else {
                bytes.append(byte)
                continue
            }
            bytes.append(UInt8(ascii: "\\"))
            switch byte {
            case 7: bytes.append(UInt8(ascii: "a"))
            case 8: bytes.append(UInt8(ascii: "b"))
            case 9: bytes.append(UInt8(ascii: "t"))
            case 10: bytes.append(UInt8(ascii: "n"))
            case 11: bytes.append(UInt8(ascii: "v"))
            case 12: bytes.append(UInt8(ascii: "f"))
            case 13: bytes.append(UInt8(ascii: "r"))
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
            default:
                // Three octal digits.
                bytes += [byte >> 6, (byte >> 3) & 7, byte & 7].map { UInt8(ascii: "0") + $0 }
            }
        }
        bytes.append(UInt8(ascii: "\""))
        return bytes
    }

    /// Whether git writes the name in quotes.
    static func needsQuoting<Bytes: Sequence<UInt8>>(_ name: Bytes) -> Bool {
        name.contains(where: needsEscape)
    }

    /// Whether git escapes the byte in a quoted name.
    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x7F || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }
}
