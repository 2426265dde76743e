import Fluent
import Foundation
import SQLKit

extension Document {
    /// Every column, as the model's keys name them.
    static let columns = [
        "id", "notation", "number", "year", "type_code", "issued_on", "issuer_id", "signer", "summary",
        "search_text", "created_at",
    ]

    /// A document read from a plain row (selected with `columns`, in that order), to show or export, never to save
    /// (see `TaskItem.init(shownFrom:)`).
    convenience init(shownFrom row: PlainRow) throws {
        self.init()
        id = try row.uuid(0)
        notation = try row.string(1)
        number = try row.int(2)
        year = try row.int(3)
        typeCode = try row.optionalString(4)
        issuedOn = try row.string(5)
        issuerID = try row.optionalUUID(6)
        signer = try row.optionalString(7)
        summary = try row.string(8)
        searchText = try row.string(9)
        createdAt = try row.optionalDate(10)
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
