/// Every interface string, Vietnamese first. `{0}`, `{1}`… are filled in by `Localizer`.
enum T {
    // MARK: Shell
    static let skipToContent = L(vi: "Bỏ qua, đến nội dung chính", en: "Skip to main content")
    static let footer = L(vi: "DieuHanh — hệ thống theo dõi chỉ đạo, điều hành", en: "DieuHanh — direction and administration tracking")
    static let signOut = L(vi: "Đăng xuất", en: "Sign out")
    static let navLabel = L(vi: "Điều hướng chính", en: "Main navigation")
    static let navHome = L(vi: "Trang chủ", en: "Home")
    static let navTasks = L(vi: "Nhiệm vụ", en: "Tasks")
    static let navProgramme = L(vi: "Chương trình công tác", en: "Work programme")
    static let navIndicators = L(vi: "Chỉ tiêu KT-XH", en: "Indicators")
    static let navReports = L(vi: "Báo cáo", en: "Reports")
    static let navUnits = L(vi: "Đơn vị", en: "Units")
    static let navUsers = L(vi: "Người dùng", en: "Users")
    static let navAudit = L(vi: "Nhật ký", en: "Audit log")

    // MARK: Common
    static let actionSave = L(vi: "Lưu", en: "Save")
    static let actionCancel = L(vi: "Hủy", en: "Cancel")
    static let actionEdit = L(vi: "Sửa", en: "Edit")
    static let searchLabel = L(vi: "Tìm kiếm", en: "Search")
    static let searchHint = L(vi: "Gõ có dấu hoặc không dấu đều được", en: "With or without Vietnamese diacritics")
    static let searchButton = L(vi: "Lọc", en: "Filter")
    static let searchNoResults = L(vi: "Không có kết quả", en: "No results")
    static let searchNoResultsText = L(vi: "Không có mục nào khớp với “{0}”. Thử bớt từ hoặc bỏ bộ lọc.",
                                       en: "Nothing matches “{0}”. Try fewer words or clear the filters.")
    static let filterAll = L(vi: "Tất cả", en: "All")
    static let filterFrom = L(vi: "Từ ngày", en: "From")
    static let filterTo = L(vi: "Đến ngày", en: "To")
    static let dateHint = L(vi: "Ngày dạng dd/mm/yyyy, ví dụ 01/07/2025", en: "Date as dd/mm/yyyy, e.g. 01/07/2025")
    static let formHasErrors = L(vi: "Vui lòng sửa các lỗi sau", en: "Please correct the following")
    static let pagerLabel = L(vi: "Phân trang", en: "Pages")
    static let pagerPrevious = L(vi: "Trang trước", en: "Previous")
    static let pagerNext = L(vi: "Trang sau", en: "Next")
    static let pagerStatus = L(vi: "Trang {0}/{1} · {2}–{3} trong {4}", en: "Page {0} of {1} · {2}–{3} of {4}")

    // MARK: Fields
    static let fieldUsername = L(vi: "Tên đăng nhập", en: "User name")
    static let fieldPassword = L(vi: "Mật khẩu", en: "Password")
    static let fieldFullName = L(vi: "Họ và tên", en: "Full name")
    static let fieldRole = L(vi: "Vai trò", en: "Role")
    static let fieldUnit = L(vi: "Đơn vị", en: "Unit")
    static let fieldLanguage = L(vi: "Ngôn ngữ", en: "Language")
    static let fieldCode = L(vi: "Mã", en: "Code")
    static let fieldUnitName = L(vi: "Tên đơn vị", en: "Unit name")
    static let fieldKind = L(vi: "Loại", en: "Kind")
    static let fieldParent = L(vi: "Đơn vị cấp trên", en: "Parent unit")
    static let fieldValidFrom = L(vi: "Hoạt động từ ngày", en: "Valid from")
    static let fieldValidTo = L(vi: "Ngày cuối hoạt động", en: "Last day of activity")
    static let fieldSuccessor = L(vi: "Đơn vị kế thừa", en: "Successor unit")
    static let fieldStatus = L(vi: "Trạng thái", en: "Status")

