import DieuHanhCore
import Fluent
import Foundation

/// A periodic reporting regime (chế độ báo cáo định kỳ): it creates one `ReportRequest` per period by itself
/// (`ReportingScheduler`), with the Decree 09 cut-off and its own deadline rule.
final class ReportingRegime: Model, @unchecked Sendable {
    static let schema = "reporting_regimes"

    @ID(key: .id) var id: UUID?
    /// External id, for the demo and imports; unique when present.
    @OptionalField(key: "ma") var ma: String?
    @Field(key: "title") var title: String
    /// `ReportingFrequency` raw value.
    @Field(key: "frequency") var frequency: String
    /// `ReportingDeadlineRule.code`.
    @Field(key: "deadline_rule") var deadlineRule: String
    @Field(key: "first_period") var firstPeriod: String
    @OptionalField(key: "last_period") var lastPeriod: String?
    @OptionalField(key: "notation") var notation: String?
    @Field(key: "requester_id") var requesterID: UUID
    /// How the recipients were chosen (`ReportRecipientSpec.code`); resolved again for every period, so units
    /// that open or close over the years are asked or not as they should be.
    @Field(key: "recipients") var recipients: String
    @Field(key: "outline") var outline: String
    @Field(key: "active") var active: Bool
    @Field(key: "version") var version: Int
    @OptionalField(key: "created_by_id") var createdByID: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    var schedule: ReportingSchedule? {
        guard let frequency = ReportingFrequency(rawValue: frequency), let rule = ReportingDeadlineRule(code: deadlineRule),
            let first = ReportingPeriod(code: firstPeriod)
        else { return nil }
        return ReportingSchedule(
            frequency: frequency, rule: rule, first: first, last: lastPeriod.flatMap(ReportingPeriod.init(code:)))
    }

    struct Snapshot: Codable, Equatable {
        var title: String
        var frequency: String
        var deadlineRule: String
        var firstPeriod: String
        var lastPeriod: String?
        var notation: String?
        var recipients: String
        var active: Bool
    }

    var snapshot: Snapshot {
        Snapshot(
            title: title, frequency: frequency, deadlineRule: deadlineRule, firstPeriod: firstPeriod, lastPeriod: lastPeriod,
            notation: notation, recipients: recipients, active: active)
    }
}

/// A request for reports from units (yêu cầu báo cáo): periodic (made by a regime), thematic or ad hoc.
final class ReportRequest: Model, @unchecked Sendable {
    static let schema = "report_requests"

    enum Kind: String, CaseIterable, Sendable, Codable {
        case periodic, thematic
        case adHoc = "ad_hoc"
    }

    @ID(key: .id) var id: UUID?
    @OptionalField(key: "ma") var ma: String?
    @Field(key: "kind") var kind: String
    @Field(key: "title") var title: String
    /// Title, notation and period folded, for search that ignores diacritics.
    @Field(key: "search_text") var searchText: String
    /// The issuing document, normalised (`4049/UBND-TH`); nil when the request has none of its own.
    @OptionalField(key: "notation") var notation: String?
    @OptionalField(key: "document_date") var documentDate: String?
    @OptionalField(key: "regime_id") var regimeID: UUID?
    /// `ReportingPeriod.code` for periodic requests (unique per regime).
    @OptionalField(key: "period_code") var periodCode: String?
    /// "tháng 5 năm 2026", "năm 2020"…
    @Field(key: "period_label") var periodLabel: String
    @OptionalField(key: "window_from") var windowFrom: String?
    /// Ngày chốt số liệu.
    @OptionalField(key: "cut_off") var cutOff: String?
    @Field(key: "issued_on") var issuedOn: String
    @Field(key: "deadline") var deadline: String
    @Field(key: "requester_id") var requesterID: UUID
    /// How the recipients were chosen (shown back to the office); the units themselves are rows.
    @Field(key: "recipients") var recipients: String
    @Field(key: "outline") var outline: String
    @Field(key: "version") var version: Int
    @OptionalField(key: "created_by_id") var createdByID: UUID?
    @Field(key: "created_by_name") var createdByName: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    var requestKind: Kind { Kind(rawValue: kind) ?? .adHoc }
    var issuedDate: CivilDate { CivilDate.parse(issuedOn)! }
    var deadlineDate: CivilDate { CivilDate.parse(deadline)! }
    var cutOffDate: CivilDate? { cutOff.flatMap(CivilDate.parse) }

    func setSearchText() {
        searchText = VietnameseText.fold([title, notation ?? "", periodLabel, ma ?? ""].joined(separator: " "))
    }

    struct Snapshot: Codable, Equatable {
        var kind: String
        var title: String
        var notation: String?
        var documentDate: String?
        var regimeID: UUID?
        var periodCode: String?
        var periodLabel: String
        var cutOff: String?
        var issuedOn: String
        var deadline: String
        var requesterID: UUID
        var recipients: String
        var outline: String
    }

    var snapshot: Snapshot {
        Snapshot(
            kind: kind, title: title, notation: notation, documentDate: documentDate, regimeID: regimeID, periodCode: periodCode,
            periodLabel: periodLabel, cutOff: cutOff, issuedOn: issuedOn, deadline: deadline, requesterID: requesterID,
            recipients: recipients, outline: outline)
    }
}

/// A unit a request is addressed to. `version` counts its steps: a stale form gets a conflict, not a double step.
final class ReportRequestRecipient: Model, @unchecked Sendable {
    static let schema = "report_request_recipients"

    @ID(key: .id) var id: UUID?
    @Field(key: "request_id") var requestID: UUID
    @Field(key: "unit_id") var unitID: UUID
    @Field(key: "version") var version: Int

    init() {}

    init(requestID: UUID, unitID: UUID) {
        self.requestID = requestID
        self.unitID = unitID
        self.version = 0
    }
}
