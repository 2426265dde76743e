import DieuHanhCore
import Foundation
import Testing

@testable import DieuHanhApp

/// The task pages rendered from their models alone (no database): what each shows for a given model.
@Suite("Task pages from their models")
struct TaskViewsTests {
    let ubnd = ViewTesting.unit("UBND", "Ủy ban nhân dân tỉnh", kind: .province)
    let snv = ViewTesting.unit("SNV", "Sở Nội vụ")
    let document = ViewTesting.document("15/KH-UBND", summary: "Kế hoạch cải cách hành chính năm 2026")

    private func row(_ task: TaskItem, _ bucket: TaskBucket, deadline: CivilDate?, dueSoon: Bool = false) -> TaskQuery.Row {
        TaskQuery.Row(task: ShownTask(task), snapshot: TaskSnapshot(bucket: bucket, deadline: deadline), dueSoon: dueSoon)
    }

    private func listModel(_ rows: [TaskQuery.Row], anyTasks: Bool = true, canCreate: Bool = true) -> TasksListPage.Model {
        var counts = TaskCounts()
        for row in rows { counts[row.snapshot.bucket] += 1 }
        let result = TaskQuery.Result(
            page: ResultPage(items: rows, total: rows.count, page: 1, per: 50),
            documents: [document.id!: document], asOf: ViewTesting.today, counts: counts)
        return TasksListPage.Model(
            filter: TaskQuery.Filter(), result: result, errors: [], units: [],
            unitNames: [snv.id!: snv.name], leaders: [], canCreate: canCreate, anyTasks: anyTasks)
    }

    @Test func theListShowsEachTaskWithItsDocumentUnitDeadlineAndStatus() {
        let late = ViewTesting.task(
            "Rà soát thủ tục hành chính", document: document, lead: snv, assigner: ubnd, deadline: "2026-11-30")
        let open = ViewTesting.task("Báo cáo kết quả quý IV", document: document, lead: snv, assigner: ubnd, deadline: nil)
        let html = ViewTesting.html(
            TasksListPage.response(
                ViewTesting.context(),
                model: listModel([
                    row(late, .pendingOverdue, deadline: CivilDate(year: 2026, month: 11, day: 30)),
                    row(open, .pendingNoDeadline, deadline: nil),
                ])))
        #expect(html.contains("href=\"/tasks/\(late.id!)\">Rà soát thủ tục hành chính</a>"))
        #expect(html.contains("<tr class=\"row-overdue\">"))
        #expect(html.contains("15/KH-UBND"))
        #expect(html.contains("Sở Nội vụ"))
        #expect(html.contains("30/11/2026"))
        #expect(html.contains("2 nhiệm vụ"))
        #expect(html.contains("<strong>1</strong> Chưa hoàn thành, quá hạn</a>"))
        #expect(html.contains("<strong>1</strong> Chưa hoàn thành, không thời hạn</a>"))
        #expect(html.contains("<strong>0</strong> Đã hoàn thành đúng hạn</a>"))
        #expect(html.contains("href=\"/tasks/new\""))
    }

