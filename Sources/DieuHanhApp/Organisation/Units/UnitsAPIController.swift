import DieuHanhCore
import Fluent
import Vapor

struct UnitsAPIController: RouteCollection {
    /// PATCH body: absent fields keep their value; `parent_id: ""` makes the unit a root.
    struct UnitPatch: Content {
        var code: String?
        var name: String?
        var kind: String?
        var parent_id: String?
        var valid_from: String?
        var version: Int?
    }

    func boot(routes: RoutesBuilder) throws {
        let units = routes.grouped("units")
        units.get(use: list)
        units.get(":unitID", use: show)
        let admin = units.grouped(RequireRole.organisation)
        admin.post(use: create)
        admin.patch(":unitID", use: update)
        admin.post(":unitID", "close", use: close)
    }

    func list(req: Request) async throws -> PageJSON<UnitJSON> {
        let paging = try Paging(req, t: req.t)
        let scope = try await req.accessScope()
        let query = OrgUnit.query(on: req.db)
        let text = VietnameseText.fold(req.query[String.self, at: "q"] ?? "")
        for word in text.split(separator: " ") { query.filter(\.$nameFolded ~~ String(word)) }
        if let kind = req.query[String.self, at: "kind"], !kind.isEmpty { query.filter(\.$kind == kind) }
        if req.query[String.self, at: "include_closed"] != "true" { query.filter(\.$validTo == nil) }
        if let ids = scope.unitIDs { query.filter(\.$id ~~ Array(ids)) }
        let total = try await query.count()
        let items = try await query.sort(\.$code).range(paging.range).all()
        return PageJSON(items: items.map(UnitJSON.init), total: total, page: paging.page, per: paging.per)
    }

    func show(req: Request) async throws -> UnitJSON {
        UnitJSON(try await req.visibleUnit())
    }

    func create(req: Request) async throws -> Response {
        let body = try req.content.decode(UnitPatch.self)
        let t = req.t
        let form = UnitForm(
            code: body.code, name: body.name, kind: body.kind, parent_id: body.parent_id,
            valid_from: body.valid_from)
        let (draft, formErrors) = form.draft(t)
        let actor = AuditActor(try req.requireUser())
        let unit = try await req.write { db in
            try await UnitService.create(draft, formErrors: formErrors, actor: actor, now: req.now, on: db, t: t)
        }
        let response = Response(status: .created)
        try response.content.encode(UnitJSON(unit))
        return response
    }

    func update(req: Request) async throws -> UnitJSON {
        let unit = try await req.visibleUnit()
        let body = try req.content.decode(UnitPatch.self)
        let t = req.t
        var form = UnitForm(unit)
        if let code = body.code { form.code = code }
        if let name = body.name { form.name = name }
        if let kind = body.kind { form.kind = kind }
        if let parent = body.parent_id { form.parent_id = parent }
        if let from = body.valid_from { form.valid_from = from }
        let (draft, formErrors) = form.draft(t)
        let actor = AuditActor(try req.requireUser())
        try await req.write { db in
            try await UnitService.update(
                unit, with: draft, formErrors: formErrors, expectedVersion: body.version, actor: actor, now: req.now,
                on: db, t: t)
        }
        return UnitJSON(unit)
    }

    func close(req: Request) async throws -> UnitJSON {
        let unit = try await req.visibleUnit()
        let t = req.t
        let (date, successorID, formErrors) = try req.content.decode(UnitCloseForm.self).read(t)
        let actor = AuditActor(try req.requireUser())
        try await req.write { db in
            try await UnitService.close(
                unit, on: date, successorID: successorID, formErrors: formErrors, actor: actor, now: req.now, on: db,
                t: t)
        }
        return UnitJSON(unit)
    }
}
