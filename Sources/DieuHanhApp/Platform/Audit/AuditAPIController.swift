import Fluent
import Vapor

struct AuditAPIController: RouteCollection {
    struct EntryJSON: Content {
        let seq: Int
        let recorded_at: String
        let actor_id: UUID?
        let actor_name: String
        let action: String
        let entity: String
        let entity_id: String?
        let summary: String
        let before: String?
        let after: String?
        let prev_hash: String
        let hash: String

        init(_ e: AuditEntry) {
            seq = e.seq
            recorded_at = e.recordedAt
            actor_id = e.actorID
            actor_name = e.actorName
            action = e.action
            entity = e.entity
            entity_id = e.entityID
            summary = e.summary
            before = e.beforeJSON
            after = e.afterJSON
            prev_hash = e.prevHash
            hash = e.hash
        }
    }

    struct VerifyJSON: Content {
        let ok: Bool
        let checked: Int
        let problems: [String]
    }

    func boot(routes: RoutesBuilder) throws {
        let audit = routes.grouped("audit").grouped(RequireRole(\.canReadAuditLog))
        audit.get(use: list)
        audit.get("verify", use: verify)
    }

    func list(req: Request) async throws -> PageJSON<EntryJSON> {
        let t = req.t
        let paging = try Paging(req, t: t)
        var filter = try req.query.decode(AuditQuery.Filter.self)
        filter.page = paging.page
        let (page, errors) = try await AuditQuery.page(filter, on: req.db, per: paging.per, t: t)
        try errors.throwIfAny()
        return PageJSON(items: page.items.map(EntryJSON.init), total: page.total, page: page.page, per: page.per)
    }

    func verify(req: Request) async throws -> VerifyJSON {
        let result = try await AuditLog.verify(on: req.db)
        return VerifyJSON(ok: result.problems.isEmpty, checked: result.checked, problems: result.problems)
    }
}
