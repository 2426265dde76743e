import Fluent
import Testing
import Vapor
import VaporTesting

@testable import DieuHanhApp

/// Two clients sending the same version at the same moment: exactly one is accepted, the other gets 409, every
/// round (the version is checked in the write itself, not against a row read before it).
@Suite("Concurrent writers on one version")
struct ConcurrentWritesTests {
    static let rounds = 8

    /// Sends both requests at once and returns their statuses, sorted.
    private func race(
        _ first: @escaping @Sendable () async throws -> HTTPStatus,
        _ second: @escaping @Sendable () async throws -> HTTPStatus
    ) async throws -> [UInt] {
        async let a = first()
        async let b = second()
        return try await [a, b].map(\.code).sorted()
    }

    @Test func twoEditsOfAUnitOnOneVersionLeaveOneWinner() async throws {
        try await withTestApp { app in
            let p = try await SmallProvince.make(app)
            let api = try await APIClient.signIn(app, "admin")
            for round in 0..<Self.rounds {
                // setup
                let version = try #require(try await OrgUnit.find(p.stc.id, on: app.db)).version
                let path = "/api/v1/units/\(p.stc.id!)"
                // act
                let statuses = try await race(
                    { try await api.send(.PATCH, path, json: ["name": "Sở Tài chính \(round)a", "version": version]).status },
                    { try await api.send(.PATCH, path, json: ["name": "Sở Tài chính \(round)b", "version": version]).status })
                // check
                #expect(statuses == [200, 409], "round \(round)")
                #expect(try #require(try await OrgUnit.find(p.stc.id, on: app.db)).version == version + 1)
            }
        }
    }

    @Test func twoEditsOfAUserOnOneVersionLeaveOneWinner() async throws {
        try await withTestApp { app in
            try await SmallProvince.make(app)
            let user = try await makeUser(app, "xem", role: .viewer)
            let api = try await APIClient.signIn(app, "admin")
            for round in 0..<Self.rounds {
                let version = try #require(try await UserAccount.find(user.id, on: app.db)).version
                let path = "/api/v1/users/\(user.id!)"
                let statuses = try await race(
                    { try await api.send(.PATCH, path, json: ["full_name": "Người xem \(round)a", "version": version]).status },
                    { try await api.send(.PATCH, path, json: ["full_name": "Người xem \(round)b", "version": version]).status })
                #expect(statuses == [200, 409], "round \(round)")
                #expect(try #require(try await UserAccount.find(user.id, on: app.db)).version == version + 1)
            }
        }
    }

    @Test func twoStepsOnATaskOnOneVersionLeaveOneWinner() async throws {
        try await withTestApp { app in
            _ = try await TasksAPITests().load(app)
            let task = try #require(try await TaskItem.query(on: app.db).filter(\.$ma == "T3").first())
            let api = try await APIClient.signIn(app, "canbo.snv")
            let path = "/api/v1/tasks/\(task.id!)/events"
            for round in 0..<Self.rounds {
                let version = try #require(try await TaskItem.find(task.id, on: app.db)).version
                let statuses = try await race(
                    {
                        try await api.send(
                            .POST, path, json: ["action": "progress", "note": "\(round)a", "percent": 10, "version": version]
                        ).status
                    },
                    {
                        try await api.send(
                            .POST, path, json: ["action": "progress", "note": "\(round)b", "percent": 20, "version": version]
                        ).status
                    })
                #expect(statuses == [201, 409], "round \(round)")
                let events = try await TaskEventRecord.query(on: app.db).filter(\.$taskID == task.id!).all()
                #expect(events.filter { $0.note.hasPrefix("\(round)") }.count == 1, "round \(round)")
            }
        }
    }
}
