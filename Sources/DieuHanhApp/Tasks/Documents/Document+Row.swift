import Fluent
import Foundation
import SQLKit

extension Document {
    /// Every column, as the model's keys name them.
    static let columns = [
        "id", "notation", "number", "year", "type_code", "issued_on", "issuer_id", "signer", "summary",
        "search_text", "created_at",
    ]

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
        try await plainRows(ids, from: schema, columns: columns, on: db) { try Document(shownFrom: $0) }
    }
}

/// A row for multi-row inserts in `columns` order (an import creates thousands of documents; see `TaskItem`'s).
extension Document {
    var insertValues: [any SQLExpression] {
        [
            SQLBind(id!), SQLBind(notation), SQLBind(number), SQLBind(year), SQLBind(typeCode), SQLBind(issuedOn),
            SQLBind(issuerID), SQLBind(signer), SQLBind(summary), SQLBind(searchText), SQLBind(createdAt!),
        ]
    }
}
