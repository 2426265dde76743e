import DieuHanhCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import DieuHanhApp

/// The receiver alone: what it refuses, and why (issue 20). The messages are built here as a peer would.
@Suite struct LevelInboxTests {
    /// A province deployment that knows the national one (origin `highID`) under the keys of `LevelTestSupport`.
    private func province(_ app: Application) async throws -> (highID: String, peer: LevelPeer) {
        let highID = UUID().uuidString.lowercased()
        let ubnd = try await makeUnit(app, "UBND", "Ủy ban nhân dân tỉnh", kind: .province)
        try await makeUnit(app, "CP", "Chính phủ", kind: .government)
        try await makeUnit(app, "SNV", "Sở Nội vụ", parent: ubnd)
        let t = Localizer(language: .vi)
        let peer = try await app.write { db in
            let peer = try await LevelPeerService.register(
                LevelPeerDraft([
                    "name": "Chính phủ", "base_url": "http://127.0.0.1:9", "deployment_id": highID, "inbound_key": downKey,
                    "outbound_key": upKey,
                ]), actor: .commandLine, now: testNow, on: db, t: t)
            for (local, remote) in [("CP", "CP"), ("UBND", "BD")] {
                _ = try await LevelPeerService.link(
                    peer: peer, localCode: local, remoteCode: remote, actor: .commandLine, now: testNow, on: db, t: t)
            }
            return peer
        }
        return (highID, peer)
    }

    private func assignment(
        origin: String, lead: String = "BD", taskID: String = UUID().uuidString.lowercased(), sentAt: Date = testNow
    )
        -> LevelEnvelope
    {
        let body = LevelTaskAssigned(
            taskID: taskID, assignerCode: "CP", leadCode: lead, content: "Rà soát thủ tục hành chính", notation: "15/NQ-CP",
            documentDate: "2026-11-20", summary: "Nghị quyết phiên họp", assignedOn: "2026-11-20", deadline: "2026-12-15")
        let text = String(decoding: try! JSONEncoder().encode(body), as: UTF8.self)
        return LevelSigner.signed(
            LevelEnvelope(
                origin: origin, kind: LevelMessageKind.taskAssigned.rawValue, objectID: taskID, version: 1,
                sentAt: Int(sentAt.timeIntervalSince1970), nonce: LevelSigner.newNonce(), body: text),
            key: downKey)
    }

    private func post(_ app: Application, _ envelope: LevelEnvelope) async throws -> (HTTPStatus, String?) {
        var result: (HTTPStatus, String?) = (.ok, nil)
        try await app.testing().test(
            .POST, "/api/v1/levels/inbox", beforeRequest: { try $0.content.encode(envelope, as: .json) },
            afterResponse: { response in
                result = (response.status, try? response.content.get(String.self, at: "error", "code"))
            })
        return result
    }

    @Test func aForgedOrReplayedMessageIsRefusedAndAGoodOneAppliedOnce() async throws {
        try await withTestApp { app in
            let (highID, peer) = try await province(app)
            // Forged: signed with another key, or altered after signing.
            var forged = assignment(origin: highID)
            forged = LevelSigner.signed(forged, key: "mot-khoa-khac-0123456789abcdefghijklmnop")
            #expect(try await post(app, forged) == (.unauthorized, "bad_signature"))
            var altered = assignment(origin: highID)
            altered.body = altered.body.replacingOccurrences(of: "2026-12-15", with: "2027-12-15")
            #expect(try await post(app, altered) == (.unauthorized, "bad_signature"))
            // Unknown origin, stale time.
            #expect(try await post(app, assignment(origin: UUID().uuidString.lowercased())) == (.unauthorized, "unknown_peer"))
            let old = assignment(origin: highID, sentAt: testNow.addingTimeInterval(-301))
            #expect(try await post(app, old) == (.conflict, "stale"))
            #expect(try await TaskItem.query(on: app.db).count() == 0)

            // The genuine message is applied; the very same bytes again are a replay.
            let genuine = assignment(origin: highID)
            #expect(try await post(app, genuine) == (.ok, nil))
            #expect(try await post(app, genuine) == (.conflict, "replayed"))
            // The same fact with a new nonce (sent again) is acknowledged and stored once.
            var again = genuine
            again.nonce = LevelSigner.newNonce()
            again = LevelSigner.signed(again, key: downKey)
            #expect(try await post(app, again) == (.ok, nil))
            #expect(try await TaskItem.query(on: app.db).count() == 1)
            let audit = try await AuditEntry.query(on: app.db).all().map(\.action)
            #expect(audit.filter { $0 == "level_received" }.count == 1)
            #expect(audit.filter { $0 == "level_refused_in" }.count >= 4)

            // A unit not linked to this peer is refused; so is everything once the key is revoked.
            #expect(try await post(app, assignment(origin: highID, lead: "SNV")) == (.forbidden, "unit_not_linked"))
            try await app.write { db in try await LevelPeerService.revoke(peer, actor: .commandLine, now: testNow, on: db) }
            #expect(try await post(app, assignment(origin: highID)) == (.unauthorized, "revoked_peer"))
            #expect(try await TaskItem.query(on: app.db).count() == 1)
        }
    }

