/// Every interface string, Vietnamese first. `{0}`, `{1}`… are filled in by `Localizer`. The strings every module
/// uses are here; each module keeps its own in `Catalogue+Module.swift` in its folder, as extensions of `T`.
enum T {
    // MARK: Shell
    static let skipToContent = L(vi: "Bỏ qua, đến nội dung chính", en: "Skip to main content")
    static let footer = L(
        vi: "DieuHanh — hệ thống theo dõi chỉ đạo, điều hành", en: "DieuHanh — direction and administration tracking")
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
    static let filterMore = L(vi: "Lọc thêm", en: "More filters")
    static let filterActive = L(vi: "Đang lọc", en: "Active filters")
    static let filterRemove = L(vi: "Bỏ lọc {0}", en: "Remove filter {0}")
    static let filterClearAll = L(vi: "Bỏ tất cả bộ lọc", en: "Clear all filters")
    static let sortBy = L(vi: "Sắp xếp theo {0}", en: "Sort by {0}")
    static let searchNoResultsText = L(
        vi: "Không có mục nào khớp với “{0}”. Thử bớt từ hoặc bỏ bộ lọc.",
        en: "Nothing matches “{0}”. Try fewer words or clear the filters.")
    static let filterAll = L(vi: "Tất cả", en: "All")
    static let filterFrom = L(vi: "Từ ngày", en: "From")
    static let filterTo = L(vi: "Đến ngày", en: "To")
    static let dateHint = L(
        vi: "Ngày/tháng/năm, như 01/07/2025 (hoặc 01072025)", en: "Day/month/year, as in 01/07/2025 (or 01072025)")
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

    // MARK: Errors
    static let errTitle = L(vi: "Không thực hiện được", en: "Could not do that")
    static let errNotFoundTitle = L(vi: "Không tìm thấy", en: "Not found")
    static let errBackHome = L(vi: "Về trang chủ", en: "Back to home")
    static let errSignInRequired = L(vi: "Vui lòng đăng nhập.", en: "Please sign in.")
    static let errForbidden = L(vi: "Vai trò của bạn không được phép làm việc này.", en: "Your role does not allow this.")
    static let errCSRF = L(
        vi: "Biểu mẫu đã hết hạn hoặc không hợp lệ. Vui lòng tải lại trang và thử lại.",
        en: "The form expired or is invalid. Reload the page and try again.")
    static let errNotFound = L(vi: "Không tìm thấy trang hoặc dữ liệu yêu cầu.", en: "The page or record was not found.")
    static let errBadRequestBody = L(
        vi: "Dữ liệu gửi lên không đúng định dạng.", en: "The request is not in the expected format.")
    static let errBusy = L(
        vi: "Hệ thống đang bận. Vui lòng thử lại sau ít giây.", en: "The system is busy. Please try again in a few seconds.")
    static let errTooLarge = L(vi: "Dữ liệu gửi lên quá lớn.", en: "The request is too large.")
    static let errServer = L(
        vi: "Hệ thống gặp sự cố. Vui lòng thử lại; nếu vẫn lỗi, báo cho quản trị.",
        en: "Something went wrong. Try again; if it persists, tell the administrator.")
    static let errValidation = L(vi: "Dữ liệu chưa hợp lệ:", en: "The data is not valid:")
    static let errConflict = L(
        vi: "Dữ liệu vừa được người khác thay đổi. Hãy tải lại trang để xem bản mới rồi sửa lại.",
        en: "Someone else changed this meanwhile. Reload to see the latest version, then edit again.")
    static let errDateFormat = L(vi: "Ngày không hợp lệ; dùng dạng dd/mm/yyyy.", en: "Not a valid date; use dd/mm/yyyy.")
    static let errNoSuchDay = L(
        vi: "Ngày {0} không tồn tại: tháng {1} năm {2} chỉ có {3} ngày.",
        en: "There is no {0}: month {1} of {2} has only {3} days.")
    static let errRequired = L(vi: "Thiếu trường bắt buộc “{0}”.", en: "The field “{0}” is required.")
    static let errInteger = L(vi: "“{0}” phải là số nguyên.", en: "“{0}” must be a whole number.")
    static let errPage = L(vi: "Số trang phải từ 1 đến {0}.", en: "The page must be from 1 to {0}.")
    static let errPer = L(vi: "Số dòng mỗi trang phải từ 1 đến {0}.", en: "Rows per page must be between 1 and {0}.")
}

// MARK: Field rules (DieuHanhCore/Validation): one message per rule, for the forms, the API and the imports
extension T {
    static let ruleTooLong = L(vi: "Dài quá {0} ký tự.", en: "Longer than {0} characters.")
    static let ruleControlCharacter = L(
        vi: "Có ký tự điều khiển không được phép (như ký tự NUL); hãy gõ lại hoặc dán dạng văn bản thường.",
        en: "Contains a control character that is not allowed (such as NUL); retype it or paste it as plain text.")
    static let ruleCodeCharacters = L(
        vi: "Mã chỉ được gồm chữ không dấu, số và các dấu . _ - (không có khoảng trắng), bắt đầu bằng chữ hoặc số.",
        en: "A code may hold only letters without diacritics, digits and . _ - (no spaces), starting with a letter or digit.")
    static let ruleDateOutOfRange = L(vi: "Ngày phải trong khoảng {0} – {1}.", en: "The date must be between {0} and {1}.")
    static let ruleDateAfterToday = L(vi: "Ngày không được sau hôm nay ({0}).", en: "The date cannot be after today ({0}).")
    static let ruleMonthOutOfRange = L(
        vi: "Tháng phải trong các năm {0} – {1}.", en: "The month must fall in the years {0} to {1}.")
    static let ruleYearOutOfRange = L(vi: "Năm phải từ {0} đến {1}.", en: "The year must be from {0} to {1}.")
    static let ruleNotFinite = L(vi: "Giá trị không phải là một số hữu hạn.", en: "The value is not a finite number.")
    static let ruleTooManyDigits = L(
        vi: "Số có quá {0} chữ số có nghĩa; hãy làm tròn bớt.", en: "More than {0} significant digits; round it.")
    static let ruleTooLarge = L(
        vi: "Giá trị quá lớn (phải nhỏ hơn 1.000 nghìn tỷ).", en: "The value is too large (it must be below 10^15).")
    static let ruleSuccessorCycle = L(
        vi: "Đơn vị kế thừa tạo thành vòng: {0}. Đơn vị cuối chuỗi kế thừa phải là đơn vị đang hoạt động.",
        en: "The successors form a loop: {0}. A chain of successors must end at an open unit.")
    static let ruleImportCell = L(vi: "cột {0}: {1}", en: "column {0}: {1}")
}