    // MARK: Roles and kinds
    static let roleAdmin = L(vi: "Quản trị", en: "Administrator")
    static let roleCoordinator = L(vi: "Chuyên viên tổng hợp", en: "Coordinator")
    static let roleLeader = L(vi: "Lãnh đạo", en: "Leader")
    static let roleUnitOfficer = L(vi: "Cán bộ đơn vị", en: "Unit officer")
    static let roleViewer = L(vi: "Chỉ xem", en: "Viewer")
    static let kindGovernment = L(vi: "Chính phủ / Thủ tướng", en: "Government")
    static let kindMinistry = L(vi: "Bộ, cơ quan ngang bộ", en: "Ministry")
    static let kindProvince = L(vi: "UBND tỉnh", en: "Provincial committee")
    static let kindOffice = L(vi: "Văn phòng", en: "Office")
    static let kindDepartment = L(vi: "Sở, ban, ngành", en: "Department")
    static let kindDistrict = L(vi: "UBND cấp huyện", en: "District committee")
    static let kindCommune = L(vi: "UBND cấp xã", en: "Commune committee")
    static let kindCouncil = L(vi: "HĐND", en: "People's Council")
    static let kindParty = L(vi: "Cơ quan Đảng", en: "Party body")
    static let kindOther = L(vi: "Khác", en: "Other")

    // MARK: Sign-in
    static let signInTitle = L(vi: "Đăng nhập", en: "Sign in")
    static let signInLead = L(vi: "Hệ thống theo dõi chỉ đạo, điều hành của UBND tỉnh.",
                              en: "The provincial committee's direction and administration tracker.")
    static let signInButton = L(vi: "Đăng nhập", en: "Sign in")
    static let signInInvalid = L(vi: "Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đã bị khóa.",
                                 en: "Wrong user name or password, or the account is deactivated.")
    static let signInLocked = L(vi: "Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau {0} phút.",
                                en: "Too many failed sign-ins. Please try again in {0} minutes.")

    // MARK: Home and modules
    static let homeGreeting = L(vi: "Xin chào, {0}", en: "Hello, {0}")
    static let homeToday = L(vi: "Hôm nay {0}", en: "Today {0}")
    static let homeUnitsSummary = L(vi: "{0} đơn vị, {1} người dùng đang hoạt động.", en: "{0} units, {1} active users.")
    static let homeUnitsEmpty = L(vi: "Chưa có đơn vị nào: hãy tạo cây đơn vị hoặc nhập từ tệp CSV (dieuhanh import units).",
                                  en: "No units yet: create the unit tree or import it from CSV (dieuhanh import units).")
    static let moduleNotYet = L(vi: "Chức năng đang được xây dựng", en: "Coming soon")
    static let moduleNotYetText = L(vi: "Phân hệ này chưa có trong phiên bản hiện tại. Trong lúc chờ, hãy chuẩn bị cây đơn vị và người dùng.",
                                    en: "This module is not in the current version yet. Meanwhile, prepare the unit tree and the users.")
    static let moduleTasksPurpose = L(vi: "Nhiệm vụ được Chính phủ, Thủ tướng, UBND tỉnh giao; tiến độ, gia hạn, hoàn thành.",
                                      en: "Tasks assigned by the Government, the Prime Minister and the province; progress, extensions, completion.")
    static let moduleProgrammePurpose = L(vi: "Chương trình công tác năm: đề án, dự thảo trình theo tháng.",
                                          en: "The year's work programme: items to submit, month by month.")
    static let moduleIndicatorsPurpose = L(vi: "Chỉ tiêu kinh tế - xã hội: kế hoạch, thực hiện, đánh giá.",
                                           en: "Socio-economic indicators: targets, actuals, evaluation.")
    static let moduleReportsPurpose = L(vi: "Yêu cầu báo cáo gửi đơn vị, tiếp nhận và báo cáo kiểm điểm.",
                                        en: "Report requests to units, submissions and the review report.")

