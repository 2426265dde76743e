import Fluent
import Vapor

struct HomeController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        routes.get(use: home)
    }

    func home(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let unit = try await unitOf(user, on: req.db)
        let model = HomePage.Model(
            fullName: user.fullName,
            unitName: unit?.name,
            unitCount: try await OrgUnit.query(on: req.db).count(),
            userCount: try await UserAccount.query(on: req.db).filter(\.$active == true).count()
        )
        return HomePage.response(req.pageContext(), model: model)
    }
}
