import DieuHanhCore
import Fluent
import Foundation
import NIOConcurrencyHelpers
import Testing
import Vapor

@testable import DieuHanhApp

/// A stop while requests are being answered: each one is finished or refused, never cut off, and every
/// acknowledged write is kept.
@Suite struct GracefulStopTests {
    @Test func aStopUnderWriteLoadFinishesOrRefusesEveryRequest() async throws {
        try await withTestApp { app in
            // setup: a real server on a free port, an administrator's token
            _ = try await SmallProvince.make(app)
            let token = try await APIClient.signIn(app, "admin").token
            try await app.server.start(address: .hostname("127.0.0.1", port: 0))
            let port = try #require(app.http.server.shared.localAddress?.port)
            let client = app.client
            let acknowledged = NIOLockedValueBox(0)
            // act: 60 unit creations in flight, and the stop in the middle of them
            let statuses = try await withThrowingTaskGroup(of: (String, UInt?).self) { group in
                for i in 0..<60 {
                    group.addTask {
                        let code = "T\(i)"
                        var headers = HTTPHeaders()
                        headers.bearerAuthorization = BearerAuthorization(token: token)
                        headers.contentType = .json
                        let body = #"{"code":"\#(code)","name":"Đơn vị \#(i)","kind":"department"}"#
                        let response = try? await client.post(
                            URI(string: "http://127.0.0.1:\(port)/api/v1/units"), headers: headers
                        ) {
                            $0.body = ByteBuffer(string: body)
                        }
                        if response?.status == .created { acknowledged.withLockedValue { $0 += 1 } }
                        return (code, response?.status.code)
                    }
                }
                // Stop once some writes have been answered, with the rest still coming (however busy the machine).
                let clock = ContinuousClock()
                let giveUp = clock.now.advanced(by: .seconds(60))
                while acknowledged.withLockedValue({ $0 }) < 3, clock.now < giveUp { try await Task.sleep(for: .milliseconds(5)) }
                let idle = await app.stopServing(grace: .seconds(20))
                #expect(idle)
                #expect(app.inFlightRequests.count == 0)
                var all: [(String, UInt?)] = []
                for try await result in group { all.append(result) }
                return all
            }
            // check: no request failed inside the server; what was acknowledged is stored
            let stored = Set(try await OrgUnit.query(on: app.db).all().map(\.code))
            for (code, status) in statuses {
                #expect(status == nil || status == 201 || status == 503, "\(code): \(String(describing: status))")
                if status == 201 { #expect(stored.contains(code), "\(code) acknowledged but not stored") }
            }
            #expect(statuses.contains { $0.1 == 201 })
        }
    }

    @Test func aStoppingServerRefusesNewRequests() async throws {
        try await withTestApp { app in
            // setup
            let requests = app.inFlightRequests
            // act
            requests.startDraining()
            let health = try await app.testing().sendRequest(.GET, "/health")
            // check
            #expect(health.status == .serviceUnavailable)
            #expect(health.headers.first(name: .connection) == "close")
            #expect(requests.count == 0)
        }
    }
}
