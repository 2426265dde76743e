import DieuHanhCore
import Fluent
import Foundation

/// Writing points: the shared record and its links to the units' tasks, found or made again without duplicates.
enum TaskPointService {
    /// Finds the point by `ma` (a CSV row's) or makes it, keeps its text and units as given, and links every task
    /// not yet linked. A second import of the same file finds everything in place and writes nothing.
    @discardableResult
    static func link(
        ma: String?, document: Document, content: String, selection: LeadUnitSelection, assignedOn: CivilDate,
        taskIDs: [UUID], on db: Database
    ) async throws -> TaskPoint {
        let point: TaskPoint
        if let ma, let found = try await TaskPoint.query(on: db).filter(\.$ma == ma).first() {
            point = found
            if point.content != content || point.addressees != selection.text || point.documentID != document.id! {
                point.content = content
                point.addressees = selection.text
                point.documentID = document.id!
                try await point.update(on: db)
            }
        } else {
            point = TaskPoint(ma: ma, documentID: document.id!, content: content, selection: selection, assignedOn: assignedOn)
            try await point.create(on: db)
        }
        let linked = Set(
            try await TaskPointMember.query(on: db).filter(\.$taskID ~~ taskIDs).all().map(\.taskID))
        for id in taskIDs where !linked.contains(id) {
            try await TaskPointMember(pointID: point.id!, taskID: id).create(on: db)
        }
        return point
    }

    /// The point a task belongs to, if any.
    static func point(of taskID: UUID, on db: Database) async throws -> TaskPoint? {
        guard let member = try await TaskPointMember.query(on: db).filter(\.$taskID == taskID).first() else { return nil }
        return try await TaskPoint.find(member.pointID, on: db)
    }

    /// The task ids of a point.
    static func taskIDs(of pointID: UUID, on db: Database) async throws -> [UUID] {
        try await TaskPointMember.query(on: db).filter(\.$pointID == pointID).all().map(\.taskID)
    }
}
