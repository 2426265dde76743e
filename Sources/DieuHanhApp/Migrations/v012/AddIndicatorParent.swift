import Fluent
import SQLKit

/// Components (chỉ tiêu thành phần, issue 18): an indicator may belong to one parent (exports under total trade, a
/// department's indicator under the province's). Null for a top-level indicator; the rules (one level, never its
/// own parent, no cycles) are `IndicatorComponents.problems`, checked on every write. The index serves a parent
/// page's "its components" query.
struct AddIndicatorParent: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("indicators").field("parent_id", .uuid, .references("indicators", "id")).update()
        try await database.createIndex(on: "indicators", "parent_id")
    }

    func revert(on database: Database) async throws {
        try await (database as! SQLDatabase).drop(index: "idx_indicators_parent_id").run()
        try await database.schema("indicators").deleteField("parent_id").update()
    }
}
