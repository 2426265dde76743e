import Vapor

/// An error meant for the user: an HTTP status, a stable machine code and a message already in the user's
/// language.
struct AppError: AbortError {
    let status: HTTPResponseStatus
    let code: String
    let message: String

    init(_ status: HTTPResponseStatus, code: String, message: String) {
        self.status = status
        self.code = code
        self.message = message
    }

    var reason: String { message }
}

/// A problem with one field of a form or request body.
struct FieldError: Sendable, Equatable, Codable {
    let field: String
    let message: String
}

/// All the problems of one submission at once.
struct ValidationFailure: Error {
    let errors: [FieldError]

    func message(_ t: Localizer) -> String {
        t(T.errValidation) + " " + errors.map(\.message).joined(separator: "; ")
    }
}

extension Array where Element == FieldError {
    /// Throws them all, if there are any.
    func throwIfAny() throws {
        if !isEmpty { throw ValidationFailure(errors: self) }
    }

    func message(for field: String) -> String? {
        first(where: { $0.field == field })?.message
    }
}
