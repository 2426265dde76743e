import DieuHanhCore
import Fluent
import SQLKit
import Vapor

extension TaskImport {
    /// Writes the checked rows in the caller's transaction (the rows of a whole file, or of an import that read
    /// them from elsewhere).
    static func write(_ rows: [Row], actor: AuditActor, now: Date, on db: Database) async throws -> ImportSummary {
        var writer = try await Writer(actor: actor, now: now, on: db)
        try await writer.write(rows)
        return writer.summary
    }

    /// Writes rows a slice at a time in one transaction, so that a file streamed through it is never held whole.
    /// New tasks, with their documents, coordinators and events, are written together (multi-row inserts of
    /// explicit columns, time-ordered ids, one audit batch a slice); existing tasks are updated one by one.
    struct Writer {
        let actor: AuditActor
        let now: Date
        let db: Database
        /// Unit ids by code, read once for the whole file.
        let units: [String: UUID]
        private(set) var summary = ImportSummary()

        init(actor: AuditActor, now: Date, on db: Database) async throws {
            (self.actor, self.now, self.db) = (actor, now, db)
            units = try await Self.unitIDsByCode(on: db)
        }

        /// Writes one slice of rows; a row naming an unknown unit throws its line (the caller's transaction then
        /// writes nothing).
        mutating func write(_ given: [Row]) async throws {
            let (rows, points) = try await TaskImport.expand(given, units: units, on: db)
            for row in rows {
                for code in [row.assigner, row.lead] + row.coordinators where units[code] == nil {
                    throw CSVError(line: row.line, message: "không có đơn vị mã “\(code)”")
                }
                if row.coordinators.contains(row.lead) {
                    throw CSVError(line: row.line, message: "đơn vị chủ trì không đồng thời là đơn vị phối hợp")
                }
            }
            var existing: [String: TaskItem] = [:]
            let codes = rows.map(\.ma)
            for start in stride(from: 0, to: codes.count, by: 500) {
                let chunk = Array(codes[start..<min(start + 500, codes.count)])
                for task in try await TaskItem.query(on: db).filter(\.$ma ~~ chunk).all() { existing[task.ma!] = task }
            }
            let events = try await TaskFactsLoader.events(for: existing.values.compactMap(\.id), on: db)
            let documentsByKey = try await documents(for: rows)
            var documentsAudited = Set<String>()
            var touched: [UUID] = []
            var audit = AuditLog.Batch()
            var created = NewTasks()
            var taskIDs: [String: UUID] = [:]
            let focus = try await TaskFocusService.focus(of: existing.values.compactMap(\.id), on: db)
            var marked: [(task: TaskItem, focus: TaskFocus)] = []
            for row in rows {
                let key = documentKey(row)
                let (document, documentCreated) = documentsByKey[key]!
                if documentCreated && documentsAudited.insert(key).inserted {
                    audit.add(
                        actor: actor, at: now, action: "create", entity: "document", entityID: document.id,
                        summary: document.notation, before: Document.Snapshot?.none, after: document.snapshot)
                }
                let task = existing[row.ma] ?? TaskItem()
                let isNew = task.id == nil
                let before = isNew ? nil : task.snapshot
                defer { taskIDs[row.ma] = task.id }
                // The file's marking over the task's; empty cells keep what is there, so a second import changes nothing.
                let focusBefore = task.id.flatMap { focus[$0] } ?? .none
                var focusAfter = focusBefore
                if let focal = row.focal { focusAfter.focal = focal }
                if let priority = row.priority { focusAfter.priority = priority }
                if focusAfter != focusBefore { marked.append((task: task, focus: focusAfter)) }
                task.ma = row.ma
                task.documentID = document.id!
                task.setContent(row.content, notation: document.notation)
                task.assignerID = units[row.assigner]!
                task.leadUnitID = units[row.lead]!
                task.assignedOn = row.assignedOn.iso
                task.deadline = row.deadline?.iso
                if isNew {
                    task.id = TimeOrderedID.next()
                    task.version = 1
                    created.add(
                        task, coordinators: row.coordinators.compactMap { units[$0] },
                        events: TaskImport.missingEvents(row, task: task, known: [], actor: actor))
                    touched.append(task.id!)
                    summary.created += 1
                    audit.add(
                        actor: actor, at: now, action: "create", entity: "task", entityID: task.id,
                        summary: "\(row.ma) (import)", before: TaskItem.Snapshot?.none, after: task.snapshot)
                    continue
                }
                if task.snapshot != before {
                    task.version += 1
                    try await task.update(on: db)
                }
                let coordinatorsChanged = try await TaskImport.syncCoordinators(
                    task, codes: row.coordinators, units: units, on: db)
                let added = TaskImport.missingEvents(row, task: task, known: events[task.id!] ?? [], actor: actor)
                for event in added { try await event.create(on: db) }
                if task.snapshot != before || !added.isEmpty { touched.append(task.id!) }
                if task.snapshot != before || coordinatorsChanged || !added.isEmpty || focusAfter != focusBefore {
                    summary.updated += 1
                    audit.add(
                        actor: actor, at: now, action: "update", entity: "task", entityID: task.id,
                        summary: "\(row.ma) (import)", before: before, after: task.snapshot)
                } else {
                    summary.unchanged += 1
                }
            }
            try await created.write(on: db)
            for point in points {
                try await TaskPointService.link(
                    ma: point.row.ma, document: documentsByKey[documentKey(point.row)]!.document, content: point.row.content,
                    selection: point.row.leads, assignedOn: point.row.assignedOn,
                    taskIDs: point.codes.compactMap { taskIDs[point.row.taskID($0)] }, on: db)
            }
            try await audit.write(on: db)
            // After the new tasks are written: a marking refers to its task.
            for (task, focus) in marked {
                _ = try await TaskFocusService.write(
                    focus, taskID: task.id!, actor: actor, now: now, summary: task.content, on: db)
            }
            try await TaskStatusIndex.refresh(touched, on: db)
        }

