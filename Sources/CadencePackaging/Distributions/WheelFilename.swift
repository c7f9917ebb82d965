/// The parts of a wheel file name, `{name}-{version}[-{build}]-{interpreter}-{abi}-{platform}.whl`
/// (`packaging.utils.parse_wheel_filename`).
///
/// ```swift
/// let wheel = try WheelFilename("Foo_Bar-1.0.post1-1-py2.py3-none-any.whl")
/// wheel.name                        // "foo-bar"
/// wheel.version.description         // "1.0.post1"
/// wheel.build?.description          // "1"
/// wheel.tags.map(\.description)     // ["py2-none-any", "py3-none-any"]
/// ```
///
/// Malformed names are rejected as packaging's development line does after 26.2: an empty project
/// name (#1305), a project name ending in a line break (#1341) and a tag with an empty part or a
/// non-identifier interpreter (#1238) are errors; 26.2 accepted them.
public struct WheelFilename: Sendable, Hashable, CustomStringConvertible {
    /// A wheel's build tag: a number, then any text (`1000abc` is 1000 and `abc`).
    public struct BuildTag: Sendable, Hashable, Comparable, CustomStringConvertible {
        /// The leading number, which orders builds.
        public let number: Int
        /// The text after the number, often empty.
        public let suffix: String

        /// Creates a build tag.
        /// - Parameters:
        ///   - number: The leading number.
        ///   - suffix: The text after it.
        public init(number: Int, suffix: String) {
            self.number = number
            self.suffix = suffix
        }

        /// The tag as written, `1000abc`.
        public var description: String { "\(number)\(suffix)" }

        /// Orders like packaging's `(int, str)` tuple: by number, then suffix code point by code point.
        /// - Parameters:
        ///   - lhs: A build tag.
        ///   - rhs: Another build tag.
        /// - Returns: Whether `lhs` sorts first.
        public static func < (lhs: BuildTag, rhs: BuildTag) -> Bool {
            lhs.number != rhs.number ? lhs.number < rhs.number : PythonText.precedes(lhs.suffix, rhs.suffix)
        }
    }

    /// The file name as given.
    public let filename: String
    /// The normalised project name (`canonicalize_name` of the name part), such as `some-package`.
    public let name: String
    /// The version.
    public let version: Version
    /// The build tag, or `nil` when the name has none.
    public let build: BuildTag?
    /// The tags the wheel supports, in the order ``Tag/parse(_:validatingOrder:limit:)`` gives.
    public let tags: [Tag]

    /// Parses a wheel file name.
    /// - Parameters:
    ///   - filename: The file name, e.g. `numpy-1.26.4-cp312-cp312-manylinux_2_17_x86_64.whl`.
    ///   - validatingOrder: Also require compressed tag sets to be sorted, as PEP 425 asks
    ///     (packaging's `validate_order`).
    /// - Throws: ``ParseError`` with subject `.filename`, naming the file and the column of the problem.
    public init(_ filename: String, validatingOrder: Bool = false) throws {
        func fail(_ offset: Int, _ reason: String) -> ParseError {
            ParseError(.filename, input: filename, utf8Offset: offset, reason: reason)
        }
        guard PythonText.endsWith(filename, ".whl") else {
            let dot = filename.utf8.lastIndex(of: UInt8(ascii: ".")).map {
                filename.utf8.distance(from: filename.startIndex, to: $0)
            }
            throw fail(dot ?? filename.utf8.count, "expected the extension '.whl'")
        }
        let stem = Substring(filename.unicodeScalars.dropLast(4))
        let parts = PythonText.split(stem, separator: "-")
        func offset(_ part: Substring) -> Int { filename.utf8.distance(from: filename.startIndex, to: part.startIndex) }
        guard parts.count == 5 || parts.count == 6 else {
            throw fail(
                parts.count > 6 ? offset(parts[6]) - 1 : stem.utf8.count,
                "expected 5 or 6 dash-separated parts (name-version[-build]-interpreter-abi-platform), found \(parts.count)"
            )
        }
        let namePart = parts[0]
        if let doubled = namePart.utf8.indices.first(where: { namePart.utf8[$0...].starts(with: "__".utf8) }) {
            throw fail(filename.utf8.distance(from: filename.startIndex, to: doubled), "the project name has '__'")
        }
        guard !namePart.isEmpty else { throw fail(0, "empty project name") }
        if let bad = namePart.unicodeScalars.indices.first(where: {
            let scalar = namePart.unicodeScalars[$0]
            return !(PythonText.isWordCharacter(scalar) || scalar == ".")
        }) {
            throw fail(
                filename.utf8.distance(from: filename.startIndex, to: bad),
                ParseError.unexpected(in: filename, at: filename.utf8.distance(from: filename.startIndex, to: bad))
                    + " in the project name (letters, digits, '_' and '.')"
            )
        }
        let version: Version
        do {
            version = try Version(String(parts[1]))
        } catch let error as ParseError {
            throw error.relocated(from: parts[1], into: filename, as: .filename, what: "version")
        }
        var build: BuildTag?
        if parts.count == 6 {
            build = try WheelFilename.buildTag(parts[2], in: filename, at: offset(parts[2]))
        }
        let tagText = Substring(filename.unicodeScalars[parts[parts.count - 3].startIndex..<stem.endIndex])
        do {
            self.tags = try Tag.parse(String(tagText), validatingOrder: validatingOrder)
        } catch let error as ParseError {
            throw error.relocated(from: tagText, into: filename, as: .filename, what: "tag")
        }
        self.filename = filename
        self.name = ProjectName.canonicalize(String(namePart))
        self.version = version
        self.build = build
    }

    /// The file name as given.
    public var description: String { filename }

    /// Reads a build tag, `(\d+)(.*)`: ASCII digits, then the rest up to any line break.
    private static func buildTag(_ text: Substring, in filename: String, at offset: Int) throws -> BuildTag {
        let digits = text.utf8.prefix(while: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
        guard !digits.isEmpty else {
            throw ParseError(
                .filename,
                input: filename,
                utf8Offset: offset,
                reason: "the build tag starts with a digit, " + ParseError.unexpected(in: filename, at: offset)
            )
        }
        guard let number = Int(String(Substring(digits))) else {
            throw ParseError(.filename, input: filename, utf8Offset: offset, reason: "build number too large")
        }
        let rest = text.unicodeScalars[digits.endIndex...].prefix(while: { $0 != "\n" })
        return BuildTag(number: number, suffix: String(String.UnicodeScalarView(rest)))
    }
}
