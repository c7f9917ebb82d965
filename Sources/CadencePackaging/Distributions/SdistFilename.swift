/// The parts of a source distribution file name, `{name}-{version}.tar.gz` or `.zip`
/// (`packaging.utils.parse_sdist_filename`).
///
/// The version is everything after the last `-` (a PEP 440 version has no dash); the name is
/// normalised but, as in packaging, not validated. An empty name is rejected, as packaging's
/// development line does after 26.2 (#1305).
///
/// ```swift
/// let sdist = try SdistFilename("Foo.Bar-1.0.tar.gz")
/// sdist.name                 // "foo-bar"
/// sdist.version.description  // "1.0"
/// ```
public struct SdistFilename: Sendable, Hashable, CustomStringConvertible {
    /// The archive formats of source distributions.
    public enum Archive: String, Sendable, Hashable, CaseIterable {
        /// A gzipped tarball, `.tar.gz` (the standard format).
        case tarGz = ".tar.gz"
        /// A zip file, `.zip` (legacy).
        case zip = ".zip"
    }

    /// The file name as given.
    public let filename: String
    /// The normalised project name (`canonicalize_name` of the name part), such as `foo-bar`.
    public let name: String
    /// The version.
    public let version: Version
    /// The archive format, from the extension.
    public let archive: Archive

    /// Parses a source distribution file name.
    /// - Parameter filename: The file name, e.g. `foo-1.0.tar.gz`.
    /// - Throws: ``ParseError`` with subject `.filename`, naming the file and the column of the problem.
    public init(_ filename: String) throws {
        guard let archive = Archive.allCases.first(where: { PythonText.endsWith(filename, $0.rawValue) }) else {
            let dot = filename.utf8.lastIndex(of: UInt8(ascii: ".")).map {
                filename.utf8.distance(from: filename.startIndex, to: $0)
            }
            throw ParseError(
                .filename,
                input: filename,
                utf8Offset: dot ?? filename.utf8.count,
                reason: "expected the extension '.tar.gz' or '.zip'"
            )
        }
        let stem = Substring(filename.unicodeScalars.dropLast(archive.rawValue.unicodeScalars.count))
        guard let dash = stem.unicodeScalars.lastIndex(of: "-") else {
            throw ParseError(
                .filename,
                input: filename,
                utf8Offset: stem.utf8.count,
                reason: "expected '-' between the name and the version"
            )
        }
        let namePart = Substring(stem.unicodeScalars[..<dash])
        let versionPart = Substring(stem.unicodeScalars[stem.unicodeScalars.index(after: dash)...])
        guard !namePart.isEmpty else {
            throw ParseError(.filename, input: filename, column: 1, reason: "empty project name")
        }
        do {
            self.version = try Version(String(versionPart))
        } catch let error as ParseError {
            throw error.relocated(from: versionPart, into: filename, as: .filename, what: "version")
        }
        self.filename = filename
        self.name = ProjectName.canonicalize(String(namePart))
        self.archive = archive
    }

    /// The file name as given.
    public var description: String { filename }
}
