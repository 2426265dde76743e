import DieuHanhCore
import Foundation
import Vapor

@testable import DieuHanhApp

/// Pages rendered from a model alone: no application, no database. A view change shows in these tests without
/// starting the app; what feeds the model is tested through the app.
enum ViewTesting {
    static let today = CivilDate(year: 2026, month: 12, day: 6)!

    /// Someone signed in with `role` (in `unitID` for unit roles), on a page at `path`.
    static func context(_ role: Role? = .coordinator, unitID: UUID? = nil, path: String = "/") -> PageContext {
        let user = role.map { role in
            let user = UserAccount(
                username: "chuyenvien", fullName: "Nguyễn Thị Lan", passwordHash: "", role: role, unitID: unitID)
            user.id = UUID()
            return user
        }
        return PageContext(t: Localizer(language: .vi), user: user, csrf: "token-for-tests", path: path, flash: nil, today: today)
    }

    /// The whole page as the browser receives it.
    static func html(_ response: Response) -> String { response.body.string ?? "" }

    static func unit(_ code: String, _ name: String, kind: UnitKind = .department, parent: UUID? = nil) -> OrgUnit {
        let unit = OrgUnit()
        unit.id = UUID()
        (unit.code, unit.name, unit.kind, unit.parentID, unit.version) = (code, name, kind.rawValue, parent, 1)
        unit.nameFolded = VietnameseText.fold(name)
        unit.validFrom = nil
        unit.validTo = nil
        return unit
    }

    static func document(_ notation: String, issuedOn: String = "2026-11-02", summary: String) -> Document {
        let document = Document()
        document.id = UUID()
        (document.notation, document.number, document.year) = (notation, 1, 2026)
        (document.issuedOn, document.summary, document.searchText) = (issuedOn, summary, "")
        return document
    }

    static func task(_ content: String, document: Document, lead: OrgUnit, assigner: OrgUnit, deadline: String?) -> TaskItem {
        let task = TaskItem()
        task.id = UUID()
        (task.documentID, task.leadUnitID, task.assignerID) = (document.id!, lead.id!, assigner.id!)
        (task.assignedOn, task.deadline, task.version) = ("2026-11-02", deadline, 1)
        task.setContent(content, notation: document.notation)
        return task
    }
}
