import Fluent
import Vapor

struct HomeController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        routes.get(use: home)
    }

    func home(req: Request) async throws -> Response {
        let model = try await HomePage.model(for: try req.requireUser(), on: req.db)
        return HomePage.response(req.pageContext(), model: model)
    }
}