    @Test func onAPhoneARowReadsAsACardAndTheLessUsedFiltersFoldAway() {
        let task = ViewTesting.task("Rà soát thủ tục", document: document, lead: snv, assigner: ubnd, deadline: "2026-12-31")
        var model = listModel([row(task, .pendingWithinDeadline, deadline: CivilDate(year: 2026, month: 12, day: 31))])
        let html = ViewTesting.html(TasksListPage.response(ViewTesting.context(), model: model))
        #expect(html.contains("<table class=\"data tasks card-rows\">"))
        #expect(html.contains("<td data-label=\"Đơn vị chủ trì\">Sở Nội vụ</td>"))
        #expect(html.contains("<details class=\"more-filters\"><summary>Lọc thêm</summary>"))
        // Searching and the status stay in sight; a filter set by a link opens the fold so that it shows.
        #expect(html.contains("id=\"f-q\""))
        // A date brings up the phone's number pad (01.07.2025 or 01072025 read as well as 01/07/2025).
        #expect(html.contains(#"name="as_of" type="text" value="06/12/2026" inputmode="numeric""#))
        // The default order, sent with every search, is not a filter that opens the fold.
        model.filter.sort = "urgent"
        #expect(
            ViewTesting.html(TasksListPage.response(ViewTesting.context(), model: model)).contains(
                "<details class=\"more-filters\"><summary>"))
        model.filter.lead_unit = "SNV"
        let filtered = ViewTesting.html(TasksListPage.response(ViewTesting.context(), model: model))
        #expect(filtered.contains("<details class=\"more-filters\" open=\"open\">"))
    }

    @Test func anEmptyProvinceIsToldWhatToDoNextAndOnlyTheOfficeIsOfferedToEnterTasks() {
        let office = ViewTesting.html(TasksListPage.response(ViewTesting.context(), model: listModel([], anyTasks: false)))
        #expect(office.contains("Chưa có nhiệm vụ nào"))
        #expect(office.contains("href=\"/tasks/new\""))
        let officer = ViewTesting.html(
            TasksListPage.response(
                ViewTesting.context(.unitOfficer, unitID: snv.id), model: listModel([], anyTasks: false, canCreate: false)))
        #expect(officer.contains("Chưa có nhiệm vụ nào"))
        #expect(!officer.contains("href=\"/tasks/new\""))
    }

    @Test func aSearchWithoutResultsSaysSoWithTheCutOff() {
        let html = ViewTesting.html(TasksListPage.response(ViewTesting.context(), model: listModel([])))
        #expect(html.contains("Không có kết quả"))
        #expect(html.contains("06/12/2026"))
    }

    private func taskModel(actions: [TaskAction], failed: RefusedStep<TaskAction>? = nil) -> (TaskPage.Model, TaskItem) {
        let task = ViewTesting.task(
            "Rà soát thủ tục hành chính", document: document, lead: snv, assigner: ubnd, deadline: "2026-12-31")
        let progress = TaskEventRecord()
        progress.id = UUID()
        (progress.taskID, progress.kind, progress.recordedOn, progress.effectiveOn) = (
            task.id!, "progress", "2026-11-20", "2026-11-20"
        )
        (progress.note, progress.actorName, progress.percent) = ("Đã rà soát 40 thủ tục", "canbo.snv", 40)
        let model = TaskPage.Model(
            task: task, document: document, unitNames: [snv.id!: snv.name, ubnd.id!: ubnd.name], coordinators: [],
            leaderName: nil, events: [progress], attachments: [:],
            snapshot: TaskSnapshot(bucket: .pendingWithinDeadline, deadline: CivilDate(year: 2026, month: 12, day: 31)),
            dueSoon: false, actions: actions, openUnits: [snv, ubnd], subUnits: [], subTasks: [], failed: failed)
        return (model, task)
    }

    @Test func aTasksPageShowsItsFactsItsHistoryAndOneFormPerStepOffered() {
        let (model, task) = taskModel(actions: [.reportProgress, .requestExtension, .reportCompletion])
        let html = ViewTesting.html(TaskPage.response(ViewTesting.context(.unitOfficer, unitID: snv.id), model: model))
        #expect(html.contains("Đã rà soát 40 thủ tục"))
        #expect(html.contains(" · 40%"))
        #expect(html.contains("31/12/2026"))
        for action in ["progress", "request_extension", "report_completion"] {
            #expect(html.contains("action=\"/tasks/\(task.id!)/actions/\(action)\""), "\(action)")
        }
        #expect(!html.contains("/actions/cancel"))
        // Fields a step cannot do without are marked.
        #expect(html.contains("<label for=\"f-progress-note\">Nội dung<span class=\"required\"> *</span></label>"))
        #expect(html.contains("<label for=\"f-request_extension-new_deadline\">Thời hạn mới<span class=\"required\"> *</span>"))
        // Several step forms on one page: every field keeps an id of its own.
        let ids = html.matches(of: /id="(f-[^"]+)"/).map { String($0.1) }
        #expect(!ids.isEmpty)
        #expect(Set(ids).count == ids.count, "repeated ids: \(ids)")
    }

    @Test func theHistoryNamesPeopleAndImportsAndAnApprovalOffersTheDateAskedFor() {
        var (model, _) = taskModel(actions: [.approveExtension, .refuseExtension])
        let officer = UUID()
        model.events[0].actorID = officer
        model.actorNames = [officer: "Trần Văn Bình"]
        let imported = TaskEventRecord()
        imported.id = UUID()
        (imported.taskID, imported.kind, imported.recordedOn, imported.effectiveOn) = (
            model.task.id!, "assigned", "2026-11-02", "2026-11-02"
        )
        (imported.note, imported.actorName) = ("", "dòng lệnh")
        model.events.insert(imported, at: 0)
        model.requestedDeadline = CivilDate(year: 2027, month: 1, day: 15)
        let html = ViewTesting.html(TaskPage.response(ViewTesting.context(.leader), model: model))
        #expect(html.contains("ghi ngày 20/11/2026 bởi Trần Văn Bình"))
        #expect(!html.contains("bởi canbo.snv"))
        #expect(html.contains("ghi ngày 02/11/2026, nhập từ tệp dữ liệu"))
        #expect(!html.contains("dòng lệnh"))
        #expect(html.contains("id=\"f-approve_extension-new_deadline\" name=\"new_deadline\" type=\"text\" value=\"15/01/2027\""))
        // The pending request shows among the task's facts.
        #expect(html.contains("<dt>Đang xin gia hạn</dt><dd>đến 15/01/2027, chờ lãnh đạo quyết định</dd>"))
        #expect(!html.contains("chờ Văn phòng xác nhận"))
        model.awaitingConfirmation = true
        model.requestedDeadline = nil
        let reported = ViewTesting.html(TaskPage.response(ViewTesting.context(), model: model))
        #expect(reported.contains("Đã báo cáo hoàn thành, chờ Văn phòng xác nhận"))
        #expect(!reported.contains("Đang xin gia hạn"))
    }

    @Test func aRefusedStepComesBackWithItsProblemsAndWhatWasTyped() {
        let refused = RefusedStep<TaskAction>(
            action: .requestExtension,
            errors: [.init(field: "new_deadline", message: "Hạn mới phải sau hạn hiện tại (31/12/2026).")],
            typed: ["new_deadline": "20/12/2026", "note": "Chờ ý kiến của Bộ Nội vụ"])
        let (model, _) = taskModel(actions: [.reportProgress, .requestExtension], failed: refused)
        let html = ViewTesting.html(TaskPage.response(ViewTesting.context(.unitOfficer, unitID: snv.id), model: model))
        #expect(html.contains("Hạn mới phải sau hạn hiện tại (31/12/2026)."))
        #expect(html.contains("href=\"#f-request_extension-new_deadline\""))
        #expect(html.contains("id=\"f-request_extension-new_deadline\" name=\"new_deadline\" type=\"text\" value=\"20/12/2026\""))
        #expect(html.contains(">Chờ ý kiến của Bộ Nội vụ</textarea>"))
        // The other step's form is fresh.
        #expect(html.matches(of: /Chờ ý kiến của Bộ Nội vụ/).count == 1)
    }

    @Test func theEntryFormKeepsWhatWasTypedAndShowsItsProblems() {
        var form = TaskEntryForm()
        form.notation = "15/KH-UBND"
        form.rows = [TaskEntryForm.Row(content: "Rà soát thủ tục", lead: "SNV", deadline: "31/02/2026")]
        let model = TaskEntryPage.Model(
            form: form, errors: [.init(field: "rows[0].deadline", message: "Ngày không hợp lệ")], units: [snv, ubnd],
            leaders: [])
        let html = ViewTesting.html(TaskEntryPage.response(ViewTesting.context(), model: model, status: .unprocessableEntity))
        #expect(html.contains("value=\"15/KH-UBND\""))
        #expect(html.contains("Rà soát thủ tục"))
        #expect(html.contains("31/02/2026"))
        #expect(html.contains("Ngày không hợp lệ"))
    }

    @Test func documentsListAndPage() {
        let list = DocumentsListPage.Model(
            query: "", page: ResultPage(items: [document], total: 1, page: 1, per: 50), taskCounts: [document.id!: 3])
        let listHTML = ViewTesting.html(DocumentsListPage.response(ViewTesting.context(), model: list))
        #expect(listHTML.contains("href=\"/documents/\(document.id!)\""))
        #expect(listHTML.contains("15/KH-UBND"))
        let empty = DocumentsListPage.Model(
            query: "khong co", page: ResultPage(items: [], total: 0, page: 1, per: 50), taskCounts: [:])
        #expect(ViewTesting.html(DocumentsListPage.response(ViewTesting.context(), model: empty)).contains("khong co"))

        let page = DocumentPage.Model(
            document: document, issuerName: "Ủy ban nhân dân tỉnh", taskCount: 3, attachments: [], canAttach: true)
        let pageHTML = ViewTesting.html(DocumentPage.response(ViewTesting.context(), model: page))
        #expect(pageHTML.contains("Kế hoạch cải cách hành chính năm 2026"))
        #expect(pageHTML.contains("Ủy ban nhân dân tỉnh"))
        #expect(pageHTML.contains("files[]"))
        let viewer = ViewTesting.html(
            DocumentPage.response(
                ViewTesting.context(.viewer),
                model: .init(document: document, issuerName: nil, taskCount: 3, attachments: [], canAttach: false)))
        #expect(!viewer.contains("files[]"))
    }
}
