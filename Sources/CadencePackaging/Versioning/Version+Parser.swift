extension Version {
    /// Parses a PEP 440 version with every normalisation `packaging` 26.2 accepts.
    ///
    /// Accepted spellings include surrounding whitespace, a `v` prefix, any letter case,
    /// `.`/`-`/`_` separators, `alpha`/`beta`/`c`/`pre`/`preview`, `rev`/`r`, implicit post
    /// releases (`1.0-1`), implicit numbers (`1.0a` is `1.0a0`), epochs and local labels.
    ///
    /// ```swift
    /// try Version(" V1.0-Alpha.2 ").description  // "1.0a2"
    /// try Version("1.0-beta!")  // invalid version '1.0-beta!': unexpected '!' at column 9
    /// ```
    /// - Parameter text: The version text.
    /// - Throws: ``ParseError`` naming the input and the column where it stops being a version.
    public init(_ text: String) throws {
        var text = text
        do {
            // The success path returns the version straight into `self`; only a failure is boxed.
            self = try text.withUTF8 { bytes throws(Failure) in try Parser.version(from: bytes) }
        } catch let failure as Failure {
            throw ParseError(.version, input: text, utf8Offset: failure.offset, reason: failure.reason(in: text))
        }
    }

    /// Whether `text` is a valid PEP 440 version.
    /// - Parameter text: The version text.
    /// - Returns: `true` when `Version(text)` would succeed.
    public static func isValid(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            if case .success = Parser.parse(bytes) { return true }
            return false
        }
    }

    /// Where and why a version failed to parse, before it is turned into a ``ParseError``.
    struct Failure: Error {
        enum Kind {
            case unexpected
            case numberTooLarge
        }
        var offset: Int
        var kind: Kind

        func reason(in text: String) -> String {
            switch kind {
            case .unexpected: ParseError.unexpected(in: text, at: offset)
            case .numberTooLarge: "number too large"
            }
        }
    }

    /// A hand-written scanner equivalent to packaging's possessive `VERSION_PATTERN` regex.
    ///
    /// Every optional part of the pattern is possessive (atomic), so scanning each part greedily
    /// from left to right, without backtracking, accepts exactly the strings the regex accepts.
    struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0
        var end: Int

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
            self.end = bytes.count
        }

        /// The release of a version written as plain numbers and single dots (`3.11.4`), the most common
        /// spelling by far, read in one pass; `nil` for anything else, which the full scanner handles.
        @inline(__always)
        static func plainRelease(_ bytes: UnsafeBufferPointer<UInt8>) -> ReleaseNumbers? {
            guard !bytes.isEmpty else { return nil }
            var release = ReleaseNumbers()
            var value = 0
            var digits = 0
            for byte in bytes {
                let digit = byte &- UInt8(ascii: "0")
                if digit < 10 {
                    // Nineteen digits always fit in an Int; longer numbers take the careful path.
                    guard digits < 18 else { return nil }
                    value = value &* 10 &+ Int(digit)
                    digits += 1
                } else if byte == UInt8(ascii: "."), digits > 0 {
                    release.append(value)
                    value = 0
                    digits = 0
                } else {
                    return nil
                }
            }
            guard digits > 0 else { return nil }
            release.append(value)
            return release
        }

        /// The version in `bytes`: plain releases in one pass, everything else through the full scanner.
        ///
        /// The one way into the parser, shared by `Version.init` and ``parse(_:)``.
        @inline(__always)
        static func version(from bytes: UnsafeBufferPointer<UInt8>) throws(Failure) -> Version {
            if let release = plainRelease(bytes) {
                return Version(plainRelease: release)
            }
            var parser = Parser(bytes: bytes)
            return try parser.parseVersion()
        }

        /// The version in `bytes`, or where and why it is not one (for parsers that embed versions).
        static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<Version, Failure> {
            do throws(Failure) {
                return .success(try version(from: bytes))
            } catch {
                return .failure(error)
            }
        }

        private mutating func parseVersion() throws(Failure) -> Version {
            trimWhitespace()
            if position < end, bytes[position] | 0x20 == UInt8(ascii: "v") { position += 1 }

            var epoch = 0
            let digitsEnd = scanDigits(from: position)
            if digitsEnd > position, digitsEnd < end, bytes[digitsEnd] == UInt8(ascii: "!") {
                epoch = try number(from: position, to: digitsEnd)
                position = digitsEnd + 1
            }

            let release = try parseRelease()
            let pre = try parsePre()
            let post = try parsePost()
            let dev = try parseDev()
            let local = try parseLocal()
            guard position == end else { throw Failure(offset: position, kind: .unexpected) }
            return Version(unchecked: epoch, release: release, pre: pre, post: post, dev: dev, local: local)
        }

        // MARK: - Segments

        @inline(__always)
        private mutating func parseRelease() throws(Failure) -> ReleaseNumbers {
            guard position < end, Parser.isDigit(bytes[position]) else {
                throw Failure(offset: position, kind: .unexpected)
            }
            var release = ReleaseNumbers()
            release.append(try scanNumber())
            while position + 1 < end, bytes[position] == UInt8(ascii: "."), Parser.isDigit(bytes[position + 1]) {
                position += 1
                release.append(try scanNumber())
            }
            return release
        }

        @inline(__always)
        private mutating func parsePre() throws(Failure) -> PreRelease? {
            let letterStart = isSeparator(at: position) ? position + 1 : position
            guard letterStart < end else { return nil }
            let kind: PreRelease.Kind
            let length: Int
            switch bytes[letterStart] | 0x20 {
            case UInt8(ascii: "a"):
                kind = .alpha
                length = matches("alpha", at: letterStart) ? 5 : 1
            case UInt8(ascii: "b"):
                kind = .beta
                length = matches("beta", at: letterStart) ? 4 : 1
            case UInt8(ascii: "c"):
                kind = .releaseCandidate
                length = 1
            case UInt8(ascii: "p"):
                kind = .releaseCandidate
                if matches("preview", at: letterStart) {
                    length = 7
                } else if matches("pre", at: letterStart) {
                    length = 3
                } else {
                    return nil
                }
            case UInt8(ascii: "r"):
                guard matches("rc", at: letterStart) else { return nil }
                kind = .releaseCandidate
                length = 2
            default:
                return nil
            }
            position = letterStart + length
            return PreRelease(kind, try optionalNumber())
        }

        @inline(__always)
        private mutating func parsePost() throws(Failure) -> Int? {
            if position + 1 < end, bytes[position] == UInt8(ascii: "-") {
                let digitsEnd = scanDigits(from: position + 1)
                if digitsEnd > position + 1 {
                    let value = try number(from: position + 1, to: digitsEnd)
                    position = digitsEnd
                    return value
                }
            }
            let letterStart = isSeparator(at: position) ? position + 1 : position
            let length: Int
            if matches("post", at: letterStart) {
                length = 4
            } else if matches("rev", at: letterStart) {
                length = 3
            } else if matches("r", at: letterStart) {
                length = 1
            } else {
                return nil
            }
            position = letterStart + length
            return try optionalNumber()
        }

        @inline(__always)
        private mutating func parseDev() throws(Failure) -> Int? {
            let letterStart = isSeparator(at: position) ? position + 1 : position
            guard matches("dev", at: letterStart) else { return nil }
            position = letterStart + 3
            return try optionalNumber()
        }

        @inline(__always)
        private mutating func parseLocal() throws(Failure) -> [LocalSegment]? {
            guard position < end, bytes[position] == UInt8(ascii: "+") else { return nil }
            var segments: [LocalSegment] = []
            var segmentStart = position + 1
            while true {
                var segmentEnd = segmentStart
                var allDigits = true
                while segmentEnd < end, let byte = Optional(bytes[segmentEnd]), Parser.isAlphanumeric(byte) {
                    if !Parser.isDigit(byte) { allDigits = false }
                    segmentEnd += 1
                }
                guard segmentEnd > segmentStart else { throw Failure(offset: segmentStart, kind: .unexpected) }
                if allDigits {
                    segments.append(.number(try number(from: segmentStart, to: segmentEnd)))
                } else {
                    let source = UnsafeBufferPointer(rebasing: bytes[segmentStart..<segmentEnd])
                    let text = String(unsafeUninitializedCapacity: source.count) { target in
                        for (offset, byte) in source.enumerated() { target[offset] = Parser.lowercased(byte) }
                        return source.count
                    }
                    segments.append(.text(text))
                }
                position = segmentEnd
                guard isSeparator(at: position) else { break }
                segmentStart = position + 1
            }
            return segments
        }

        /// `[._-]?+ [0-9]*`: a separator is consumed even when no number follows; the number defaults to 0.
        @inline(__always)
        private mutating func optionalNumber() throws(Failure) -> Int {
            if isSeparator(at: position) { position += 1 }
            let digitsEnd = scanDigits(from: position)
            guard digitsEnd > position else { return 0 }
            let value = try number(from: position, to: digitsEnd)
            position = digitsEnd
            return value
        }

        // MARK: - Scanning

        @inline(__always)
        private mutating func trimWhitespace() {
            while position < end {
                let byte = bytes[position]
                if byte < 0x80 {
                    guard PythonText.isSpace(Unicode.Scalar(byte)) else { break }
                    position += 1
                } else {
                    guard let (scalar, width) = decodeScalar(at: position), PythonText.isSpace(scalar) else { break }
                    position += width
                }
            }
            while end > position {
                let byte = bytes[end - 1]
                if byte < 0x80 {
                    guard PythonText.isSpace(Unicode.Scalar(byte)) else { break }
                    end -= 1
                } else {
                    var start = end - 1
                    while start > position, bytes[start] & 0xC0 == 0x80 { start -= 1 }
                    guard let (scalar, width) = decodeScalar(at: start), start + width == end,
                        PythonText.isSpace(scalar)
                    else { break }
                    end = start
                }
            }
        }

        private func decodeScalar(at offset: Int) -> (Unicode.Scalar, Int)? {
            var iterator = UnsafeBufferPointer(rebasing: bytes[offset..<end]).makeIterator()
            var decoder = UTF8()
            guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return nil }
            return (scalar, UTF8.width(scalar))
        }

        @inline(__always)
        private func scanDigits(from start: Int) -> Int {
            var index = start
            while index < end, Parser.isDigit(bytes[index]) { index += 1 }
            return index
        }

        /// Reads the run of digits at `position` (at least one) as a number and moves past it.
        @inline(__always)
        private mutating func scanNumber() throws(Failure) -> Int {
            let start = position
            var value = 0
            while position < end {
                let digit = bytes[position] &- UInt8(ascii: "0")
                guard digit < 10 else { break }
                let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
                let (sum, overflow2) = times10.addingReportingOverflow(Int(digit))
                if overflow1 || overflow2 { throw Failure(offset: start, kind: .numberTooLarge) }
                value = sum
                position += 1
            }
            return value
        }

        @inline(__always)
        private func number(from start: Int, to stop: Int) throws(Failure) -> Int {
            var value = 0
            for index in start..<stop {
                let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
                let (sum, overflow2) = times10.addingReportingOverflow(Int(bytes[index] &- UInt8(ascii: "0")))
                if overflow1 || overflow2 { throw Failure(offset: start, kind: .numberTooLarge) }
                value = sum
            }
            return value
        }

        @inline(__always)
        private func isSeparator(at index: Int) -> Bool {
            guard index < end else { return false }
            let byte = bytes[index]
            return byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
        }

        /// Whether the ASCII `word` (lowercase) appears at `index`, ignoring ASCII case.
        @inline(__always)
        private func matches(_ word: StaticString, at index: Int) -> Bool {
            let count = word.utf8CodeUnitCount
            guard index + count <= end else { return false }
            let pointer = word.utf8Start
            for offset in 0..<count where bytes[index + offset] | 0x20 != pointer[offset] {
                return false
            }
            return true
        }

        @inline(__always)
        static func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

        @inline(__always)
        static func isAlphanumeric(_ byte: UInt8) -> Bool {
            isDigit(byte) || (byte | 0x20) &- UInt8(ascii: "a") < 26
        }

        static func lowercased(_ byte: UInt8) -> UInt8 {
            byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
        }
    }
}
