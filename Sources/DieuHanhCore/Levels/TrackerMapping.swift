import Foundation

/// What DieuHanh reads from the national task tracker's export (Hệ thống theo dõi nhiệm vụ của Chính phủ, DOMAIN
/// §12): that system is not DieuHanh, so its columns are named as it names them. The office maps them once; the
/// mapping is kept and every later export is read with it.
public enum TrackerField: String, CaseIterable, Codable, CodingKeyRepresentable, Sendable {
    case id, notation, documentDate, summary, assigner, content, lead, coordinators, assignedOn, deadline, completedOn

    public var label: String {
        switch self {
        case .id: "Mã nhiệm vụ trên hệ thống"
        case .notation: "Số, ký hiệu văn bản"
        case .documentDate: "Ngày văn bản"
        case .summary: "Trích yếu"
        case .assigner: "Cơ quan giao"
        case .content: "Nội dung nhiệm vụ"
        case .lead: "Đơn vị chủ trì"
        case .coordinators: "Đơn vị phối hợp"
        case .assignedOn: "Ngày giao"
        case .deadline: "Thời hạn"
        case .completedOn: "Ngày hoàn thành"
        }
    }

    /// Without these a row cannot become a task. The assigner and the lead unit may instead have a default (the
    /// export of one province's tasks often has no column for the province itself).
    public var isRequired: Bool { [.id, .notation, .documentDate, .content].contains(self) }

    /// Headers the field is usually exported under, folded (no diacritics, lower case): the first mapping's guess.
    var usualHeaders: [String] {
        switch self {
        case .id: ["ma nhiem vu", "ma", "id", "ma so", "ma so nhiem vu", "stt nhiem vu"]
        case .notation: ["so ky hieu", "so, ky hieu", "so hieu van ban", "so ky hieu van ban", "van ban giao"]
        case .documentDate: ["ngay van ban", "ngay ban hanh", "ngay ky", "ngay ban hanh van ban"]
        case .summary: ["trich yeu", "trich yeu van ban", "ten van ban"]
        case .assigner: ["co quan giao", "nguoi giao", "don vi giao", "co quan ban hanh", "cap giao"]
        case .content: ["noi dung nhiem vu", "noi dung", "nhiem vu", "ten nhiem vu"]
        case .lead: ["don vi chu tri", "co quan chu tri", "don vi thuc hien", "co quan thuc hien", "chu tri"]
        case .coordinators: ["don vi phoi hop", "co quan phoi hop", "phoi hop"]
        case .assignedOn: ["ngay giao", "ngay giao nhiem vu"]
        case .deadline: ["thoi han", "han xu ly", "han hoan thanh", "thoi han hoan thanh", "han"]
        case .completedOn: ["ngay hoan thanh", "ngay hoan thanh thuc te", "thoi gian hoan thanh"]
        }
    }
}

/// The office's mapping: which header holds each field, which of our units each unit name of the export is, and
/// the assigner and lead unit to use where the export has none. Matched by header text, not position, so an export
/// with its columns reordered is read the same.
public struct TrackerMapping: Codable, Equatable, Sendable {
    public var columns: [TrackerField: String] = [:]
    /// A unit as the export writes it, folded → our unit's code.
    public var units: [String: String] = [:]
    public var defaultAssigner: String?
    public var defaultLead: String?

    public init() {}

    /// The guess for a first export: each field the first header that reads as one of its usual names.
    public static func suggested(headers: [String]) -> TrackerMapping {
        var mapping = TrackerMapping()
        var taken = Set<String>()
        for field in TrackerField.allCases {
            let match = headers.first { header in
                !taken.contains(header) && field.usualHeaders.contains(Self.key(header))
            }
            if let match {
                mapping.columns[field] = match
                taken.insert(match)
            }
        }
        return mapping
    }

    /// The export's header row: the first of its first 30 rows holding the headers of every required field mapped
    /// (a later export may leave out an optional column: its cells are then empty), or, with nothing mapped yet, the
    /// row with the most usual names, at least three. Exports often carry a title above it.
    public func headerRow(in rows: [[String]]) -> Int? {
        let candidates = Array(rows.prefix(30).enumerated())
        let required = TrackerField.allCases.filter(\.isRequired).compactMap { columns[$0] }
        if !required.isEmpty {
            let wanted = Set(required.map(Self.key))
            return candidates.first { wanted.isSubset(of: Set($0.element.map(Self.key))) }?.offset
        }
        let usual = Set(TrackerField.allCases.flatMap(\.usualHeaders))
        let scored = candidates.map { (row: $0.offset, hits: $0.element.filter { usual.contains(Self.key($0)) }.count) }
        guard let best = scored.max(by: { $0.hits < $1.hits || ($0.hits == $1.hits && $0.row > $1.row) }), best.hits >= 3
        else { return nil }
        return best.row
    }

