import Foundation

/// What the office counts for the review report's first page (DOMAIN §9): documents issued by type, documents
/// received, meetings held by kind. The raw values are the CSV's `loai` and the stored category.
public enum OfficeCountCategory: String, CaseIterable, Sendable, Codable {
    case issued = "van_ban_di"
    case received = "van_ban_den"
    case meetings = "cuoc_hop"

    /// The codes counted in this category, in the order reports list them: document types as seed 001 lists them
    /// ("14 quyết định quy phạm pháp luật, 1.713 quyết định cá biệt, 08 chỉ thị, 76 kế hoạch, 34 tờ trình, 159 báo
    /// cáo, 127 thông báo, 2.789 công văn"), then the rest of the e-office system's total; documents received have
    /// one count, under the empty code; meetings by `MeetingKind`.
    public var codes: [String] {
        switch self {
        case .issued: return OfficeCounts.issuedCodes
        case .received: return [""]
        case .meetings: return MeetingKind.allCases.map(\.rawValue)
        }
    }
}

/// How counts recorded in DieuHanh and counts the office enters from the e-office system become the report's
/// figures: per code, recorded + entered (the office enters only what DieuHanh does not hold, the form shows both).
public enum OfficeCounts {
    /// Legal normative documents (`42/2014/QĐ-UBND`), apart from the other decisions as both seeds count them.
    public static let legalNormative = "QPPL"
    /// Documents of the other types, which the report counts in the total without naming them.
    public static let other = "KHAC"
    public static let issuedCodes = [legalNormative, "QĐ", "CT", "KH", "TTr", "BC", "TB", "CV", other]
    /// The most the form and the CSV take: the busiest office issues tens of thousands a year.
    public static let maximum = 9_999_999

    /// Recorded and entered counts of one category added up per code; a code in either appears.
    public static func combine(recorded: [String: Int], entered: [String: Int]) -> [String: Int] {
        recorded.merging(entered, uniquingKeysWith: +)
    }

    /// The code a recorded document counts under: a legal normative document (its notation carries a year) as
    /// `QPPL`, a công văn (no type) as `CV`, any other by its type.
    public static func code(of number: DocumentNumber) -> String {
        if number.year != nil && !number.isParty { return legalNormative }
        return number.typeCode ?? "CV"
    }

    /// The code as typed (any case, D for Đ: "qd", "QD", "ttr") in its official spelling for `category`; nil when the
    /// category has no such code. Documents received take only the empty code.
    public static func canonicalCode(_ typed: String, in category: OfficeCountCategory) -> String? {
        let text = typed.trimmingCharacters(in: .whitespaces)
        let folded = VietnameseText.fold(text).replacingOccurrences(of: "đ", with: "d")
        return category.codes.first { VietnameseText.fold($0).replacingOccurrences(of: "đ", with: "d") == folded }
    }

    /// A count as the office types it: digits, "." or spaces between thousands ("15.573", "15 573"); nil when it
    /// is not a whole number from 0 to `maximum`.
    public static func parseCount(_ typed: String) -> Int? {
        let text = typed.trimmingCharacters(in: .whitespaces)
        let groups = text.split(separator: text.contains(".") ? "." : " ", omittingEmptySubsequences: false)
        guard !text.isEmpty, groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            groups.count == 1 || (groups.dropFirst().allSatisfy({ $0.count == 3 }) && groups[0].count <= 3)
        else { return nil }
        guard let value = Int(groups.joined()), value <= maximum else { return nil }
        return value
    }
}
