import Foundation

/// The Programme module's interface strings (the catalogue `T` is one type, split by module).
extension T {
    // MARK: Work programme (chương trình công tác)
    static let programmeYearTitle = L(vi: "Chương trình công tác năm {0}", en: "Work programme {0}")
    static let programmeIssuedBy = L(vi: "Ban hành kèm theo {0}", en: "Issued by {0}")
    static let programmeNoDecision = L(
        vi: "Chưa ghi quyết định ban hành chương trình (văn phòng ghi ở cuối trang).",
        en: "The decision issuing the programme is not recorded yet (the office enters it at the bottom).")
    static let programmeNew = L(vi: "Thêm nội dung", en: "Add an item")
    static let programmeEditTitle = L(vi: "Sửa nội dung chương trình", en: "Edit the item")
    static let programmeImport = L(vi: "Nhập từ tệp CSV", en: "Import a CSV file")
    static let programmeItemEntity = L(vi: "Nội dung chương trình công tác", en: "Work programme item")
    static let programmeWholeYear = L(vi: "Cả năm", en: "Whole year")
    static let programmeQuarter = L(vi: "Quý {0}", en: "Quarter {0}")
    static let programmeHalf1 = L(vi: "6 tháng đầu năm", en: "First half")
    static let programmeHalf2 = L(vi: "6 tháng cuối năm", en: "Second half")
    static let programmeMonth = L(vi: "Tháng {0}", en: "Month {0}")
    static let programmeMonthHeading = L(vi: "Tháng {0}/{1}", en: "{0}/{1}")
    static let programmeMonthShort = L(vi: "tháng {0}", en: "month {0}")
    static let programmeFieldYear = L(vi: "Năm", en: "Year")
    static let programmeFieldTitle = L(vi: "Tên nội dung", en: "Item")
    static let programmeFieldBody = L(vi: "Cấp trình", en: "Submitted to")
    static let programmeFieldMonth = L(vi: "Tháng kế hoạch", en: "Planned month")
    static let programmeFieldCurrentMonth = L(
        vi: "Tháng kế hoạch hiện tại (sau khi chuyển)", en: "Planned month now (after postponement)")
    static let programmeFieldNewMonth = L(vi: "Chuyển sang tháng", en: "Postpone to")
    static let programmeFieldOrigin = L(vi: "Nguồn giao", en: "Origin")
    static let programmeFieldAddedOn = L(vi: "Ngày bổ sung", en: "Date added")
    static let programmeFieldProgramme = L(vi: "Chương trình", en: "Programme")
    static let programmeFieldSubmittedOn = L(vi: "Ngày trình", en: "Submitted on")
    static let programmeFieldIssuedOn = L(vi: "Ngày ban hành", en: "Issued on")
    static let programmeFieldDocument = L(vi: "Văn bản ban hành", en: "Resulting document")
    static let programmeFieldReason = L(vi: "Lý do", en: "Reason")
    static let programmeFieldNote = L(vi: "Ghi chú", en: "Note")
    static let programmeColNo = L(vi: "TT", en: "No.")
    static let programmeColPeriod = L(vi: "Thời gian", en: "Period")
    static let programmeTotalRow = L(vi: "Tổng cộng", en: "Total")
    static let programmeSubmitTo = L(vi: "trình {0}", en: "to {0}")
    static let programmeAddedOnText = L(vi: "bổ sung ngày {0}", en: "added on {0}")
    static let programmeMovedFrom = L(vi: "chuyển từ tháng {0}", en: "moved from {0}")
    static let programmeLateNote = L(vi: "trình muộn so với tháng kế hoạch", en: "later than the planned month")
    static let programmeEntered = L(vi: "Đưa vào chương trình", en: "Entered in the programme")
    static let programmeHistory = L(vi: "Diễn biến", en: "History")
    static let programmeSummaryHeading = L(vi: "Kết quả thực hiện {0}, tính đến ngày {1}", en: "Results for {0} as of {1}")
    static let programmeSummaryNote = L(
        vi:
            "(4) = (1) + (2) − (3); (7) = (4) − (5); (8) = (5)/(4). Số liệu quý và cả kỳ tính theo cả kỳ đó, không cộng các tháng: nội dung chuyển giữa các tháng trong quý không tính là giao thêm của quý. Bấm vào một tháng để xem riêng tháng đó.",
        en:
            "(4) = (1) + (2) − (3); (7) = (4) − (5); (8) = (5)/(4). Quarter and period figures are computed for the whole range, not summed: an item moved within a quarter is not added to it. Click a month to see it alone."
    )
    static let programmeMonthLine = L(
        vi: "Phải trình {0} nội dung, đã trình {1} (đạt {2}), chưa trình {3}.",
        en: "{0} due, {1} submitted ({2}), {3} not submitted.")
    static let programmeMonthEmpty = L(vi: "Không có nội dung nào trong tháng này.", en: "Nothing planned this month.")
    static let programmeMonthNoMatch = L(
        vi: "Không có nội dung nào của tháng này ở trạng thái đã chọn.", en: "Nothing this month has the chosen status.")
    static let programmeEmptyTitle = L(vi: "Chưa có nội dung nào cho năm {0}", en: "Nothing in the programme for {0} yet")
    static let programmeEmptyManage = L(
        vi:
            "Thêm từng nội dung của chương trình công tác (tên, đơn vị chủ trì, cấp trình, tháng kế hoạch) hoặc nhập cả chương trình từ tệp CSV; sau đó ghi quyết định ban hành ở cuối trang.",
        en:
            "Add the programme's items one by one or import them from a CSV file; then record the issuing decision at the bottom of the page."
    )
    static let programmeEmptyRead = L(
        vi: "Văn phòng UBND tỉnh chưa nhập chương trình công tác năm này. Chọn năm khác, hoặc liên hệ văn phòng.",
        en: "The office has not entered this year's programme yet. Choose another year or ask the office.")
    static let programmeDecisionHeading = L(
        vi: "Quyết định ban hành Chương trình công tác năm {0}", en: "Decision issuing the {0} programme")
    static let programmeDecisionNotation = L(vi: "Số, ký hiệu quyết định", en: "Decision number")
    static let programmeDecisionHint = L(vi: "Số, ký hiệu như 59/QĐ-UBND", en: "Number and symbol, as in 59/QĐ-UBND")
    static let programmeDecisionSaved = L(vi: "Đã lưu quyết định ban hành chương trình.", en: "The decision is saved.")
    static let programmeDecisionInFuture = L(
        vi: "Ngày ban hành quyết định không được sau hôm nay.", en: "The decision date cannot be in the future.")
    static let programmeDecisionYear = L(
        vi: "Quyết định ban hành chương trình năm {0} phải ký trong năm đó hoặc năm trước.",
        en: "The decision for {0} must be dated that year or the year before.")
    static let programmeDueTitle = L(vi: "Đến hạn trình trong tháng", en: "Due this month")
    static let programmeDueLead = L(
        vi:
            "Các nội dung đến hạn trình trong tháng {0} và các nội dung quá hạn chưa trình, theo đơn vị chủ trì, tính đến ngày {1}.",
        en: "Items due in {0} and overdue items not submitted, by lead unit, as of {1}.")
    static let programmeDueCount = L(vi: "{0} nội dung chưa trình", en: "{0} items not submitted")
    static let programmeDueEmptyTitle = L(vi: "Không còn nội dung nào phải trình", en: "Nothing left to submit")
    static let programmeDueEmptyText = L(
        vi:
            "Mọi nội dung có tháng kế hoạch đến tháng {0} đã được trình, đã chuyển hoặc đã rút. Xem cả chương trình để biết các tháng sau.",
        en: "Everything planned up to {0} is submitted, postponed or withdrawn. See the whole programme for later months.")
    static let programmeStatsTitle = L(vi: "Thống kê Chương trình công tác", en: "Work programme statistics")
    static let programmeStatsLead = L(
        vi:
            "Các cột (1)–(8) của phụ lục báo cáo kiểm điểm cho một kỳ bất kỳ (tháng, quý, 6 tháng, năm), tính từ các sự kiện đã ghi nhận đến hết ngày chốt; theo từng đơn vị chủ trì.",
        en:
            "Columns (1)–(8) of the review report's appendix for any period, from what was recorded up to the cut-off; per lead unit."
    )
    static let programmeStatsHeadline = L(
        vi: "Chương trình công tác {0}, tính đến ngày {1}", en: "Work programme, {0}, as of {1}")
    static let programmeStatsEmpty = L(
        vi: "Không có nội dung nào của chương trình công tác thuộc {0} tại ngày chốt này. Thử kỳ khác hoặc bỏ lọc đơn vị.",
        en: "No programme item in {0} at this cut-off. Try another period or clear the unit filter.")
    static let programmeRateChart = L(vi: "Tỷ lệ đã trình theo đơn vị chủ trì", en: "Submission rate by lead unit")
    static let programmeUnfinishedHeading = L(vi: "Nội dung chưa trình ({0})", en: "Not submitted ({0})")
    static let programmeUnfinishedNone = L(
        vi: "Không có: mọi nội dung phải trình đã được trình.", en: "None: everything due was submitted.")
    static let programmeLateHeading = L(vi: "Nội dung trình muộn so với tháng kế hoạch ({0})", en: "Submitted late ({0})")
    static let programmeLateNone = L(vi: "Không có nội dung nào trình muộn.", en: "Nothing was submitted late.")
    static let programmePeriodHint = L(
        vi: "2020-H1, 2020-Q2, 2020-M05 hoặc 2020; hoặc nhập từ ngày, đến ngày",
        en: "2020-H1, 2020-Q2, 2020-M05 or 2020; or two dates")
    static let programmeRangeRequired = L(
        vi: "Vui lòng nhập cả ngày đầu và ngày cuối kỳ (hoặc chọn kỳ).", en: "Enter both ends of the period (or choose a period)."
    )
    static let programmeFormLead = L(
        vi:
            "Một nội dung phải trình: đề án, dự thảo nghị quyết, báo cáo… Các bước sau (trình, ban hành, xin chuyển, xin rút) ghi trên trang của nội dung.",
        en: "One item to submit. Later steps (submission, issue, postponement, withdrawal) are recorded on its page.")
    static let programmeFormWhat = L(vi: "Nội dung", en: "What")
    static let programmeFormWhen = L(vi: "Thời gian", en: "When")
    static let programmeKindHint = L(vi: "Để trống: nhận từ tên (“Đề án…”, “Báo cáo…”).", en: "Empty: taken from the title.")
    static let programmeKindGuess = L(vi: "Theo tên nội dung", en: "From the title")
    static let programmeCodeHint = L(
        vi: "Mã riêng (không bắt buộc), dùng khi nhập lại từ tệp CSV.", en: "Optional; used when importing CSV files again.")
    static let programmeMonthHint = L(vi: "Tháng/năm, như 06/2026", en: "Month/year, as in 06/2026")
    static let programmeAddedOnHint = L(
        vi: "Chỉ với nội dung giao thêm: ngày được bổ sung vào chương trình.", en: "Added items only: the day it was added.")
    static let programmeDocumentHint = L(
        vi: "Văn bản ban hành, như Nghị quyết số 12/2020/NQ-HĐND", en: "The document issued, as in Nghị quyết số 12/2020/NQ-HĐND")
    static let programmeCreated = L(vi: "Đã thêm nội dung vào chương trình công tác.", en: "The item is added.")
    static let programmeSaved = L(vi: "Đã lưu.", en: "Saved.")
    static let programmeActionDone = L(vi: "Đã ghi nhận: {0}.", en: "Recorded: {0}.")
    static let programmeActionNotPossible = L(
        vi: "Trạng thái hiện tại của nội dung không cho phép bước này (có thể người khác vừa xử lý). Hãy tải lại trang.",
        en: "The item's state does not allow this step now (someone may have just acted). Reload the page.")
    static let programmeTitleRequired = L(vi: "Vui lòng nhập tên nội dung.", en: "Enter the item's title.")
    static let programmeTitleTooLong = L(vi: "Nội dung quá dài.", en: "Too long.")
    static let programmeCodeTooLong = L(vi: "Mã dài tối đa 60 ký tự.", en: "The code is at most 60 characters.")
    static let programmeCodeTaken = L(vi: "Mã “{0}” đã được dùng cho nội dung khác.", en: "The code “{0}” is already used.")
    static let programmeKindRequired = L(vi: "Vui lòng chọn loại nội dung.", en: "Choose the kind.")
    static let programmeBodyRequired = L(
        vi: "Vui lòng chọn cấp trình (UBND, TTUBND, TU, HDND, CP, TTG).", en: "Choose the body (UBND, TTUBND, TU, HDND, CP, TTG)."
    )
    static let programmeOriginInvalid = L(
        vi: "Nguồn giao phải là dau_nam hoặc bo_sung.", en: "Origin must be dau_nam or bo_sung.")
    static let programmeMonthRequired = L(vi: "Vui lòng nhập tháng (mm/yyyy).", en: "Enter the month (mm/yyyy).")
    static let programmeMonthFormat = L(
        vi: "Tháng không hợp lệ; hãy viết tháng/năm, như 06/2026.", en: "Not a month; use mm/yyyy, e.g. 06/2026.")
    static let programmeAddedOnRequired = L(
        vi: "Nội dung giao thêm cần ngày bổ sung.", en: "An added item needs the date it was added.")
    static let programmeAddedOnOnlyAdded = L(
        vi: "Ngày bổ sung chỉ dùng cho nội dung giao thêm; nội dung giao đầu năm để trống.",
        en: "Only added items have a date added.")
    static let programmeAddedInFuture = L(
        vi: "Ngày bổ sung không được sau hôm nay.", en: "The date added cannot be in the future.")
    static let programmeMonthBeforeAdded = L(
        vi: "Tháng kế hoạch không được trước tháng bổ sung ({0}).",
        en: "The planned month cannot be before the month it was added ({0}).")
    static let programmeHistoryFixesMonth = L(
        vi: "Nội dung đã có diễn biến: không sửa tháng kế hoạch, nguồn giao và ngày bổ sung nữa; muốn đổi tháng, hãy xin chuyển.",
        en: "The item has a history: its month, origin and date added are fixed; to move it, request a postponement.")
    static let programmeSubmitDateRequired = L(vi: "Vui lòng nhập ngày trình.", en: "Enter the submission date.")
    static let programmeIssueDateRequired = L(vi: "Vui lòng nhập ngày ban hành.", en: "Enter the date of issue.")
    static let programmeDateInFuture = L(vi: "Ngày không được sau hôm nay.", en: "The date cannot be in the future.")
    static let programmeSubmitBeforeItem = L(
        vi: "Ngày trình ({0}) trước ngày nội dung có trong chương trình ({1}).",
        en: "The submission date ({0}) is before the item entered the programme ({1}).")
    static let programmeIssueBeforeSubmit = L(
        vi: "Ngày ban hành ({0}) trước ngày trình ({1}).", en: "The date of issue ({0}) is before the submission ({1}).")
    static let programmeIssueDocumentRequired = L(
        vi: "Vui lòng ghi văn bản ban hành (số, ký hiệu).", en: "Enter the resulting document.")
    static let programmePostponeNotLater = L(
        vi: "Chỉ được chuyển sang tháng sau tháng kế hoạch hiện tại: {0} không sau {1}.",
        en: "A postponement must go to a later month: {0} is not after {1}.")
    static let programmePostponeTooFar = L(
        vi: "Chỉ được chuyển đến hết tháng 12/{0}; xa hơn, hãy rút và đưa vào chương trình năm sau.",
        en: "Postpone at most to 12/{0}; beyond that, withdraw it and add it to next year's programme.")
    static let programmeReasonRequired = L(vi: "Vui lòng nêu lý do.", en: "Give the reason.")
    static let programmeImportLead = L(
        vi:
            "Tệp CSV (UTF-8) theo mẫu cột dưới đây: tạo mới hoặc cập nhật theo mã (ma); nhập lại cùng tệp không thay đổi gì. Dòng sai dừng việc nhập và không ghi gì.",
        en:
            "A UTF-8 CSV file with the columns below: created or updated by ma; importing it again changes nothing. A bad row stops it and nothing is written."
    )
    static let programmeImportFile = L(vi: "Tệp CSV", en: "CSV file")
    static let programmeImportHint = L(
        vi: "Ngày dạng dd/mm/yyyy hoặc yyyy-mm-dd; tháng dạng yyyy-mm; đơn vị theo mã.",
        en: "Dates dd/mm/yyyy or yyyy-mm-dd; months yyyy-mm; units by code.")
    static let programmeImportButton = L(vi: "Nhập", en: "Import")
    static let programmeImportColumns = L(vi: "Các cột", en: "Columns")
    static let programmeImportColumnsText = L(
        vi:
            "trinh_cap: UBND, TTUBND, TU, HDND, CP, TTG; nguon: dau_nam hoặc bo_sung (kèm ngay_bo_sung); thang_chuyen_den đi cùng ngay_chuyen; loai (không bắt buộc): de_an, du_thao_nghi_quyet, du_thao_quyet_dinh, quy_dinh, ke_hoach, chuong_trinh, bao_cao, to_trinh, khac.",
        en:
            "trinh_cap: UBND, TTUBND, TU, HDND, CP, TTG; nguon: dau_nam or bo_sung (with ngay_bo_sung); thang_chuyen_den with ngay_chuyen; optional loai."
    )
    static let programmeImportFailed = L(vi: "Không nhập được tệp", en: "The file was not imported")
    static let programmeImportNoFile = L(vi: "Vui lòng chọn tệp CSV.", en: "Choose a CSV file.")
    static let programmeImportError = L(
        vi: "{0}. Không có dữ liệu nào được ghi; sửa tệp rồi nhập lại.",
        en: "{0}. Nothing was written; fix the file and try again.")
    static let programmeImported = L(
        vi: "Đã nhập {0}: {1} nội dung mới, {2} cập nhật, {3} không đổi.",
        en: "Imported {0}: {1} new, {2} updated, {3} unchanged.")
}
