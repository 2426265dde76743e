import DieuHanhCore
import Vapor

/// The "one document, many tasks" form (seed 003: a letter with 15 tasks). Rows arrive as flat fields
/// `content_0`, `lead_0`, `coordinators_0` (unit codes separated by `;` or `,`), `deadline_0` (a date or
/// "N ngày làm việc"), `leader_0`, `domain_0`.
struct TaskEntryForm {
    struct Row {
        var content = ""
        var lead = ""
        var coordinators = ""
        var deadline = ""
        var leader = ""
        var domain = ""
        /// More lead units or whole kinds ticked in `LeadUnitsField` ("@department", unit codes).
        var leads: [String] = []
    }

    var notation = ""
    var issuedOn = ""
    var issuerID = ""
    var signer = ""
    var summary = ""
    var assignerID = ""
    var assignedOn = ""
    /// The meeting whose conclusion notice this is (`/tasks/new?meeting=…`): the saved document is linked to it.
    var meetingID = ""
    var rows: [Row] = []

    static let defaultRows = 10
    static let maxRows = 100

    init(rows: Int = defaultRows) {
        self.rows = Array(repeating: Row(), count: rows)
    }

    init(fields: [String: String]) {
        func value(_ key: String) -> String { (fields[key] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        notation = value("notation")
        issuedOn = value("issued_on")
        issuerID = value("issuer_id")
        signer = value("signer")
        summary = value("summary").collapsingSpaces
        assignerID = value("assigner_id")
        assignedOn = value("assigned_on")
        meetingID = value("meeting")
        let count = min(Self.maxRows, max(1, Int(value("rows")) ?? Self.defaultRows))
        rows = (0..<count).map { i in
            Row(
                content: value("content_\(i)"), lead: value("lead_\(i)"), coordinators: value("coordinators_\(i)"),
                deadline: value("deadline_\(i)"), leader: value("leader_\(i)"), domain: value("domain_\(i)"),
                leads: LeadUnitsField.picked(row: i, fields: fields))
        }
    }

    /// Reads a task's deadline as typed (`DeadlineText`, Core) into the draft, for the form and the API alike:
    /// empty is no deadline; text that is neither a date nor "N ngày làm việc" is reported under `field`.
    static func readDeadline(_ text: String, into draft: inout TaskDraft, field: String, errors: inout [FieldError], t: Localizer)
    {
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { return }
        if let deadline = DeadlineText.parse(text) {
            draft.deadline = deadline
        } else if case .noSuchDay = CivilDate.problem(text) {
            errors.append(.init(field: field, message: t.dateError(text)))
        } else {
            errors.append(.init(field: field, message: t(T.taskDeadlineInvalid)))
        }
    }

    /// The lead picked in the list and the units and kinds ticked: one unit stays an ordinary task, more make a
    /// point addressed to many units (`TaskPointEntry`).
    private static func readLeads(_ row: Row, into draft: inout TaskDraft, unitsByCode: [String: OrgUnit]) {
        var choices: [LeadUnitSelection.Choice] = []
        if let lead = draft.leadUnitID, let unit = unitsByCode.values.first(where: { $0.id == lead }) {
            choices.append(.unit(unit.code))
        }
        for item in row.leads {
            if item.hasPrefix("@"), let kind = UnitKind(rawValue: String(item.dropFirst())) {
                choices.append(.kind(kind))
            } else {
                choices.append(.unit(item))
            }
        }
        let selection = LeadUnitSelection(choices)
        if selection.isSingleUnit, case .unit(let code) = selection.choices[0] {
            draft.leadUnitID = unitsByCode[code]?.id ?? draft.leadUnitID
        } else {
            draft.manyLeads = selection
        }
    }

    /// Turns the form into a document draft and task drafts; problems are keyed by the row's field names.
    func drafts(unitsByCode: [String: OrgUnit], t: Localizer) -> (DocumentDraft, [(index: Int, draft: TaskDraft)], [FieldError]) {
        var errors: [FieldError] = []
        let issued = CivilDate.parse(issuedOn)
        if !issuedOn.isEmpty, issued == nil { errors.append(.init(field: "issued_on", message: t.dateError(issuedOn))) }
        let assigned = CivilDate.parse(assignedOn)
        if !assignedOn.isEmpty, assigned == nil { errors.append(.init(field: "assigned_on", message: t.dateError(assignedOn))) }
        let document = DocumentDraft(
            notation: notation, issuedOn: issued, issuerID: UUID(uuidString: issuerID),
            signer: signer.isEmpty ? nil : signer, summary: summary)
        var drafts: [(Int, TaskDraft)] = []
        for (i, row) in rows.enumerated() where !row.content.isEmpty {
            var draft = TaskDraft(
                content: row.content.collapsingSpaces, assignerID: UUID(uuidString: assignerID),
                leadUnitID: UUID(uuidString: row.lead), leaderID: UUID(uuidString: row.leader),
                domain: row.domain.isEmpty ? nil : row.domain, assignedOn: assigned)
            for code in row.coordinators.split(whereSeparator: { $0 == ";" || $0 == "," }).map({
                $0.trimmingCharacters(in: .whitespaces)
            })
            where !code.isEmpty {
                if let unit = unitsByCode[code] ?? unitsByCode[code.uppercased()] {
                    draft.coordinatorIDs.append(unit.id!)
                } else {
                    errors.append(.init(field: "coordinators_\(i)", message: t(T.taskUnitUnknown, code)))
                }
            }
            Self.readDeadline(row.deadline, into: &draft, field: "deadline_\(i)", errors: &errors, t: t)
            if !row.leads.isEmpty { Self.readLeads(row, into: &draft, unitsByCode: unitsByCode) }
            drafts.append((i, draft))
        }
        if drafts.isEmpty { errors.append(.init(field: "content_0", message: t(T.taskNoRows))) }
        return (document, drafts, errors)
    }
}
