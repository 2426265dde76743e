import DieuHanhCore
import Fluent
import Vapor

extension DocumentsListPage {
    /// Page `page` of the documents whose number, summary or issuer match every word of `query` (diacritics
    /// ignored), newest first, with how many tasks each carries.
    static func model(query q: String, page: Int, per: Int, on db: Database) async throws -> Model {
        let query = Document.query(on: db)
        for word in VietnameseText.fold(q).split(separator: " ") { query.filter(\.$searchText ~~ String(word)) }
        let total = try await query.count()
        let items = try await query.sort(\.$issuedOn, .descending).sort(\.$notation)
            .range(PageWindow(page: page, per: per).range).all()
        let counts = try await taskCounts(items.compactMap(\.id), on: db)
        return Model(query: q, page: ResultPage(items: items, total: total, page: page, per: per), taskCounts: counts)
    }

    private static func taskCounts(_ ids: [UUID], on db: Database) async throws -> [UUID: Int] {
        guard !ids.isEmpty else { return [:] }
        var counts: [UUID: Int] = [:]
        for task in try await TaskItem.query(on: db).filter(\.$documentID ~~ ids).field(\.$id).field(\.$documentID).all() {
            counts[task.documentID, default: 0] += 1
        }
        return counts
    }
}
