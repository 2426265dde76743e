import DieuHanhCore
import Fluent
import SQLKit
import Vapor

/// After every request that may have written (anything but GET and HEAD), notes where the primary's log stands:
/// in a cookie, and, for API clients, in the process's memory under the signed-in user. The user's reads then go to a replica only
/// once it has replayed that far, so no one sees their own change disappear (ReadRouting).
struct ReadYourWritesMiddleware: AsyncMiddleware {
    static let cookieName = "dieuhanh-wrote"

    func respond(to request: Request, chainingTo next: AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        guard let replicas = request.application.readReplicas, !request.isRead else { return response }
        do {
            let row = try await (request.db as! SQLDatabase).raw("SELECT pg_current_wal_lsn()::text AS lsn").first()
            guard let text = try row?.decode(column: "lsn", as: String.self), let position = WALPosition(text) else {
                return response
            }
            let mark = WriteMark(position: position, at: request.now)
            // A browser sends the cookie back; an API client (a bearer token, no session) may keep no cookies.
            if !request.hasSession, let id = request.currentUser?.id { replicas.remember(mark, of: id) }
            response.cookies[Self.cookieName] = HTTPCookies.Value(
                string: mark.cookieValue, maxAge: Int(ReadRouting.window), path: "/",
                isSecure: request.config.secureCookies, isHTTPOnly: true, sameSite: .lax)
        } catch {
            // Without a mark the user's next reads may come from a replica a moment behind; the write itself stands.
            request.logger.warning("Could not note the primary's log position after a write: \(String(reflecting: error))")
        }
        return response
    }
}

/// Which database answered a request's reads: tests read it back, nothing else does.
enum ReadSource: String, Sendable {
    case primary, replica
}

extension Request {
    fileprivate var isRead: Bool { method == .GET || method == .HEAD }

    private struct ReadSourceKey: StorageKey { typealias Value = ReadSource }

    var readSource: ReadSource? { storage[ReadSourceKey.self] }

    /// The user's last write: the later of the cookie's and the one this process remembers.
    private var writeMark: WriteMark? {
        let cookie = cookies[ReadYourWritesMiddleware.cookieName].flatMap { WriteMark(cookieValue: $0.string) }
        let remembered = currentUser?.id.flatMap { application.readReplicas?.mark(of: $0) }
        return WriteMark.latest(cookie, remembered)
    }

    /// Runs the read-only `work` of a list, figures or a report: on a replica when ReadRouting says so, on the
    /// primary otherwise, and on the primary again when the replica fails (it is then left alone for a while).
    /// Only for GET and HEAD handlers, never inside a write: anything else reads the primary.
    func reading<T>(_ work: (Database) async throws -> T) async throws -> T {
        guard let replicas = application.readReplicas, isRead, let id = replicas.pick() else { return try await onPrimary(work) }
        switch ReadRouting.route(isRead: true, hasReplica: true, mark: writeMark, now: now) {
        case .primary:
            return try await onPrimary(work)
        case .replica:
            break
        case .replicaIfReplayed(let position):
            let replayed: WALPosition?
            do {
                let row = try await (db(id) as! SQLDatabase).raw("SELECT pg_last_wal_replay_lsn()::text AS lsn").first()
                replayed = try row?.decode(column: "lsn", as: String?.self).flatMap(WALPosition.init)
            } catch {
                return try await afterFailure(of: id, replicas, error, work)
            }
            guard ReadRouting.replicaServes(replayed: replayed, mark: position) else { return try await onPrimary(work) }
        }
        do {
            let result = try await work(db(id))
            storage[ReadSourceKey.self] = .replica
            return result
        } catch  where Self.isDatabaseFailure(error) {
            return try await afterFailure(of: id, replicas, error, work)
        }
    }

    private func onPrimary<T>(_ work: (Database) async throws -> T) async throws -> T {
        let result = try await work(db)
        storage[ReadSourceKey.self] = .primary
        return result
    }

    private func afterFailure<T>(
        of id: DatabaseID, _ replicas: ReadReplicas, _ error: any Error, _ work: (Database) async throws -> T
    ) async throws -> T {
        logger.warning("Replica \(id.string) failed, reading from the primary: \(String(reflecting: error))")
        replicas.rest(id)
        return try await onPrimary(work)
    }

    /// The replica's own failures (connection, server, a query cancelled by replay); not the read's answers
    /// (not found, a filter refused), which the primary would give again.
    private static func isDatabaseFailure(_ error: any Error) -> Bool {
        !(error is any AbortError) && !(error is ValidationFailure)
            && !String(reflecting: type(of: error)).hasPrefix("DieuHanh")
    }
}
