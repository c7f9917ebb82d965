extension Version: CustomStringConvertible {
    /// The normalised PEP 440 text, such as `1!2.0rc1.post3.dev4+ubuntu.1`.
    public var description: String {
        var text = ""
        text.reserveCapacity(16)
        if epoch != 0 {
            text += String(epoch)
            text += "!"
        }
        text += Version.releaseText(releaseNumbers)
        if let pre {
            text += pre.kind.rawValue
            text += String(pre.number)
        }
        if let post {
            text += ".post"
            text += String(post)
        }
        if let dev {
            text += ".dev"
            text += String(dev)
        }
        if let localLabel {
            text += "+"
            text += localLabel
        }
        return text
    }

    /// The release numbers joined with dots: `3.9.0`.
    static func releaseText(_ release: ReleaseNumbers) -> String {
        var text = String(release.padded(0))
        for index in 1..<Swift.max(release.count, 1) {
            text += "."
            text += String(release[index])
        }
        return text
    }
}

extension Version: Codable {
    /// Decodes a version from its text form.
    /// - Parameter decoder: The decoder to read a single string from.
    /// - Throws: `DecodingError.dataCorrupted` naming the invalid version.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try Version(text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: String(describing: error))
        }
    }

    /// Encodes the version as its normalised text.
    /// - Parameter encoder: The encoder to write a single string to.
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
