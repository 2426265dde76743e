import DieuHanhCore
import Foundation

/// The item entry and edit form: the submitted text as typed (to show it again on errors), and the draft it means.
struct ProgrammeItemForm: Sendable {
    var ma = ""
    var title = ""
    var kind = ""
    var leadUnitID = ""
    var leaderID = ""
    var body = ProgrammeBody.committee.rawValue
    var plannedMonth = ""
    var origin = ProgrammeOrigin.startOfYear.rawValue
    var addedOn = ""
    var note = ""
    var version = ""

    init() {}

    init(fields: [String: String]) {
        func value(_ key: String) -> String { (fields[key] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        ma = value("ma")
        title = value("title")
        kind = value("kind")
        leadUnitID = value("lead_unit_id")
        leaderID = value("leader_id")
        body = value("body")
        plannedMonth = value("planned_month")
        origin = value("origin")
        addedOn = value("added_on")
        note = value("note")
        version = value("version")
    }

    /// The form showing an item as it is.
    init(_ item: ProgrammeItem) {
        ma = item.ma ?? ""
        title = item.title
        kind = item.kind
        leadUnitID = item.leadUnitID.uuidString
        leaderID = item.leaderID?.uuidString ?? ""
        body = item.body
        plannedMonth = item.plannedMonthValue.label
        origin = item.origin
        addedOn = item.addedDate.map(VNFormat.date) ?? ""
        note = item.note
        version = String(item.version)
    }

    /// The draft, and the problems of format (the service checks the rest). An empty kind is guessed from the title.
    func draft(t: Localizer) -> (ProgrammeItemDraft, [FieldError]) {
        var errors: [FieldError] = []
        var draft = ProgrammeItemDraft()
        draft.ma = ma.isEmpty ? nil : ma
        draft.title = title.collapsingSpaces
        draft.kind = kind.isEmpty ? ProgrammeItemKind.guess(from: title) : ProgrammeItemKind(rawValue: kind)
        draft.leadUnitID = UUID(uuidString: leadUnitID)
        draft.leaderID = UUID(uuidString: leaderID)
        draft.body = ProgrammeBody(rawValue: body)
        if !plannedMonth.isEmpty {
            draft.plannedMonth = CivilMonth.parse(plannedMonth)
            if draft.plannedMonth == nil { errors.append(.init(field: "planned_month", message: t(T.programmeMonthFormat))) }
        }
        draft.origin = ProgrammeOrigin(rawValue: origin) ?? .startOfYear
        if !addedOn.isEmpty {
            draft.addedOn = CivilDate.parse(addedOn)
            if draft.addedOn == nil { errors.append(.init(field: "added_on", message: t.dateError(addedOn))) }
        }
        draft.note = note
        return (draft, errors)
    }

    var expectedVersion: Int? { Int(version) }
}