    // MARK: Units
    static let unitsTitle = L(vi: "Cây đơn vị", en: "Unit tree")
    static let unitsLead = L(vi: "Các cơ quan giao và nhận nhiệm vụ; đơn vị đã sáp nhập giữ lịch sử dưới tên cũ.",
                             en: "Bodies that assign and receive tasks; merged units keep their history under their old name.")
    static let unitsNew = L(vi: "Thêm đơn vị", en: "New unit")
    static let unitsNewChild = L(vi: "Thêm đơn vị trực thuộc", en: "Add a sub-unit")
    static let unitsShowClosed = L(vi: "Hiện cả đơn vị đã đóng", en: "Show closed units too")
    static let unitsCount = L(vi: "{0} đơn vị", en: "{0} units")
    static let unitsEmptyTitle = L(vi: "Chưa có đơn vị nào", en: "No units yet")
    static let unitsEmptyAdmin = L(vi: "Tạo đơn vị đầu tiên (ví dụ UBND tỉnh), hoặc nhập cả cây từ tệp CSV bằng lệnh “dieuhanh import units”.",
                                   en: "Create the first unit (e.g. the provincial committee), or import the tree from CSV with “dieuhanh import units”.")
    static let unitsEmptyOther = L(vi: "Quản trị hệ thống chưa tạo cây đơn vị. Vui lòng liên hệ quản trị.",
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
    static let unitCodeHint = L(vi: "Chữ không dấu, số và . _ -; ví dụ SNV, X-DT. Dùng trong tệp nhập dữ liệu.",
                                en: "Letters, digits and . _ -; e.g. SNV, X-DT. Used by import files.")
    static let unitEditTitle = L(vi: "Sửa đơn vị: {0}", en: "Edit unit: {0}")
    static let unitCloseTitle = L(vi: "Đóng đơn vị: {0}", en: "Close unit: {0}")
    static let unitCloseLead = L(vi: "Đơn vị bị giải thể hoặc sáp nhập. Lịch sử vẫn giữ dưới tên cũ; đơn vị trực thuộc và người dùng chuyển sang đơn vị kế thừa.",
                                 en: "The unit is dissolved or merged. Its history stays under its name; sub-units and users move to the successor.")
    static let unitCloseAction = L(vi: "Đóng đơn vị", en: "Close unit")
    static let unitSuccessorHint = L(vi: "Đơn vị tiếp nhận công việc khi sáp nhập. Bắt buộc nếu còn đơn vị trực thuộc đang hoạt động.",
                                     en: "The unit that takes over the work. Required while sub-units are still active.")
    static let unitCreated = L(vi: "Đã tạo đơn vị “{0}”.", en: "Unit “{0}” created.")
    static let unitSaved = L(vi: "Đã lưu đơn vị “{0}”.", en: "Unit “{0}” saved.")
    static let unitClosed = L(vi: "Đã đóng đơn vị “{0}”.", en: "Unit “{0}” closed.")
    static let unitCodeRequired = L(vi: "Vui lòng nhập mã đơn vị.", en: "Enter the unit code.")
    static let unitCodeInvalid = L(vi: "Mã đơn vị chỉ gồm chữ không dấu, số và . _ - (tối đa 40 ký tự).",
                                   en: "The code may only hold letters, digits and . _ - (40 at most).")
    static let unitCodeTaken = L(vi: "Mã “{0}” đã được dùng cho đơn vị khác.", en: "Code “{0}” is already used by another unit.")
    static let unitNameRequired = L(vi: "Vui lòng nhập tên đơn vị.", en: "Enter the unit name.")
    static let unitNameTooLong = L(vi: "Tên đơn vị dài quá 300 ký tự.", en: "The unit name is longer than 300 characters.")
    static let unitKindInvalid = L(vi: "Vui lòng chọn loại đơn vị.", en: "Choose the kind of unit.")
    static let unitParentMissing = L(vi: "Đơn vị cấp trên không tồn tại.", en: "The parent unit does not exist.")
    static let unitParentClosed = L(vi: "Đơn vị “{0}” đã đóng, không thể chọn.", en: "Unit “{0}” is closed and cannot be chosen.")
    static let unitParentCycle = L(vi: "Không thể chuyển đơn vị vào dưới chính nó hoặc đơn vị trực thuộc của nó.",
                                   en: "A unit cannot be moved under itself or one of its sub-units.")
    static let unitAlreadyClosed = L(vi: "Đơn vị này đã đóng.", en: "This unit is already closed.")
    static let unitCloseDateRequired = L(vi: "Vui lòng nhập ngày cuối hoạt động.", en: "Enter the last day of activity.")
    static let unitCloseBeforeStart = L(vi: "Ngày đóng không được trước ngày bắt đầu hoạt động ({0}).",
                                        en: "The closing day cannot be before the unit started ({0}).")
    static let unitSuccessorMissing = L(vi: "Đơn vị kế thừa không tồn tại.", en: "The successor unit does not exist.")
    static let unitSuccessorInside = L(vi: "Đơn vị kế thừa không được là chính đơn vị này hoặc đơn vị trực thuộc nó.",
                                       en: "The successor cannot be the unit itself or one of its sub-units.")
    static let unitSuccessorClosed = L(vi: "Đơn vị kế thừa đã đóng.", en: "The successor unit is closed.")
    static let unitHasOpenChildren = L(vi: "Còn {0} đơn vị trực thuộc đang hoạt động: hãy chọn đơn vị kế thừa để chuyển sang, hoặc đóng chúng trước.",
                                       en: "{0} sub-units are still active: choose a successor to move them to, or close them first.")

    // MARK: Users
    static let usersTitle = L(vi: "Người dùng", en: "Users")
    static let usersLead = L(vi: "Tài khoản, vai trò và đơn vị của từng người.", en: "Accounts, roles and units.")
    static let usersNew = L(vi: "Thêm người dùng", en: "New user")
    static let usersEmptyTitle = L(vi: "Chưa có người dùng nào khác", en: "No other users yet")
    static let usersEmptyText = L(vi: "Thêm tài khoản cho chuyên viên, lãnh đạo và cán bộ các đơn vị.",
                                  en: "Add accounts for office staff, leaders and unit officers.")
    static let usersNoMatch = L(vi: "Không có người dùng nào khớp bộ lọc.", en: "No user matches the filters.")
    static let userEditTitle = L(vi: "Người dùng: {0}", en: "User: {0}")
    static let userActive = L(vi: "Đang hoạt động", en: "Active")
    static let userInactive = L(vi: "Đã khóa", en: "Deactivated")
    static let userNoUnit = L(vi: "— Không thuộc đơn vị —", en: "— No unit —")
    static let userUsernameHint = L(vi: "3–40 ký tự: chữ thường không dấu, số và . _ -", en: "3–40 characters: lower-case letters, digits and . _ -")
    static let userRoleHint = L(vi: "Cán bộ đơn vị chỉ xem và cập nhật việc của đơn vị mình và đơn vị trực thuộc.",
                                en: "A unit officer sees and updates only their unit's and its sub-units' items.")
    static let userUnitHint = L(vi: "Bắt buộc với cán bộ đơn vị.", en: "Required for unit officers.")
    static let userPasswordHint = L(vi: "Để trống để hệ thống tạo mật khẩu ngẫu nhiên (hiện một lần).",
                                    en: "Leave empty to generate a random password (shown once).")
    static let userAccountActions = L(vi: "Tài khoản", en: "Account")
    static let userResetPassword = L(vi: "Đặt lại mật khẩu", en: "Reset password")
    static let userResetConfirm = L(vi: "Đặt lại mật khẩu của {0}? Mật khẩu cũ sẽ không dùng được nữa.",
                                    en: "Reset {0}'s password? The old one will stop working.")
    static let userDeactivate = L(vi: "Khóa tài khoản", en: "Deactivate")
    static let userDeactivateConfirm = L(vi: "Khóa tài khoản {0}? Người này sẽ không đăng nhập được nữa.",
                                         en: "Deactivate {0}? They will no longer be able to sign in.")
    static let userActivate = L(vi: "Mở khóa tài khoản", en: "Activate")
    static let userSaved = L(vi: "Đã lưu người dùng {0}.", en: "User {0} saved.")
    static let userActivated = L(vi: "Đã mở khóa tài khoản {0}.", en: "{0} activated.")
    static let userDeactivated = L(vi: "Đã khóa tài khoản {0}.", en: "{0} deactivated.")
    static let userUsernameInvalid = L(vi: "Tên đăng nhập gồm 3–40 ký tự: chữ thường không dấu, số và . _ -",
                                       en: "The user name must be 3–40 lower-case letters, digits or . _ -")
    static let userUsernameTaken = L(vi: "Tên đăng nhập “{0}” đã có người dùng.", en: "User name “{0}” is taken.")
    static let userFullNameRequired = L(vi: "Vui lòng nhập họ và tên.", en: "Enter the full name.")
    static let userFullNameTooLong = L(vi: "Họ và tên dài quá 200 ký tự.", en: "The full name is longer than 200 characters.")
    static let userRoleInvalid = L(vi: "Vui lòng chọn vai trò.", en: "Choose a role.")
    static let userUnitMissing = L(vi: "Đơn vị không tồn tại.", en: "The unit does not exist.")
    static let userUnitRequired = L(vi: "Cán bộ đơn vị phải thuộc một đơn vị.", en: "A unit officer must belong to a unit.")
    static let userLastAdmin = L(vi: "Đây là quản trị viên cuối cùng đang hoạt động; hãy chỉ định quản trị viên khác trước.",
                                 en: "This is the last active administrator; appoint another one first.")
    static let userCannotDeactivateSelf = L(vi: "Không thể tự khóa tài khoản của mình.", en: "You cannot deactivate your own account.")

    // MARK: Passwords and profile
    static let profileTitle = L(vi: "Tài khoản của tôi", en: "My account")
    static let passwordChangeTitle = L(vi: "Đổi mật khẩu", en: "Change password")
    static let passwordCurrent = L(vi: "Mật khẩu hiện tại", en: "Current password")
    static let passwordNew = L(vi: "Mật khẩu mới", en: "New password")
    static let passwordConfirm = L(vi: "Nhập lại mật khẩu mới", en: "Repeat the new password")
    static let passwordPolicy = L(vi: "Ít nhất 8 ký tự, có cả chữ và số.", en: "At least 8 characters, with letters and digits.")
    static let passwordWeak = L(vi: "Mật khẩu cần ít nhất 8 ký tự, có cả chữ và số.",
                                en: "The password needs at least 8 characters, with letters and digits.")
    static let passwordCurrentWrong = L(vi: "Mật khẩu hiện tại không đúng.", en: "The current password is wrong.")
    static let passwordMismatch = L(vi: "Hai lần nhập mật khẩu mới không khớp.", en: "The two new passwords differ.")
    static let passwordChanged = L(vi: "Đã đổi mật khẩu.", en: "Password changed.")
    static let passwordShownTitle = L(vi: "Mật khẩu mới", en: "New password")
    static let passwordShownLead = L(vi: "Tài khoản {0} đã sẵn sàng.", en: "Account {0} is ready.")
    static let passwordShownOnce = L(vi: "Hãy chuyển mật khẩu này cho người dùng qua kênh an toàn. Mật khẩu chỉ hiện một lần và không được lưu ở dạng đọc được.",
                                     en: "Hand this password over securely. It is shown once and not stored in readable form.")

    // MARK: Audit
    static let auditTitle = L(vi: "Nhật ký thay đổi", en: "Audit log")
    static let auditLead = L(vi: "Mọi thay đổi dữ liệu: ai, khi nào, trước và sau. Chỉ ghi thêm; mỗi mục mang mã băm của mục trước.",
                             en: "Every change: who, when, before and after. Append-only; each entry carries the previous entry's hash.")
    static let auditWhen = L(vi: "Thời điểm", en: "When")
    static let auditActor = L(vi: "Người thực hiện", en: "By")
    static let auditAction = L(vi: "Thao tác", en: "Action")
    static let auditEntity = L(vi: "Đối tượng", en: "Object")
    static let auditSummary = L(vi: "Nội dung", en: "Summary")
    static let auditHistory = L(vi: "Lịch sử thay đổi", en: "History")
    static let auditEntryTitle = L(vi: "Mục nhật ký số {0}", en: "Audit entry {0}")
    static let auditBefore = L(vi: "Trước", en: "Before")
    static let auditAfter = L(vi: "Sau", en: "After")
    static let auditHash = L(vi: "Mã băm", en: "Hash")
    static let auditPrevHash = L(vi: "Mã băm mục trước", en: "Previous hash")
    static let auditEmptyTitle = L(vi: "Chưa có thay đổi nào", en: "No changes yet")
    static let auditEmptyText = L(vi: "Không có mục nhật ký nào khớp bộ lọc.", en: "No entry matches the filters.")
    static let entityUnit = L(vi: "Đơn vị", en: "Unit")
    static let entityUser = L(vi: "Người dùng", en: "User")
    static let actionCreate = L(vi: "Tạo mới", en: "Created")
    static let actionUpdate = L(vi: "Cập nhật", en: "Updated")
    static let actionClose = L(vi: "Đóng", en: "Closed")
    static let actionMove = L(vi: "Chuyển", en: "Moved")
    static let actionResetPassword = L(vi: "Đặt lại mật khẩu", en: "Password reset")
    static let actionChangePassword = L(vi: "Đổi mật khẩu", en: "Password changed")
    static let actionActivate = L(vi: "Mở khóa", en: "Activated")
    static let actionDeactivate = L(vi: "Khóa", en: "Deactivated")
    static let actionImport = L(vi: "Nhập dữ liệu", en: "Imported")

    // MARK: Errors
    static let errTitle = L(vi: "Không thực hiện được", en: "Could not do that")
    static let errNotFoundTitle = L(vi: "Không tìm thấy", en: "Not found")
    static let errBackHome = L(vi: "Về trang chủ", en: "Back to home")
    static let errSignInRequired = L(vi: "Vui lòng đăng nhập.", en: "Please sign in.")
    static let errForbidden = L(vi: "Vai trò của bạn không được phép làm việc này.", en: "Your role does not allow this.")
    static let errCSRF = L(vi: "Biểu mẫu đã hết hạn hoặc không hợp lệ. Vui lòng tải lại trang và thử lại.",
                           en: "The form expired or is invalid. Reload the page and try again.")
    static let errNotFound = L(vi: "Không tìm thấy trang hoặc dữ liệu yêu cầu.", en: "The page or record was not found.")
    static let errBadRequestBody = L(vi: "Dữ liệu gửi lên không đúng định dạng.", en: "The request is not in the expected format.")
    static let errTooLarge = L(vi: "Dữ liệu gửi lên quá lớn.", en: "The request is too large.")
    static let errServer = L(vi: "Hệ thống gặp sự cố. Vui lòng thử lại; nếu vẫn lỗi, báo cho quản trị.",
                             en: "Something went wrong. Try again; if it persists, tell the administrator.")
    static let errValidation = L(vi: "Dữ liệu chưa hợp lệ:", en: "The data is not valid:")
    static let errConflict = L(vi: "Dữ liệu vừa được người khác thay đổi. Hãy tải lại trang để xem bản mới rồi sửa lại.",
                               en: "Someone else changed this meanwhile. Reload to see the latest version, then edit again.")
    static let errDateFormat = L(vi: "Ngày không hợp lệ; dùng dạng dd/mm/yyyy.", en: "Not a valid date; use dd/mm/yyyy.")
    static let errRequired = L(vi: "Thiếu trường bắt buộc “{0}”.", en: "The field “{0}” is required.")
    static let errInteger = L(vi: "“{0}” phải là số nguyên.", en: "“{0}” must be a whole number.")
    static let errPage = L(vi: "Số trang phải từ 1 trở lên.", en: "The page must be 1 or more.")
    static let errPer = L(vi: "Số dòng mỗi trang phải từ 1 đến {0}.", en: "Rows per page must be between 1 and {0}.")
}
