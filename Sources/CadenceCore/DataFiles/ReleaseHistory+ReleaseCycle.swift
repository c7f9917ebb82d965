import Foundation

extension ReleaseHistory {
    /// The history in the shape of `release-cycle.json`, which the PEPs site serves
    /// (https://peps.python.org/api/release-cycle.json) and CPython's tooling reads.
    ///
    /// Series from 2.6 on, newest first release first; for each: `branch`, `pep`, `status`,
    /// `first_release` (a date), `end_of_life` (a date, written `YYYY-MM` when it falls on the first
    /// of a month and the series is not yet end-of-life), `release_manager` — the keys and layout of
    /// the PEPs site's generator.
    ///
    /// - Parameter statusDate: When given, `status` is computed on that date instead of declared.
    /// - Returns: The JSON text, indented by two spaces, ending with a newline.
    public func releaseCycleJSON(statusOn statusDate: CalendarDate? = nil) -> String {
        let rows = series.filter { $0.name >= SeriesName(major: 2, minor: 6) }
            .enumerated()
            .sorted {
                ($1.element.milestones.firstRelease, $1.offset) < ($0.element.milestones.firstRelease, $0.offset)
            }
            .map(\.element)
        var out = "{\n"
        for (index, series) in rows.enumerated() {
            let status = statusDate.map { series.phase(on: $0).cpythonStatus } ?? series.declaredStatus ?? ""
            var endOfLife = series.milestones.endOfLife.day.description
            if status != "end-of-life", endOfLife.hasSuffix("-01") { endOfLife.removeLast(3) }
            let fields: [(String, String)] = [
                ("branch", JSONText.string(series.branch ?? "")),
                ("pep", series.pep.map { String($0) } ?? "null"),
                ("status", JSONText.string(status)),
                ("first_release", JSONText.string(series.milestones.firstRelease.day.description)),
                ("end_of_life", JSONText.string(endOfLife)),
                ("release_manager", JSONText.string(series.releaseManager ?? "")),
            ]
            out += "  \(JSONText.string(series.name.description)): {\n"
            out += fields.map { "    \(JSONText.string($0.0)): \($0.1)" }.joined(separator: ",\n")
            out += index + 1 < rows.count ? "\n  },\n" : "\n  }\n"
        }
        return out + "}\n"
    }

    /// Reads `release-cycle.json`.
    ///
    /// The file carries only `first_release` and `end_of_life` among the milestones; the others are
    /// derived by PEP 602's rules (development starts 17 months before X.Y.0, feature freeze 5 months
    /// before, bugfix ends 24 months after X.Y.0 from 3.13 on and 18 months before), so phases before
    /// X.Y.0 and the end of bugfix are estimates. `end_of_life` may be a date or a month (`2030-10`).
    ///
    /// - Parameters:
    ///   - json: The file's contents.
    ///   - file: The file's name, for error messages.
    /// - Throws: ``DataFileError`` when the JSON is malformed or a series lacks a field or has a bad one.
    public init(releaseCycleJSON json: String, file: String) throws {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(json.utf8))
        } catch {
            // Foundation's debug description says where ("around line 3, column 7"); keep it.
            let detail = (error as NSError).userInfo["NSDebugDescription"] as? String ?? error.localizedDescription
            let place = JSONText.place(in: json, describedBy: detail)
            throw DataFileError(
                file: file,
                line: place?.line,
                column: place?.column,
                reason: "not valid JSON: \(detail)"
            )
        }
        guard let root = object as? [String: Any] else {
            throw DataFileError(file: file, line: nil, reason: "expected an object keyed by series such as \"3.14\"")
        }
        var series: [ReleaseSeries] = []
        for (key, value) in root {
            func fail(_ reason: String) -> DataFileError {
                DataFileError(file: file, line: nil, reason: "series \(JSONText.string(key)): \(reason)")
            }
            let name: SeriesName
            do { name = try SeriesName(key) } catch { throw fail("\(error)") }
            guard let fields = value as? [String: Any] else { throw fail("expected an object") }
            func text(_ field: String) throws -> String {
                guard let text = fields[field] as? String else { throw fail("'\(field)' must be a string") }
                return text
            }
            let firstRelease: CalendarDate
            let endOfLife: ReleaseDate
            do {
                firstRelease = try CalendarDate(try text("first_release"))
                endOfLife = try ReleaseDate(try text("end_of_life"))
            } catch let problem as CalendarError {
                throw fail(problem.description)
            }
            if let pep = fields["pep"], !(pep is NSNull), (pep as? Int).map({ Double($0) }) != (pep as? Double) {
                throw fail("'pep' must be an integer")
            }
            if let status = fields["status"] as? String, Phase(cpythonStatus: status) == nil {
                throw fail(
                    "status \(JSONText.string(status)) must be one of feature, prerelease, bugfix, security, end-of-life"
                )
            }
            let bugfixMonths = name >= SeriesName(major: 3, minor: 13) ? 24 : 18
            let milestones = SeriesMilestones(
                startOfDevelopment: ReleaseDate(firstRelease.adding(months: -17)),
                featureFreeze: ReleaseDate(firstRelease.adding(months: -5)),
                firstRelease: ReleaseDate(firstRelease),
                endOfBugfix: ReleaseDate(firstRelease.adding(months: bugfixMonths)),
                endOfLife: ReleaseDate(endOfLife.day)
            )
            series.append(
                ReleaseSeries(
                    name: name,
                    milestones: milestones,
                    pep: fields["pep"] as? Int,
                    branch: fields["branch"] as? String,
                    releaseManager: fields["release_manager"] as? String,
                    declaredStatus: fields["status"] as? String
                )
            )
        }
        self.init(series: series)
    }
}

/// JSON text for strings, written by hand so output is byte-stable across platforms.
public enum JSONText {
    /// The line and column of the offset named in a Foundation JSON error ("around character 57").
    static func place(in text: String, describedBy detail: String) -> (line: Int, column: Int)? {
        guard let range = detail.range(of: "character ") else { return nil }
        let digits = detail[range.upperBound...].prefix { $0.isASCIIDigit }
        guard let offset = Int(digits) else { return nil }
        var line = 1
        var column = 1
        for (index, unit) in text.utf16.enumerated() {
            if index == offset { return (line, column) }
            if unit == 10 {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }

    /// Whether `text` holds a character a JSON string literal escapes: a control character, `"` or `\`.
    public static func needsEscaping(_ text: String) -> Bool {
        text.utf8.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }
    }

    /// `text` as a JSON string literal (non-ASCII characters kept, as `ensure_ascii=False` does).
    public static func string(_ text: String) -> String {
        // Most strings need no escape: copy them whole.
        if !needsEscaping(text) { return "\"" + text + "\"" }
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
