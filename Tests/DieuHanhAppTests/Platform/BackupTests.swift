import DieuHanhCore
import Fluent
import Foundation
import SQLKit
import Testing
import Vapor

@testable import DieuHanhApp

/// `dieuhanh backup DIR` and `dieuhanh restore DIR [--replace]` (CONTRACT), on SQLite and PostgreSQL.
@Suite("Backup and restore")
struct BackupTests {
    /// The PostgreSQL copy needs `pg_dump`; CI installs it and checks these tests ran there (.ci/run).
    static var canRun: Bool {
        testDatabaseKind == "sqlite" || (try? Subprocess.locate("pg_dump")) != nil
    }

    /// SQLite as it is deployed: a file in WAL mode (the in-memory test database shares one cache, where a reader
    /// makes writers fail with "table is locked", which no server sees). PostgreSQL as TEST_DATABASE_URL says.
    func withDeployedApp(_ body: (Application) async throws -> Void) async throws {
        let file = NSTemporaryDirectory() + "dieuhanh-backup-test-\(UUID().uuidString).sqlite"
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: file + suffix) } }
        try await withTestApp(adjust: { if $0.database == .sqliteMemory { $0.database = .sqliteFile(file) } }) { app in
            if app.isSQLite { try await (app.db as! any SQLDatabase).raw("PRAGMA journal_mode=WAL").run() }
            try await body(app)
        }
    }

    func temporaryDirectory() -> String {
        NSTemporaryDirectory() + "dieuhanh-backup-\(UUID().uuidString)"
    }

    /// A document with one PDF attached, written the way the pages write it (file first, then the rows).
    @discardableResult
    func addDocument(_ app: Application, _ n: Int, by user: UserAccount) async throws -> UUID {
        let notation = "Số: \(n)/UBND-TH"
        guard case .success(let number) = DocumentNumber.parse(notation) else { throw CommandFailure("bad notation") }
        let draft = DocumentDraft(
            notation: notation, issuedOn: CivilDate(year: 2026, month: 11, day: 2), issuerID: nil,
            signer: nil, summary: "Văn bản \(n)")
        let file = AcceptedFile(fileName: "van-ban-\(n).pdf", kind: .pdf, data: Data("%PDF-1.4\n% văn bản \(n)\n%%EOF\n".utf8))
        return try await AttachmentService.storing([file], in: app.fileStore) { stored in
            try await app.write { db in
                let (document, _) = try await DocumentService.findOrCreate(
                    draft, number: number, actor: AuditActor(user),
                    now: testNow, on: db)
                try await AttachmentService.record(
                    stored, owner: .document, ownerID: document.id!, user: user, now: testNow, on: db)
                return document.id!
            }
        }
    }

    /// An empty database of the current schema and an empty data directory: what a new server starts with.
    func emptyEverything(_ app: Application) async throws {
        try await app.autoRevert()
        try await app.autoMigrate()
        try? FileManager.default.removeItem(at: app.fileStore.root)
    }

    func failure(_ app: Application, _ arguments: [String]) async -> String? {
        do {
            _ = try await runCommand(app, arguments)
            return nil
        } catch {
            return String(describing: error)
        }
    }

    @Test(.enabled(if: canRun)) func aBackupTakenUnderWriteLoadRestoresEveryAcknowledgedDocument() async throws {
        try await withDeployedApp { app in
            // setup
            let admin = try await makeUser(app, "admin", role: .admin)
            for n in 1...10 { try await addDocument(app, n, by: admin) }
            try await app.write { db in
                try await APIToken(
                    userID: admin.id!, tokenHash: TokenDigest.hash("copied"), expiresAt: Date().addingTimeInterval(3600)
                ).create(on: db)
            }
            let acknowledged = Acknowledged()
            let writer = Task {
                var n = 100
                while !Task.isCancelled {
                    n += 1
                    acknowledged.add(try await addDocument(app, n, by: admin))
                }
            }
            while acknowledged.ids.count < 5 { try await Task.sleep(for: .milliseconds(10)) }
            let directory = temporaryDirectory()
            defer { try? FileManager.default.removeItem(atPath: directory) }

            // act
            let before = Set(try await Document.query(on: app.db).all().map { $0.id! })
            let output = try await runCommand(app, ["backup", directory])
            let writtenByTheEnd = acknowledged.ids.count
            // The backup holds no lock the writer waits on: it goes on writing once the copy is taken (a fast copy may
            // finish between two of its writes, so "during" cannot be asserted, "after" can).
            let giveUp = ContinuousClock.now.advanced(by: .seconds(20))
            while acknowledged.ids.count < writtenByTheEnd + 3 && ContinuousClock.now < giveUp {
                try await Task.sleep(for: .milliseconds(10))
            }
            let writtenAfter = acknowledged.ids.count
            writer.cancel()
            _ = try? await writer.value
            let manifest = try BackupManifest.read(from: URL(fileURLWithPath: directory))
            try await emptyEverything(app)
            #expect(try await Document.query(on: app.db).count() == 0)
            let restored = try await runCommand(app, ["restore", directory])

            // check
            #expect(output.contains("Đã sao lưu"))
            #expect(writtenAfter >= writtenByTheEnd + 3, "the writer went on writing after the backup")
            let documents = try await Document.query(on: app.db).all()
            let ids = Set(documents.map { $0.id! })
            #expect(before.isSubset(of: ids), "every document acknowledged before the backup started is restored")
            #expect(documents.count == manifest.counts["documents"])
            let attachments = try await Attachment.query(on: app.db).filter(\.$ownerKind == "document").all()
            #expect(Set(attachments.map(\.ownerID)) == ids)
            #expect(attachments.count == manifest.attachments.count)
            for attachment in attachments {
                #expect(sha256Hex(try app.fileStore.read(attachment.storagePath)) == attachment.sha256)
            }
            #expect(restored.contains("\(attachments.count) tệp đính kèm khớp mã băm"))
            #expect(try await runCommand(app, ["audit", "verify"]).contains("toàn vẹn"))
            #expect(try await UserAccount.query(on: app.db).filter(\.$username == "admin").count() == 1)
            // The copy's API tokens (and sessions) do not come back to life.
            #expect(manifest.counts["api_tokens"] == 1)
            #expect(try await APIToken.query(on: app.db).count() == 0)
        }
    }

    @Test(.enabled(if: canRun)) func restoreRefusesADatabaseThatHoldsDataUnlessToldToReplaceIt() async throws {
        try await withDeployedApp { app in
            // setup
            let admin = try await makeUser(app, "admin", role: .admin)
            let kept = try await addDocument(app, 1, by: admin)
            let directory = temporaryDirectory()
            defer { try? FileManager.default.removeItem(atPath: directory) }
            _ = try await runCommand(app, ["backup", directory])
            let later = try await addDocument(app, 2, by: admin)

            // act
            let refused = await failure(app, ["restore", directory])
            let stillThere = try await Document.find(later, on: app.db)
            let replaced = try await runCommand(app, ["restore", directory, "--replace"])

            // check
            #expect(refused?.contains("--replace") == true)
            #expect(stillThere != nil, "a refused restore writes nothing")
            #expect(replaced.contains("Đã khôi phục"))
            #expect(try await Document.find(kept, on: app.db) != nil)
            #expect(try await Document.find(later, on: app.db) == nil, "--replace puts back the copy as it was")
            // The newer file is moved aside, not deleted; the restored tree holds exactly the copy's file.
            let aside = try FileManager.default.contentsOfDirectory(atPath: app.config.dataDirectory)
                .filter { $0.hasPrefix("files.before-restore-") }
            #expect(aside.count == 1)
            #expect(replaced.contains(aside.first ?? "?"))
            #expect(try await runCommand(app, ["audit", "verify"]).contains("toàn vẹn"))
        }
    }

    @Test(.enabled(if: canRun)) func restoreWithAMissingOrAlteredFileFailsNamingItAndWritesNothing() async throws {
        try await withDeployedApp { app in
            // setup
            let admin = try await makeUser(app, "admin", role: .admin)
            for n in 1...3 { try await addDocument(app, n, by: admin) }
            let directory = temporaryDirectory()
            defer { try? FileManager.default.removeItem(atPath: directory) }
            _ = try await runCommand(app, ["backup", directory])
            let manifest = try BackupManifest.read(from: URL(fileURLWithPath: directory))
            let missing = directory + "/files/" + manifest.attachments[0].path
            let altered = directory + "/files/" + manifest.attachments[1].path
            try await emptyEverything(app)

            // act
            let original = try Data(contentsOf: URL(fileURLWithPath: missing))
            try FileManager.default.removeItem(atPath: missing)
            let whenMissing = await failure(app, ["restore", directory])
            try original.write(to: URL(fileURLWithPath: missing))
            var bytes = try Data(contentsOf: URL(fileURLWithPath: altered))
            bytes[bytes.count - 2] ^= 0x01
            try bytes.write(to: URL(fileURLWithPath: altered))
            let whenAltered = await failure(app, ["restore", directory])

            // check
            #expect(whenMissing?.contains(missing) == true, "names the missing file: \(whenMissing ?? "succeeded")")
            #expect(
                whenAltered?.contains("sha256") == true && whenAltered?.contains(altered) == true,
                "names the altered file: \(whenAltered ?? "succeeded")")
            #expect(try await Document.query(on: app.db).count() == 0)
            #expect(!FileManager.default.fileExists(atPath: app.fileStore.root.path))
        }
    }

    @Test func backupRefusesADirectoryThatIsNotEmpty() async throws {
        try await withTestApp { app in
            // setup
            let directory = temporaryDirectory()
            defer { try? FileManager.default.removeItem(atPath: directory) }
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try Data("x".utf8).write(to: URL(fileURLWithPath: directory + "/old.txt"))

            // act
            let refused = await failure(app, ["backup", directory])

            // check
            #expect(refused?.contains("không trống") == true)
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["old.txt"])
        }
    }
}

/// Document ids the writer has been told are saved.
final class Acknowledged: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [UUID] = []
    var ids: [UUID] { lock.withLock { list } }
    func add(_ id: UUID) { lock.withLock { list.append(id) } }
}
