import DieuHanhCore
import Fluent
import FluentPostgresDriver
import NIOConcurrencyHelpers
import Vapor

/// The streaming replicas a PostgreSQL deployment reads lists, figures and reports from (`DATABASE_REPLICA_URL`),
/// taken in turn; one that fails is left alone for a while and its reads go to the primary. Also remembers, in
/// this process, each user's last write (WriteMark), for API clients that keep no cookies.
final class ReadReplicas: Sendable {
    /// How long a replica that failed is left alone before it is tried again.
    static let restAfterFailure: TimeInterval = 10
    /// More remembered writers than this and the ones past `ReadRouting.window` are forgotten.
    static let remembered = 10_000

    let ids: [DatabaseID]
    private struct State {
        var next = 0
        var resting: [DatabaseID: Date] = [:]
        var marks: [UUID: WriteMark] = [:]
    }
    private let state = NIOLockedValueBox(State())

    init(count: Int) {
        ids = (1...max(1, count)).map { DatabaseID(string: "replica\($0)") }
    }

    /// The next replica in turn that is not resting, or nil when all are.
    func pick(now: Date = Date()) -> DatabaseID? {
        state.withLockedValue { s in
            for _ in ids.indices {
                let id = ids[s.next % ids.count]
                s.next &+= 1
                if let until = s.resting[id], until > now { continue }
                s.resting[id] = nil
                return id
            }
            return nil
        }
    }

    func rest(_ id: DatabaseID, now: Date = Date()) {
        state.withLockedValue { $0.resting[id] = now.addingTimeInterval(Self.restAfterFailure) }
    }

    func mark(of user: UUID) -> WriteMark? { state.withLockedValue { $0.marks[user] } }

    func remember(_ mark: WriteMark, of user: UUID) {
        state.withLockedValue { s in
            s.marks[user] = WriteMark.latest(s.marks[user], mark)
            if s.marks.count > Self.remembered {
                s.marks = s.marks.filter { mark.at.timeIntervalSince($0.value.at) < ReadRouting.window }
            }
        }
    }
}

extension Application {
    private struct ReadReplicasKey: StorageKey { typealias Value = ReadReplicas }

    /// nil without replicas (SQLite, or PostgreSQL alone).
    var readReplicas: ReadReplicas? { storage[ReadReplicasKey.self] }

    /// Registers each replica as a database of its own beside the primary; migrations and writes never use them.
    func useReadReplicas(_ urls: [String]) throws {
        guard !urls.isEmpty else { return }
        guard !isSQLite else {
            logger.warning("DATABASE_REPLICA_URL is ignored: replicas need PostgreSQL as DATABASE_URL")
            return
        }
        let replicas = ReadReplicas(count: urls.count)
        for (id, url) in zip(replicas.ids, urls) {
            databases.use(
                .postgres(configuration: try Self.postgresConfiguration(url), sqlLogLevel: .trace), as: id, isDefault: false)
        }
        storage[ReadReplicasKey.self] = replicas
        logger.info("Reading lists, figures and reports from \(urls.count) PostgreSQL replica(s)")
    }
}
