import DieuHanhCore
import Fluent
import Vapor

/// The units' parts of a review report: a report request tied to a draft asks for them under the draft's headings;
/// each section's page shows every unit's text for it; the office takes what it keeps into its own text.
enum ReviewContributionsService {
    /// One unit's text for one section, from the version of its report in force.
    struct Part: Sendable {
        var unitID: UUID
        var unitName: String
        var text: String
    }

    /// The request form opened from a draft: a title naming the report, the draft's headings as the outline.
    static func prefill(_ form: inout ReportRequestForm, draftID: UUID, on db: Database) async throws {
        guard let draft = try await ReviewDraft.find(draftID, on: db), !draft.isIssued else { return }
        form.review_draft = draftID.uuidString
        form.kind = ReportRequest.Kind.thematic.rawValue
        form.title = "Báo cáo phục vụ xây dựng báo cáo kiểm điểm công tác chỉ đạo, điều hành \(draft.period.label)"
        form.period_label = draft.period.label
        form.cut_off = VNFormat.date(draft.cutOff)
        form.outline = draft.outline.headings.joined(separator: "\n")
    }

    /// Ties the request just made to its draft (in the same transaction); a draft gone or issued is left alone.
    static func tie(_ request: ReportRequest, toDraft text: String?, on db: Database) async throws {
        guard let id = text.flatMap(UUID.init(uuidString:)), let draft = try await ReviewDraft.find(id, on: db),
            !draft.isIssued
        else { return }
        draft.requestID = request.id
        try await draft.update(on: db)
    }

    /// The draft a request asks the units' parts for, if any.
    static func draft(for request: ReportRequest, on db: Database) async throws -> ReviewDraft? {
        try await ReviewDraft.query(on: db).filter(\.$requestID == request.id!).first()
    }

    /// The template a unit answers in: the draft's headings, a line each with room under it.
    static func template(for request: ReportRequest, on db: Database) async throws -> String? {
        try await draft(for: request, on: db).map { ReviewContributions.template(headings: $0.outline.headings) }
    }

    /// Every unit's text for the section at `position`, from the version of its report in force, by unit name.
    static func parts(of draft: ReviewDraft, position: Int, today: CivilDate, on db: Database) async throws -> [Part] {
        guard let requestID = draft.requestID, let request = try await ReportRequest.find(requestID, on: db) else { return [] }
        let calendar = try await CalendarService.calendar(on: db)
        let statuses = try await ReportProgress.load([request], asOf: today, calendar: calendar, on: db)[requestID] ?? []
        let sent = statuses.filter { $0.status?.isSubmitted == true && $0.version != nil }
        guard !sent.isEmpty else { return [] }
        let names = Dictionary(
            uniqueKeysWithValues: try await OrgUnit.query(on: db).filter(\.$id ~~ sent.map(\.unitID)).all().map {
                ($0.id!, $0.name)
            })
        let titles = draft.outline.sections.map(\.title)
        return sent.compactMap { status in
            let split = ReviewContributions.split(status.version!.text, titles: titles)
            guard let text = split.bySection[position] else { return nil }
            return Part(unitID: status.unitID, unitName: names[status.unitID] ?? "", text: text)
        }.sorted { $0.unitName < $1.unitName }
    }
}
