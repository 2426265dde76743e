import DieuHanhCore
import Vapor

/// Lets only signed-in users through: the browser is sent to the sign-in page, the API gets a 401.
struct RequireSignIn: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: AsyncResponder) async throws -> Response {
        guard request.currentUser != nil else {
            if request.isAPI {
                throw AppError(.unauthorized, code: "unauthorized", message: request.t(T.errSignInRequired))
            }
            let target = request.url.path == "/" ? "/sign-in" : "/sign-in?next=\(request.url.path.urlQueryEscaped)"
            return request.redirect(to: target)
        }
        return try await next.respond(to: request)
    }
}

/// Lets through the roles a rule of `Role` allows; the check runs on the server for every route it guards. Routes
/// name the rule, not the roles, so a change to a rule reaches every route.
struct RequireRole: AsyncMiddleware {
    let allowed: Set<Role>

    init(_ rule: KeyPath<Role, Bool>) { allowed = Set(Role.allCases.filter { $0[keyPath: rule] }) }

    /// The office (coordinators and administrators): manages the tracking data.
    static let office = RequireRole(\.canManageTrackingData)
    /// Administrators: units, users, the calendar.
    static let organisation = RequireRole(\.canManageOrganisation)

    func respond(to request: Request, chainingTo next: AsyncResponder) async throws -> Response {
        let user = try request.requireUser()
        guard allowed.contains(user.userRole) else {
            throw AppError(.forbidden, code: "forbidden", message: request.t(T.errForbidden))
        }
        return try await next.respond(to: request)
    }
}

extension Request {
    var isAPI: Bool { url.path.hasPrefix("/api/") }
}

extension String {
    var urlQueryEscaped: String {
        // Most values (codes, dates, bucket names) need nothing: returned without Foundation's character-set walk,
        // which a list page did some eighty times (its links each carry the filters).
        let plain = utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"), UInt8(ascii: "/"):
                true
            default: false
            }
        }
        return plain ? self : addingPercentEncoding(withAllowedCharacters: queryValueCharacters) ?? self
    }
}

/// What a query value keeps as it is: letters and digits (Vietnamese ones too) and `-._~/`.
private let queryValueCharacters = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~/"))
