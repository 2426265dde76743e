import Foundation

/// The Organisation module's interface strings (the catalogue `T` is one type, split by module).
extension T {
    // MARK: Units
    static let unitsTitle = L(vi: "Cây đơn vị", en: "Unit tree")
    static let unitsLead = L(
        vi: "Các cơ quan giao và nhận nhiệm vụ; đơn vị đã sáp nhập giữ lịch sử dưới tên cũ.",
        en: "Bodies that assign and receive tasks; merged units keep their history under their old name.")
    static let unitsNew = L(vi: "Thêm đơn vị", en: "New unit")
    static let unitsNewChild = L(vi: "Thêm đơn vị trực thuộc", en: "Add a sub-unit")
    static let unitsShowClosed = L(vi: "Hiện cả đơn vị đã đóng", en: "Show closed units too")
    static let unitsCount = L(vi: "{0} đơn vị", en: "{0} units")
    static let unitsEmptyTitle = L(vi: "Chưa có đơn vị nào", en: "No units yet")
    static let unitsEmptyAdmin = L(
        vi: "Tạo đơn vị đầu tiên (như UBND tỉnh), rồi đến các đơn vị trực thuộc.",
        en: "Create the first unit (the provincial committee, say), then the units under it.")
    static let unitsEmptyOther = L(
        vi: "Quản trị hệ thống chưa tạo cây đơn vị. Vui lòng liên hệ quản trị.",
        en: "The administrator has not created the unit tree yet.")
    static let unitOpen = L(vi: "Đang hoạt động", en: "Active")
    static let unitClosedOn = L(vi: "Đã đóng, hoạt động đến {0}", en: "Closed, active until {0}")
    static let unitChildren = L(vi: "Đơn vị trực thuộc", en: "Sub-units")
    static let unitNoChildren = L(vi: "Không có đơn vị trực thuộc.", en: "No sub-units.")
    static let unitUsers = L(vi: "Người dùng của đơn vị", en: "Users of this unit")
    static let unitNoUsers = L(vi: "Chưa có người dùng nào thuộc đơn vị này.", en: "No users belong to this unit yet.")
    static let unitPredecessors = L(vi: "Kế thừa từ", en: "Successor of")
    static let unitNoParent = L(vi: "— Không có (đơn vị gốc) —", en: "— None (a root unit) —")
    static let unitNoSuccessor = L(vi: "— Không có —", en: "— None —")
    static let unitCodeHint = L(
        vi: "Chữ không dấu, số và . _ -, như SNV, X-DT. Dùng trong tệp nhập dữ liệu.",
        en: "Letters, digits and . _ -; e.g. SNV, X-DT. Used by import files.")
    static let unitEditTitle = L(vi: "Sửa đơn vị: {0}", en: "Edit unit: {0}")
    static let unitCloseTitle = L(vi: "Đóng đơn vị: {0}", en: "Close unit: {0}")
    static let unitCloseLead = L(
        vi:
            "Đơn vị bị giải thể hoặc sáp nhập. Lịch sử vẫn giữ dưới tên cũ; đơn vị trực thuộc và người dùng chuyển sang đơn vị kế thừa.",
        en: "The unit is dissolved or merged. Its history stays under its name; sub-units and users move to the successor.")
    static let unitCloseAction = L(vi: "Đóng đơn vị", en: "Close unit")
    static let unitSuccessorHint = L(
        vi: "Đơn vị tiếp nhận công việc khi sáp nhập. Bắt buộc nếu còn đơn vị trực thuộc đang hoạt động.",
        en: "The unit that takes over the work. Required while sub-units are still active.")
    static let unitCreated = L(vi: "Đã tạo đơn vị “{0}”.", en: "Unit “{0}” created.")
    static let unitSaved = L(vi: "Đã lưu đơn vị “{0}”.", en: "Unit “{0}” saved.")
    static let unitClosed = L(vi: "Đã đóng đơn vị “{0}”.", en: "Unit “{0}” closed.")
    static let unitCodeRequired = L(vi: "Vui lòng nhập mã đơn vị.", en: "Enter the unit code.")
    static let unitCodeInvalid = L(
        vi: "Mã đơn vị chỉ gồm chữ không dấu, số và . _ - (tối đa 40 ký tự).",
        en: "The code may only hold letters, digits and . _ - (40 at most).")
    static let unitCodeTaken = L(vi: "Mã “{0}” đã được dùng cho đơn vị khác.", en: "Code “{0}” is already used by another unit.")
    static let unitNameRequired = L(vi: "Vui lòng nhập tên đơn vị.", en: "Enter the unit name.")
    static let unitNameTooLong = L(vi: "Tên đơn vị dài quá 300 ký tự.", en: "The unit name is longer than 300 characters.")
    static let unitKindInvalid = L(vi: "Vui lòng chọn loại đơn vị.", en: "Choose the kind of unit.")
    static let unitParentMissing = L(vi: "Đơn vị cấp trên không tồn tại.", en: "The parent unit does not exist.")
    static let unitParentClosed = L(vi: "Đơn vị “{0}” đã đóng, không thể chọn.", en: "Unit “{0}” is closed and cannot be chosen.")
    static let unitParentCycle = L(
        vi: "Không thể chuyển đơn vị vào dưới chính nó hoặc đơn vị trực thuộc của nó.",
        en: "A unit cannot be moved under itself or one of its sub-units.")
    static let unitAlreadyClosed = L(vi: "Đơn vị này đã đóng.", en: "This unit is already closed.")
    static let unitCloseDateRequired = L(vi: "Vui lòng nhập ngày cuối hoạt động.", en: "Enter the last day of activity.")
    static let unitCloseBeforeStart = L(
        vi: "Ngày đóng không được trước ngày bắt đầu hoạt động ({0}).",
        en: "The closing day cannot be before the unit started ({0}).")
    static let unitSuccessorMissing = L(vi: "Đơn vị kế thừa không tồn tại.", en: "The successor unit does not exist.")
    static let unitSuccessorInside = L(
        vi: "Đơn vị kế thừa không được là chính đơn vị này hoặc đơn vị trực thuộc nó.",
        en: "The successor cannot be the unit itself or one of its sub-units.")
    static let unitSuccessorClosed = L(vi: "Đơn vị kế thừa đã đóng.", en: "The successor unit is closed.")
    static let unitHasOpenChildren = L(
        vi: "Còn {0} đơn vị trực thuộc đang hoạt động: hãy chọn đơn vị kế thừa để chuyển sang, hoặc đóng chúng trước.",
        en: "{0} sub-units are still active: choose a successor to move them to, or close them first.")