        /// A document is one (notation, year) (DOMAIN §2).
        private func documentKey(_ row: Row) -> String { "\(row.notation.notation)|\(row.documentDate.year)" }

        /// The documents the rows name, by key: those that exist read as plain rows, the others created together
        /// (time-ordered ids, multi-row inserts) with the first row's issuer and summary. `created` says which.
        private func documents(for rows: [Row]) async throws -> [String: (document: Document, created: Bool)] {
            var firstRow: [String: Row] = [:]
            var order: [String] = []
            for row in rows where firstRow[documentKey(row)] == nil {
                firstRow[documentKey(row)] = row
                order.append(documentKey(row))
            }
            var found: [String: (document: Document, created: Bool)] = [:]
            let notations = Array(Set(firstRow.values.map(\.notation.notation)))
            for start in stride(from: 0, to: notations.count, by: 500) {
                let chunk: [any Encodable & Sendable] = Array(notations[start..<min(start + 500, notations.count)])
                let query: SQLQueryString =
                    "SELECT \(idents: Document.columns, joinedBy: ", ") FROM \(ident: Document.schema) WHERE notation IN (\(binds: chunk))"
                for row in try await PlainRow.all(query, on: db) {
                    let document = try Document(shownFrom: row)
                    let key = "\(document.notation)|\(document.year)"
                    if firstRow[key] != nil { found[key] = (document, false) }
                }
            }
            var inserts: [[any SQLExpression]] = []
            let createdAt = Date()
            for key in order where found[key] == nil {
                let row = firstRow[key]!
                let document = Document(
                    number: row.notation, issuedOn: row.documentDate, issuerID: units[row.assigner], signer: nil,
                    summary: row.summary ?? "")
                document.id = TimeOrderedID.next()
                document.createdAt = createdAt
                inserts.append(document.insertValues)
                found[key] = (document, true)
            }
            // 500 rows of 11 binds stay under SQLite's and PostgreSQL's parameter limits.
            try await TaskStatusIndex.insert(
                inserts, into: Document.schema, columns: Document.columns, rowsPerStatement: 500, on: db as! SQLDatabase)
            return found
        }

        /// Unit ids by code, read as plain rows (a national tree has thousands of units).
        private static func unitIDsByCode(on db: Database) async throws -> [String: UUID] {
            let rows = try await (db as! SQLDatabase).select().column("code").column("id").from(OrgUnit.schema).all()
            var units: [String: UUID] = [:]
            for row in rows {
                units[try row.decode(column: "code", as: String.self)] = try row.decode(column: "id", as: UUID.self)
            }
            return units
        }
    }

    /// The import's new tasks with their coordinators and events, written in multi-row inserts of explicit columns
    /// (Fluent's batch create walks every model by reflection: half of a 100.000-row import). Events get creation
    /// times in the order of their task's history (assignment first, then extension, completion…), so that two
    /// events of one date keep that order.
    private struct NewTasks {
        var tasks: [TaskItem] = []
        var coordinators: [TaskCoordinator] = []
        var events: [TaskEventRecord] = []

        mutating func add(_ task: TaskItem, coordinators units: [UUID], events history: [TaskEventRecord]) {
            let now = Date()
            task.createdAt = now
            tasks.append(task)
            for unit in units {
                let coordinator = TaskCoordinator(taskID: task.id!, unitID: unit)
                coordinator.id = TimeOrderedID.next()
                coordinators.append(coordinator)
            }
            for (place, event) in history.enumerated() {
                event.id = TimeOrderedID.next()
                event.createdAt = now.addingTimeInterval(Double(place) / 1_000)
                events.append(event)
            }
        }

        func write(on db: Database) async throws {
            let sql = db as! SQLDatabase
            // 400 rows of at most 14 binds stay under SQLite's and PostgreSQL's parameter limits.
            try await TaskStatusIndex.insert(
                tasks.map(\.insertValues), into: TaskItem.schema, columns: TaskItem.columns,
                rowsPerStatement: 400, on: sql)
            try await TaskStatusIndex.insert(
                coordinators.map(\.insertValues), into: TaskCoordinator.schema,
                columns: TaskCoordinator.columns, rowsPerStatement: 400, on: sql)
            try await TaskStatusIndex.insert(
                events.map(\.insertValues), into: TaskEventRecord.schema,
                columns: TaskEventRecord.columns, rowsPerStatement: 400, on: sql)
        }
    }
}
