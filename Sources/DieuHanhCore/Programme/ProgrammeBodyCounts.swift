import Foundation

/// The items submitted in a period counted by the body they went to and by kind, as seed 001 counts them: "04 nội
/// dung thông qua Ban Thường vụ Tỉnh ủy … và 25 nội dung trình … HĐND tỉnh, gồm: 11 báo cáo, 04 dự thảo nghị quyết
/// quy phạm pháp luật, 10 dự thảo nghị quyết cá biệt". An item counts when it is in column (5) of the period as of
/// the cut-off (`ProgrammeCounts.membership`), so the bodies add up to the headline's "đã thực hiện 37/42".
public struct ProgrammeBodyCounts: Equatable, Sendable {
    public private(set) var kinds: [ProgrammeBody: [ProgrammeItemKind: Int]] = [:]

    public init() {}

    /// Counts one item if its membership says it was submitted.
    public mutating func add(_ m: ProgrammeCounts.Membership, body: ProgrammeBody, kind: ProgrammeItemKind) {
        guard m.submitted else { return }
        kinds[body, default: [:]][kind, default: 0] += 1
    }

    /// The items submitted to `body`.
    public func total(_ body: ProgrammeBody) -> Int { kinds[body]?.values.reduce(0, +) ?? 0 }

    /// Every item counted.
    public var total: Int { kinds.keys.reduce(0) { $0 + total($1) } }

    /// The bodies in the order a report names them: the Party committee and the council first (what the committee
    /// prepares for others), the Government and the Prime Minister, then the committee's own meetings.
    public static let reportOrder: [ProgrammeBody] = [
        .partyCommittee, .council, .government, .primeMinister, .committeeStanding, .committee,
    ]

    /// The kinds in the order a report names them: reports before drafts, as seed 001 does.
    public static let kindOrder: [ProgrammeItemKind] = [
        .report, .scheme, .draftNormativeResolution, .draftIndividualResolution, .draftResolution, .draftDecision,
        .regulation, .plan, .programme, .submission, .other,
    ]

    /// The sentence after the headline: "Các nội dung đã trình gồm: 04 nội dung trình Tỉnh ủy (02 báo cáo, 02 đề
    /// án); 25 nội dung trình HĐND tỉnh (11 báo cáo, 04 dự thảo nghị quyết quy phạm pháp luật, 10 dự thảo nghị
    /// quyết cá biệt)." Nil when nothing was submitted.
    public var sentence: String? {
        let parts = Self.reportOrder.compactMap { body -> String? in
            let count = total(body)
            guard count > 0, let byKind = kinds[body] else { return nil }
            let kinds = Self.kindOrder.compactMap { kind -> String? in
                guard let n = byKind[kind], n > 0 else { return nil }
                return "\(VNFormat.count(n)) \(kind.label.lowercasedFirstLetter)"
            }
            return "\(VNFormat.count(count)) nội dung trình \(body.label) (\(kinds.joined(separator: ", ")))"
        }
        guard !parts.isEmpty else { return nil }
        return "Các nội dung đã trình gồm: " + parts.joined(separator: "; ") + "."
    }
}

extension String {
    /// "Báo cáo" → "báo cáo", to set a label inside a sentence.
    fileprivate var lowercasedFirstLetter: String {
        guard let first else { return self }
        return first.lowercased() + dropFirst()
    }
}
