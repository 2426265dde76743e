import Fluent
import Foundation
import SQLKit

extension Document {
    /// Every column, as the model's keys name them.
    static let columns = ["id", "notation", "number", "year", "type_code", "issued_on", "issuer_id", "signer", "summary",
                          "search_text", "created_at"]

    /// A document read from a plain row, to show or export, never to save (see `TaskItem.init(shownFrom:)`).
    convenience init(shownFrom row: any SQLRow) throws {
        self.init()
        id = try row.decode(column: "id", as: UUID.self)
        notation = try row.decode(column: "notation", as: String.self)
        number = try row.decode(column: "number", as: Int.self)
        year = try row.decode(column: "year", as: Int.self)
        typeCode = try row.decode(column: "type_code", as: String?.self)
        issuedOn = try row.decode(column: "issued_on", as: String.self)
        issuerID = try row.decode(column: "issuer_id", as: UUID?.self)
        signer = try row.decode(column: "signer", as: String?.self)
        summary = try row.decode(column: "summary", as: String.self)
        searchText = try row.decode(column: "search_text", as: String.self)
        createdAt = try row.decode(column: "created_at", as: Date?.self)
    }

    /// The documents of `ids` read as plain rows, by id.
    static func shown(_ ids: [UUID], on db: Database) async throws -> [UUID: Document] {
        let sql = db as! SQLDatabase
        let ids = Array(Set(ids))
        var documents: [UUID: Document] = [:]
        for start in stride(from: 0, to: ids.count, by: 500) {
            let rows = try await sql.select().columns(columns.map { SQLColumn($0) }).from(schema)
                .where("id", .in, SQLBind.group(Array(ids[start..<min(start + 500, ids.count)]))).all()
            for row in rows {
                let document = try Document(shownFrom: row)
                documents[document.id!] = document
            }
        }
        return documents
    }
}