    @Test func aStepTheSenderDoesNotOwnIsRefused() async throws {
        try await withTestApp { app in
            let (highID, _) = try await province(app)
            let taskID = UUID().uuidString.lowercased()
            #expect(try await post(app, assignment(origin: highID, taskID: taskID)) == (.ok, nil))
            // "From above", a completion report: the province's to make, not the sender's.
            let step = LevelTaskStep(
                taskRef: taskID, action: TaskAction.reportCompletion.rawValue, note: "xong", date: "2026-11-21",
                actorName: "vpcp")
            let eventID = UUID().uuidString.lowercased()
            let envelope = LevelSigner.signed(
                LevelEnvelope(
                    origin: highID, kind: LevelMessageKind.taskStep.rawValue, objectID: eventID, version: 1,
                    sentAt: Int(testNow.timeIntervalSince1970), nonce: LevelSigner.newNonce(),
                    body: String(decoding: try JSONEncoder().encode(step), as: UTF8.self)), key: downKey)
            #expect(try await post(app, envelope) == (.conflict, "not_owner"))
            let kinds = try await TaskEventRecord.query(on: app.db).all().map(\.kind)
            #expect(kinds == [TaskEvent.Kind.assigned.rawValue])
        }
    }

    @Test func theAdministratorRegistersAPeerAndIsToldWhatIsWrongInVietnamese() async throws {
        try await withTestApp { app in
            try await SmallProvince.make(app)
            let browser = Browser(app)
            try await browser.signIn("admin", testPassword)
            let page = try await browser.get("/levels")
            #expect(page.status == .ok)
            let ownID = try await LevelDeployment.current(on: app.db)
            #expect(page.body.string.contains(ownID))
            // A fresh key offered for each direction, and the two differ, as the form requires.
            let offered = page.body.string.matches(of: try Regex("Có thể dùng khóa mới tạo: ([A-Za-z0-9+/]{40,})"))
                .map { String($0.output[1].substring ?? "") }
            #expect(offered.count == 2 && Set(offered).count == 2)
            #expect(!page.body.string.lowercased().contains("ví dụ"))
            let refused = try await browser.post(
                "/levels",
                [
                    "name": "Tỉnh Cao Bằng", "base_url": "dieuhanh.caobang", "deployment_id": "abc", "inbound_key": "ngan",
                    "outbound_key": "ngan",
                ])
            #expect(refused.status == .unprocessableEntity)
            let html = refused.body.string
            #expect(html.contains("Nhập địa chỉ bắt đầu bằng http:// hoặc https://."))
            #expect(html.contains("Khóa phải có ít nhất 32 ký tự."))
            #expect(html.contains("value=\"Tỉnh Cao Bằng\""))
            let peerID = UUID().uuidString.lowercased()
            let created = try await browser.post(
                "/levels",
                [
                    "name": "Tỉnh Cao Bằng", "base_url": "https://dieuhanh.caobang.gov.vn", "deployment_id": peerID,
                    "inbound_key": downKey, "outbound_key": upKey,
                ])
            #expect(created.status == .seeOther)
            let peer = try #require(try await LevelPeer.query(on: app.db).first())
            let badLink = try await browser.post("/levels/\(peer.id!)/links", ["unit_code": "KHONGCO", "remote_code": "UBND"])
            #expect(badLink.status == .unprocessableEntity)
            #expect(badLink.body.string.contains("Không có đơn vị mã KHONGCO ở hệ thống này."))
            #expect(
                try await browser.post("/levels/\(peer.id!)/links", ["unit_code": "SNV", "remote_code": "SNV-CB"]).status
                    == .seeOther)
            let shown = try await browser.get("/levels/\(peer.id!)")
            #expect(shown.body.string.contains("SNV-CB"))
            // The keys are never shown again, only their fingerprints.
            #expect(!shown.body.string.contains(downKey))
            #expect(shown.body.string.contains(LevelSigner.fingerprint(downKey)))
            #expect(try await browser.post("/levels/\(peer.id!)/revoke", [:]).status == .seeOther)
            #expect(try await LevelPeer.find(peer.id, on: app.db)?.isRevoked == true)
            // A unit officer does not reach these pages.
            let officer = Browser(app)
            try await officer.signIn("canbo.snv", testPassword)
            #expect(try await officer.get("/levels").status == .forbidden)
        }
    }
}

@Suite struct LevelsCommandTests {
    @Test func anAdministratorLinksFromTheCommandLine() async throws {
        try await withTestApp { app in
            try await SmallProvince.make(app)
            let ownID = try await runCommand(app, ["levels", "id"])
            #expect(ownID.trimmingCharacters(in: .whitespacesAndNewlines) == (try await LevelDeployment.current(on: app.db)))
            let peerID = UUID().uuidString
            let out = try await runCommand(
                app,
                [
                    "levels", "peer", "--name", "Chính phủ", "--url", "https://dieuhanh.chinhphu.vn", "--id", peerID,
                    "--inbound-key", downKey, "--outbound-key", upKey,
                ])
            #expect(out.contains("Đã đăng ký hệ thống Chính phủ."))
            await #expect(throws: CommandFailure.self) {
                _ = try await runCommand(app, ["levels", "link", "Chính phủ", "--unit", "KHONGCO", "--remote", "CP"])
            }
            #expect(
                try await runCommand(app, ["levels", "link", peerID, "--unit", "UBND", "--remote", "BD"]).contains("Đã ghép UBND")
            )
            #expect(try await LevelUnitLink.query(on: app.db).count() == 1)
            #expect(try await runCommand(app, ["levels", "revoke", "Chính phủ"]).contains("Đã thu hồi khóa"))
            #expect(try await LevelPeer.query(on: app.db).first()?.isRevoked == true)
        }
    }
}
