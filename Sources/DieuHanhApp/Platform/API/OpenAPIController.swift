import Vapor

/// Serves the OpenAPI document at `/api/v1/openapi.json`.
struct OpenAPIController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        routes.get("openapi.json") { _ -> Response in
            let response = Response(status: .ok, body: .init(data: OpenAPIDocument.json()))
            response.headers.contentType = .json
            return response
        }
    }
}
