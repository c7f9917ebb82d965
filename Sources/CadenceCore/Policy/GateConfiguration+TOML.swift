import CadencePackaging

extension GateConfiguration {
    /// Reads a project's `cadence.toml` (the format on ``GateConfiguration``) over `defaults`.
    ///
    /// ```swift
    /// let configuration = try GateConfiguration(toml: text, file: "cadence.toml")
    /// ```
    ///
    /// - Parameters:
    ///   - text: The file's contents.
    ///   - file: The file's name, for error messages.
    ///   - defaults: What the file does not say; CPython's rules unless given.
    /// - Throws: ``DataFileError`` naming the line of the first problem: TOML syntax, an unknown table
    ///   or key, a value of the wrong type, or a bad value (an unknown phase, kind, decision or rule, a
    ///   threshold below 1, an empty pattern).
    public init(toml text: String, file: String, defaults: GateConfiguration = .cpython) throws {
        let document = try TOMLDocument(parsing: text, file: file)
        var configuration = defaults
        let reader = GateConfigurationReader(file: file)
        var sectionsSeen = false
        for table in document.tables {
            if table.path == ["news-sections"], !sectionsSeen {
                configuration.sectionKinds = [:]
                sectionsSeen = true
            }
            try reader.apply(table, to: &configuration)
        }
        self = configuration
    }
}

/// Applies the tables of a `cadence.toml` to a configuration, one table at a time.
private struct GateConfigurationReader {
    let file: String

    static let tableNames = "[paths], [thresholds], [words], [news-sections], [rules] or [policy.<phase>]"

    func apply(_ table: TOMLDocument.Table, to configuration: inout GateConfiguration) throws {
        guard !table.path.isEmpty else {
            let entry = table.entries.first
            throw DataFileError(
                file: file,
                line: entry?.line ?? table.line,
                reason: "key '\(entry?.key ?? "")' is outside a table: put it under \(Self.tableNames)"
            )
        }
        guard !table.isArrayElement else {
            throw DataFileError(
                file: file,
                line: table.line,
                reason: "[[\(name(of: table))]] is not used in cadence.toml: write [\(name(of: table))]"
            )
        }
        switch table.path {
        case ["paths"]: try applyPaths(table, to: &configuration.paths)
        case ["thresholds"]: try applyThresholds(table, to: &configuration)
        case ["words"]: try applyWords(table, to: &configuration.words)
        case ["news-sections"]: try applySections(table, to: &configuration)
        case ["rules"]: try applyRules(table, to: &configuration)
        default:
            guard table.path.count == 2, table.path[0] == "policy" else {
                throw DataFileError(
                    file: file,
                    line: table.line,
                    reason: "unknown table [\(name(of: table))]: expected \(Self.tableNames)"
                )
            }
            try applyPolicy(table, to: &configuration)
        }
    }

    // MARK: - Tables

    func applyPaths(_ table: TOMLDocument.Table, to paths: inout GateConfiguration.Paths) throws {
        let keys: [String: WritableKeyPath<GateConfiguration.Paths, [PathPattern]>] = [
            "tests": \.tests, "documentation": \.documentation, "build": \.build, "news": \.news,
            "public-headers": \.publicHeaders, "private-headers": \.privateHeaders, "abi-files": \.abiFiles,
            "whats-new": \.whatsNew, "public-code": \.publicCode, "private-code": \.privateCode,
        ]
        for entry in table.entries {
            guard let key = keys[entry.key] else { throw unknownKey(entry, in: table, expected: keys.keys.sorted()) }
            paths[keyPath: key] = try strings(entry).map { text in
                guard !text.isEmpty else { throw badValue(entry, "an empty path pattern matches nothing") }
                return PathPattern(text)
            }
        }
    }

    func applyThresholds(_ table: TOMLDocument.Table, to configuration: inout GateConfiguration) throws {
        let keys: [String: WritableKeyPath<GateConfiguration, Int>] = [
            "adapted-test-lines": \.adaptedTestLines, "removed-tests": \.removedTests,
        ]
        for entry in table.entries {
            guard let key = keys[entry.key] else { throw unknownKey(entry, in: table, expected: keys.keys.sorted()) }
            guard case .integer(let number) = entry.value else { throw wrongType(entry, expected: "an integer") }
            guard number >= 1 else { throw badValue(entry, "'\(entry.key)' must be at least 1, found \(number)") }
            configuration[keyPath: key] = number
        }
    }

