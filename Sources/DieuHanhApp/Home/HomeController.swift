import DieuHanhCore
import Fluent
import Vapor

/// The home with the day's figures, the inbox ("Việc cần làm") and the count its link shows.
struct HomeController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        routes.get(use: home)
        routes.get("inbox", use: inbox)
        routes.get("inbox", "count", use: inboxCount)
    }

    func home(req: Request) async throws -> Response {
        let ctx = req.pageContext()
        let model = try await HomePage.model(for: try req.requireUser(), today: ctx.today, on: req.db, t: ctx.t)
        return HomePage.response(ctx, model: model)
    }

    func inbox(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let ctx = req.pageContext()
        let scope = try await req.accessScope()
        let queues = try await WorkQueues.build(for: user, scope: scope, today: ctx.today, on: req.db)
        // The office follows every overdue task: their count opens the list (the list's own query counts them).
        let overdue =
            user.userRole.canManageTrackingData
            ? try await TaskQuery.select(
                TaskQuery.Filter(status: TaskBucket.pendingOverdue.rawValue), scope: scope, today: ctx.today, per: 1,
                on: req.db, t: ctx.t
            ).total : nil
        return InboxPage.response(ctx, queues: queues, overdueTasks: overdue)
    }

    /// `{"count": N}`: what the user has to act on, for the badge on "Việc cần làm" (filled in by the page's script,
    /// so that no page waits for it).
    func inboxCount(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let queues = try await WorkQueues.build(
            for: user, scope: try await req.accessScope(), today: CivilDate.today(now: req.now), on: req.db)
        let response = try Response(
            status: .ok, body: .init(data: JSONEncoder().encode(["count": queues.actionCount(for: user.userRole)])))
        response.headers.contentType = .json
        response.headers.cacheControl = .init(noStore: true)
        return response
    }
}