    // MARK: Users
    static let usersTitle = L(vi: "Người dùng", en: "Users")
    static let usersLead = L(vi: "Tài khoản, vai trò và đơn vị của từng người.", en: "Accounts, roles and units.")
    static let usersNew = L(vi: "Thêm người dùng", en: "New user")
    static let usersEmptyTitle = L(vi: "Chưa có người dùng nào khác", en: "No other users yet")
    static let usersEmptyText = L(
        vi: "Thêm tài khoản cho chuyên viên, lãnh đạo và cán bộ các đơn vị.",
        en: "Add accounts for office staff, leaders and unit officers.")
    static let usersNoMatch = L(vi: "Không có người dùng nào khớp bộ lọc.", en: "No user matches the filters.")
    static let userEditTitle = L(vi: "Người dùng: {0}", en: "User: {0}")
    static let userActive = L(vi: "Đang hoạt động", en: "Active")
    static let userInactive = L(vi: "Đã khóa", en: "Deactivated")
    static let userNoUnit = L(vi: "— Không thuộc đơn vị —", en: "— No unit —")
    static let userUsernameHint = L(
        vi: "3–40 ký tự: chữ thường không dấu, số và . _ -", en: "3–40 characters: lower-case letters, digits and . _ -")
    static let userRoleHint = L(
        vi: "Cán bộ đơn vị chỉ xem và cập nhật việc của đơn vị mình và đơn vị trực thuộc.",
        en: "A unit officer sees and updates only their unit's and its sub-units' items.")
    static let userUnitHint = L(vi: "Bắt buộc với cán bộ đơn vị.", en: "Required for unit officers.")
    static let userPasswordHint = L(
        vi: "Để trống để hệ thống tạo mật khẩu ngẫu nhiên (hiện một lần).",
        en: "Leave empty to generate a random password (shown once).")
    static let userAccountActions = L(vi: "Tài khoản", en: "Account")
    static let userResetPassword = L(vi: "Đặt lại mật khẩu", en: "Reset password")
    static let userResetConfirm = L(
        vi: "Đặt lại mật khẩu của {0}? Mật khẩu cũ sẽ không dùng được nữa.",
        en: "Reset {0}'s password? The old one will stop working.")
    static let userDeactivate = L(vi: "Khóa tài khoản", en: "Deactivate")
    static let userDeactivateConfirm = L(
        vi: "Khóa tài khoản {0}? Người này sẽ không đăng nhập được nữa.",
        en: "Deactivate {0}? They will no longer be able to sign in.")
    static let userActivate = L(vi: "Mở khóa tài khoản", en: "Activate")
    static let userSaved = L(vi: "Đã lưu người dùng {0}.", en: "User {0} saved.")
    static let userActivated = L(vi: "Đã mở khóa tài khoản {0}.", en: "{0} activated.")
    static let userDeactivated = L(vi: "Đã khóa tài khoản {0}.", en: "{0} deactivated.")
    static let userUsernameInvalid = L(
        vi: "Tên đăng nhập gồm 3–40 ký tự: chữ thường không dấu, số và . _ -",
        en: "The user name must be 3–40 lower-case letters, digits or . _ -")
    static let userUsernameTaken = L(vi: "Tên đăng nhập “{0}” đã có người dùng.", en: "User name “{0}” is taken.")
    static let userFullNameRequired = L(vi: "Vui lòng nhập họ và tên.", en: "Enter the full name.")
    static let userFullNameTooLong = L(vi: "Họ và tên dài quá 200 ký tự.", en: "The full name is longer than 200 characters.")
    static let userRoleInvalid = L(vi: "Vui lòng chọn vai trò.", en: "Choose a role.")
    static let userUnitMissing = L(vi: "Đơn vị không tồn tại.", en: "The unit does not exist.")
    static let userUnitRequired = L(vi: "Cán bộ đơn vị phải thuộc một đơn vị.", en: "A unit officer must belong to a unit.")
    static let userLastAdmin = L(
        vi: "Đây là quản trị viên cuối cùng đang hoạt động; hãy chỉ định quản trị viên khác trước.",
        en: "This is the last active administrator; appoint another one first.")
    static let userCannotResetSelf = L(
        vi: "Mật khẩu của chính mình đổi ở trang Tài khoản của tôi (cần mật khẩu hiện tại).",
        en: "Change your own password on the My account page (it asks for the current one).")
    static let userCannotDeactivateSelf = L(
        vi: "Không thể tự khóa tài khoản của mình.", en: "You cannot deactivate your own account.")