    /// What keeps this mapping from reading a row, in Vietnamese, by field.
    public var problems: [(field: TrackerField, message: String)] {
        var problems: [(TrackerField, String)] = []
        for field in TrackerField.allCases where field.isRequired && columns[field] == nil {
            problems.append((field, "Chọn cột chứa “\(field.label)”."))
        }
        if columns[.assigner] == nil && defaultAssigner == nil {
            problems.append((.assigner, "Chọn cột “Cơ quan giao” hoặc cơ quan giao mặc định."))
        }
        if columns[.lead] == nil && defaultLead == nil {
            problems.append((.lead, "Chọn cột “Đơn vị chủ trì” hoặc đơn vị chủ trì mặc định."))
        }
        return problems
    }

    /// How a header or a unit name is compared: without diacritics, case, punctuation or repeated spaces.
    public static func key(_ text: String) -> String {
        String(VietnameseText.fold(text).map { $0.isLetter || $0.isNumber ? $0 : " " }).split(separator: " ")
            .joined(separator: " ")
    }
}

/// One of our units, as the mapping resolves the export's names against them.
public struct TrackerUnit: Sendable, Equatable {
    public let code: String
    public let name: String

    public init(code: String, name: String) {
        self.code = code
        self.name = name
    }
}

extension TrackerMapping {
    /// Our unit's code for a unit as the export writes it: its code, its name, or the office's choice for that name.
    public func unitCode(for text: String, among units: [TrackerUnit]) -> String? {
        let written = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !written.isEmpty else { return nil }
        if let unit = units.first(where: { $0.code.caseInsensitiveCompare(written) == .orderedSame }) { return unit.code }
        let key = Self.key(written)
        if let chosen = self.units[key] { return chosen }
        return units.first { Self.key($0.name) == key }?.code
    }

    /// The unit names of these rows that match none of our units: the office picks each once.
    public func unknownUnits(in rows: [[String]], header: [String], among units: [TrackerUnit]) -> [String] {
        var unknown: [String] = []
        var seen = Set<String>()
        for field in [TrackerField.assigner, .lead, .coordinators] {
            guard let column = columns[field].flatMap({ header.firstIndex(of: $0) }) else { continue }
            for row in rows where column < row.count {
                let names = field == .coordinators ? Self.names(row[column]) : [row[column]]
                for name in names where unitCode(for: name, among: units) == nil {
                    let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
                    if !trimmed.isEmpty, seen.insert(Self.key(trimmed)).inserted { unknown.append(trimmed) }
                }
            }
        }
        return unknown
    }

    /// Several units in one cell, as exports write them: separated by ";", "," or line breaks.
    public static func names(_ cell: String) -> [String] {
        cell.split { $0 == ";" || $0 == "," || $0.isNewline }.map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    /// A date cell as written (`dd/mm/yyyy` and the other forms DieuHanh reads) or as Excel's day number, in the
    /// tasks CSV's `dd/mm/yyyy`; an unreadable one is left as it is for the import to name.
    public static func dateText(_ cell: String, fromSerial: (Double) -> (year: Int, month: Int, day: Int)?) -> String {
        let text = cell.trimmingCharacters(in: .whitespaces)
        if let date = CivilDate.parse(text) { return VNFormat.date(date) }
        // A day number, possibly with the time of day as a fraction; a plain year is not one.
        if let serial = Double(text), serial > 3000, let day = fromSerial(serial),
            let date = CivilDate(year: day.year, month: day.month, day: day.day)
        {
            return VNFormat.date(date)
        }
        // "08/11/2025 00:00:00" and "2025-11-08T00:00:00": the date part.
        if let first = text.split(whereSeparator: { $0 == " " || $0 == "T" }).first, first.count < text.count,
            let date = CivilDate.parse(String(first))
        {
            return VNFormat.date(date)
        }
        return text
    }
}
