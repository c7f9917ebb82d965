/// Recovers the command-line order of values given to several repeatable options.
///
/// swift-argument-parser keeps the order of the values of one option but not how two options
/// interleave (`--set 3.8 --min 3.7 --set 3.6`). Commands whose meaning depends on that order read it
/// back from the raw arguments, and check it against what the parser found, so the two never disagree.
enum ArgumentOrder {
    /// One value of one option, in command-line order.
    struct Occurrence: Equatable {
        /// The option as written in the definition, such as `--set`.
        var option: String
        /// Its value.
        var value: String
    }

    /// The occurrences of `options` in `arguments`, both `--set 3.8` and `--set=3.8`, in order; stops
    /// at `--`.
    /// - Parameters:
    ///   - options: The long option names with their dashes.
    ///   - arguments: The raw arguments, without the executable's path.
    /// - Returns: Each occurrence with its value.
    static func occurrences(of options: [String], in arguments: [String]) -> [Occurrence] {
        var found: [Occurrence] = []
        var index = 0
        while index < arguments.count {
            let token = arguments[index]
            if token == "--" { break }
            if let option = options.first(where: { $0 == token }), index + 1 < arguments.count {
                found.append(Occurrence(option: option, value: arguments[index + 1]))
                index += 2
                continue
            }
            if let option = options.first(where: { token.hasPrefix($0 + "=") }) {
                found.append(Occurrence(option: option, value: String(token.dropFirst(option.count + 1))))
            }
            index += 1
        }
        return found
    }

    /// The parsed values of several options, interleaved in command-line order.
    ///
    /// With values for one option only, the order is the parser's. Otherwise the raw arguments give it,
    /// provided they hold exactly the values the parser found for each option.
    /// - Parameters:
    ///   - parsed: Each option's name (with dashes) and the values the parser found, in its order.
    ///   - arguments: The raw arguments; the process's own by default.
    /// - Returns: The occurrences in order, or `nil` when the raw arguments do not match the parse
    ///   (the command was not called with this process's arguments).
    static func interleaved(
        _ parsed: [(option: String, values: [String])],
        arguments: [String] = Array(CommandLine.arguments.dropFirst())
    ) -> [Occurrence]? {
        let used = parsed.filter { !$0.values.isEmpty }
        if used.count <= 1 {
            return used.flatMap { entry in entry.values.map { Occurrence(option: entry.option, value: $0) } }
        }
        let found = occurrences(of: parsed.map(\.option), in: arguments)
        for entry in parsed where found.filter({ $0.option == entry.option }).map(\.value) != entry.values {
            return nil
        }
        return found
    }
}
