import DieuHanhCore
import Fluent
import Testing
import Vapor

@testable import DieuHanhApp

/// The form and the API read a step's fields one way (`TaskActionInput.read`): what one accepts, the other does.
@Suite("A task step read the same way by the form and the API")
struct TaskStepInputTests {
    @Test func readingTrimsParsesBothDateFormsAndNamesEachProblem() {
        let t = Localizer(language: .vi)
        let (input, errors) = TaskActionInput.read(
            note: "  Xong  \n", percent: " 40 ", date: " 20/11/2026 ", newDeadline: "2026-12-31", unitID: nil, version: " 3 ",
            t: t)
        #expect(errors.isEmpty)
        #expect(input.note == "Xong")
        #expect(input.percent == 40)
        #expect(input.date == CivilDate(year: 2026, month: 11, day: 20))
        #expect(input.newDeadline == CivilDate(year: 2026, month: 12, day: 31))
        #expect(input.expectedVersion == 3)
        let (_, bad) = TaskActionInput.read(
            note: nil, percent: "bốn mươi", date: "ngày 20", newDeadline: "mai", unitID: "x", version: nil, t: t)
        #expect(Set(bad.map(\.field)) == ["percent", "date", "new_deadline"])
    }

    @Test func theAPIAcceptsADateWithSpacesAsTheFormDoes() async throws {
        try await withTestApp { app in
            _ = try await TasksAPITests().load(app)
            let task = try #require(try await TaskItem.query(on: app.db).filter(\.$ma == "T3").first())
            let api = try await APIClient.signIn(app, "canbo.snv")
            let done = try await api.send(
                .POST, "/api/v1/tasks/\(task.id!)/events",
                json: ["action": "report_completion", "date": " 2026-11-20 ", "note": "Xong", "version": 1])
            #expect(done.status == .created)
        }
    }
}
