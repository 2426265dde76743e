import DieuHanhCore
import Fluent
import Foundation
import NIOCore
import NIOPosix
import Testing
import Vapor

@testable import DieuHanhApp

/// The key the higher deployment signs with towards the lower, and the other way.
let downKey = "khoa-xuong-0123456789abcdefghijklmnopqrstuvwxyz"
let upKey = "khoa-len-0123456789abcdefghijklmnopqrstuvwxyzABC"

/// Two deployments: the national one ("Chính phủ": CP assigns to the province BD) and the province's own
/// ("UBND" is the province, with its department SNV), each with its administrator, linked both ways.
struct LinkedPair {
    let high: Application
    let low: Application
    /// The peer records: the province as the national side knows it, and the national side as the province knows it.
    let lowAtHigh: LevelPeer
    let highAtLow: LevelPeer

    /// Registers each side at the other (`lowURL`, `highURL`: where each answers) and matches the units:
    /// national BD = province UBND, national CP = province CP.
    static func link(high: Application, low: Application, highURL: String, lowURL: String) async throws -> LinkedPair {
        let cp = try await makeUnit(high, "CP", "Chính phủ", kind: .government)
        try await makeUnit(high, "BD", "UBND tỉnh Bình Dương", kind: .province)
        try await makeUser(high, "admin", role: .admin)
        try await makeUser(high, "vpcp", role: .coordinator, unit: cp)
        let lowCP = try await makeUnit(low, "CP", "Chính phủ", kind: .government)
        let ubnd = try await makeUnit(low, "UBND", "Ủy ban nhân dân tỉnh", kind: .province)
        try await makeUnit(low, "SNV", "Sở Nội vụ", parent: ubnd)
        try await makeUser(low, "admin", role: .admin)
        try await makeUser(low, "vanphong", role: .coordinator, unit: ubnd)
        _ = lowCP
        let highID = try await LevelDeployment.current(on: high.db)
        let lowID = try await LevelDeployment.current(on: low.db)
        let t = Localizer(language: .vi)
        let lowAtHigh = try await high.write { db in
            let peer = try await LevelPeerService.register(
                LevelPeerDraft([
                    "name": "Tỉnh Bình Dương", "base_url": lowURL, "deployment_id": lowID, "inbound_key": upKey,
                    "outbound_key": downKey,
                ]), actor: .commandLine, now: testNow, on: db, t: t)
            _ = try await LevelPeerService.link(
                peer: peer, localCode: "BD", remoteCode: "UBND", actor: .commandLine, now: testNow, on: db, t: t)
            return peer
        }
        let highAtLow = try await low.write { db in
            let peer = try await LevelPeerService.register(
                LevelPeerDraft([
                    "name": "Chính phủ", "base_url": highURL, "deployment_id": highID, "inbound_key": downKey,
                    "outbound_key": upKey,
                ]), actor: .commandLine, now: testNow, on: db, t: t)
            _ = try await LevelPeerService.link(
                peer: peer, localCode: "CP", remoteCode: "CP", actor: .commandLine, now: testNow, on: db, t: t)
            _ = try await LevelPeerService.link(
                peer: peer, localCode: "UBND", remoteCode: "BD", actor: .commandLine, now: testNow, on: db, t: t)
            return peer
        }
        return LinkedPair(high: high, low: low, lowAtHigh: lowAtHigh, highAtLow: highAtLow)
    }

    /// The national office assigns one task to the province through the API; returns its id.
    @discardableResult
    func assignAtHigh(_ content: String, notation: String = "12/NQ-CP", deadline: String = "31/12/2026") async throws -> UUID {
        let api = try await APIClient.signIn(high, "vpcp")
        let response = try await api.send(
            .POST, "/api/v1/documents",
            json: [
                "notation": notation, "issued_on": "2026-11-20", "assigner": "CP", "summary": "Phiên họp Chính phủ tháng 11",
                "tasks": [["content": content, "lead_unit": "BD", "deadline": deadline]],
            ])
        #expect(response.status == .created)
        return try #require(UUID(uuidString: (response.json["task_ids"] as? [String])?.first ?? ""))
    }
}

/// A port nobody listens on now, for a server started later: the "peer down, then back" of the outbox tests.
func freePort() async throws -> Int {
    let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
        .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
        .bind(host: "127.0.0.1", port: 0).get()
    let port = channel.localAddress!.port!
    try await channel.close()
    return port
}

/// Starts the app's HTTP server on loopback; returns its base URL.
func serve(_ app: Application, port: Int = 0) async throws -> String {
    try await app.server.start(address: .hostname("127.0.0.1", port: port))
    let bound = try #require(app.http.server.shared.localAddress?.port)
    return "http://127.0.0.1:\(bound)"
}

/// Two test apps served on loopback and linked (`LinkedPair.link`); both servers are stopped whatever `body` does (a
/// server still running when its app goes away stops the whole test process).
func withLinkedPair(_ body: (LinkedPair) async throws -> Void) async throws {
    try await withTestApp { high in
        try await withTestApp { low in
            let highURL = try await serve(high)
            var outcome: Result<Void, any Error> = .success(())
            do {
                let pair = try await LinkedPair.link(high: high, low: low, highURL: highURL, lowURL: try await serve(low))
                try await body(pair)
            } catch {
                outcome = .failure(error)
            }
            await high.server.shutdown()
            await low.server.shutdown()
            try outcome.get()
        }
    }
}
