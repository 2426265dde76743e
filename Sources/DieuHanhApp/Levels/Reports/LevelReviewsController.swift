import DieuHanhCore
import Fluent
import Vapor

/// Review reports crossing up: the office below sends an issued report to a peer
/// (`/reports/review/drafts/{id}/send-up`); the office above reads what arrived (`/reports/review/received`).
struct LevelReviewsController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        let drafts = routes.grouped("reports", "review", "drafts").grouped(RequireRole.office)
        drafts.get(":draftID", "send-up", use: sendForm)
        drafts.post(":draftID", "send-up", use: send)
        let received = routes.grouped("reports", "review", "received").grouped(RequireRole(\.seesEveryUnit))
        received.get(use: list)
        received.get(":reviewID", "report.docx", use: docx)
    }

    private func draft(_ req: Request) async throws -> ReviewDraft {
        guard let id = req.parameters.get("draftID", as: UUID.self), let draft = try await ReviewDraft.find(id, on: req.db)
        else { throw Abort(.notFound) }
        return draft
    }

    func sendForm(req: Request) async throws -> Response {
        let draft = try await draft(req)
        let model = LevelReviewPages.SendModel(
            draft: draft, destinations: try await LevelReviewExchange.destinations(for: draft, on: req.db))
        return LevelReviewPages.send(req.pageContext(), model: model)
    }

    func send(req: Request) async throws -> Response {
        let draft = try await draft(req)
        let chosen = (try? req.content.get(String.self, at: "to")) ?? ""
        let t = req.t
        let actor = AuditActor(try req.requireUser())
        let destinations = try await LevelReviewExchange.destinations(for: draft, on: req.db)
        do {
            guard let destination = destinations.first(where: { $0.value == chosen }) else {
                throw ValidationFailure(errors: [.init(field: "to", message: t(T.levelReviewChooseDestination))])
            }
            try await req.write { db in
                try await LevelReviewExchange.send(draft, to: destination, actor: actor, now: req.now, on: db, t: t)
            }
            req.flash(t(T.levelReviewQueued, destination.peer.name))
            return req.redirect(to: "/reports/review/drafts/\(draft.id!)")
        } catch let failure as ValidationFailure {
            let model = LevelReviewPages.SendModel(
                draft: draft, destinations: destinations, chosen: chosen, errors: failure.errors)
            return LevelReviewPages.send(req.pageContext(), model: model, status: .unprocessableEntity)
        }
    }

    func list(req: Request) async throws -> Response {
        let reviews = try await LevelReceivedReview.query(on: req.db).sort(\.$receivedAt, .descending).all()
        let peers = try await LevelPeer.query(on: req.db).all()
        let units = try await OrgUnit.query(on: req.db).filter(\.$id ~~ reviews.map(\.unitID)).all()
        let requests = try await ReportRequest.query(on: req.db).filter(\.$id ~~ reviews.compactMap(\.requestID)).all()
        let model = LevelReviewPages.ReceivedModel(
            reviews: reviews, peerNames: Dictionary(uniqueKeysWithValues: peers.map { ($0.id!, $0.name) }),
            unitNames: Dictionary(uniqueKeysWithValues: units.map { ($0.id!, $0.name) }),
            requests: Dictionary(uniqueKeysWithValues: requests.map { ($0.id!, $0) }))
        return LevelReviewPages.received(req.pageContext(), model: model)
    }

    func docx(req: Request) async throws -> Response {
        guard let id = req.parameters.get("reviewID", as: UUID.self),
            let review = try await LevelReceivedReview.find(id, on: req.db),
            let data = try? req.fileStore.read(review.docxPath)
        else { throw Abort(.notFound) }
        let response = Response(status: .ok, body: .init(data: data))
        response.headers.replaceOrAdd(name: .contentType, value: FileKind.docx.contentType)
        let name = "Bao-cao-\(review.notation.replacingOccurrences(of: "/", with: "-")).docx"
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(FileName.sanitized(name))\"")
        response.headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
        return response
    }
}
