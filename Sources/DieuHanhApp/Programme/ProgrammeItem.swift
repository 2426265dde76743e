import DieuHanhCore
import Fluent
import Foundation

/// A year's work programme (chương trình công tác, DOMAIN §4), issued by a decision ("Quyết định số 59/QĐ-UBND").
final class Programme: Model, @unchecked Sendable {
    static let schema = "programmes"

    @ID(key: .id) var id: UUID?
    @Field(key: "year") var year: Int
    @Field(key: "title") var title: String
    /// The decision that issued it, in the official style ("59/QĐ-UBND"); empty until entered.
    @Field(key: "notation") var notation: String
    @OptionalField(key: "issued_on") var issuedOn: String?
    @Field(key: "version") var version: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(year: Int) {
        self.year = year
        self.title = "Chương trình công tác năm \(year)"
        self.notation = ""
        self.version = 1
    }

    var issuedDate: CivilDate? { issuedOn.flatMap(CivilDate.parse) }

    /// "Quyết định số 59/QĐ-UBND ngày 09/01/2020", or nil before the decision is entered.
    var decisionText: String? {
        guard !notation.isEmpty else { return nil }
        return "Quyết định số \(notation)" + (issuedDate.map { " ngày " + VNFormat.date($0) } ?? "")
    }

    struct Snapshot: Codable, Equatable {
        var year: Int
        var title: String
        var notation: String
        var issuedOn: String?
    }

    var snapshot: Snapshot { Snapshot(year: year, title: title, notation: notation, issuedOn: issuedOn) }
}

/// An item of a programme: what is to be submitted, by whom, to which body, in which month. Its life is the
/// list of `ProgrammeEventRecord`s; the planned month here is the original one (postponements are events).
final class ProgrammeItem: Model, @unchecked Sendable {
    static let schema = "programme_items"

    @ID(key: .id) var id: UUID?
    /// External id (`ma` in CSV imports); unique when present.
    @OptionalField(key: "ma") var ma: String?
    @Field(key: "programme_id") var programmeID: UUID
    /// The programme's year, kept here so lists filter without a join.
    @Field(key: "year") var year: Int
    @Field(key: "title") var title: String
    @Field(key: "search_text") var searchText: String
    /// `ProgrammeItemKind` raw value.
    @Field(key: "kind") var kind: String
    @Field(key: "lead_unit_id") var leadUnitID: UUID
    @OptionalField(key: "leader_id") var leaderID: UUID?
    /// `ProgrammeBody` raw value (trình cấp).
    @Field(key: "body") var body: String
    /// The original planned month, `yyyy-mm`.
    @Field(key: "planned_month") var plannedMonth: String
    /// `ProgrammeOrigin` raw value.
    @Field(key: "origin") var origin: String
    @OptionalField(key: "added_on") var addedOn: String?
    @Field(key: "note") var note: String
    @Field(key: "version") var version: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    var itemKind: ProgrammeItemKind { ProgrammeItemKind(rawValue: kind) ?? .other }
    var itemBody: ProgrammeBody { ProgrammeBody(rawValue: body) ?? .committee }
    var itemOrigin: ProgrammeOrigin { ProgrammeOrigin(rawValue: origin) ?? .startOfYear }
    var plannedMonthValue: CivilMonth { CivilMonth.parse(plannedMonth)! }
    var addedDate: CivilDate? { addedOn.flatMap(CivilDate.parse) }

    func setTitle(_ text: String) {
        title = text
        searchText = VietnameseText.fold(text + " " + (ma ?? ""))
    }

    /// The facts the Core rule reads, with these events (in recording order).
    func facts(_ events: [ProgrammeEventRecord]) -> ProgrammeItemFacts {
        ProgrammeItemFacts(
            origin: itemOrigin, addedOn: addedDate, plannedMonth: plannedMonthValue,
            events: events.compactMap(\.coreEvent))
    }

    struct Snapshot: Codable, Equatable {
        var ma: String?
        var year: Int
        var title: String
        var kind: String
        var leadUnitID: UUID
        var leaderID: UUID?
        var body: String
        var plannedMonth: String
        var origin: String
        var addedOn: String?
        var note: String
    }

    var snapshot: Snapshot {
        Snapshot(
            ma: ma, year: year, title: title, kind: kind, leadUnitID: leadUnitID, leaderID: leaderID, body: body,
            plannedMonth: plannedMonth, origin: origin, addedOn: addedOn, note: note)
    }
}

/// One dated step in an item's life, never changed after it is written.
final class ProgrammeEventRecord: Model, @unchecked Sendable {
    static let schema = "programme_events"

    @ID(key: .id) var id: UUID?
    @Field(key: "item_id") var itemID: UUID
    /// `ProgrammeEvent.Kind` raw value.
    @Field(key: "kind") var kind: String
    /// The day it was entered (Vietnam time); "as of D" counts only what was entered by D.
    @Field(key: "recorded_on") var recordedOn: String
    /// The submission date, the date of the issued document, the decision date.
    @Field(key: "effective_on") var effectiveOn: String
    /// For postponements: the month asked for or granted, `yyyy-mm`.
    @OptionalField(key: "new_month") var newMonth: String?
    /// For an issue: the resulting document ("Nghị quyết số 12/2020/NQ-HĐND").
    @Field(key: "document") var document: String
    @Field(key: "note") var note: String
    @OptionalField(key: "actor_id") var actorID: UUID?
    @Field(key: "actor_name") var actorName: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    var coreEvent: ProgrammeEvent? {
        guard let kind = ProgrammeEvent.Kind(rawValue: kind), let recorded = CivilDate.parse(recordedOn),
            let effective = CivilDate.parse(effectiveOn)
        else { return nil }
        return ProgrammeEvent(
            kind: kind, recordedOn: recorded, effectiveOn: effective,
            newMonth: newMonth.flatMap(CivilMonth.parse))
    }
}
