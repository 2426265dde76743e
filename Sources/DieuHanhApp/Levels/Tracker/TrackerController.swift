import DieuHanhCore
import Fluent
import Vapor

/// `/tasks/tracker` (the office): upload the national tracker's export; with a mapping that reads it whole, it is
/// imported at once, otherwise the mapping form comes with the file kept on the server until it is imported.
struct TrackerController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        let tracker = routes.grouped("tasks", "tracker").grouped(RequireRole.office)
        tracker.get(use: show)
        tracker.on(.POST, body: .collect(maxSize: "10mb"), use: upload)
            .acceptsUploads(upTo: 10 * 1024 * 1024, from: UploadAllowance.office)
        tracker.post("mapping", use: map)
    }

    func show(req: Request) async throws -> Response {
        TrackerPage.upload(req.pageContext(), try await uploadModel(req))
    }

    func upload(req: Request) async throws -> Response {
        struct Form: Content { var file: File? }
        let t = req.t
        guard let file = try req.content.decode(Form.self).file, file.data.readableBytes > 0 else {
            return try await failed(req, t(T.trackerNoFile))
        }
        let data = Data(buffer: file.data)
        let saved = try await TrackerSettings.current(on: req.db)
        do {
            let rows = try TrackerImport.nonEmptyRows(of: data)
            if let saved, let sheet = try? TrackerImport.sheet(rows, mapping: saved) {
                let units = try await TrackerImport.units(on: req.db)
                if saved.unknownUnits(in: sheet.rows.map(\.cells), header: sheet.header, among: units).isEmpty {
                    return try await imported(
                        req, data: data, fileName: file.filename, mapping: saved, save: false, units: units)
                }
            }
            let token = URL(fileURLWithPath: try req.fileStore.write(data)).lastPathComponent
            let mapping =
                saved ?? TrackerMapping.suggested(headers: rows[TrackerMapping().headerRow(in: rows.map(\.cells)) ?? 0].cells)
            return try await mappingPage(req, token: token, fileName: file.filename, data: data, mapping: mapping)
        } catch let error as CSVError {
            return try await failed(req, t(T.programmeImportError, error.description))
        }
    }

    /// The office's mapping, read from the form; checked, then saved with the import in one transaction.
    func map(req: Request) async throws -> Response {
        let fields = try req.content.decode([String: String].self)
        let t = req.t
        let token = fields["token"] ?? ""
        let fileName = fields["file_name"] ?? ""
        guard let path = FileStore.path(ofName: token), let data = try? req.fileStore.read(path) else {
            return try await failed(req, t(T.trackerFileGone))
        }
        let units = try await UnitDirectory.all(on: req.db)
        var mapping = try await TrackerSettings.current(on: req.db) ?? TrackerMapping()
        mapping.columns = [:]
        for field in TrackerField.allCases {
            if let header = fields["column_\(field.rawValue)"], !header.isEmpty { mapping.columns[field] = header }
        }
        let codes = Set(units.map(\.code))
        mapping.defaultAssigner = fields["default_assigner"].flatMap { codes.contains($0) ? $0 : nil }
        mapping.defaultLead = fields["default_lead"].flatMap { codes.contains($0) ? $0 : nil }
        var errors = mapping.problems.map { FieldError(field: "column_\($0.field.rawValue)", message: $0.message) }
        for index in 0..<min(Int(fields["unit_count"] ?? "") ?? 0, 500) {
            guard let name = fields["unit_name_\(index)"] else { continue }
            if let code = fields["unit_code_\(index)"], codes.contains(code) {
                mapping.units[TrackerMapping.key(name)] = code
            } else {
                errors.append(.init(field: "unit_code_\(index)", message: t(T.trackerUnitRequired)))
            }
        }
        if !errors.isEmpty {
            return try await mappingPage(
                req, token: token, fileName: fileName, data: data, mapping: mapping, errors: errors, typed: fields)
        }
        do {
            let response = try await imported(req, data: data, fileName: fileName, mapping: mapping, save: true)
            req.fileStore.remove(path)
            return response
        } catch let error as CSVError {
            return try await mappingPage(
                req, token: token, fileName: fileName, data: data, mapping: mapping,
                failure: t(T.programmeImportError, error.description), typed: fields)
        }
    }

    private func imported(
        _ req: Request, data: Data, fileName: String, mapping: TrackerMapping, save: Bool, units: [TrackerUnit]? = nil
    ) async throws -> Response {
        let summary = try await TrackerImport.run(
            data: data, mapping: mapping, actor: AuditActor(try req.requireUser()), app: req.application, saveMapping: save,
            units: units)
        req.flash(
            req.t(T.trackerImported, fileName, String(summary.created), String(summary.updated), String(summary.unchanged)))
        return req.redirect(to: "/tasks?q=\(TrackerImport.prefix.urlQueryEscaped)")
    }

    /// The mapping form for the stored file: the columns of its header row, and the unit names still unknown.
    private func mappingPage(
        _ req: Request, token: String, fileName: String, data: Data, mapping: TrackerMapping, errors: [FieldError] = [],
        failure: String? = nil, typed: [String: String] = [:]
    ) async throws -> Response {
        // Once: making the context takes the flash message out of the session.
        let context = req.pageContext()
        let rows = try TrackerImport.nonEmptyRows(of: data)
        let sheet =
            (try? TrackerImport.sheet(rows, mapping: mapping))
            ?? (try? TrackerImport.sheet(rows, mapping: TrackerMapping()))
            ?? TrackerImport.Sheet(
                header: rows.first?.cells ?? [], headerLine: rows.first?.line ?? 1, rows: Array(rows.dropFirst()))
        let units = try await UnitDirectory.all(on: req.db)
        let unknown = mapping.unknownUnits(
            in: sheet.rows.map(\.cells), header: sheet.header, among: units.map { TrackerUnit(code: $0.code, name: $0.name) })
        // A name typed for before keeps its choice when the form comes back.
        let typedCodes = Dictionary(
            (0..<(Int(typed["unit_count"] ?? "") ?? 0)).compactMap { index -> (String, String)? in
                guard let name = typed["unit_name_\(index)"] else { return nil }
                return (TrackerMapping.key(name), typed["unit_code_\(index)"] ?? "")
            }, uniquingKeysWith: { first, _ in first })
        let model = TrackerPage.Mapping(
            fileName: fileName, token: token, sheet: sheet, mapping: mapping,
            unknownUnits: unknown.map { (name: $0, code: typedCodes[TrackerMapping.key($0)] ?? "") },
            units: units.filter { !$0.isClosed(on: context.today) }, errors: errors, failure: failure)
        let status: HTTPStatus = errors.isEmpty && failure == nil ? .ok : .unprocessableEntity
        return TrackerPage.mapping(context, model, status: status)
    }

    private func uploadModel(_ req: Request, failure: String? = nil) async throws -> TrackerPage.Upload {
        let row = try await TrackerSettings.query(on: req.db).first()
        return TrackerPage.Upload(saved: try await TrackerSettings.current(on: req.db), setBy: row?.updatedBy, failure: failure)
    }

    private func failed(_ req: Request, _ message: String) async throws -> Response {
        TrackerPage.upload(req.pageContext(), try await uploadModel(req, failure: message), status: .unprocessableEntity)
    }
}
