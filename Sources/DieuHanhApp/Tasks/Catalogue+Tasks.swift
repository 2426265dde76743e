import Foundation

/// The Tasks module's interface strings (the catalogue `T` is one type, split by module).
extension T {
    // MARK: Documents
    static let docNotationInvalid = L(
        vi: "Không đọc được số, ký hiệu “{0}”; hãy viết dạng 01/NQ-CP, 42/2014/QĐ-TTg, 4049/UBND-TH hoặc 36-NQ/TW.",
        en: "Cannot read the number “{0}”; e.g. 01/NQ-CP, 42/2014/QĐ-TTg, 4049/UBND-TH, 36-NQ/TW.")
    static let docDateRequired = L(vi: "Vui lòng nhập ngày ban hành văn bản.", en: "Enter the document's date.")
    static let docSummaryTooLong = L(vi: "Trích yếu dài quá 2.000 ký tự.", en: "The summary is longer than 2,000 characters.")
    static let docsTitle = L(vi: "Văn bản chỉ đạo", en: "Directive documents")
    static let docsLead = L(vi: "Văn bản giao nhiệm vụ; mỗi nhiệm vụ gắn với một văn bản.", en: "Documents that assign tasks.")
    static let docsEmpty = L(
        vi: "Chưa có văn bản nào. Nhập văn bản cùng các nhiệm vụ của nó ở “Giao nhiệm vụ”.",
        en: "No documents yet. Enter a document with its tasks under “Assign tasks”.")
    static let fieldNotation = L(vi: "Số, ký hiệu", en: "Number")
    static let fieldIssuedOn = L(vi: "Ngày ban hành", en: "Date of issue")
    static let fieldIssuer = L(vi: "Cơ quan ban hành", en: "Issuer")
    static let fieldSigner = L(vi: "Người ký", en: "Signed by")
    static let fieldSummary = L(vi: "Trích yếu", en: "Summary")
    static let notationHint = L(
        vi: "Gõ như trên văn bản: “Số: 3413/UBND-TH”, “01/NQ-CP”…", en: "As printed: “Số: 3413/UBND-TH”, “01/NQ-CP”…")