    func applyWords(_ table: TOMLDocument.Table, to words: inout GateConfiguration.Words) throws {
        let keys: [String: WritableKeyPath<GateConfiguration.Words, [WordPattern]>] = [
            "crash": \.crash, "deprecation": \.deprecation, "feature-verbs": \.featureVerbs,
            "feature-nouns": \.featureNouns, "behaviour-change": \.behaviourChange, "revert": \.revert,
        ]
        for entry in table.entries {
            if entry.key == "decisive" {
                words.decisiveKinds = try strings(entry).map { try kind(named: $0, entry) }
                continue
            }
            guard let key = keys[entry.key] else {
                throw unknownKey(entry, in: table, expected: (keys.keys + ["decisive"]).sorted())
            }
            words[keyPath: key] = try strings(entry).map { text in
                let core = text.hasSuffix("*") ? String(text.dropLast()) : text
                guard !core.allSatisfy(\.isWhitespace) else {
                    throw badValue(entry, "an empty word pattern in '\(entry.key)' would match everything")
                }
                guard !core.contains("*") else {
                    throw badValue(entry, "word pattern \(ParseError.quote(text)): '*' may only end a pattern")
                }
                return WordPattern(text)
            }
        }
    }

    func applySections(_ table: TOMLDocument.Table, to configuration: inout GateConfiguration) throws {
        for entry in table.entries {
            configuration.sectionKinds[entry.key] = try kind(named: try string(entry), entry)
        }
    }

    func applyRules(_ table: TOMLDocument.Table, to configuration: inout GateConfiguration) throws {
        for entry in table.entries {
            switch entry.key {
            case "maintenance-phases":
                configuration.maintenancePhases = Set(try strings(entry).map { try phase(named: $0, entry) })
            case "disabled":
                configuration.disabledRules = Set(
                    try strings(entry).map { text in
                        guard let rule = GateRule(rawValue: text) else {
                            throw badValue(
                                entry,
                                "unknown rule \(ParseError.quote(text)): expected "
                                    + GateRule.allCases.map(\.rawValue).joined(separator: ", ")
                            )
                        }
                        guard rule != .phasePolicy else {
                            throw badValue(entry, "rule 'phase-policy' cannot be disabled: change [policy.<phase>]")
                        }
                        return rule
                    }
                )
            default:
                throw unknownKey(entry, in: table, expected: ["maintenance-phases", "disabled"])
            }
        }
    }

    func applyPolicy(_ table: TOMLDocument.Table, to configuration: inout GateConfiguration) throws {
        guard let phase = Phase(rawValue: table.path[1]) else {
            throw DataFileError(
                file: file,
                line: table.line,
                reason: "unknown phase \(ParseError.quote(table.path[1])) in [\(name(of: table))]: expected "
                    + Phase.allCases.map(\.rawValue).joined(separator: ", ")
            )
        }
        for entry in table.entries {
            guard let kind = ChangeKind(rawValue: entry.key) else {
                throw unknownKey(entry, in: table, expected: ChangeKind.allCases.map(\.rawValue))
            }
            let text = try string(entry)
            guard let decision = PolicyDecision(rawValue: text) else {
                throw badValue(entry, "decision \(ParseError.quote(text)) must be allow, review or reject")
            }
            configuration.policyOverrides[phase, default: [:]][kind] = decision
        }
    }

    // MARK: - Values

    func name(of table: TOMLDocument.Table) -> String { table.path.map(TOMLDocument.key).joined(separator: ".") }

    func string(_ entry: TOMLDocument.Entry) throws -> String {
        guard case .string(let text) = entry.value else { throw wrongType(entry, expected: "a string") }
        return text
    }

    func strings(_ entry: TOMLDocument.Entry) throws -> [String] {
        guard case .array(let values) = entry.value else {
            throw wrongType(entry, expected: "an array of strings such as [\"a\", \"b\"]")
        }
        return try values.map { value in
            guard case .string(let text) = value else {
                throw badValue(entry, "'\(entry.key)' must hold strings, found \(value.typeName) (\(value))")
            }
            return text
        }
    }

    func phase(named text: String, _ entry: TOMLDocument.Entry) throws -> Phase {
        guard let phase = Phase(rawValue: text) else {
            throw badValue(
                entry,
                "unknown phase \(ParseError.quote(text)): expected "
                    + Phase.allCases.map(\.rawValue).joined(separator: ", ")
            )
        }
        return phase
    }

    func kind(named text: String, _ entry: TOMLDocument.Entry) throws -> ChangeKind {
        guard let kind = ChangeKind(rawValue: text) else {
            throw badValue(
                entry,
                "unknown kind \(ParseError.quote(text)): expected "
                    + ChangeKind.allCases.map(\.rawValue).joined(separator: ", ")
            )
        }
        return kind
    }

    func unknownKey(
        _ entry: TOMLDocument.Entry,
        in table: TOMLDocument.Table,
        expected: [String]
    ) -> DataFileError {
        DataFileError(
            file: file,
            line: entry.line,
            reason: "unknown key '\(entry.key)' in [\(name(of: table))]: expected "
                + expected.joined(separator: ", ")
        )
    }

    func wrongType(_ entry: TOMLDocument.Entry, expected: String) -> DataFileError {
        DataFileError(
            file: file,
            line: entry.line,
            reason: "'\(entry.key)' must be \(expected), found \(entry.value.typeName) (\(entry.value))"
        )
    }

    func badValue(_ entry: TOMLDocument.Entry, _ reason: String) -> DataFileError {
        DataFileError(file: file, line: entry.line, reason: reason)
    }
}
