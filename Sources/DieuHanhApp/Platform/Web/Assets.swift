import Vapor

/// The stylesheet and script, compiled into the binary so DieuHanh serves them from wherever it is started.
/// Their URLs carry a content hash, so browsers may cache them for a year and still see every change.
enum Assets {
    static let stylesheetHash = digest(stylesheet)
    static let scriptHash = digest(script)
    static let stylesheetPath = "/assets/styles-\(stylesheetHash).css"
    static let scriptPath = "/assets/app-\(scriptHash).js"

    private static func digest(_ text: String) -> String {
        String(sha256Hex(Data(text.utf8)).prefix(12))
    }
}

struct AssetsController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        routes.get("assets", ":file") { req -> Response in
            let file = req.parameters.get("file") ?? ""
            let (body, type): (String, HTTPMediaType)
            switch file {
            case "styles-\(Assets.stylesheetHash).css":
                (body, type) = (Assets.stylesheet, HTTPMediaType(type: "text", subType: "css", parameters: ["charset": "utf-8"]))
            case "app-\(Assets.scriptHash).js":
                (body, type) = (
                    Assets.script, HTTPMediaType(type: "text", subType: "javascript", parameters: ["charset": "utf-8"])
                )
            default: throw Abort(.notFound)
            }
            let response = Response(status: .ok, body: .init(string: body))
            response.headers.contentType = type
            response.headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=31536000, immutable")
            return response
        }
    }
}
