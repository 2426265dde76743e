import Foundation

/// The UnitReports module's interface strings (the catalogue `T` is one type, split by module).
extension T {
    // MARK: Reports from units (chế độ báo cáo)
    static let reportRequestsTitle = L(vi: "Yêu cầu báo cáo", en: "Report requests")
    static let reportRequestsLead = L(
        vi: "Yêu cầu báo cáo gửi các đơn vị (định kỳ, chuyên đề, đột xuất), tình hình gửi báo cáo tính đến hôm nay.",
        en: "Requests for reports sent to units (periodic, thematic, ad hoc) and who has sent them, as of today.")
    static let reportsMineTitle = L(vi: "Báo cáo của đơn vị", en: "My unit's reports")
    static let reportsMineLead = L(
        vi: "Các yêu cầu báo cáo gửi đơn vị của bạn: hạn gửi, trạng thái; bấm “Gửi báo cáo” để gửi tệp hoặc nhập nội dung.",
        en: "Requests addressed to your unit: deadlines and status; open one to send files or write the report.")
    static let reportsMineEmptyTitle = L(vi: "Chưa có yêu cầu báo cáo nào gửi đơn vị", en: "No report requests for your unit")
    static let reportsMineEmptyText = L(
        vi: "Khi Văn phòng UBND tỉnh gửi yêu cầu báo cáo, yêu cầu sẽ hiện ở đây và trong trang Việc cần làm, kèm hạn gửi.",
        en: "When the office asks your unit for a report it appears here and in your inbox, with its deadline.")
    static let reportRequestsEmptyTitle = L(vi: "Chưa có yêu cầu báo cáo nào", en: "No report requests yet")
    static let reportRequestsEmptyText = L(
        vi:
            "Tạo yêu cầu báo cáo đầu tiên (như công văn đề nghị các sở, ngành, UBND cấp huyện báo cáo kiểm điểm trước một ngày), hoặc thiết lập chế độ báo cáo định kỳ để hệ thống tự tạo yêu cầu mỗi kỳ.",
        en:
            "Create the first request (e.g. a letter asking every department and district for its review by a date), or set up a periodic regime that creates a request every period."
    )
    static let reportRequestsNoMatch = L(
        vi: "Không có yêu cầu nào khớp bộ lọc. Thử bỏ bớt điều kiện hoặc đổi năm.",
        en: "No request matches. Try fewer filters or another year.")
    static let reportClearFilters = L(vi: "Bỏ bộ lọc", en: "Clear filters")
    static let reportRequestsCount = L(vi: "{0} yêu cầu", en: "{0} requests")
    static let reportAsOfToday = L(vi: "tình hình tính đến ngày {0}", en: "status as of {0}")
    static let reportNew = L(vi: "Tạo yêu cầu báo cáo", en: "New report request")
    static let reportNewLead = L(
        vi:
            "Yêu cầu báo cáo chuyên đề hoặc đột xuất: gửi đến từng đơn vị hoặc tất cả đơn vị cùng loại, kèm đề cương và biểu mẫu. Báo cáo định kỳ do chế độ báo cáo tự tạo.",
        en:
            "A thematic or ad hoc request to chosen units or all units of a kind, with its outline and forms. Periodic ones come from a regime."
    )
    static let reportSend = L(vi: "Gửi yêu cầu", en: "Send the request")
    static let reportCreated = L(vi: "Đã gửi yêu cầu báo cáo đến {0} đơn vị.", en: "Request sent to {0} units.")
    static let reportLegendRequest = L(vi: "Yêu cầu và văn bản", en: "Request and document")
    static let reportLegendPeriod = L(vi: "Kỳ báo cáo và thời hạn", en: "Period and deadline")
    static let reportFieldKind = L(vi: "Loại báo cáo", en: "Kind")
    static let reportFieldTitle = L(vi: "Tên báo cáo", en: "Title")
    static let reportFieldNotation = L(vi: "Văn bản yêu cầu (số, ký hiệu)", en: "Issuing document (number)")
    static let reportFieldDocumentDate = L(vi: "Ngày văn bản", en: "Document date")
    static let reportFieldPeriod = L(vi: "Kỳ báo cáo", en: "Period")
    static let reportFieldWindow = L(vi: "Thời gian lấy số liệu", en: "Data window")
    static let reportFieldCutOff = L(vi: "Ngày chốt số liệu", en: "Data cut-off")
    static let reportFieldIssuedOn = L(vi: "Ngày gửi yêu cầu", en: "Requested on")
    static let reportFieldDeadline = L(vi: "Hạn gửi báo cáo", en: "Deadline")
    static let reportFieldRequester = L(vi: "Cơ quan yêu cầu", en: "Requested by")
    static let reportFieldRecipients = L(vi: "Đơn vị phải báo cáo", en: "Units to report")
    static let reportFieldOutline = L(vi: "Đề cương, nội dung yêu cầu", en: "Outline")
    static let reportFieldText = L(vi: "Nội dung báo cáo", en: "Report text")
    static let reportFieldReason = L(vi: "Lý do trả lại", en: "Reason for returning it")
    static let reportFieldYear = L(vi: "Năm", en: "Year")
    static let reportForms = L(vi: "Đề cương, biểu mẫu kèm theo", en: "Attached outline and forms")
    static let reportTitleHint = L(
        vi: "Như trên văn bản: Báo cáo kiểm điểm công tác chỉ đạo, điều hành năm 2020",
        en: "E.g. Review of direction and administration in 2020")
    static let reportNotationHint = L(
        vi: "Số, ký hiệu như 4049/UBND-TH; để trống nếu không có văn bản riêng", en: "E.g. 4049/UBND-TH; empty if none")
    static let reportDocumentDateHint = L(vi: "dd/mm/yyyy; để trống: hôm nay", en: "dd/mm/yyyy; empty: today")
    static let reportPeriodHint = L(vi: "Như trên văn bản: năm 2020; 6 tháng đầu năm 2021", en: "E.g. năm 2020")
    static let reportDeadlineHint = L(
        vi: "Một ngày (dd/mm/yyyy), hoặc “N ngày làm việc” tính từ ngày văn bản",
        en: "A date, or “N ngày làm việc” from the document date")
    static let reportOutlineHint = L(
        vi: "Các nội dung đơn vị cần báo cáo; xuống dòng để tách đoạn.", en: "What units must cover; one paragraph per line.")
    static let reportRecipientsHint = L(
        vi: "Chọn cả nhóm (mọi đơn vị cùng loại đang hoạt động vào ngày văn bản) và/hoặc từng đơn vị.",
        en: "Pick whole kinds (every unit of that kind open on the document date) and/or single units.")
    static let reportRecipientsAllOfKind = L(vi: "Tất cả: {0}", en: "All: {0}")
    static let reportRecipientsPick = L(vi: "Chọn từng đơn vị — {0}", en: "Pick units — {0}")
    static let reportKindPeriodic = L(vi: "Định kỳ", en: "Periodic")
    static let reportKindThematic = L(vi: "Chuyên đề", en: "Thematic")
    static let reportKindAdHoc = L(vi: "Đột xuất", en: "Ad hoc")
    static let reportStatusOnTime = L(vi: "Đã gửi đúng hạn", en: "Sent on time")
    static let reportStatusLate = L(vi: "Đã gửi quá hạn", en: "Sent late")
    static let reportStatusMissing = L(vi: "Chưa gửi, quá hạn", en: "Missing, overdue")
    static let reportStatusNotYetDue = L(vi: "Chưa gửi, còn hạn", en: "Not yet sent, not due")
    static let reportNotIssuedYet = L(vi: "chưa đến ngày yêu cầu", en: "not yet requested")
    static let reportWasReturned = L(vi: "đã bị trả lại", en: "returned")
    static let reportExpected = L(vi: "Phải gửi", en: "Expected")
    static let reportProgress = L(vi: "Tình hình gửi", en: "Progress")
    static let reportYourStatus = L(vi: "Trạng thái của đơn vị", en: "Your unit's status")
    static let reportOpenUnit = L(vi: "Xem", en: "View")
    static let reportCompleteness = L(vi: "Tỷ lệ đầy đủ", en: "Completeness")
    static let reportTimeliness = L(vi: "Tỷ lệ đúng hạn", en: "Timeliness")
    static let reportCompletenessFormula = L(vi: "Tỷ lệ đầy đủ (đã gửi / phải gửi)", en: "Completeness (sent / expected)")
    static let reportTimelinessFormula = L(
        vi: "Tỷ lệ đúng hạn (gửi đúng hạn / phải gửi)", en: "Timeliness (sent on time / expected)")
    static let reportSubmittedOf = L(vi: "{0}/{1} đã gửi", en: "{0}/{1} sent")
    static let reportStateOpen = L(vi: "Còn hạn", en: "Open")
    static let reportStateMissing = L(vi: "Có đơn vị chưa gửi, quá hạn", en: "Some units overdue")
    static let reportStateComplete = L(vi: "Đã đủ", en: "Complete")
    static let reportStateInvalid = L(vi: "Trạng thái không hợp lệ.", en: "Invalid status.")
    static let reportKindInvalid = L(
        vi: "Loại báo cáo không hợp lệ (chuyên đề hoặc đột xuất).", en: "Invalid kind (thematic or ad hoc).")
    static let reportKindPeriodicFromRegime = L(
        vi: "Báo cáo định kỳ do chế độ báo cáo định kỳ tự tạo; hãy chọn chuyên đề hoặc đột xuất.",
        en: "Periodic requests come from a regime; choose thematic or ad hoc.")
    static let reportKindOfUnitUnknown = L(vi: "Không có loại đơn vị “{0}”.", en: "No unit kind “{0}”.")
    static let reportYearInvalid = L(vi: "Năm không hợp lệ.", en: "Not a valid year.")
    static let reportYearHint = L(vi: "Theo hạn gửi", en: "By deadline")
    static let reportTitleRequired = L(vi: "Vui lòng nhập tên báo cáo.", en: "Enter the title.")
    static let reportTitleTooLong = L(vi: "Tên báo cáo dài quá 500 ký tự.", en: "The title is longer than 500 characters.")
    static let reportNotationUnreadable = L(
        vi: "Không đọc được số, ký hiệu “{0}”; hãy viết dạng 4049/UBND-TH.", en: "Cannot read “{0}”; write e.g. 4049/UBND-TH.")
    static let reportIssuedInFuture = L(
        vi: "Ngày văn bản không được sau hôm nay.", en: "The document date cannot be after today.")
    static let reportDeadlineRequired = L(vi: "Vui lòng nhập hạn gửi báo cáo.", en: "Enter the deadline.")
    static let reportDeadlineInvalid = L(
        vi: "Hạn gửi phải là ngày dd/mm/yyyy hoặc “N ngày làm việc”.", en: "The deadline must be a date or “N ngày làm việc”.")
    static let reportWorkingDaysRange = L(
        vi: "Số ngày làm việc phải từ 1 đến 365.", en: "Working days must be between 1 and 365.")
    static let reportDeadlineBeforeIssue = L(
        vi: "Hạn gửi không được trước ngày văn bản ({0}).", en: "The deadline cannot be before the document date ({0}).")
    static let reportCutOffAfterDeadline = L(
        vi: "Ngày chốt số liệu không được sau hạn gửi.", en: "The cut-off cannot be after the deadline.")
    static let reportRequesterRequired = L(vi: "Vui lòng chọn cơ quan yêu cầu báo cáo.", en: "Choose who requests the report.")
    static let reportRecipientsRequired = L(
        vi: "Vui lòng chọn ít nhất một đơn vị hoặc một nhóm đơn vị phải báo cáo.", en: "Choose at least one unit or kind of unit."
    )
    static let reportRecipientsNoneOpen = L(
        vi: "Không có đơn vị nào đã chọn còn hoạt động vào ngày {0}.", en: "None of the chosen units was open on {0}.")
    static let reportOutlineTooLong = L(
        vi: "Đề cương dài quá 20.000 ký tự; hãy đính kèm thành tệp.",
        en: "The outline is longer than 20,000 characters; attach it as a file.")
    static let reportMaTaken = L(vi: "Mã “{0}” đã được dùng.", en: "“{0}” is already used.")
    static let reportUnitRequired = L(vi: "Vui lòng cho biết đơn vị (mã đơn vị).", en: "Give the unit (its code).")
    static let reportDocumentLead = L(vi: "Văn bản {0}", en: "Document {0}")
    static let reportDaysLeft = L(vi: "còn {0} ngày", en: "{0} days left")
    static let reportDaysPast = L(vi: "đã qua {0} ngày", en: "{0} days ago")
    static let reportUnitsCount = L(vi: "{0} đơn vị", en: "{0} units")
    static let reportGridTitle = L(vi: "Tình hình gửi báo cáo của các đơn vị", en: "Who has sent their report")
    static let reportGridLead = L(
        vi: "Tính đến hôm nay {0}. Đơn vị chưa gửi, quá hạn ở đầu danh sách; mỗi trạng thái có màu và chữ.",
        en: "As of today {0}. Overdue units first; each status has a colour and words.")
    static let reportGridNoMatch = L(vi: "Không có đơn vị nào khớp bộ lọc.", en: "No unit matches.")
    static let reportFindUnit = L(vi: "Tìm đơn vị", en: "Find a unit")
    static let reportColNumber = L(vi: "TT", en: "#")
    static let reportColSentOn = L(vi: "Ngày gửi", en: "Sent on")
    static let reportColReport = L(vi: "Báo cáo", en: "Report")
    static let reportColReminders = L(vi: "Nhắc nhở", en: "Reminders")
    static let reportHasText = L(vi: "Có nội dung nhập trực tiếp ({0} ký tự)", en: "Written text ({0} characters)")
    static let reportRemindersCount = L(vi: "{0} lần, gần nhất {1}", en: "{0}, last {1}")
    static let reportDownloadZip = L(vi: "Tải tất cả báo cáo (ZIP)", en: "Download all (ZIP)")
    static let reportRemindNow = L(vi: "Nhắc các đơn vị chưa gửi", en: "Remind units that have not sent")
    static let reportRemindConfirm = L(
        vi: "Ghi nhắc nhở (và gửi thư nếu đã cấu hình) cho {0} đơn vị chưa gửi báo cáo?",
        en: "Remind the {0} units that have not sent it?")
    static let reportReminded = L(vi: "Đã ghi nhắc nhở cho {0} đơn vị.", en: "Reminded {0} units.")
    static let reportRemindMailed = L(vi: "Đã gửi {0} thư.", en: "{0} e-mails sent.")
    static let reportRemindNone = L(
        vi: "Không có đơn vị nào cần nhắc thêm hôm nay (mỗi đơn vị được nhắc trực tiếp tối đa một lần mỗi ngày).",
        en: "Nobody left to remind today (at most one direct reminder per unit a day).")
    static let reportRemindMailOn = L(
        vi: "Nhắc nhở được ghi nhận và gửi thư điện tử đến cán bộ của đơn vị có địa chỉ thư.",
        en: "Reminders are recorded and e-mailed to the unit's officers who have an address.")
    static let reportRemindMailOff = L(
        vi: "Chưa cấu hình máy chủ thư: nhắc nhở chỉ được ghi nhận và hiển thị cho đơn vị (trang Việc cần làm).",
        en: "No mail relay configured: reminders are recorded and shown to the unit only.")
    static let reportCurrent = L(vi: "Báo cáo đang có hiệu lực", en: "The report in force")
    static let reportNothingSent = L(vi: "Đơn vị chưa gửi báo cáo.", en: "Nothing sent yet.")
    static let reportSubmit = L(vi: "Gửi báo cáo", en: "Send the report")
    static let reportReplace = L(vi: "Thay thế báo cáo đã gửi", en: "Replace the report")
    static let reportReplaceHint = L(
        vi: "Bản mới thay cho bản đã gửi; ngày gửi vẫn tính là {0}. Chỉ thay thế được trước khi hết hạn.",
        en: "The new version replaces the one sent; it still counts as sent on {0}. Only before the deadline.")
    static let reportReplaceAfterDeadline = L(
        vi: "Báo cáo đã gửi và đã quá hạn nên không thể thay thế. Nếu cần sửa, đề nghị Văn phòng trả lại báo cáo để gửi lại.",
        en: "The report was sent and the deadline has passed: it cannot be replaced. Ask the office to return it.")
    static let reportTextHint = L(
        vi: "Nhập nội dung báo cáo và/hoặc đính kèm tệp; cần ít nhất một trong hai.",
        en: "Write the report and/or attach files; at least one.")
    static let reportSubmissionEmpty = L(
        vi: "Vui lòng nhập nội dung báo cáo hoặc đính kèm ít nhất một tệp.", en: "Write the report or attach at least one file.")
    static let reportSubmissionTooLong = L(
        vi: "Nội dung dài quá giới hạn; hãy đính kèm thành tệp.", en: "Too long; attach it as a file.")
    static let reportSubmitted = L(vi: "Đã ghi nhận báo cáo của {0}.", en: "Report of {0} recorded.")
    static let reportReturn = L(vi: "Trả lại báo cáo", en: "Return the report")
    static let reportReturnHint = L(
        vi: "Đơn vị phải gửi lại; nếu đã quá hạn, đơn vị bị tính là chưa gửi cho đến khi gửi lại (gửi lại sẽ tính là quá hạn).",
        en: "The unit must send it again; after the deadline it counts as missing until it does (and then late).")
    static let reportReturnReasonRequired = L(vi: "Vui lòng nêu lý do trả lại.", en: "Give the reason.")
    static let reportNothingToReturn = L(vi: "Đơn vị chưa có báo cáo nào để trả lại.", en: "There is no report to return.")
    static let reportReturned = L(vi: "Đã trả lại báo cáo của {0}.", en: "Report of {0} returned.")
    static let reportReturnReason = L(vi: "Lý do: {0}", en: "Reason: {0}")
    static let reportHistory = L(vi: "Quá trình gửi, nhận", en: "History")
    static let reportHistoryEmpty = L(vi: "Chưa có bước nào.", en: "No steps yet.")
    static let reportStepSubmitted = L(vi: "Gửi báo cáo", en: "Sent")
    static let reportStepReplaced = L(vi: "Thay thế báo cáo", en: "Replaced")
    static let reportStepReturned = L(vi: "Trả lại báo cáo", en: "Returned")
    static let reportEmailInvalid = L(vi: "Địa chỉ thư không hợp lệ.", en: "Not a valid e-mail address.")
    static let regimesTitle = L(vi: "Chế độ báo cáo định kỳ", en: "Periodic reporting regimes")
    static let regimeTitleSingular = L(vi: "Chế độ báo cáo", en: "Regime")
    static let regimesLead = L(
        vi:
            "Mỗi chế độ tự tạo yêu cầu báo cáo cho từng kỳ, với thời gian chốt số liệu theo Nghị định 09/2019/NĐ-CP và hạn gửi theo quy tắc riêng.",
        en: "Each regime creates a request per period, with the Decree 09 cut-off and its own deadline rule.")
    static let regimesEmptyTitle = L(vi: "Chưa có chế độ báo cáo định kỳ", en: "No periodic regime yet")
    static let regimesEmptyText = L(
        vi:
            "Thêm một chế độ (như báo cáo tình hình kinh tế - xã hội hằng tháng, hạn 2 ngày làm việc sau ngày chốt số liệu) để hệ thống tự tạo yêu cầu mỗi kỳ và nhắc đơn vị.",
        en:
            "Add one (e.g. the monthly socio-economic report, due 2 working days after the cut-off) and requests are created every period."
    )
    static let regimeNew = L(vi: "Thêm chế độ báo cáo", en: "New regime")
    static let regimeNewLead = L(
        vi: "Kỳ báo cáo, quy tắc tính hạn và đơn vị phải báo cáo; hệ thống tạo yêu cầu cho từng kỳ khi kỳ bắt đầu lấy số liệu.",
        en: "Period, deadline rule and units; a request is created for each period when its data window opens.")
    static let regimeCreate = L(vi: "Lưu và bắt đầu", en: "Save and start")
    static let regimeCreated = L(
        vi: "Đã thêm chế độ báo cáo; đã tạo {0} yêu cầu cho các kỳ đã bắt đầu.",
        en: "Regime added; {0} requests created for periods already open.")
    static let regimeDetailLead = L(
        vi: "Yêu cầu của từng kỳ được tạo khi kỳ bắt đầu lấy số liệu (ngày 15 của tháng trước).",
        en: "Each period's request is created when its data window opens (the 15th of the month before).")
    static let regimeLegendSchedule = L(vi: "Kỳ báo cáo và hạn gửi", en: "Period and deadline")
    static let regimeWindowsHint = L(
        vi:
            "Thời gian chốt số liệu (Nghị định 09/2019/NĐ-CP): tháng từ ngày 15 tháng trước đến 14; quý từ 15 tháng trước quý đến 14 tháng cuối quý; 6 tháng, 9 tháng, năm từ 15/12 năm trước đến 14/6, 14/9, 14/12.",
        en:
            "Cut-off windows (Decree 09/2019): a month runs 15th–14th; a quarter from the 15th of the month before; 6 months, 9 months and the year from 15/12 of the year before to 14/6, 14/9, 14/12."
    )
    static let regimeFieldFrequency = L(vi: "Kỳ báo cáo", en: "Frequency")
    static let regimeFieldRule = L(vi: "Cách tính hạn gửi", en: "Deadline rule")
    static let regimeFieldRuleDays = L(vi: "Số ngày làm việc sau ngày chốt", en: "Working days after the cut-off")
    static let regimeFieldRuleDay = L(vi: "Ngày cố định trong tháng", en: "Fixed day of the month")
    static let regimeFieldRuleMonths = L(vi: "Tháng của ngày cố định", en: "Month of the fixed day")
    static let regimeFieldFirst = L(vi: "Kỳ đầu tiên", en: "First period")
    static let regimeFieldLast = L(vi: "Kỳ cuối cùng", en: "Last period")
    static let regimeFieldNotation = L(vi: "Văn bản quy định chế độ báo cáo", en: "Document establishing the regime")
    static let regimeTitleHint = L(
        vi: "Tên kỳ được thêm vào sau: “Báo cáo tình hình kinh tế - xã hội” → “… tháng 5 năm 2026”",
        en: "The period is appended, e.g. “… tháng 5 năm 2026”")
    static let regimeFirstHint = L(
        vi: "Mã kỳ: 2026-M12 (tháng), 2026-Q4 (quý), 2027-H1 (6 tháng), 2026-9M, 2026 (năm); để trống: kỳ hiện tại",
        en: "Period code: 2026-M12, 2026-Q4, 2027-H1, 2026-9M, 2026; empty: the current one")
    static let regimeLastHint = L(vi: "Để trống nếu không có kỳ kết thúc", en: "Empty if it does not end")
    static let regimeRuleKindWorkingDays = L(vi: "N ngày làm việc sau ngày chốt số liệu", en: "N working days after the cut-off")
    static let regimeRuleKindFixedDay = L(
        vi: "Ngày cố định (ngày nghỉ lùi sang ngày làm việc kế tiếp)", en: "A fixed day (moved off days off)")
    static let regimeRuleDaysHint = L(vi: "Dùng với cách tính theo ngày làm việc; 1–60", en: "For working days; 1–60")
    static let regimeRuleDayHint = L(
        vi: "Dùng với ngày cố định; trong tháng chốt phải từ ngày 15",
        en: "For a fixed day; in the cut-off month the 15th or later")
    static let regimeMonthsSame = L(vi: "Tháng chốt số liệu", en: "The cut-off month")
    static let regimeMonthsNext = L(vi: "Tháng sau tháng chốt", en: "The month after")
    static let regimeMonthsSecond = L(vi: "Tháng thứ hai sau tháng chốt", en: "Two months after")
    static let regimeRuleWorkingDays = L(vi: "{0} ngày làm việc sau ngày chốt số liệu", en: "{0} working days after the cut-off")
    static let regimeRuleDaySameMonth = L(vi: "Ngày {0} của tháng chốt số liệu", en: "Day {0} of the cut-off month")
    static let regimeRuleDayLaterMonth = L(
        vi: "Ngày {0} của tháng thứ {1} sau tháng chốt", en: "Day {0}, {1} month(s) after the cut-off")
    static let regimeFrequencyRequired = L(vi: "Vui lòng chọn kỳ báo cáo.", en: "Choose the frequency.")
    static let regimeRuleInvalid = L(vi: "Cách tính hạn gửi không hợp lệ.", en: "Invalid deadline rule.")
    static let regimeWorkingDaysInvalid = L(
        vi: "Số ngày làm việc phải từ 1 đến {0}.", en: "Working days must be between 1 and {0}.")
    static let regimeFixedDayInvalid = L(
        vi: "Ngày cố định phải từ 1 đến 31, và sau ngày chốt (từ ngày 15) nếu trong tháng chốt số liệu.",
        en: "The fixed day must be 1–31, and the 15th or later in the cut-off month.")
    static let regimePeriodCodeInvalid = L(
        vi: "Mã kỳ không hợp lệ; dùng 2026-M05, 2026-Q2, 2026-H1, 2026-9M hoặc 2026.",
        en: "Invalid period; use 2026-M05, 2026-Q2, 2026-H1, 2026-9M or 2026.")
    static let regimePeriodKindMismatch = L(
        vi: "Mã kỳ không cùng loại với kỳ báo cáo đã chọn.", en: "The period is not of the chosen frequency.")
    static let regimeStartTooEarly = L(
        vi: "Kỳ đầu tiên lùi quá xa (hơn một năm); các kỳ đã qua đều sẽ bị tính là chưa gửi.",
        en: "The first period is more than a year back.")
    static let regimeLastBeforeFirst = L(
        vi: "Kỳ cuối cùng phải sau kỳ đầu tiên.", en: "The last period must come after the first.")
    static let regimeFirstRequired = L(vi: "Vui lòng nhập kỳ đầu tiên.", en: "Enter the first period.")
    static let regimeActive = L(vi: "Đang áp dụng", en: "Active")
    static let regimeStopped = L(vi: "Đã dừng", en: "Stopped")
    static let regimeStop = L(vi: "Dừng chế độ báo cáo", en: "Stop the regime")
    static let regimeResume = L(vi: "Áp dụng lại", en: "Resume")
    static let regimeStopConfirm = L(
        vi: "Dừng tạo yêu cầu cho các kỳ sau? Các yêu cầu đã tạo vẫn giữ nguyên.",
        en: "Stop creating requests? Existing ones stay.")
    static let regimeStoppedFlash = L(vi: "Đã dừng chế độ báo cáo.", en: "Regime stopped.")
    static let regimeResumed = L(vi: "Đã áp dụng lại chế độ báo cáo.", en: "Regime resumed.")
    static let regimeNoEnd = L(vi: "Không có kỳ kết thúc", en: "No end")
    static let regimeSeeRequests = L(vi: "Các yêu cầu đã tạo ({0})", en: "Requests made ({0})")
    static let regimeUpcoming = L(vi: "Các kỳ sắp tới", en: "Next periods")
    static let regimeUpcomingLead = L(
        vi: "Hạn gửi tính theo lịch làm việc (cuối tuần, ngày lễ, Tết và ngày nghỉ do quản trị nhập).",
        en: "Deadlines follow the working-day calendar.")
    static let regimeNoUpcoming = L(vi: "Chế độ đã hết kỳ.", en: "No more periods.")
    static let frequencyMonth = L(vi: "Hằng tháng", en: "Monthly")
    static let frequencyQuarter = L(vi: "Hằng quý", en: "Quarterly")
    static let frequencyHalfYear = L(vi: "6 tháng", en: "6 months")
    static let frequencyNineMonths = L(vi: "9 tháng", en: "9 months")
    static let frequencyYear = L(vi: "Hằng năm", en: "Yearly")
    static let scorecardTitle = L(vi: "Xếp hạng gửi báo cáo", en: "Reporting ranking")
    static let scorecardLead = L(
        vi:
            "Mỗi đơn vị trong năm: số báo cáo phải gửi (yêu cầu có hạn gửi trong năm, đã qua hạn tại ngày chốt), đã gửi đúng hạn, quá hạn, chưa gửi; xếp theo tỷ lệ đúng hạn, rồi tỷ lệ đầy đủ.",
        en:
            "Per unit over the year: reports due (deadline in the year, past at the cut-off), sent on time, late, missing; ranked by timeliness, then completeness."
    )
    static let scorecardAsOfHint = L(vi: "Để trống: hôm nay (năm đã qua: 31/12)", en: "Empty: today (a past year: 31/12)")
    static let scorecardHeadline = L(
        vi: "{0} yêu cầu, {1} báo cáo phải gửi trong năm {2}, tính đến ngày {3}.",
        en: "{0} requests, {1} reports due in {2}, as of {3}.")
    static let scorecardEmptyTitle = L(vi: "Chưa có báo cáo nào đến hạn", en: "No report due yet")
    static let scorecardEmptyText = L(
        vi: "Năm {0} chưa có yêu cầu báo cáo nào đã qua hạn gửi tính đến ngày {1}. Chọn năm khác, hoặc xem danh sách yêu cầu.",
        en: "No request of {0} was past its deadline on {1}. Choose another year.")
    static let remindersTitle = L(vi: "Nhắc nhở gửi báo cáo", en: "Reminders")
    static let remindersLead = L(
        vi:
            "Nhắc nhở đã ghi cho đơn vị chưa gửi báo cáo: tự động trước và sau hạn gửi (theo số ngày làm việc cấu hình), hoặc do Văn phòng nhắc trực tiếp.",
        en: "Reminders recorded for units that had not sent a report: automatic before and after the deadline, or by the office.")
    static let remindersEmptyTitle = L(vi: "Chưa có nhắc nhở nào", en: "No reminders yet")
    static let remindersEmptyText = L(
        vi:
            "Hệ thống tự ghi nhắc nhở trước và sau hạn gửi cho đơn vị chưa gửi báo cáo; Văn phòng cũng có thể nhắc trực tiếp từ trang của từng yêu cầu.",
        en:
            "Reminders are recorded before and after each deadline for units that have not sent; the office can also remind from a request's page."
    )
    static let reminderBefore = L(vi: "Nhắc trước hạn", en: "Before the deadline")
    static let reminderAfter = L(vi: "Nhắc quá hạn", en: "After the deadline")
    static let reminderManual = L(vi: "Văn phòng nhắc trực tiếp", en: "By the office")
    static let reminderColWhen = L(vi: "Thời điểm", en: "When")
    static let reminderColKind = L(vi: "Loại nhắc", en: "Kind")
    static let reminderColMail = L(vi: "Thư điện tử", en: "E-mail")
    static let mailNotConfigured = L(vi: "Chỉ ghi nhận (chưa cấu hình máy chủ thư)", en: "Recorded only (no mail relay)")
    static let mailNoAddress = L(vi: "Đơn vị chưa có địa chỉ thư", en: "No address for the unit")
    static let mailPending = L(vi: "Đang chờ gửi thư", en: "Waiting to be sent")
    static let mailSent = L(vi: "Đã gửi thư tới {0}", en: "E-mailed to {0}")
    static let mailFailed = L(vi: "Gửi thư lỗi", en: "E-mail failed")
    static let inboxReports = L(vi: "Báo cáo phải gửi", en: "Reports to send")
    static let inboxReportsEmpty = L(
        vi: "Không có báo cáo nào quá hạn hoặc sắp đến hạn trong 3 ngày làm việc tới.",
        en: "No report overdue or due in the next 3 working days.")
    static let reportsIndexRequestsLead = L(
        vi:
            "Yêu cầu báo cáo gửi đơn vị, tình hình gửi (ai chậm, ai thiếu), nhắc nhở, tải tất cả báo cáo để tổng hợp; chế độ báo cáo định kỳ và xếp hạng đơn vị.",
        en: "Requests to units, who is late, reminders, one ZIP for consolidation; periodic regimes and the ranking.")
}
