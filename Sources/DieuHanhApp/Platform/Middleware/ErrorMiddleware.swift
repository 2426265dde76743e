import Vapor

/// Turns every error into an answer: `{"error":{"code","message"}}` for the API, an HTML page for the browser.
/// Bad input is always a 4xx; only a real fault is a 500, and its details go to the log, not to the user.
struct ErrorMiddleware: AsyncMiddleware {
    struct Body: Content {
        struct Detail: Content {
            let code: String
            let message: String
            let fields: [FieldError]?
        }
        let error: Detail
    }

    func respond(to request: Request, chainingTo next: AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            let (status, code, message, fields) = describe(error, request)
            if status.code >= 500 {
                request.logger.report(error: error)
            }
            if request.isAPI || request.url.path == "/health" || prefersJSON(request) {
                let response = Response(status: status)
                try response.content.encode(Body(error: .init(code: code, message: message, fields: fields)))
                return response
            }
            return ErrorPage.response(for: request, status: status, message: message)
        }
    }

    private func describe(_ error: Error, _ request: Request) -> (HTTPResponseStatus, String, String, [FieldError]?) {
        let t = request.t
        switch error {
        case let error as AppError:
            return (error.status, error.code, error.message, nil)
        case let error as ValidationFailure:
            return (.unprocessableEntity, "validation_failed", error.message(t), error.errors)
        case is DecodingError:
            return (.badRequest, "bad_request", t(T.errBadRequestBody), nil)
        case _ where Self.isMultipartError(error):
            // A multipart body cut short or malformed is the client's fault, as broken JSON is.
            return (.badRequest, "bad_request", t(T.errBadRequestBody), nil)
        case let error as AbortError:
            let code = Self.codes[error.status.code] ?? "error"
            let message: String
            switch error.status {
            case .notFound: message = t(T.errNotFound)
            case .unauthorized: message = t(T.errSignInRequired)
            case .forbidden: message = t(T.errForbidden)
            case .payloadTooLarge: message = t(T.errTooLarge)
            default: message = error.status.code < 500 ? t(T.errBadRequestBody) : t(T.errServer)
            }
            return (error.status, code, message, nil)
        default:
            return (.internalServerError, "server_error", t(T.errServer), nil)
        }
    }

    private static let codes: [UInt: String] = [
        400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
        409: "conflict", 413: "payload_too_large", 415: "unsupported_media_type", 422: "validation_failed",
        429: "too_many_requests",
    ]

    /// MultipartKit's parser throws a private error type (and older paths its deprecated `MultipartError`): known
    /// by the module that declares it.
    static func isMultipartError(_ error: Error) -> Bool {
        String(reflecting: type(of: error)).hasPrefix("MultipartKit.")
    }

    private func prefersJSON(_ request: Request) -> Bool {
        guard let accept = request.headers.first(name: .accept) else { return false }
        return accept.contains("application/json") && !accept.contains("text/html")
    }
}
