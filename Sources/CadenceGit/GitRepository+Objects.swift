import CadenceCore
import Foundation

extension GitRepository {
    /// Reads blobs by name in one `git cat-file --batch`; no process when none is wanted.
    /// - Returns: The texts (decoded leniently) of the blobs found; missing ones are left out.
    func objects(_ names: [String]) throws -> [String: String] {
        var unique: [String] = []
        var seen: Set<String> = []
        for name in names where seen.insert(name).inserted { unique.append(name) }
        guard !unique.isEmpty else { return [:] }
        let arguments = ["cat-file", "--batch"]
        let input = Data(unique.map { $0 + "\n" }.joined().utf8)
        let data = try git(arguments, input: input)
        return try GitRepository.parseBatch(data, command: GitRepository.commandLine(arguments))
    }

    /// Reads `<name> <type> <size>\n<content>\n` records and `<name> missing\n` lines.
    static func parseBatch(_ data: Data, command: String) throws -> [String: String] {
        var texts: [String: String] = [:]
        var position = data.startIndex
        while position < data.endIndex {
            guard let newline = data[position...].firstIndex(of: 0x0A) else {
                throw GitError.unreadableOutput(command: command, reason: "a header without a line end")
            }
            let header = String(decoding: data[position..<newline], as: UTF8.self).split(separator: " ")
            position = data.index(after: newline)
            guard header.count == 3, let size = Int(header[2]) else { continue }  // `<name> missing`
            guard data.distance(from: position, to: data.endIndex) >= size else {
                throw GitError.unreadableOutput(command: command, reason: "object \(header[0]) is cut short")
            }
            let end = data.index(position, offsetBy: size)
            texts[String(header[0])] = String(decoding: data[position..<end], as: UTF8.self)
            position = end < data.endIndex ? data.index(after: end) : end
        }
        return texts
    }
}