    // MARK: Passwords and profile
    static let profileTitle = L(vi: "Tài khoản của tôi", en: "My account")
    static let passwordChangeTitle = L(vi: "Đổi mật khẩu", en: "Change password")
    static let passwordCurrent = L(vi: "Mật khẩu hiện tại", en: "Current password")
    static let passwordNew = L(vi: "Mật khẩu mới", en: "New password")
    static let passwordConfirm = L(vi: "Nhập lại mật khẩu mới", en: "Repeat the new password")
    static let passwordPolicy = L(
        vi: "Ít nhất 10 ký tự; tránh mật khẩu phổ biến và tên đăng nhập. Một câu ngắn dễ nhớ là mật khẩu tốt.",
        en: "At least 10 characters; no common password and not your user name. A short sentence you remember works well.")
    static let passwordTooShort = L(vi: "Mật khẩu cần ít nhất {0} ký tự.", en: "The password needs at least {0} characters.")
    static let passwordTooSimple = L(
        vi: "Mật khẩu lặp lại quá ít ký tự khác nhau; hãy chọn mật khẩu khó đoán hơn.",
        en: "The password repeats too few different characters; choose one that is harder to guess.")
    static let passwordCommon = L(
        vi: "Mật khẩu này quá phổ biến, dễ bị dò ra (như “matkhau123”, “admin123”); hãy chọn mật khẩu khác.",
        en: "This password is too common and easily guessed (like “password1”, “admin123”); choose another.")
    static let passwordHasUserName = L(
        vi: "Mật khẩu không được chứa tên đăng nhập.", en: "The password must not contain the user name.")
    static let passwordCurrentWrong = L(vi: "Mật khẩu hiện tại không đúng.", en: "The current password is wrong.")
    static let passwordMismatch = L(vi: "Hai lần nhập mật khẩu mới không khớp.", en: "The two new passwords differ.")
    static let passwordChanged = L(vi: "Đã đổi mật khẩu.", en: "Password changed.")
    static let passwordShownTitle = L(vi: "Mật khẩu mới", en: "New password")
    static let passwordShownLead = L(vi: "Tài khoản {0} đã sẵn sàng.", en: "Account {0} is ready.")
    static let passwordShownOnce = L(
        vi:
            "Hãy chuyển mật khẩu này cho người dùng qua kênh an toàn. Mật khẩu chỉ hiện một lần và không được lưu ở dạng đọc được.",
        en: "Hand this password over securely. It is shown once and not stored in readable form.")

