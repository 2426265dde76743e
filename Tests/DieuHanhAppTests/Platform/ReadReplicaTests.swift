import DieuHanhCore
import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import DieuHanhApp

/// The streaming replica CI starts beside the PostgreSQL primary (`TEST_REPLICA_URL`, of the same cluster as
/// `TEST_DATABASE_URL`); the tests that need it are skipped without it.
let testReplicaURL: String? = ProcessInfo.processInfo.environment["TEST_REPLICA_URL"].flatMap { $0.isEmpty ? nil : $0 }

/// Reads on replicas against a real primary and streaming replica. Serialized: one test pauses the replica's replay.
@Suite("Reads on replicas", .serialized, .enabled(if: testDatabaseKind == "postgres" && testReplicaURL != nil))
struct ReadReplicaTests {
    /// The test's own schema on the replica too: the primary's `search_path` item carried over.
    static func withReplicatedApp(_ body: (Application) async throws -> Void) async throws {
        try await withTestApp(adjust: { config in
            guard case .postgres(let url) = config.database, let replica = testReplicaURL,
                let schema = URLComponents(string: url)?.queryItems?.first(where: { $0.name == "search_path" })?.value
            else { return }
            config.replicaURLs = [replica + (replica.contains("?") ? "&" : "?") + "search_path=\(schema)"]
        }) { app in
            try #require(app.readReplicas != nil)
            try await body(app)
        }
    }

    static func replica(_ app: Application) -> SQLDatabase { app.db(app.readReplicas!.ids[0]) as! SQLDatabase }

    static func position(_ db: SQLDatabase, _ function: String) async throws -> WALPosition? {
        try await db.raw("SELECT \(unsafeRaw: function)()::text AS lsn").first()?.decode(column: "lsn", as: String?.self)
            .flatMap(WALPosition.init)
    }

    /// Waits until the replica has replayed everything the primary has written so far.
    static func waitForReplica(_ app: Application) async throws {
        let primary = try #require(try await position(app.db as! SQLDatabase, "pg_current_wal_lsn"))
        for _ in 0..<200 {
            if let replayed = try await position(replica(app), "pg_last_wal_replay_lsn"), replayed >= primary { return }
            try await Task.sleep(for: .milliseconds(50))
        }
        Issue.record("the replica did not catch up with the primary within 10 s")
    }

    /// Whether the database a request's reads went to is a replica (`pg_is_in_recovery()`).
    static func readsFromReplica(_ app: Application, _ method: HTTPMethod, cookie: String? = nil) async throws -> Bool {
        let request = Request(application: app, method: method, url: URI(path: "/tasks"), on: app.eventLoopGroup.next())
        if let cookie { request.headers.replaceOrAdd(name: .cookie, value: "\(ReadYourWritesMiddleware.cookieName)=\(cookie)") }
        let inRecovery = try await request.reading { db in
            try await (db as! SQLDatabase).raw("SELECT pg_is_in_recovery() AS r").first()!.decode(column: "r", as: Bool.self)
        }
        #expect(request.readSource == (inRecovery ? .replica : .primary))
        return inRecovery
    }

    @Test func listsAreReadOnTheReplicaUnlessTheUserWroteSomethingItHasNotReplayed() async throws {
        try await Self.withReplicatedApp { app in
            try await Self.waitForReplica(app)
            let now = Int(testNow.timeIntervalSince1970)
            let current = try #require(try await Self.position(app.db as! SQLDatabase, "pg_current_wal_lsn"))
            // check
            #expect(try await Self.readsFromReplica(app, .GET))
            #expect(try await Self.readsFromReplica(app, .HEAD))
            #expect(try await !Self.readsFromReplica(app, .POST))
            #expect(try await Self.readsFromReplica(app, .GET, cookie: "\(current)@\(now)"))
            #expect(try await !Self.readsFromReplica(app, .GET, cookie: "FFFFFF/0@\(now)"))
            // A write long ago no longer holds the user's reads back; a mangled cookie is no mark at all.
            #expect(try await Self.readsFromReplica(app, .GET, cookie: "FFFFFF/0@\(now - Int(ReadRouting.window))"))
            #expect(try await Self.readsFromReplica(app, .GET, cookie: "FFFFFF/0"))
        }
    }

