import DieuHanhCore
import Fluent
import Vapor

/// Directive documents over JSON; `POST` enters a document with its tasks in one transaction, as the form does.
struct DocumentsAPIController: RouteCollection {
    struct DocumentJSON: Content {
        let id: UUID
        let notation: String
        let year: Int
        let type_code: String?
        let issued_on: String
        let issuer_id: UUID?
        let signer: String?
        let summary: String

        init(_ d: Document) {
            id = d.id!
            notation = d.notation
            year = d.year
            type_code = d.typeCode
            issued_on = d.issuedOn
            issuer_id = d.issuerID
            signer = d.signer
            summary = d.summary
        }
    }

    struct TaskInput: Content {
        var ma: String?
        var content: String?
        /// A unit's code; or several ("SNV; STC") and/or kinds ("@department"): one task per unit (DOMAIN §10).
        var lead_unit: String?
        /// More lead units or kinds, as `lead_unit`.
        var lead_units: [String]?
        var coordinating_units: [String]?
        /// A date, or "N ngày làm việc".
        var deadline: String?
        var leader_id: UUID?
        var domain: String?
    }

    struct DocumentInput: Content {
        var notation: String?
        var issued_on: String?
        var issuer: String?
        var signer: String?
        var summary: String?
        var assigner: String?
        var assigned_on: String?
        var tasks: [TaskInput]?
    }

    struct CreatedJSON: Content {
        let document: DocumentJSON
        let task_ids: [UUID]
    }

    static let apiFieldName: TaskEntry.FieldNamer = { index, field in
        let name =
            ["lead_unit_id": "lead_unit", "coordinator_ids": "coordinating_units", "assigner_id": "assigner"][field] ?? field
        return "tasks.\(index).\(name)"
    }

    func boot(routes: RoutesBuilder) throws {
        let documents = routes.grouped("documents")
        documents.get(use: list)
        documents.grouped(RequireRole.office).post(use: create)
    }

    func list(req: Request) async throws -> PageJSON<DocumentJSON> {
        let paging = try Paging(req, t: req.t)
        let query = Document.query(on: req.db)
        for word in VietnameseText.fold(req.query[String.self, at: "q"] ?? "").split(separator: " ") {
            query.filter(\.$searchText ~~ String(word))
        }
        if let year = req.query[Int.self, at: "year"] { query.filter(\.$year == year) }
        let total = try await query.count()
        let items = try await query.sort(\.$issuedOn, .descending).sort(\.$notation).range(paging.range).all()
        return PageJSON(items: items.map(DocumentJSON.init), total: total, page: paging.page, per: paging.per)
    }

    /// Units are given by code (CONTRACT's CSV uses codes too); problems come back per field, tasks as
    /// `tasks.N.field`.
    func create(req: Request) async throws -> Response {
        let body = try req.content.decode(DocumentInput.self)
        let t = req.t
        let units = try await UnitDirectory.all(on: req.db)
        let byCode = Dictionary(units.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        var errors: [FieldError] = []
        func unit(_ code: String?, _ field: String) -> UUID? {
            guard let code, !code.isEmpty else { return nil }
            if let unit = byCode[code] { return unit.id }
            errors.append(.init(field: field, message: t(T.taskUnitUnknown, code)))
            return nil
        }
        func date(_ text: String?, _ field: String) -> CivilDate? {
            guard let text, !text.isEmpty else { return nil }
            if let date = CivilDate.parse(text) { return date }
            errors.append(.init(field: field, message: t.dateError(text)))
            return nil
        }
        let document = DocumentDraft(
            notation: body.notation ?? "", issuedOn: date(body.issued_on, "issued_on"),
            issuerID: unit(body.issuer, "issuer"), signer: body.signer,
            summary: (body.summary ?? "").collapsingSpaces)
        let assigner = unit(body.assigner, "assigner")
        let assignedOn = date(body.assigned_on, "assigned_on")
        var drafts: [(index: Int, draft: TaskDraft)] = []
        for (i, input) in (body.tasks ?? []).enumerated() {
            var draft = TaskDraft(
                ma: input.ma, content: (input.content ?? "").collapsingSpaces, assignerID: assigner,
                leaderID: input.leader_id, domain: input.domain, assignedOn: assignedOn)
            let leads = ([input.lead_unit ?? ""] + (input.lead_units ?? [])).joined(separator: ";")
            switch LeadUnitSelection.parse(leads) {
            case .success(let selection) where selection.isSingleUnit:
                draft.leadUnitID = unit(selection.text, "tasks.\(i).lead_unit")
            case .success(let selection): draft.manyLeads = selection
            case .failure(.unknownKind(let kind)):
                errors.append(.init(field: "tasks.\(i).lead_unit", message: t(T.taskUnitUnknown, kind)))
            case .failure(.empty): break
            }
            draft.coordinatorIDs = (input.coordinating_units ?? []).compactMap { unit($0, "tasks.\(i).coordinating_units") }
            TaskEntryForm.readDeadline(input.deadline ?? "", into: &draft, field: "tasks.\(i).deadline", errors: &errors, t: t)
            drafts.append((i, draft))
        }
        if drafts.isEmpty { errors.append(.init(field: "tasks", message: t(T.taskNoRows))) }
        let user = try req.requireUser()
        let formErrors = errors
        let taskDrafts = drafts
        let created = try await req.write { db in
            try await TaskEntry.save(
                document: document, tasks: taskDrafts, formErrors: formErrors, units: units, actor: user,
                now: req.now, on: db, t: t, fieldName: Self.apiFieldName)
        }
        let response = Response(status: .created)
        try response.content.encode(
            CreatedJSON(document: DocumentJSON(created.document), task_ids: created.tasks.compactMap(\.id)))
        return response
    }
}
