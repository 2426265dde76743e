import Foundation

/// The urging letters' interface strings.
extension T {
    static let urgingTitle = L(vi: "Công văn đôn đốc", en: "Urging letters")
    static let urgingLead = L(
        vi: "Đôn đốc các đơn vị thực hiện nhiệm vụ đã quá hạn; khi ban hành, mỗi nhiệm vụ được ghi nhận đã đôn đốc.",
        en: "Urge units to carry out overdue tasks; once issued, every task listed records that it was urged.")
    static let urgingNew = L(vi: "Soạn công văn đôn đốc", en: "Write an urging letter")
    static let urgingEmptyTitle = L(vi: "Chưa có công văn đôn đốc nào", en: "No urging letter yet")
    static let urgingEmptyText = L(
        vi: "Bấm “Soạn công văn đôn đốc”, chọn đơn vị và ngày tính quá hạn để xem các nhiệm vụ quá hạn và lập dự thảo.",
        en: "Press “Write an urging letter”, choose the units and the day, see their overdue tasks and draft the letter.")
    static let urgingStateDraft = L(vi: "Dự thảo", en: "Draft")
    static let urgingStateIssued = L(vi: "Đã ban hành {0}", en: "Issued {0}")
    static let urgingListItem = L(vi: "{0} nhiệm vụ quá hạn đến ngày {1}", en: "{0} overdue tasks as of {1}")
    static let urgingChooseLead = L(
        vi: "Chọn một, một số hoặc tất cả đơn vị có nhiệm vụ quá hạn và ngày tính quá hạn, rồi bấm “Xem nhiệm vụ quá hạn”.",
        en: "Choose one, some or all units with overdue tasks and the day, then press “See overdue tasks”.")
    static let urgingAllUnits = L(vi: "Tất cả đơn vị có nhiệm vụ quá hạn", en: "Every unit with overdue tasks")
    static let urgingUnitCount = L(vi: "{0} ({1} nhiệm vụ quá hạn)", en: "{0} ({1} overdue)")
    static let urgingAsOf = L(vi: "Tính quá hạn đến ngày", en: "Overdue as of")
    static let urgingShow = L(vi: "Xem nhiệm vụ quá hạn", en: "See overdue tasks")
    static let urgingNoUnits = L(
        vi: "Không có đơn vị nào có nhiệm vụ quá hạn vào ngày {0}.", en: "No unit has overdue tasks on {0}.")
    static let urgingTasksHeading = L(
        vi: "Nhiệm vụ quá hạn đến ngày {0} — bỏ chọn những nhiệm vụ không đưa vào công văn",
        en: "Overdue tasks as of {0} — untick those the letter leaves out")
    static let urgingCreate = L(vi: "Lập dự thảo công văn", en: "Draft the letter")
    static let urgingCreated = L(vi: "Đã lập dự thảo công văn đôn đốc.", en: "The draft letter is made.")
    static let urgingSaved = L(vi: "Đã lưu dự thảo.", en: "The draft is saved.")
    static let urgingIssuedFlash = L(vi: "Đã ban hành công văn số {0}.", en: "Letter {0} is issued.")
    static let urgingBack = L(vi: "Danh sách công văn đôn đốc", en: "Urging letters")
    static let urgingDownload = L(vi: "Tải công văn (DOCX)", en: "Download the letter (DOCX)")
    static let urgingSummary = L(vi: "Trích yếu", en: "Summary line")
    static let urgingAddressees = L(vi: "Kính gửi", en: "To")
    static let urgingLinesHint = L(vi: "Mỗi dòng một nơi.", en: "One per line.")
    static let urgingOpening = L(vi: "Đoạn mở đầu", en: "Opening paragraph")
    static let urgingRequest = L(vi: "Đoạn kết (yêu cầu)", en: "Closing request")
    static let urgingRequestHint = L(
        vi: "Hạn báo cáo được thêm vào cuối đoạn: “… trước ngày …/.”.", en: "The date to report by is added at its end.")
    static let urgingReportBy = L(vi: "Hoàn thành, báo cáo trước ngày", en: "Report by")
    static let urgingListHeading = L(vi: "Danh sách nhiệm vụ quá hạn ({0})", en: "Overdue tasks ({0})")
    static let urgingSaveDraft = L(vi: "Lưu dự thảo", en: "Save the draft")
    static let urgingIssueHeading = L(vi: "Ban hành", en: "Issue")
    static let urgingIssueLead = L(
        vi: "Khi ban hành, công văn được lưu như văn bản của tỉnh, không sửa được nữa, và mỗi nhiệm vụ trong danh sách "
            + "được ghi nhận đã đôn đốc.",
        en: "Once issued the letter is a document of the province, never changes, and each listed task records it.")
    static let urgingNotation = L(vi: "Số, ký hiệu", en: "Number")
    static let urgingNotationHint = L(vi: "Công văn không có tên loại, như 4049/UBND-TH.", en: "A letter: 4049/UBND-TH.")
    static let urgingIssuedAs = L(
        vi: "Đã ban hành: Công văn số {0} ngày {1}. Nội dung được giữ nguyên như khi ban hành.",
        en: "Issued: letter {0} of {1}. It stays as issued.")
    static let urgingUnitsRequired = L(vi: "Hãy chọn ít nhất một đơn vị.", en: "Choose at least one unit.")
    static let urgingTasksRequired = L(
        vi: "Hãy chọn ít nhất một nhiệm vụ để đôn đốc.", en: "Choose at least one task to urge.")
    static let urgingNoOverdue = L(
        vi: "Các đơn vị đã chọn không có nhiệm vụ quá hạn vào ngày {0}.", en: "The units chosen have no overdue task on {0}.")
    static let urgingTaskNotOverdue = L(
        vi: "Có nhiệm vụ đã chọn không quá hạn vào ngày {0} hoặc không thuộc các đơn vị đã chọn.",
        en: "A task chosen is not overdue on {0} or not led by the units chosen.")
    static let urgingAsOfRequired = L(vi: "Hãy nhập ngày tính quá hạn.", en: "Enter the day.")
    static let urgingSummaryRequired = L(vi: "Hãy nhập trích yếu.", en: "Enter the summary line.")
    static let urgingAddresseesRequired = L(vi: "Hãy nhập nơi được kính gửi.", en: "Enter whom the letter is to.")
    static let urgingOpeningRequired = L(vi: "Hãy nhập đoạn mở đầu.", en: "Enter the opening.")
    static let urgingRequestRequired = L(vi: "Hãy nhập đoạn kết.", en: "Enter the closing request.")
    static let urgingReportByRequired = L(vi: "Hãy nhập hạn báo cáo.", en: "Enter the day to report by.")
    static let urgingReportByBeforeCutOff = L(
        vi: "Hạn báo cáo không được trước ngày tính quá hạn {0}.", en: "The day to report by cannot be before {0}.")
    static let urgingNotALetter = L(
        vi: "Số, ký hiệu của công văn gồm số/cơ quan ban hành-đơn vị soạn thảo, không có tên loại (như 4049/UBND-TH).",
        en: "A letter's number is number/body-drafting unit, without a type code (4049/UBND-TH).")
    static let urgingDateBeforeCutOff = L(
        vi: "Ngày ban hành không được trước ngày tính quá hạn {0}.", en: "The date cannot be before {0}.")
    static let urgingIssuedFrozen = L(
        vi: "Công văn đã ban hành, không sửa hay ban hành lại được.", en: "The letter is issued; it cannot change.")
    static let urgingStale = L(
        vi: "Dự thảo vừa được người khác sửa. Nội dung bạn nhập vẫn còn dưới đây; hãy xem lại rồi lưu lần nữa.",
        en: "Someone else has just changed the draft. What you typed is below; check it and save again.")
    static let urgingUrgedTimes = L(vi: "Đã đôn đốc {0} lần", en: "Urged {0} times")
    static let urgingTimelineEvent = L(vi: "Đã đôn đốc", en: "Urged")
    static let urgingTimelineLetter = L(vi: "Công văn số {0}", en: "Letter {0}")
    static let urgingFilter = L(vi: "Đã đôn đốc", en: "Urged")
    static let urgingFilterOnly = L(vi: "Chỉ nhiệm vụ đã đôn đốc", en: "Only urged tasks")
}
