import Foundation

/// A document's số, ký hiệu (number and notation), per Nghị định 30/2020/NĐ-CP and the Party's rules.
///
/// Forms (DOMAIN §2):
/// - typed document `1409/BC-UBND`: number / type - issuer;
/// - công văn `4049/UBND-TH`: number / issuer - drafting unit (no type);
/// - legal normative document `42/2014/QĐ-TTg`: number / year / type - issuer (a law: `45/2019/QH14`);
/// - Party document `36-NQ/TW`: number - type / issuer.
///
/// Equality compares every field, `date` included.
public struct DocumentNumber: Hashable, Sendable {
    public var number: Int
    /// The year inside the notation, only for legal normative documents (`42/2014/QĐ-TTg`).
    public var year: Int?
    /// The type abbreviation (NQ, QĐ, BC…); nil for a công văn and a law.
    public var typeCode: String?
    /// The issuing body's abbreviation: "CP", "TTg", "UBND", "TW", "TU"…
    public var issuer: String
    /// The drafting unit of a công văn: "TH" in `4049/UBND-TH`.
    public var drafter: String?
    /// A Party document (`36-NQ/TW`): hyphen after the number, slash before the issuer.
    public var isParty: Bool
    /// The issue date when the text carried one ("… ngày 22/7/2021"); not part of the notation.
    public var date: CivilDate?

    public init(
        number: Int, year: Int? = nil, typeCode: String? = nil, issuer: String, drafter: String? = nil,
        isParty: Bool = false, date: CivilDate? = nil
    ) {
        self.number = number
        self.year = year
        self.typeCode = typeCode
        self.issuer = issuer
        self.drafter = drafter
        self.isParty = isParty
        self.date = date
    }

    /// The official form: "01/NQ-CP", "42/2014/QĐ-TTg", "4049/UBND-TH", "36-NQ/TW". Numbers below 10 take a
    /// leading zero.
    public var notation: String {
        let n = number < 10 ? "0\(number)" : "\(number)"
        if isParty { return "\(n)-\(typeCode ?? "")/\(issuer)" }
        var parts = [n]
        if let year { parts.append(String(year)) }
        var last = [typeCode, issuer, drafter].compactMap { $0 }.joined(separator: "-")
        if last.isEmpty { last = issuer }
        parts.append(last)
        return parts.joined(separator: "/")
    }

    /// The type abbreviations of Nghị định 30/2020/NĐ-CP (appendix III) and the Party's KL, plus those of legal
    /// normative documents (NĐ, TT, TTLT). Spelled as officially written, mixed case included.
    public static let knownTypeCodes: [String] = [
        "NQ", "QĐ", "CT", "QC", "QyĐ", "TC", "TB", "HD", "CTr", "KH", "PA", "ĐA", "DA", "BC", "BB", "TTr", "HĐ",
        "CĐ", "GM", "KL", "BGN", "BTT", "GUQ", "GGT", "GNP", "NĐ", "TT", "TTLT",
    ]

    /// Issuer abbreviations that are not all capitals.
    static let mixedCaseIssuers: [String] = ["TTg"]

    /// Reads a notation typed in any of the usual styles: "Số: 1409 /BC-UBND", "số 01/NQ-CP", "1/NQ-CP",
    /// "42/2014/QD-TTg", "Số 247-KL/TU", "3413/UBND-TH ngày 22/7/2021", "01/nq-cp".
    ///
    /// Text before the number ("Số:", "Nghị quyết số") is skipped; a date after the notation is read into
    /// `date`, anything else after it is ignored. Letter case is normalised (`nq` → `NQ`, `ttg` → `TTg`), and a
    /// type code typed with a plain D where the official code has Đ becomes Đ (`QD` → `QĐ`), unless the plain
    /// spelling is a code itself (`DA` dự án and `ĐA` đề án, `HD` hướng dẫn and `HĐ` hợp đồng stay apart).
    public static func parse(_ text: String) -> Result<DocumentNumber, DocumentNumberError> {
        let cleaned = DocumentNumberScanner.clean(text)
        if cleaned.allSatisfy({ $0 == " " }) { return .failure(.empty) }
        guard let result = DocumentNumberScanner.scan(cleaned) else {
            return .failure(.unreadable(text.trimmingCharacters(in: .whitespacesAndNewlines)))
        }
        return .success(result)
    }

    /// The official spelling of a type code typed in any case, with D for Đ allowed; nil if unknown.
    static func canonicalTypeCode(_ code: String) -> String? {
        let upper = code.uppercased()
        if let exact = knownTypeCodes.first(where: { $0.uppercased() == upper }) { return exact }
        let folded = upper.replacingOccurrences(of: "Đ", with: "D")
        let matches = knownTypeCodes.filter { $0.uppercased().replacingOccurrences(of: "Đ", with: "D") == folded }
        return matches.count == 1 ? matches[0] : nil
    }

    /// The official spelling of an issuer or drafting-unit code: capitals, except the known mixed-case ones.
    static func canonicalBody(_ code: String) -> String {
        let upper = code.uppercased()
        return mixedCaseIssuers.first { $0.uppercased() == upper } ?? upper
    }
}

/// Why a notation could not be read, with the message to show (Vietnamese).
public enum DocumentNumberError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case unreadable(String)

    public var message: String {
        switch self {
        case .empty:
            return "Chưa nhập số, ký hiệu văn bản."
        case .unreadable(let text):
            return "Không đọc được số, ký hiệu văn bản: “\(text)”. "
                + "Cách viết đúng, ví dụ: 01/NQ-CP, 4049/UBND-TH, 42/2014/QĐ-TTg, 36-NQ/TW."
        }
    }

    public var description: String { message }
}

extension DocumentNumberError: LocalizedError {
    public var errorDescription: String? { message }
}