    @Test func aUserSeesTheirOwnNewTaskAtOnceWhileOthersReadTheReplica() async throws {
        try await Self.withReplicatedApp { app in
            // setup
            let p = try await SmallProvince.make(app)
            try await makeUser(app, "vanphong", role: .coordinator, unit: p.ubnd)
            let writer = Browser(app)
            try await writer.signIn("vanphong")
            let reader = Browser(app)
            try await reader.signIn("admin")
            try await writer.get("/tasks/new")
            try await Self.waitForReplica(app)
            // The replica stops replaying: what the primary writes now is not on it.
            try await Self.replica(app).raw("SELECT pg_wal_replay_pause()").run()
            do {
                // act
                let saved = try await writer.post(
                    "/tasks",
                    [
                        "rows": "1", "notation": "Số: 77/UBND-TH", "issued_on": "20/11/2026", "issuer_id": p.ubnd.id!.uuidString,
                        "summary": "Triển khai kế hoạch", "assigner_id": p.ubnd.id!.uuidString,
                        "content_0": "Rà soát hồ sơ cán bộ diện quy hoạch", "lead_0": p.snv.id!.uuidString,
                        "deadline_0": "30/12/2026",
                    ])
                let ownList = try await writer.get("/tasks").body.string
                let othersList = try await reader.get("/tasks").body.string
                // check
                #expect(saved.status == .seeOther, "\(saved.body.string.prefix(1000))")
                #expect(writer.cookies[ReadYourWritesMiddleware.cookieName] != nil)
                #expect(ownList.contains("Rà soát hồ sơ cán bộ diện quy hoạch"))
                #expect(!othersList.contains("Rà soát hồ sơ cán bộ diện quy hoạch"), "the list came from the primary")
                try await Self.replica(app).raw("SELECT pg_wal_replay_resume()").run()
            } catch {
                try? await Self.replica(app).raw("SELECT pg_wal_replay_resume()").run()
                throw error
            }
            // Once the replica has the task, everyone reads it there.
            try await Self.waitForReplica(app)
            #expect(try await reader.get("/tasks").body.string.contains("Rà soát hồ sơ cán bộ diện quy hoạch"))
            #expect(try await Self.readsFromReplica(app, .GET, cookie: writer.cookies[ReadYourWritesMiddleware.cookieName]))
        }
    }

    @Test func anAPIClientWithoutCookiesSeesItsOwnWriteToo() async throws {
        try await Self.withReplicatedApp { app in
            // setup
            _ = try await TasksAPITests().load(app)
            let t3 = try #require(try await TaskItem.query(on: app.db).filter(\.$ma == "T3").first())
            let officer = try await APIClient.signIn(app, "canbo.snv")
            let other = try await APIClient.signIn(app, "vanphong")
            /// T3's version in the client's list: each step raises it.
            func version(_ client: APIClient) async throws -> Int? {
                let list = try await client.send(.GET, "/api/v1/tasks?q=kiem+diem").json["items"] as? [[String: Any]]
                return list?.first { $0["ma"] as? String == "T3" }?["version"] as? Int
            }
            let before = try await version(officer)
            try await Self.waitForReplica(app)
            try await Self.replica(app).raw("SELECT pg_wal_replay_pause()").run()
            do {
                // act: the officer reports T3 done; the API client keeps no cookies.
                let done = try await officer.send(
                    .POST, "/api/v1/tasks/\(t3.id!)/events",
                    json: ["action": "report_completion", "date": "2026-11-20", "note": "Xong", "version": 1])
                let own = try await version(officer)
                let others = try await version(other)
                // check
                #expect(done.status == .created, "\(done.body.string)")
                #expect(before == 1 && own == 2)
                #expect(others == before, "the other client's list came from the paused replica")
                try await Self.replica(app).raw("SELECT pg_wal_replay_resume()").run()
            } catch {
                try? await Self.replica(app).raw("SELECT pg_wal_replay_resume()").run()
                throw error
            }
            try await Self.waitForReplica(app)
            #expect(try await version(other) == 2)
        }
    }
}

/// A replica that cannot be reached, and SQLite, which has none: every read is answered by the primary.
@Suite("Reads on replicas: without one")
struct ReadReplicaFallbackTests {
    @Test func aReplicaThatIsDownLeavesTheListsToThePrimary() async throws {
        guard testDatabaseKind == "postgres" else { return }
        try await withTestApp(adjust: { $0.replicaURLs = ["postgres://dieuhanh:dieuhanh@127.0.0.1:9/none?sslmode=disable"] }) {
            app in
            // setup
            try await SmallProvince.make(app)
            let browser = Browser(app)
            try await browser.signIn("admin")
            // act
            let list = try await browser.get("/tasks")
            let json = try await APIClient.signIn(app, "admin").send(.GET, "/api/v1/tasks")
            let stats = try await browser.get("/stats")
            // check
            #expect(list.status == .ok && json.status == .ok && stats.status == .ok)
            #expect(app.readReplicas?.pick() == nil, "the failed replica is left alone for a while")
            let request = Request(application: app, method: .GET, url: URI(path: "/tasks"), on: app.eventLoopGroup.next())
            _ = try await request.reading { try await UnitDirectory.all(on: $0) }
            #expect(request.readSource == .primary)
        }
    }

    @Test func sqliteIgnoresReplicas() async throws {
        guard testDatabaseKind == "sqlite" else { return }
        try await withTestApp(adjust: { $0.replicaURLs = ["postgres://dieuhanh:dieuhanh@127.0.0.1:5433/x"] }) { app in
            try await SmallProvince.make(app)
            let browser = Browser(app)
            try await browser.signIn("admin")
            #expect(app.readReplicas == nil)
            #expect(try await browser.get("/tasks").status == .ok)
            #expect(browser.cookies[ReadYourWritesMiddleware.cookieName] == nil)
        }
    }

    @Test func theReplicaURLsAreAListOfPostgreSQLAddresses() throws {
        #expect(try AppConfig.parseReplicaURLs(nil) == [])
        #expect(try AppConfig.parseReplicaURLs(" ") == [])
        #expect(
            try AppConfig.parseReplicaURLs("postgres://a@h1/db, postgresql://a@h2/db,") == [
                "postgres://a@h1/db", "postgresql://a@h2/db",
            ])
        #expect(throws: ConfigError.self) { try AppConfig.parseReplicaURLs("sqlite://x.sqlite") }
    }
}
