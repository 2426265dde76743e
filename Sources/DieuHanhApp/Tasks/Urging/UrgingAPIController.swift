import DieuHanhCore
import Fluent
import Vapor

/// Urging letters over JSON: draft one from units and a day, read it, issue it, its DOCX. The office only, as the
/// pages; the same service.
struct UrgingAPIController: RouteCollection {
    struct CreateBody: Content {
        /// Unit codes or ids; left out, or `"all"` in `all`, for every unit with overdue tasks.
        var units: [String]?
        var all: Bool?
        var as_of: String?
        /// The tasks to list among the overdue ones; all of them when left out.
        var tasks: [UUID]?
    }

    struct LineJSON: Content {
        let task_id: UUID
        let document: String
        let content: String
        let lead_unit: String
        let deadline: String?
        let days_overdue: Int?
    }

    struct UrgingJSON: Content {
        let id: UUID
        let version: Int
        let state: String
        let as_of: String
        let summary: String
        let addressees: [String]
        let opening: String
        let closing: String
        let report_by: String
        let signer: String?
        let signer_title: String?
        let authority: String?
        let recipients: [String]
        let notation: String?
        let issued_on: String?
        let document_id: UUID?
        let tasks: [LineJSON]
    }

    func boot(routes: RoutesBuilder) throws {
        let urgings = routes.grouped("urgings").grouped(RequireRole.office)
        urgings.post(use: create)
        urgings.get(":urgingID", use: show)
        urgings.post(":urgingID", "issue", use: issue)
        urgings.get(":urgingID", "letter.docx") { req in try await UrgingFiles.docx(try await req.urging(), on: req.db, t: req.t)
        }
    }

    func create(req: Request) async throws -> Response {
        let body = try req.content.decode(CreateBody.self)
        let t = req.t
        let today = CivilDate.today(now: req.now)
        var asOf = today
        if let text = body.as_of?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            guard let date = CivilDate.parse(text) else {
                throw ValidationFailure(errors: [.init(field: "as_of", message: t.dateError(text))])
            }
            asOf = date
        }
        var unitIDs: [UUID]?
        if body.all != true, let codes = body.units {
            var ids: [UUID] = []
            for code in codes {
                if let id = UUID(uuidString: code), try await OrgUnit.find(id, on: req.db) != nil {
                    ids.append(id)
                } else if let unit = try await UnitDirectory.find(code: code, on: req.db) {
                    ids.append(unit.id!)
                } else {
                    throw ValidationFailure(errors: [.init(field: "units", message: t(T.taskUnitUnknown, code))])
                }
            }
            unitIDs = ids
        }
        let user = try req.requireUser()
        let (units, day) = (unitIDs, asOf)
        let urging = try await req.write { db in
            try await UrgingService.create(
                unitIDs: units, asOf: day, taskIDs: body.tasks, actor: AuditActor(user), now: req.now, on: db, t: t)
        }
        let response = Response(status: .created)
        try response.content.encode(try await json(urging, on: req.db))
        return response
    }

    func show(req: Request) async throws -> UrgingJSON {
        try await json(try await req.urging(), on: req.db)
    }

    func issue(req: Request) async throws -> UrgingJSON {
        let form = try req.content.decode(UrgingForm.self)
        let user = try req.requireUser()
        let t = req.t
        let id = try req.urgingID()
        try await req.write { db in
            guard let urging = try await Urging.find(id, on: db) else { throw Abort(.notFound) }
            try await UrgingService.issue(urging, form: form, actor: AuditActor(user), now: req.now, on: db, t: t)
        }
        return try await json(try await req.urging(), on: req.db)
    }

    private func json(_ urging: Urging, on db: Database) async throws -> UrgingJSON {
        let lines = try await UrgingService.lines(of: urging, on: db)
        let codes = try await UnitDirectory.all(on: db).reduce(into: [UUID: String]()) { $0[$1.id!] = $1.code }
        return UrgingJSON(
            id: urging.id!, version: urging.version, state: urging.state, as_of: urging.asOf, summary: urging.summary,
            addressees: urging.addressees, opening: urging.opening,
            closing: UrgingText.closing(urging.request, reportBy: urging.reportByDate), report_by: urging.reportBy,
            signer: urging.signer, signer_title: urging.signerTitle, authority: urging.authority,
            recipients: urging.recipients, notation: urging.notation, issued_on: urging.issuedOn,
            document_id: urging.documentID,
            tasks: lines.map {
                LineJSON(
                    task_id: $0.taskID, document: $0.document, content: $0.content, lead_unit: codes[$0.unitID] ?? "",
                    deadline: $0.deadline?.iso, days_overdue: $0.daysOverdue)
            })
    }
}
