import DieuHanhCore
import Fluent
import Vapor

extension MeetingPage {
    /// The meeting with its people, units, documents, and its notice's tasks with their status on `today`.
    static func model(_ meeting: Meeting, canManage: Bool, today: CivilDate, on db: Database) async throws -> Model {
        let details = try await MeetingDetails.load(meeting, on: db)
        let units = try await UnitDirectory.all(on: db)
        let names = Dictionary(uniqueKeysWithValues: units.map { ($0.id!, $0.name) })
        let invited = Set(details.unitIDs)
        let notice = try await meeting.noticeDocumentID.flatMapAsync { try await Document.find($0, on: db) }
        var tasks: [(TaskItem, TaskSnapshot?, String)] = []
        if let notice {
            let items = try await TaskItem.query(on: db).filter(\.$documentID == notice.id!).sort(\.$assignedOn)
                .sort(\.$createdAt).all()
            let events = try await TaskFactsLoader.events(for: items.compactMap(\.id), on: db)
            tasks = items.map { task in
                let facts = TaskFactsLoader.facts(task, events: events[task.id!] ?? [])
                return (task, TaskStatus.evaluate(facts, asOf: today), names[task.leadUnitID] ?? "")
            }
        }
        return Model(
            details: details, unitNames: units.filter { invited.contains($0.id!) }.map(\.name), notice: notice,
            tasks: tasks, canManage: canManage)
    }
}
