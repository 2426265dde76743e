import DieuHanhCore
import Fluent
import Foundation
import Testing
import Vapor

@testable import DieuHanhApp

/// Whether `python3` has aiosmtpd (CI installs it; elsewhere the real-server test skips itself).
let aiosmtpdAvailable: Bool = {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", "import aiosmtpd"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    do { try process.run() } catch { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
}()

/// A real SMTP server on 127.0.0.1 (aiosmtpd), started by the test; every message it receives is parsed by
/// Python's e-mail package and written as one JSON line.
final class LocalSMTPServer: @unchecked Sendable {
    static let script = """
        import email, json, socket, sys, time
        from email import policy
        from aiosmtpd.controller import Controller
        out = sys.argv[1]
        class Handler:
            async def handle_DATA(self, server, session, envelope):
                msg = email.message_from_bytes(envelope.content, policy=policy.default)
                record = {"mail_from": envelope.mail_from, "rcpt_tos": envelope.rcpt_tos, "subject": str(msg["subject"]),
                          "content_type": msg.get_content_type(), "charset": msg.get_content_charset(),
                          "body": msg.get_content()}
                with open(out, "a", encoding="utf-8") as f:
                    f.write(json.dumps(record, ensure_ascii=False) + "\\n")
                return "250 Message accepted"
        probe = socket.socket()
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
        probe.close()
        controller = Controller(Handler(), hostname="127.0.0.1", port=port)
        controller.start()
        print(port, flush=True)
        try:
            sys.stdin.read()
        finally:
            controller.stop()
        """

    let process = Process()
    let output: URL
    let port: Int
    private let input = Pipe()

    init() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dieuhanh-smtp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let scriptURL = directory.appendingPathComponent("server.py")
        try Data(Self.script.utf8).write(to: scriptURL)
        output = directory.appendingPathComponent("messages.jsonl")
        let stdout = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", scriptURL.path, output.path]
        process.standardOutput = stdout
        process.standardInput = input
        try process.run()
        let line = String(decoding: stdout.fileHandleForReading.availableData, as: UTF8.self)
        guard let port = Int(line.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            process.terminate()
            throw ConfigError("the SMTP test server did not start: \(line)")
        }
        self.port = port
    }

    /// The messages received so far, waiting up to a few seconds for the first.
    func messages(expecting count: Int) async throws -> [[String: Any]] {
        for _ in 0..<50 {
            if let data = try? Data(contentsOf: output) {
                let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
                if lines.count >= count {
                    return lines.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
                }
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        return []
    }

    func stop() {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }
}

@Suite("Report reminders by e-mail")
struct ReportingMailTests {
    @Test func subjectsAreEncodedWordsOfAtMost75Characters() {
        let subject = "[DieuHanh] Nhắc gửi báo cáo: Báo cáo kiểm điểm công tác chỉ đạo, điều hành năm 2020 — hạn 23/10/2020"
        let encoded = ReportMailMessage.encodedWords(subject)
        let words = encoded.components(separatedBy: "\r\n ")
        #expect(words.count > 1)
        #expect(words.allSatisfy { $0.hasPrefix("=?UTF-8?B?") && $0.hasSuffix("?=") && $0.count <= 75 })
        let decoded = words.map { word in
            String(decoding: Data(base64Encoded: String(word.dropFirst(10).dropLast(2)))!, as: UTF8.self)
        }.joined()
        #expect(decoded == subject)
        #expect(ReportMailMessage.encodedWords("Plain ASCII") == "Plain ASCII")
        #expect(ReportMailMessage.rfc5322Date(testNow) == "Sun, 22 Nov 2026 09:00:00 +0700")
    }

    @Test(.enabled(if: aiosmtpdAvailable, "python3 with aiosmtpd is needed (pip install aiosmtpd)"))
    func reminderEmailsReachARealSMTPServer() async throws {
        let server = try LocalSMTPServer()
        defer { server.stop() }
        // The client alone: a Vietnamese subject and body, two recipients.
        let mailer = ReportSMTPMailer(host: "127.0.0.1", port: server.port, group: MultiThreadedEventLoopGroup.singleton)
        let body = "Kính gửi: Sở Nội vụ\n\nĐề nghị đơn vị gửi báo cáo trước hạn 23/10/2020.\n.dòng bắt đầu bằng dấu chấm"
        let subject = "[DieuHanh] Nhắc gửi báo cáo: Báo cáo kiểm điểm công tác chỉ đạo, điều hành năm 2020 — hạn 23/10/2020"
        try await mailer.send(
            ReportMailMessage(
                from: "dieuhanh@ubnd.example", to: ["a@snv.example", "b@snv.example"],
                subject: subject, body: body), date: testNow)
        let first = try #require(try await server.messages(expecting: 1).first)
        #expect(first["mail_from"] as? String == "dieuhanh@ubnd.example")
        #expect(first["rcpt_tos"] as? [String] == ["a@snv.example", "b@snv.example"])
        #expect(first["subject"] as? String == subject)
        #expect(first["content_type"] as? String == "text/plain")
        #expect(first["charset"] as? String == "utf-8")
        #expect(
            (first["body"] as? String)?.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .newlines) == body)
        // The whole path: the sweep records the reminder and mails it through the configured relay.
        let port = server.port
        try await withTestApp(adjust: { c in
            c.smtpHost = "127.0.0.1"
            c.smtpPort = port
            c.smtpFrom = "dieuhanh@ubnd.example"
        }) { app in
            let p = try await SmallProvince.make(app)
            let officer = try #require(try await ReportUserEmail.query(on: app.db).filter(\.$username == "canbo.snv").first())
            let now = app.config.now()
            try await app.write { db in
                try await ReportContactService.setEmail(
                    officer, to: "canbo.snv@snv.example", actor: .commandLine, now: now, on: db,
                    t: Localizer(language: .vi))
                var draft = ReportRequestDraft(
                    kind: .adHoc, title: "Báo cáo tình hình thu ngân sách",
                    deadline: .date(CivilDate(year: 2026, month: 11, day: 19)!),
                    requesterID: p.ubnd.id, recipients: ReportRecipientSpec(unitIDs: [p.snv.id!]))
                draft.issuedOn = CivilDate(year: 2026, month: 11, day: 16)
                _ = try await ReportRequestService.create(draft, actor: nil, now: now, on: db, t: Localizer(language: .vi))
            }
            let summary = try await ReportingScheduler(app: app).run(now: now)
            #expect(summary.remindersRecorded == 1)
            #expect(summary.mailsSent == 1)
            let reminder = try #require(try await ReportReminder.query(on: app.db).first())
            #expect(reminder.mailStatus == "sent")
            let messages = try await server.messages(expecting: 2)
            #expect(messages.count == 2)
            #expect(messages.last?["rcpt_tos"] as? [String] == ["canbo.snv@snv.example"])
            #expect(
                (messages.last?["subject"] as? String)?.contains("Quá hạn gửi báo cáo: Báo cáo tình hình thu ngân sách") == true)
            #expect((messages.last?["body"] as? String)?.contains("Kính gửi: Sở Nội vụ") == true)
        }
    }

    @Test func aRelayThatIsNotThereFailsQuicklyWithAReason() async throws {
        let mailer = ReportSMTPMailer(
            host: "127.0.0.1", port: 9, group: MultiThreadedEventLoopGroup.singleton, timeout: .seconds(5))
        await #expect(throws: (any Error).self) {
            try await mailer.send(
                ReportMailMessage(from: "a@b.example", to: ["c@d.example"], subject: "x", body: "y"), date: testNow)
        }
    }
}
