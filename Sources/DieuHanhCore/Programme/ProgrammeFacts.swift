import Foundation

/// Where an item of the work programme comes from (DOMAIN §4). Raw values are the CSV's `nguon`.
public enum ProgrammeOrigin: String, CaseIterable, Sendable, Codable {
    /// Giao đầu năm: in the programme as the decision issued it.
    case startOfYear = "dau_nam"
    /// Giao thêm / bổ sung: added during the year, on a date.
    case added = "bo_sung"

    public var label: String {
        switch self {
        case .startOfYear: return "Giao đầu năm"
        case .added: return "Giao thêm (bổ sung)"
        }
    }
}

/// What an item is (đề án, dự thảo nghị quyết, báo cáo…). Raw values are the CSV's optional `loai`.
public enum ProgrammeItemKind: String, CaseIterable, Sendable, Codable {
    case scheme = "de_an"
    /// A draft resolution not yet told apart as normative or individual.
    case draftResolution = "du_thao_nghi_quyet"
    /// A draft resolution that is a legal normative document (quy phạm pháp luật).
    case draftNormativeResolution = "du_thao_nghi_quyet_qppl"
    /// A draft resolution on one matter (cá biệt): an investment decision, a list of projects, a staffing figure.
    case draftIndividualResolution = "du_thao_nghi_quyet_ca_biet"
    case draftDecision = "du_thao_quyet_dinh"
    case regulation = "quy_dinh"
    case plan = "ke_hoach"
    case programme = "chuong_trinh"
    case report = "bao_cao"
    case submission = "to_trinh"
    case other = "khac"

    public var label: String {
        switch self {
        case .scheme: return "Đề án"
        case .draftResolution: return "Dự thảo nghị quyết"
        case .draftNormativeResolution: return "Dự thảo nghị quyết quy phạm pháp luật"
        case .draftIndividualResolution: return "Dự thảo nghị quyết cá biệt"
        case .draftDecision: return "Dự thảo quyết định"
        case .regulation: return "Quy định"
        case .plan: return "Kế hoạch"
        case .programme: return "Chương trình"
        case .report: return "Báo cáo"
        case .submission: return "Tờ trình"
        case .other: return "Khác"
        }
    }

    /// The kinds a filter on this kind keeps: a draft resolution is also each of its two sorts.
    public var family: [ProgrammeItemKind] {
        self == .draftResolution ? [.draftResolution, .draftNormativeResolution, .draftIndividualResolution] : [self]
    }

    /// The kind a title announces by its first words ("Đề án …", "Báo cáo …", "Nghị quyết …"), else `other`.
    public static func guess(from title: String) -> ProgrammeItemKind {
        let folded = VietnameseText.fold(title)
        let prefixes: [(String, ProgrammeItemKind)] = [
            ("de an", .scheme), ("du thao nghi quyet", .draftResolution), ("nghi quyet", .draftResolution),
            ("du thao quyet dinh", .draftDecision), ("quyet dinh", .draftDecision), ("quy dinh", .regulation),
            ("ke hoach", .plan), ("chuong trinh", .programme), ("bao cao", .report), ("to trinh", .submission),
        ]
        return prefixes.first { folded.hasPrefix($0.0) }?.1 ?? .other
    }
}

/// The body an item is submitted to (trình cấp). Raw values are the CSV's `trinh_cap` (CONTRACT).
public enum ProgrammeBody: String, CaseIterable, Sendable, Codable {
    case committee = "UBND"
    case committeeStanding = "TTUBND"
    case partyCommittee = "TU"
    case council = "HDND"
    case government = "CP"
    case primeMinister = "TTG"

    public var label: String {
        switch self {
        case .committee: return "UBND tỉnh"
        case .committeeStanding: return "Thường trực UBND tỉnh"
        case .partyCommittee: return "Tỉnh ủy"
        case .council: return "HĐND tỉnh"
        case .government: return "Chính phủ"
        case .primeMinister: return "Thủ tướng Chính phủ"
        }
    }
}

/// One dated event in an item's life. Never overwritten: a correction is a new event.
public struct ProgrammeEvent: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Sendable, Codable {
        case submitted
        /// Issued or approved by the body, with the resulting document.
        case issued
        case postponementRequested = "postponement_requested"
        case postponementApproved = "postponement_approved"
        case postponementRefused = "postponement_refused"
        case withdrawalRequested = "withdrawal_requested"
        case withdrawalApproved = "withdrawal_approved"
        case withdrawalRefused = "withdrawal_refused"
    }

    public var kind: Kind
    /// The day the event was entered: decides whether it is known as of a cut-off (reproducible reports).
    public var recordedOn: CivilDate
    /// The day it took effect: the submission date, the date of the issued document, the decision date.
    public var effectiveOn: CivilDate
    /// The month asked for or granted, for postponements.
    public var newMonth: CivilMonth?

    /// `effectiveOn` defaults to `recordedOn`.
    public init(kind: Kind, recordedOn: CivilDate, effectiveOn: CivilDate? = nil, newMonth: CivilMonth? = nil) {
        self.kind = kind
        self.recordedOn = recordedOn
        self.effectiveOn = effectiveOn ?? recordedOn
        self.newMonth = newMonth
    }

    /// Counts as of the end of day `date`: entered by then and in effect by then (as `TaskEvent.isKnown`).
    public func isKnown(asOf date: CivilDate) -> Bool {
        recordedOn <= date && effectiveOn <= date
    }
}

/// What the programme rule needs to know about one item: plain values, no storage.
public struct ProgrammeItemFacts: Sendable {
    public var origin: ProgrammeOrigin
    /// The day an added item was added to the programme (ngày bổ sung); ignored for start-of-year items.
    public var addedOn: CivilDate?
    /// The planned month the item was given when it entered the programme (tháng kế hoạch).
    public var plannedMonth: CivilMonth
    /// Every event, in the order entered (the order breaks ties on the same day).
    public var events: [ProgrammeEvent]

    public init(origin: ProgrammeOrigin, addedOn: CivilDate? = nil, plannedMonth: CivilMonth, events: [ProgrammeEvent] = []) {
        self.origin = origin
        self.addedOn = addedOn
        self.plannedMonth = plannedMonth
        self.events = events
    }

    /// The first day the item is part of the programme: the day it was added, or 1 January of its year for an
    /// item of the start-of-year programme. Nothing can happen to an item before it (a submission, a decision).
    public var existsFrom: CivilDate {
        switch origin {
        case .startOfYear: return CivilDate(year: plannedMonth.year, month: 1, day: 1)!
        case .added: return addedOn ?? CivilDate(year: plannedMonth.year, month: 1, day: 1)!
        }
    }
}
