import DieuHanhCore
import Fluent
import Vapor

extension ReportSubmissionPage {
    /// One unit's part of a request on `today`: its status and history with files, the forms, the reminders it got,
    /// and what `user` (within `scope`) may do. `failed` is the form refused ("submit" or "return"), `typed` its text.
    static func model(
        _ request: ReportRequest, unit: OrgUnit, user: UserAccount, scope: AccessScope, failed: (String, [FieldError])?,
        typed: String, today: CivilDate, on db: Database
    ) async throws -> Model {
        guard let current = try await ReportProgress.one(request, unitID: unit.id!, asOf: today, on: db) else {
            throw Abort(.notFound)
        }
        return Model(
            request: request, unit: unit, status: current,
            files: try await AttachmentService.list(.reportSubmission, ids: current.events.compactMap(\.id), on: db),
            forms: try await AttachmentService.list(.reportRequest, ids: [request.id!], on: db)[request.id!] ?? [],
            reminders: try await ReportReminder.query(on: db).filter(\.$requestID == request.id!).filter(
                \.$unitID == unit.id!
            )
            .sort(\.$recordedAt, .descending).all(),
            maySubmit: ReportAccess.maySubmit(user, for: unit.id!, scope: scope),
            canReturn: ReportAccess.mayManage(user), failed: failed,
            // A request for a review report is answered under the report's headings.
            typed: typed.isEmpty ? try await ReviewContributionsService.template(for: request, on: db) ?? "" : typed,
            actorNames: try await UserDirectory.fullNames(of: current.events.compactMap(\.actorID), on: db))
    }
}