    // MARK: Tasks
    static let tasksTitle = L(vi: "Nhiệm vụ", en: "Tasks")
    static let tasksLead = L(vi: "Trạng thái tính theo ngày chốt số liệu.", en: "Status as of the cut-off date.")
    static let tasksNew = L(vi: "Giao nhiệm vụ", en: "Assign tasks")
    static let tasksEmptyTitle = L(vi: "Chưa có nhiệm vụ nào", en: "No tasks yet")
    static let tasksEmptyText = L(
        vi: "Nhập văn bản chỉ đạo và các nhiệm vụ của nó.",
        en: "Enter a directive document and its tasks.")
    static let tasksNoMatch = L(
        vi: "Không có nhiệm vụ nào khớp bộ lọc vào ngày {0}.", en: "No task matches the filters as of {0}.")
    static let tasksCount = L(vi: "{0} nhiệm vụ", en: "{0} tasks")
    static let fieldAsOf = L(vi: "Tính đến ngày", en: "As of")
    static let fieldContent = L(vi: "Nội dung nhiệm vụ", en: "Task")
    static let fieldAssigner = L(vi: "Cơ quan giao", en: "Assigned by")
    static let fieldLeadUnit = L(vi: "Đơn vị chủ trì", en: "Lead unit")
    static let fieldCoordinators = L(vi: "Đơn vị phối hợp", en: "Coordinating units")
    static let fieldLeader = L(vi: "Lãnh đạo phụ trách", en: "Leader in charge")
    static let fieldDomain = L(vi: "Lĩnh vực", en: "Domain")
    static let fieldAssignedOn = L(vi: "Ngày giao", en: "Assigned on")
    static let fieldDeadline = L(vi: "Thời hạn", en: "Deadline")
    static let fieldDocument = L(vi: "Văn bản", en: "Document")
    static let fieldSort = L(vi: "Sắp xếp", en: "Sort")
    static let fieldDeadlineFrom = L(vi: "Hạn từ ngày", en: "Deadline from")
    static let fieldDeadlineTo = L(vi: "Hạn đến ngày", en: "Deadline to")
    static let statusOpen = L(vi: "Chưa hoàn thành", en: "Not completed")
    static let sortUrgent = L(vi: "Quá hạn và đang thực hiện trước", en: "Overdue and open first")
    static let sortDeadline = L(vi: "Thời hạn gần nhất", en: "Nearest deadline")
    static let sortAssigned = L(vi: "Giao gần đây nhất", en: "Most recently assigned")
    static let sortDocument = L(vi: "Theo văn bản", en: "By document")
    static let sortStatus = L(vi: "Theo trạng thái", en: "By status")
    static let noDeadline = L(vi: "Không thời hạn", en: "No deadline")
    static let dueSoon = L(vi: "Sắp đến hạn", en: "Due soon")
    static let bucketCompletedOnTime = L(vi: "Đã hoàn thành đúng hạn", en: "Completed on time")
    static let bucketCompletedLate = L(vi: "Đã hoàn thành quá hạn", en: "Completed late")
    static let bucketPendingWithin = L(vi: "Chưa hoàn thành, trong hạn", en: "Pending, within deadline")
    static let bucketPendingOverdue = L(vi: "Chưa hoàn thành, quá hạn", en: "Pending, overdue")
    static let bucketPendingNoDeadline = L(vi: "Chưa hoàn thành, không thời hạn", en: "Pending, no deadline")
    static let daysLate = L(vi: "trễ {0} ngày", en: "{0} days late")
    static let taskContentRequired = L(vi: "Vui lòng nhập nội dung nhiệm vụ.", en: "Enter what the task is.")
    static let taskContentTooLong = L(vi: "Nội dung dài quá 4.000 ký tự.", en: "Longer than 4,000 characters.")
    static let taskAssignerRequired = L(vi: "Vui lòng chọn cơ quan giao.", en: "Choose who assigned the task.")
    static let taskLeadRequired = L(vi: "Vui lòng chọn đơn vị chủ trì.", en: "Choose the lead unit.")
    static let taskCoordinatorIsLead = L(
        vi: "Đơn vị chủ trì không đồng thời là đơn vị phối hợp.", en: "The lead unit cannot also coordinate.")
    static let taskLeaderInvalid = L(
        vi: "Lãnh đạo phụ trách phải là người dùng có vai trò lãnh đạo.",
        en: "The leader in charge must be a user with the leader role.")
    static let taskAssignedBeforeDocument = L(
        vi: "Ngày giao không được trước ngày văn bản ({0}).", en: "Cannot be assigned before the document's date ({0}).")
    static let taskDeadlineBeforeAssigned = L(
        vi: "Thời hạn không được trước ngày giao.", en: "The deadline cannot be before the assigned date.")
    static let taskWorkingDaysRange = L(
        vi: "Số ngày làm việc phải từ 1 đến 3.650.", en: "Working days must be between 1 and 3,650.")
    static let taskDeadlineHint = L(
        vi: "Một ngày (dd/mm/yyyy), hoặc “N ngày làm việc” tính từ ngày giao; để trống nếu không thời hạn.",
        en: "A date (dd/mm/yyyy), or “N ngày làm việc” from the assigned date; empty for no deadline.")
    static let taskDeadlineInvalid = L(
        vi: "Thời hạn phải là ngày dd/mm/yyyy hoặc “N ngày làm việc”.", en: "The deadline must be a date or “N ngày làm việc”.")
    static let taskActionNotPossible = L(
        vi: "Nhiệm vụ đang ở trạng thái không cho phép thao tác này (có thể người khác vừa cập nhật). Hãy tải lại trang.",
        en: "The task's state does not allow this now (someone may just have updated it). Reload the page.")
    static let taskNoteRequired = L(vi: "Vui lòng nhập nội dung / lý do.", en: "Enter the text or reason.")
    static let taskPercentRange = L(vi: "Tỷ lệ hoàn thành phải từ 0 đến 100.", en: "The percentage must be between 0 and 100.")
    static let taskExtensionNotLater = L(
        vi: "Thời hạn mới phải sau thời hạn hiện tại ({0}).", en: "The new deadline must be after the current one ({0}).")
    static let taskExtensionInPast = L(vi: "Thời hạn mới không được ở quá khứ.", en: "The new deadline cannot be in the past.")
    static let taskNewDeadlineRequired = L(vi: "Vui lòng nhập thời hạn mới.", en: "Enter the new deadline.")
    static let taskCompletionInFuture = L(
        vi: "Ngày hoàn thành không được sau hôm nay.", en: "The completion date cannot be after today.")
    static let taskCompletionBeforeAssigned = L(
        vi: "Ngày hoàn thành không được trước ngày giao.", en: "The completion date cannot be before the task was assigned.")
    static let taskCompletionDateRequired = L(
        vi: "Vui lòng nhập ngày hoàn thành (ngày của văn bản kết quả).",
        en: "Enter the completion date (date of the result document).")
    static let taskReassignSame = L(vi: "Nhiệm vụ đã do đơn vị này chủ trì.", en: "This unit already leads the task.")
    static let taskStatusInvalid = L(vi: "Trạng thái lọc không hợp lệ.", en: "Unknown status filter.")
    static let taskUnitUnknown = L(vi: "Không có đơn vị “{0}”.", en: "No unit “{0}”.")
    static let taskCreated = L(vi: "Đã giao {0} nhiệm vụ theo văn bản {1}.", en: "{0} tasks assigned under {1}.")
    static let taskRowsHint = L(
        vi: "Mỗi dòng là một nhiệm vụ; dòng để trống nội dung sẽ được bỏ qua.",
        en: "One task per row; rows without text are skipped.")
    static let taskNoRows = L(vi: "Vui lòng nhập ít nhất một nhiệm vụ.", en: "Enter at least one task.")
    static let taskMoreRows = L(vi: "Thêm dòng", en: "More rows")
    static let taskTimeline = L(vi: "Diễn biến", en: "Timeline")
    static let taskActions = L(vi: "Cập nhật", en: "Update")
    static let taskActionDone = L(vi: "Đã ghi nhận.", en: "Recorded.")
    static let taskSubtasks = L(vi: "Nhiệm vụ con", en: "Sub-tasks")
    static let fieldNote = L(vi: "Nội dung", en: "Text")
    static let fieldPercent = L(vi: "Tỷ lệ hoàn thành (%)", en: "Progress (%)")
    static let fieldCompletionDate = L(vi: "Ngày hoàn thành (ngày văn bản kết quả)", en: "Completion date (date of the result)")
    static let fieldNewDeadline = L(vi: "Thời hạn mới", en: "New deadline")
    static let fieldNewLeadUnit = L(vi: "Đơn vị chủ trì mới", en: "New lead unit")
    static let actionProgress = L(vi: "Báo cáo tiến độ", en: "Report progress")
    static let actionRequestExtension = L(vi: "Xin gia hạn", en: "Ask for an extension")
    static let actionApproveExtension = L(vi: "Đồng ý gia hạn", en: "Approve the extension")
    static let actionRefuseExtension = L(vi: "Không đồng ý gia hạn", en: "Refuse the extension")
    static let actionReportCompletion = L(vi: "Báo cáo hoàn thành", en: "Report completion")
    static let actionConfirmCompletion = L(vi: "Xác nhận hoàn thành", en: "Confirm completion")
    static let actionReturnCompletion = L(vi: "Trả lại (chưa đạt)", en: "Return (not done)")
    static let actionReassign = L(vi: "Giao lại cho đơn vị khác", en: "Reassign")
    static let actionCancelTask = L(vi: "Hủy / rút nhiệm vụ", en: "Cancel the task")
    static let eventAssigned = L(vi: "Giao nhiệm vụ", en: "Assigned")
    static let eventProgress = L(vi: "Báo cáo tiến độ", en: "Progress reported")
    static let eventExtensionRequested = L(vi: "Xin gia hạn", en: "Extension requested")
    static let eventExtensionApproved = L(vi: "Đồng ý gia hạn", en: "Extension approved")
    static let eventExtensionRefused = L(vi: "Không đồng ý gia hạn", en: "Extension refused")
    static let eventCompletionReported = L(vi: "Báo cáo hoàn thành", en: "Completion reported")
    static let eventCompletionConfirmed = L(vi: "Xác nhận hoàn thành", en: "Completion confirmed")
    static let eventCompletionReturned = L(vi: "Trả lại kết quả", en: "Completion returned")
    static let eventReassigned = L(vi: "Giao lại", en: "Reassigned")
    static let eventCancelled = L(vi: "Hủy / rút", en: "Cancelled")
    static let eventDelegated = L(vi: "Giao cho đơn vị trực thuộc", en: "Delegated")
    static let recordedOnBy = L(vi: "ghi ngày {0} bởi {1}", en: "recorded {0} by {1}")
    static let taskExtensionAsked = L(vi: "Đang xin gia hạn", en: "Extension requested")
    static let taskExtensionAskedUntil = L(
        vi: "đến {0}, chờ lãnh đạo quyết định", en: "until {0}, awaiting the leader's decision")
    static let taskAwaitingConfirmation = L(
        vi: "Đã báo cáo hoàn thành, chờ Văn phòng xác nhận", en: "Completion reported, awaiting the office's confirmation")
    static let enteredByImport = L(vi: "nhập từ tệp dữ liệu", en: "imported from a file")
    static let recordedOnImported = L(vi: "ghi ngày {0}, nhập từ tệp dữ liệu", en: "recorded {0}, imported from a file")
    static let entityTask = L(vi: "Nhiệm vụ", en: "Task")
    static let entityDocument = L(vi: "Văn bản", en: "Document")
    static let entityAttachment = L(vi: "Tệp đính kèm", en: "Attachment")
    static let entityProgramme = L(vi: "Chương trình công tác", en: "Work programme")
    static let entityProgrammeItem = L(vi: "Nội dung chương trình công tác", en: "Programme item")
    static let entityIndicator = L(vi: "Chỉ tiêu KT-XH", en: "Indicator")
    static let entityIndicatorPlan = L(vi: "Kế hoạch chỉ tiêu năm", en: "Indicator target")
    static let entityReportingRegime = L(vi: "Chế độ báo cáo", en: "Reporting regime")
    static let entityReportRequest = L(vi: "Yêu cầu báo cáo", en: "Report request")
    static let entityReportSubmission = L(vi: "Báo cáo của đơn vị", en: "Unit's report")
    static let entityReportReminder = L(vi: "Nhắc báo cáo", en: "Report reminder")
    static let actionReviseTarget = L(vi: "Điều chỉnh kế hoạch", en: "Target revised")
    static let actionRecordActual = L(vi: "Nhập số liệu thực hiện", en: "Actual recorded")
    static let actionSubmitReport = L(vi: "Gửi báo cáo", en: "Report sent")
    static let actionReplaceReport = L(vi: "Gửi thay báo cáo", en: "Report replaced")
    static let actionReturnReport = L(vi: "Trả lại báo cáo", en: "Report returned")
    static let actionRemind = L(vi: "Nhắc", en: "Reminded")
    static let actionEmail = L(vi: "Gửi thư nhắc", en: "Reminder e-mailed")
    static let actionAttach = L(vi: "Đính kèm tệp", en: "File attached")
    static let taskActionUnknown = L(vi: "Thao tác không hợp lệ; dùng một trong: {0}.", en: "Unknown action; use one of: {0}.")
}
