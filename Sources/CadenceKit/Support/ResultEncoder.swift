import CadenceCore

/// The one JSON encoding of every result Cadence gives: the CLI's `--format json` and the server's API
/// write the same document.
///
/// Compact (one line, no spaces), keys in the order a type encodes them (the order of its coding keys),
/// strings escaped as ``CadenceCore/JSONText`` escapes them, and `nil` written as `null` (a type that
/// leaves a key out when it has no value says so in its `encode(to:)`).
///
/// ```swift
/// try ResultEncoder().string(for: report)  // {"date":"2026-11-22","series":[…]}
/// ```
public struct ResultEncoder: Sendable {
    /// Creates an encoder.
    public init() {}

    /// The JSON text of `value`.
    /// - Parameter value: Any `Encodable` result.
    /// - Returns: One line of JSON, without a line break.
    /// - Throws: What `value`'s `encode(to:)` throws.
    public func string<Value: Encodable>(for value: Value) throws -> String {
        let root = JSONNode()
        try value.encode(to: NodeEncoder(node: root, codingPath: []))
        var text = ""
        root.write(into: &text)
        return text
    }
}

/// One value of the document being built: a reference, so that containers can fill it in place.
final class JSONNode {
    enum Value {
        case literal(String)
        case string(String)
        case array([JSONNode])
        case object([(key: String, node: JSONNode)])
    }

    var value: Value = .literal("null")

    func write(into text: inout String) {
        switch value {
        case .literal(let literal): text += literal
        case .string(let string): JSONNode.writeString(string, into: &text)
        case .array(let nodes):
            text += "["
            for (index, node) in nodes.enumerated() {
                if index > 0 { text += "," }
                node.write(into: &text)
            }
            text += "]"
        case .object(let fields):
            text += "{"
            for (index, field) in fields.enumerated() {
                if index > 0 { text += "," }
                JSONNode.writeString(field.key, into: &text)
                text += ":"
                field.node.write(into: &text)
            }
            text += "}"
        }
    }

    /// A string literal; one without characters to escape is copied whole.
    static func writeString(_ value: String, into text: inout String) {
        if JSONText.needsEscaping(value) {
            text += JSONText.string(value)
        } else {
            text += "\""
            text += value
            text += "\""
        }
    }

    /// The child for `key` of an object node, replacing an earlier value of the same key.
    func child(forKey key: String) -> JSONNode {
        let node = JSONNode()
        guard case .object(var fields) = value else {
            value = .object([(key, node)])
            return node
        }
        value = .literal("null")  // let go of the fields, so that they grow in place rather than copied
        if let index = fields.firstIndex(where: { $0.key == key }) {
            fields[index].node = node
        } else {
            fields.append((key, node))
        }
        value = .object(fields)
        return node
    }

    /// A new element at the end of an array node.
    func appendedElement() -> JSONNode {
        let node = JSONNode()
        guard case .array(var nodes) = value else {
            value = .array([node])
            return node
        }
        value = .literal("null")  // as in `child(forKey:)`
        nodes.append(node)
        value = .array(nodes)
        return node
    }
}

/// The `Encoder` behind ``ResultEncoder``: writes into a ``JSONNode``.
struct NodeEncoder: Encoder {
    let node: JSONNode
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object = node.value {} else { node.value = .object([]) }
        return KeyedEncodingContainer(KeyedNodeContainer<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array = node.value {} else { node.value = .array([]) }
        return UnkeyedNodeContainer(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleNodeContainer(node: node, codingPath: codingPath)
    }
}

/// Writes one value into a node: literals, strings, or a nested encodable.
struct SingleNodeContainer: SingleValueEncodingContainer {
    let node: JSONNode
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws { node.value = .literal("null") }
    mutating func encode(_ value: Bool) throws { node.value = .literal(value ? "true" : "false") }
    mutating func encode(_ value: String) throws { node.value = .string(value) }
    mutating func encode(_ value: Double) throws { node.value = .literal(value.isFinite ? "\(value)" : "null") }
    mutating func encode(_ value: Float) throws { try encode(Double(value)) }
    mutating func encode(_ value: Int) throws { node.value = .literal(String(value)) }
    mutating func encode(_ value: Int8) throws { node.value = .literal(String(value)) }
    mutating func encode(_ value: Int16) throws { node.value = .literal(String(value)) }
    mutating func encode(_ value: Int32) throws { node.value = .literal(String(value)) }
    mutating func encode(_ value: Int64) throws { node.value = .literal(String(value)) }
    mutating func encode(_ value: UInt) throws { node.value = .literal(String(value)) }
    mutating func encode(_ value: UInt8) throws { node.value = .literal(String(value)) }
    mutating func encode(_ value: UInt16) throws { node.value = .literal(String(value)) }
    mutating func encode(_ value: UInt32) throws { node.value = .literal(String(value)) }
    mutating func encode(_ value: UInt64) throws { node.value = .literal(String(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        try value.encode(to: NodeEncoder(node: node, codingPath: codingPath))
    }
}

/// Fills an object node, keys in the order they are encoded; `nil` optionals are written as `null`.
struct KeyedNodeContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: JSONNode
    let codingPath: [any CodingKey]

    private func single(_ key: Key) -> SingleNodeContainer {
        SingleNodeContainer(node: node.child(forKey: key.stringValue), codingPath: codingPath + [key])
    }

    mutating func encodeNil(forKey key: Key) throws { _ = node.child(forKey: key.stringValue) }
    // The common leaves are written directly, without a nested encoder.
    mutating func encode(_ value: String, forKey key: Key) throws {
        node.child(forKey: key.stringValue).value = .string(value)
    }
    mutating func encode(_ value: Bool, forKey key: Key) throws {
        node.child(forKey: key.stringValue).value = .literal(value ? "true" : "false")
    }
    mutating func encode(_ value: Int, forKey key: Key) throws {
        node.child(forKey: key.stringValue).value = .literal(String(value))
    }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        var container = single(key)
        try container.encode(value)
    }
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        var container = single(key)
        if let value { try container.encode(value) } else { try container.encodeNil() }
    }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws {
        var container = single(key)
        if let value { try container.encode(value) } else { try container.encodeNil() }
    }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws {
        var container = single(key)
        if let value { try container.encode(value) } else { try container.encodeNil() }
    }
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws {
        var container = single(key)
        if let value { try container.encode(value) } else { try container.encodeNil() }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type,
        forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        NodeEncoder(node: node.child(forKey: key.stringValue), codingPath: codingPath + [key])
            .container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        NodeEncoder(node: node.child(forKey: key.stringValue), codingPath: codingPath + [key]).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        NodeEncoder(node: node.child(forKey: "super"), codingPath: codingPath)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        NodeEncoder(node: node.child(forKey: key.stringValue), codingPath: codingPath + [key])
    }
}

/// Fills an array node.
struct UnkeyedNodeContainer: UnkeyedEncodingContainer {
    let node: JSONNode
    let codingPath: [any CodingKey]

    var count: Int {
        if case .array(let nodes) = node.value { return nodes.count }
        return 0
    }

    mutating func encodeNil() throws { _ = node.appendedElement() }
    mutating func encode<T: Encodable>(_ value: T) throws {
        var container = SingleNodeContainer(node: node.appendedElement(), codingPath: codingPath)
        try container.encode(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type
    )
        -> KeyedEncodingContainer<NestedKey>
    {
        NodeEncoder(node: node.appendedElement(), codingPath: codingPath).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        NodeEncoder(node: node.appendedElement(), codingPath: codingPath).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        NodeEncoder(node: node.appendedElement(), codingPath: codingPath)
    }
}
