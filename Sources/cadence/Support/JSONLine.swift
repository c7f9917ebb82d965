import CadenceCore

/// A JSON value, written by hand so keys keep their order and batch output stays fast.
enum JSONValue {
    case string(String)
    case bool(Bool)
    case int(Int)
    /// A number written with two decimals (metrics, not identifiers).
    case number(Double)
    case null
    case array([JSONValue])
    case object(JSONLine)

    func write(into text: inout String) {
        switch self {
        case .string(let value): JSONValue.writeString(value, into: &text)
        case .bool(let value): text += value ? "true" : "false"
        case .int(let value): text += String(value)
        case .number(let value): text += value.isFinite ? String(format: "%.2f", value) : "null"
        case .null: text += "null"
        case .array(let values):
            text += "["
            for (index, value) in values.enumerated() {
                if index > 0 { text += "," }
                value.write(into: &text)
            }
            text += "]"
        case .object(let object): object.write(into: &text)
        }
    }

    static func writeString(_ value: String, into text: inout String) {
        if JSONText.needsEscaping(value) {
            text += JSONText.string(value)
        } else {
            text += "\""
            text += value
            text += "\""
        }
    }
}

/// One JSON object with keys in insertion order, printed on one line.
struct JSONLine {
    private var fields: [(String, JSONValue)] = []

    /// An object with `fields` in order.
    static func from(_ fields: [(String, JSONValue)]) -> JSONLine {
        var line = JSONLine()
        for (key, value) in fields { line[key] = value }
        return line
    }

    init(_ fields: KeyValuePairs<String, JSONValue> = [:]) {
        for (key, value) in fields { self.fields.append((key, value)) }
    }

    subscript(key: String) -> JSONValue? {
        get { fields.first { $0.0 == key }?.1 }
        set {
            if let index = fields.firstIndex(where: { $0.0 == key }) {
                if let newValue { fields[index].1 = newValue } else { fields.remove(at: index) }
            } else if let newValue {
                fields.append((key, newValue))
            }
        }
    }

    func write(into text: inout String) {
        text += "{"
        for (index, (key, value)) in fields.enumerated() {
            if index > 0 { text += "," }
            JSONValue.writeString(key, into: &text)
            text += ":"
            value.write(into: &text)
        }
        text += "}"
    }

    /// The object as one line of JSON.
    var text: String {
        var text = ""
        write(into: &text)
        return text
    }
}
