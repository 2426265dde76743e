import Fluent
import Vapor

struct HealthController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        routes.get("health", use: health)
    }

    /// 200 when the database answers, 503 otherwise.
    func health(req: Request) async throws -> Response {
        do {
            _ = try await OrgUnit.query(on: req.db).first()  // any answer will do; a count would scan the table
            return try await ["status": "ok"].encodeResponse(for: req)
        } catch {
            req.logger.error("health check: database did not answer: \(String(reflecting: error))")
            let response = try await ["status": "database_unavailable"].encodeResponse(for: req)
            response.status = .serviceUnavailable
            return response
        }
    }
}
