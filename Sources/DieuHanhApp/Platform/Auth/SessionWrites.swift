import Fluent
import Vapor

/// Vapor writes the session back after every request that reads it. Unchanged, that write is skipped: a page
/// view then writes nothing (on SQLite every write waits for the one writer, and each one is a disk sync).
struct UnchangedSessionsSkipped: SessionDriver {
    let inner: any SessionDriver

    private struct ReadData: StorageKey { typealias Value = SessionData }

    func createSession(_ data: SessionData, for request: Request) -> EventLoopFuture<SessionID> {
        inner.createSession(data, for: request)
    }

    func readSession(_ sessionID: SessionID, for request: Request) -> EventLoopFuture<SessionData?> {
        inner.readSession(sessionID, for: request).map { data in
            request.storage[ReadData.self] = data
            return data
        }
    }

    func updateSession(_ sessionID: SessionID, to data: SessionData, for request: Request) -> EventLoopFuture<SessionID> {
        if request.storage[ReadData.self] == data { return request.eventLoop.makeSucceededFuture(sessionID) }
        return inner.updateSession(sessionID, to: data, for: request)
    }

    func deleteSession(_ sessionID: SessionID, for request: Request) -> EventLoopFuture<Void> {
        inner.deleteSession(sessionID, for: request)
    }
}