    // MARK: Calendar
    static let navCalendar = L(vi: "Lịch làm việc", en: "Calendar")
    static let calendarTitle = L(vi: "Lịch làm việc năm {0}", en: "Working calendar {0}")
    static let calendarLead = L(
        vi:
            "Thời hạn “N ngày làm việc” tính theo lịch này: thứ Hai–thứ Sáu, trừ ngày lễ, Tết và ngày nghỉ bổ sung; cộng ngày làm bù.",
        en: "“N working days” deadlines follow this calendar: Monday–Friday less holidays and extra days off, plus make-up days.")
    static let calendarStatutory = L(
        vi: "Ngày lễ, Tết theo Bộ luật Lao động (tính sẵn, gồm ngày âm lịch)",
        en: "Statutory holidays (computed, lunar ones included)")
    static let calendarChanges = L(vi: "Ngày nghỉ bổ sung và ngày làm bù", en: "Extra days off and make-up working days")
    static let calendarNoChanges = L(
        vi: "Chưa có. Khi Thủ tướng công bố lịch nghỉ (như Tết 2026: 14/02–22/02/2026), hãy nhập ở đây.",
        en: "None yet. When the announced breaks are published (e.g. Tết 2026: 14/02–22/02/2026), enter them here.")
    static let calendarAdd = L(vi: "Thêm ngày", en: "Add days")
    static let calendarDayOff = L(vi: "Ngày nghỉ", en: "Day off")
    static let calendarMakeUp = L(vi: "Ngày làm bù", en: "Make-up working day")
    static let calendarToHint = L(vi: "Để trống nếu chỉ một ngày.", en: "Empty for a single day.")
    static let calendarNoteHint = L(
        vi: "Căn cứ, như “Nghỉ Tết Nguyên đán theo Thông báo …”.", en: "Why, e.g. the announcement.")
    static let calendarNoteRequired = L(vi: "Vui lòng ghi căn cứ.", en: "Say why.")
    static let calendarRangeReversed = L(vi: "Ngày kết thúc trước ngày bắt đầu.", en: "The end is before the start.")
    static let calendarRangeTooLong = L(vi: "Mỗi lần nhập tối đa 60 ngày.", en: "At most 60 days at a time.")
    static let calendarAdded = L(vi: "Đã thêm {0} ngày vào lịch.", en: "{0} days added.")
    static let actionDelete = L(vi: "Xóa", en: "Delete")
    static let exportCompletedOn = L(vi: "Ngày hoàn thành", en: "Completed on")
    static let exportDaysLate = L(vi: "Số ngày trễ", en: "Days late")
    /// A printed page's footer, in the office suites' codes (&P the page, &N the pages).
    static let exportPageFooter = L(vi: "Trang &P/&N", en: "Page &P of &N")
    static let actionDelegate = L(vi: "Giao cho đơn vị trực thuộc", en: "Delegate to a sub-unit")
    static let fieldSubUnit = L(vi: "Đơn vị trực thuộc", en: "Sub-unit")
    static let taskDelegateUnit = L(
        vi: "Vui lòng chọn một đơn vị trực thuộc đơn vị chủ trì.", en: "Choose a unit below the lead unit.")
    static let taskDelegateAfterParent = L(
        vi: "Thời hạn nhiệm vụ con không được sau thời hạn nhiệm vụ ({0}).",
        en: "A sub-task's deadline cannot be after the task's ({0}).")
    static let taskDelegateDeadlineHint = L(
        vi: "Để trống để dùng thời hạn của nhiệm vụ. Nội dung ghi ở ô dưới.",
        en: "Empty: the task's deadline. Describe the sub-task below.")
    static let taskSubtasksRollUp = L(vi: "đã hoàn thành {0}/{1}", en: "{0} of {1} completed")
    static let fieldAttachments = L(vi: "Tệp đính kèm", en: "Attachments")
    static let attachmentHint = L(
        vi: "PDF, Word, Excel, ODF, PNG hoặc JPEG; tối đa 10 tệp, mỗi tệp 20 MB.",
        en: "PDF, Word, Excel, ODF, PNG or JPEG; up to 10 files of 20 MB each.")
    static let attachmentTooMany = L(vi: "Mỗi lần gửi tối đa {0} tệp.", en: "At most {0} files at a time.")
    static let attachmentEmpty = L(vi: "Tệp “{0}” rỗng.", en: "“{0}” is empty.")
    static let attachmentTooLarge = L(vi: "Tệp “{0}” lớn hơn {1} MB.", en: "“{0}” is larger than {1} MB.")
    static let attachmentKindRefused = L(
        vi: "Tệp “{0}” không phải PDF, Word, Excel, ODF, PNG hoặc JPEG (hoặc phần mở rộng không khớp nội dung).",
        en: "“{0}” is not a PDF, Word, Excel, ODF, PNG or JPEG file (or its extension does not match its content).")
    static let attachmentAdd = L(vi: "Đính kèm tệp", en: "Attach files")
    static let attachmentsAdded = L(vi: "Đã đính kèm {0} tệp.", en: "{0} files attached.")
    static let attachmentNoneChosen = L(vi: "Vui lòng chọn ít nhất một tệp.", en: "Choose at least one file.")
    static let documentAttachments = L(vi: "Văn bản và tệp đính kèm", en: "Document files")
    static let documentNoAttachments = L(
        vi: "Chưa có tệp nào. Đính kèm bản scan hoặc bản điện tử của văn bản để đơn vị tra cứu.",
        en: "No files yet. Attach the signed document so units can read it.")
    static let statsRangeReversed = L(vi: "Ngày kết thúc trước ngày bắt đầu.", en: "The end is before the start.")
    static let navStats = L(vi: "Thống kê", en: "Statistics")
    static let statsTitle = L(vi: "Thống kê nhiệm vụ", en: "Task statistics")
    static let statsLead = L(
        vi:
            "Số liệu tại ngày chốt, tính từ các sự kiện đã ghi nhận đến hết ngày đó; chạy lại bao nhiêu lần cũng ra cùng số liệu. Không tính nhiệm vụ con (đã tính qua nhiệm vụ cha).",
        en:
            "Figures as of the cut-off, from the steps recorded up to that day; the same whenever run. Sub-tasks count through their parent."
    )
    static let fieldFrom = L(vi: "Giao từ ngày", en: "Assigned from")
    static let fieldTo = L(vi: "Giao đến ngày", en: "Assigned until")
    static let statsHeadline = L(
        vi: "{0} nhiệm vụ trong {1} văn bản, tính đến ngày {2}", en: "{0} tasks in {1} documents as of {2}")
    static let statsEmpty = L(
        vi: "Không có nhiệm vụ nào khớp bộ lọc tại ngày chốt này. Thử lùi ngày “giao từ” hoặc bỏ bớt bộ lọc.",
        en: "No task matches at this cut-off. Try an earlier start or fewer filters.")
    static let statsRates = L(vi: "Các tỷ lệ", en: "Rates")
    static let statsScorecard = L(vi: "Bảng xếp hạng đơn vị chủ trì", en: "Lead unit scorecard")
    static let statsScorecardLead = L(
        vi: "Xếp theo tỷ lệ hoàn thành đúng hạn, rồi số nhiệm vụ quá hạn ít hơn.",
        en: "Ranked by on-time rate, then fewer overdue tasks.")
    static let statsByAssigner = L(vi: "Theo cơ quan giao", en: "By assigner")
    static let statsByDomain = L(vi: "Theo lĩnh vực", en: "By domain")
    static let statsByLeader = L(vi: "Theo lãnh đạo phụ trách", en: "By leader in charge")
    static let statsOverdueChart = L(vi: "Đơn vị có nhiệm vụ quá hạn", en: "Units with overdue tasks")
    static let statsOverdueChartTop = L(
        vi: "{0} đơn vị có nhiều nhiệm vụ quá hạn nhất (trong {1} đơn vị có nhiệm vụ quá hạn)",
        en: "The {0} units with most overdue tasks (of {1} units with overdue tasks)")
    static let statsNoOverdue = L(
        vi: "Không có đơn vị nào có nhiệm vụ quá hạn tại ngày chốt.", en: "No unit has overdue tasks at this cut-off.")
    static let colTotal = L(vi: "Tổng số", en: "Total")
    static let colOnTimeRate = L(vi: "Tỷ lệ đúng hạn", en: "On-time rate")
    static let colOverdue = L(vi: "Quá hạn", en: "Overdue")
    static let colAvgDaysLate = L(vi: "Số ngày trễ bình quân", en: "Average days late")
    static let colRank = L(vi: "Hạng", en: "Rank")
    static let statsNotSet = L(vi: "(chưa ghi)", en: "(not set)")
    static let statsShowTasks = L(vi: "Xem danh sách", en: "See the list")
    static let reviewTitle = L(vi: "Báo cáo kiểm điểm", en: "Review report")
    static let reviewPeriodInvalid = L(
        vi: "Kỳ báo cáo không hợp lệ; dùng dạng 2020-H1, 2020-9M, 2020, 2020-Q2 hoặc 2020-M05.",
        en: "Invalid period; use 2020-H1, 2020-9M, 2020, 2020-Q2 or 2020-M05.")
    static let reviewPeriodRequired = L(
        vi: "Vui lòng chọn kỳ báo cáo hoặc nhập ngày đầu và ngày cuối kỳ.",
        en: "Choose a period or enter its first and last day.")
    static let reviewCutOffBeforePeriod = L(
        vi: "Ngày chốt số liệu phải từ ngày đầu kỳ trở đi.", en: "The cut-off must be on or after the period's start.")
    static let reviewNoProvince = L(
        vi: "Chưa có đơn vị cấp tỉnh (loại province) để đứng tên báo cáo; hãy tạo hoặc nhập cây đơn vị trước.",
        en: "No province-level unit to issue the report; create or import the units first.")
    static let reviewLead = L(
        vi:
            "Bản dự thảo báo cáo kiểm điểm công tác chỉ đạo, điều hành: số liệu tính từ các sự kiện đã ghi nhận đến hết ngày chốt; văn phòng tải về và biên tập tiếp.",
        en: "A draft review report: figures from what was recorded up to the cut-off; download and edit.")
    static let fieldPeriod = L(vi: "Kỳ báo cáo", en: "Period")
    static let fieldPeriodFrom = L(vi: "Hoặc từ ngày", en: "Or from")
    static let fieldPeriodTo = L(vi: "đến ngày", en: "until")
    static let reviewCutOffHint = L(
        vi: "Để trống: ngày cuối kỳ (hoặc hôm nay nếu kỳ chưa kết thúc).", en: "Empty: the period's end (or today).")
    static let reviewShow = L(vi: "Xem báo cáo", en: "Show the report")
    static let reviewDownload = L(vi: "Tải về", en: "Download")
    static let reviewPrint = L(vi: "In", en: "Print")
    static let reportsTitle = L(vi: "Báo cáo", en: "Reports")
    static let reportsUnitRequests = L(vi: "Yêu cầu báo cáo gửi đơn vị", en: "Report requests to units")
}
