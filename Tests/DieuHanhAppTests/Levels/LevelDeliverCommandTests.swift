import DieuHanhCore
import Fluent
import Foundation
import Testing
import Vapor

@testable import DieuHanhApp

@Suite struct LevelDeliverCommandTests {
    /// `dieuhanh levels deliver --now`: the administrator who knows the peer is back sends at once, without waiting
    /// for the attempt the back-off set (`.ci/levels` restarts a killed peer and delivers right away).
    @Test func deliverNowDoesNotWaitForTheBackOff() async throws {
        try await withTestApp { high in
            try await withTestApp { low in
                let port = try await freePort()
                let pair = try await LinkedPair.link(
                    high: high, low: low, highURL: try await serve(high), lowURL: "http://127.0.0.1:\(port)")
                try await pair.assignAtHigh("Nhiệm vụ gửi khi tỉnh chưa hoạt động")
                #expect(
                    try await runCommand(high, ["levels", "deliver"]).contains("Đã gửi: 0; bị từ chối: 0; chưa gửi được: 1."))

                _ = try await serve(low, port: port)
                // The province answers again, but the message waits for its next attempt (30 s later)...
                #expect(
                    try await runCommand(high, ["levels", "deliver"]).contains("Đã gửi: 0; bị từ chối: 0; chưa gửi được: 0."))
                #expect(try await TaskItem.query(on: low.db).count() == 0)
                // ...unless the administrator sends now.
                #expect(try await runCommand(high, ["levels", "deliver", "--now"]).contains("Đã gửi: 1;"))
                #expect(try await TaskItem.query(on: low.db).count() == 1)
                let message = try #require(try await LevelOutboxMessage.query(on: high.db).first())
                #expect(message.state == LevelOutboxMessage.State.delivered.rawValue && message.attempts == 2)
                await high.server.shutdown()
                await low.server.shutdown()
            }
        }
    }
}
