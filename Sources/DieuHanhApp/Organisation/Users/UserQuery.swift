import DieuHanhCore
import Fluent
import Vapor

/// The filtered, paged user list shared by the page and the API.
enum UserQuery {
    struct Filter: Content {
        var q: String?
        var role: String?
        var unit: String?
        var status: String?
        var page: Int?
    }

    typealias Page = ResultPage<UserAccount>

    static func page(_ filter: Filter, scope: AccessScope, on db: Database, per: Int) async throws -> Page {
        let query = UserAccount.query(on: db)
        let text = VietnameseText.fold(filter.q ?? "")
        for word in text.split(separator: " ") {
            query.filter(\.$nameFolded ~~ String(word))
        }
        if let role = filter.role, !role.isEmpty { query.filter(\.$role == role) }
        if let unit = filter.unit.flatMap(UUID.init(uuidString:)) { query.filter(\.$unitID == unit) }
        switch filter.status {
        case "active": query.filter(\.$active == true)
        case "inactive": query.filter(\.$active == false)
        default: break
        }
        if let ids = scope.unitIDs { query.filter(\.$unitID ~~ Array(ids)) }
        let total = try await query.count()
        let page = PageWindow(page: filter.page ?? 1, per: per).page
        let items = try await query.sort(\.$username).range(PageWindow(page: page, per: per).range).all()
        return Page(items: items, total: total, page: page, per: per)
    }
}
