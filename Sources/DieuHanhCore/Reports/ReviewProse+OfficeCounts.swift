import Foundation

/// The review report's documents and meetings, recorded and entered (`OfficeCounts`), with what the office entered.
public struct OfficeFigures: Equatable, Sendable {
    /// Documents issued per type code and meetings per kind: recorded + entered.
    public var issued: [String: Int]
    public var received: Int
    public var meetings: [String: Int]
    /// The part the office entered from the e-office system; `enteredReceived` nil when it entered none.
    public var enteredIssued: [String: Int]
    public var enteredReceived: Int?
    public var enteredMeetings: [String: Int]

    public init(
        issued: [String: Int] = [:], received: Int = 0, meetings: [String: Int] = [:], enteredIssued: [String: Int] = [:],
        enteredReceived: Int? = nil, enteredMeetings: [String: Int] = [:]
    ) {
        self.issued = issued
        self.received = received
        self.meetings = meetings
        self.enteredIssued = enteredIssued
        self.enteredReceived = enteredReceived
        self.enteredMeetings = enteredMeetings
    }
}

extension ReviewProse {
    /// Seed 002's sentence: "Trong kỳ, UBND tỉnh đã tiếp nhận và xử lý 15.573 văn bản đến; ban hành 4.385 văn bản đi,
    /// trong đó có: 10 văn bản quy phạm pháp luật, 1.124 quyết định, 13 chỉ thị, 1.678 công văn; tổ chức 23 cuộc họp
    /// giao ban, 09 cuộc họp chuyên đề (số liệu văn bản đến, văn bản đi và cuộc họp do Văn phòng tổng hợp từ hệ thống
    /// quản lý văn bản)." The note names what the office entered; the rest was recorded here and needs no note. nil
    /// when there is nothing to count.
    public static func documentsAndMeetings(_ f: OfficeFigures, subject: String = "UBND tỉnh") -> String? {
        var parts: [String] = []
        if f.received > 0 { parts.append("tiếp nhận và xử lý \(VNFormat.count(f.received)) văn bản đến") }
        let issuedTotal = f.issued.values.reduce(0, +)
        if issuedTotal > 0 {
            let named = namedCodes(f.issued).map { "\(VNFormat.count(f.issued[$0]!)) \(documentNouns[$0]!)" }
            parts.append(
                "ban hành \(VNFormat.count(issuedTotal)) văn bản đi"
                    + (named.isEmpty ? "" : ", trong đó có: " + named.joined(separator: ", ")))
        }
        let kinds = MeetingKind.allCases.filter { (f.meetings[$0.rawValue] ?? 0) > 0 }
        if !kinds.isEmpty {
            parts.append(
                "tổ chức "
                    + kinds.map { "\(VNFormat.count(f.meetings[$0.rawValue]!)) \(meetingNouns[$0]!)" }
                    .joined(separator: ", "))
        }
        guard !parts.isEmpty else { return nil }
        let entered = enteredNames(f)
        let note = entered.isEmpty ? "" : " (số liệu \(listed(entered)) do Văn phòng tổng hợp từ hệ thống quản lý văn bản)"
        return "Trong kỳ, \(subject) đã " + parts.joined(separator: "; ") + note + "."
    }

    /// What the office entered, by category; a category partly recorded here names only the types or kinds entered.
    static func enteredNames(_ f: OfficeFigures) -> [String] {
        var names: [String] = []
        if let received = f.enteredReceived, received > 0, f.received > 0 { names.append("văn bản đến") }
        let issued = f.issued.filter { $0.value > 0 }
        let enteredIssued = f.enteredIssued.filter { $0.value > 0 }
        if !enteredIssued.isEmpty {
            if issued.allSatisfy({ enteredIssued[$0.key] == $0.value }) {
                names.append("văn bản đi")
            } else {
                names += OfficeCounts.issuedCodes.compactMap { enteredIssued[$0] == nil ? nil : documentNouns[$0] }
            }
        }
        let meetings = f.meetings.filter { $0.value > 0 }
        let enteredMeetings = f.enteredMeetings.filter { $0.value > 0 }
        if !enteredMeetings.isEmpty {
            if meetings.allSatisfy({ enteredMeetings[$0.key] == $0.value }) {
                names.append("cuộc họp")
            } else {
                names += MeetingKind.allCases.compactMap { enteredMeetings[$0.rawValue] == nil ? nil : meetingNouns[$0] }
            }
        }
        return names
    }

    /// "a", "a và b", "a, b và c".
    static func listed(_ names: [String]) -> String {
        names.count < 2 ? names.joined() : names.dropLast().joined(separator: ", ") + " và " + names.last!
    }

    /// The types the sentence names, with a count, in seed 001's order then the others by code; other documents
    /// (`KHAC`) and types without a name count only in the total.
    static func namedCodes(_ counts: [String: Int]) -> [String] {
        let known = OfficeCounts.issuedCodes.filter { counts[$0] != nil }
        let rest = counts.keys.filter { !OfficeCounts.issuedCodes.contains($0) }.sorted()
        return (known + rest).filter { (counts[$0] ?? 0) > 0 && $0 != OfficeCounts.other && documentNouns[$0] != nil }
    }

    /// Document types as counted in prose (lower case, NĐ 30/2020's names).
    public static let documentNouns: [String: String] = [
        OfficeCounts.legalNormative: "văn bản quy phạm pháp luật", "QĐ": "quyết định", "CT": "chỉ thị", "KH": "kế hoạch",
        "TTr": "tờ trình", "BC": "báo cáo", "TB": "thông báo", "CV": "công văn", "NQ": "nghị quyết", "KL": "kết luận",
        "HD": "hướng dẫn", "CĐ": "công điện", "CTr": "chương trình", "ĐA": "đề án", "PA": "phương án",
        OfficeCounts.other: "văn bản khác",
    ]

    /// Meetings as counted in prose: "05 phiên họp thường kỳ", "13 cuộc họp giao ban".
    public static let meetingNouns: [MeetingKind: String] = [
        .regular: "phiên họp thường kỳ", .thematic: "cuộc họp chuyên đề", .extraordinary: "phiên họp bất thường",
        .conference: "hội nghị", .briefing: "cuộc họp giao ban", .workingSession: "buổi làm việc",
    ]
}
