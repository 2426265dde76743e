import DieuHanhCore
import Fluent
import Vapor

/// `/levels`: an administrator registers the deployments this one is linked with, matches units, follows the
/// outbox and revokes or replaces keys.
struct LevelsController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        let levels = routes.grouped("levels").grouped(RequireRole.organisation)
        levels.get(use: list)
        levels.post(use: register)
        levels.get(":peerID", use: show)
        levels.post(":peerID", "links", use: link)
        levels.post(":peerID", "revoke", use: revoke)
        levels.post(":peerID", "keys", use: rekey)
    }

    func list(req: Request) async throws -> Response {
        LevelsPage.response(req.pageContext(), model: try await LevelsPage.model(on: req.db))
    }

    func register(req: Request) async throws -> Response {
        let fields = try req.content.decode([String: String].self)
        let t = req.t
        let actor = AuditActor(try req.requireUser())
        do {
            let peer = try await req.write { db in
                try await LevelPeerService.register(LevelPeerDraft(fields), actor: actor, now: req.now, on: db, t: t)
            }
            req.flash(t(T.levelsRegistered, peer.name))
            return req.redirect(to: "/levels/\(peer.id!)")
        } catch let failure as ValidationFailure {
            var model = try await LevelsPage.model(on: req.db)
            model.typed = fields
            model.errors = failure.errors
            return LevelsPage.response(req.pageContext(), model: model, status: .unprocessableEntity)
        }
    }

    private func peer(_ req: Request) async throws -> LevelPeer {
        guard let id = req.parameters.get("peerID", as: UUID.self), let peer = try await LevelPeer.find(id, on: req.db) else {
            throw Abort(.notFound)
        }
        return peer
    }

    func show(req: Request) async throws -> Response {
        let model = try await LevelPeerPage.model(try await peer(req), on: req.db)
        return LevelPeerPage.response(req.pageContext(), model: model)
    }

    /// Re-shows the peer's page with the form's problems and what was typed.
    private func refused(_ req: Request, _ peer: LevelPeer, _ fields: [String: String], _ errors: [FieldError]) async throws
        -> Response
    {
        var model = try await LevelPeerPage.model(peer, on: req.db)
        model.typed = fields
        model.errors = errors
        return LevelPeerPage.response(req.pageContext(), model: model, status: .unprocessableEntity)
    }

    func link(req: Request) async throws -> Response {
        let peer = try await peer(req)
        let fields = try req.content.decode([String: String].self)
        let t = req.t
        let actor = AuditActor(try req.requireUser())
        do {
            let (link, unit) = try await req.write { db in
                try await LevelPeerService.link(
                    peer: peer, localCode: fields["unit_code"] ?? "", remoteCode: fields["remote_code"] ?? "", actor: actor,
                    now: req.now, on: db, t: t)
            }
            req.flash(t(T.levelsLinked, unit.name, link.remoteCode))
            return req.redirect(to: "/levels/\(peer.id!)")
        } catch let failure as ValidationFailure {
            return try await refused(req, peer, fields, failure.errors)
        }
    }

    func revoke(req: Request) async throws -> Response {
        let peer = try await peer(req)
        let actor = AuditActor(try req.requireUser())
        try await req.write { db in try await LevelPeerService.revoke(peer, actor: actor, now: req.now, on: db) }
        req.flash(req.t(T.levelsRevokedDone, peer.name))
        return req.redirect(to: "/levels/\(peer.id!)")
    }

    func rekey(req: Request) async throws -> Response {
        let peer = try await peer(req)
        let fields = try req.content.decode([String: String].self)
        let t = req.t
        let actor = AuditActor(try req.requireUser())
        do {
            try await req.write { db in
                try await LevelPeerService.rekey(
                    peer, inboundKey: fields["inbound_key"] ?? "", outboundKey: fields["outbound_key"] ?? "", actor: actor,
                    now: req.now, on: db, t: t)
            }
            req.flash(t(T.levelsNewKeysDone, peer.name))
            return req.redirect(to: "/levels/\(peer.id!)")
        } catch let failure as ValidationFailure {
            return try await refused(req, peer, fields, failure.errors)
        }
    }
}
