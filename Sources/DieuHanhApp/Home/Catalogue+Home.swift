import Foundation

/// The Home module's interface strings (the catalogue `T` is one type, split by module).
extension T {
    // MARK: Home and modules
    static let homeGreeting = L(vi: "Xin chào, {0}", en: "Hello, {0}")
    static let homeToday = L(vi: "Hôm nay {0}", en: "Today {0}")
    static let homeUnitsEmptyTitle = L(vi: "Chưa có đơn vị nào", en: "No units yet")
    static let homeUnitsEmpty = L(
        vi: "Hãy tạo cây đơn vị trước: nhiệm vụ, chỉ tiêu và báo cáo đều giao cho đơn vị.",
        en: "Create the unit tree first: tasks, indicators and reports are all assigned to units.")
    static let homeFiguresLabel = L(vi: "Số liệu hôm nay", en: "Today's figures")
    static let homeOverdue = L(vi: "Nhiệm vụ quá hạn", en: "Overdue tasks")
    static let homeDueSoon = L(vi: "Sắp đến hạn (3 ngày làm việc)", en: "Due within 3 working days")
    static let homeOpen = L(vi: "Nhiệm vụ chưa hoàn thành", en: "Tasks not completed")
    static let homeReturned = L(vi: "Kết quả bị trả lại", en: "Results returned")
    static let homeToConfirm = L(vi: "Kết quả chờ xác nhận", en: "Completions to confirm")
    static let homeToRecord = L(vi: "Đề án đã trình chờ ghi nhận ban hành", en: "Submitted items to record as issued")
    static let homeLateReports = L(vi: "Đơn vị chậm gửi báo cáo", en: "Units late with a report")
    static let homeToDecide = L(vi: "Đề nghị gia hạn chờ quyết định", en: "Extension requests to decide")
    static let homeProgrammeToDecide = L(
        vi: "Đề nghị về chương trình công tác chờ quyết định", en: "Programme requests to decide")
    static let homeIndicatorsAtRisk = L(vi: "Chỉ tiêu có nguy cơ không đạt", en: "Indicators at risk")
    static let homeWorstUnits = L(
        vi: "{0} đơn vị có nhiều nhiệm vụ quá hạn nhất", en: "The {0} units with most overdue tasks")
    static let homeOverdueCount = L(vi: "{0} quá hạn", en: "{0} overdue")
    static let homeWorstUnitsMore = L(vi: "Xem thống kê theo mọi đơn vị", en: "Statistics for every unit")
    static let homeShortcuts = L(vi: "Đi đến", en: "Go to")
    static let moduleNotYet = L(vi: "Chức năng đang được xây dựng", en: "Coming soon")
    static let moduleNotYetText = L(
        vi: "Phân hệ này chưa có trong phiên bản hiện tại. Trong lúc chờ, hãy chuẩn bị cây đơn vị và người dùng.",
        en: "This module is not in the current version yet. Meanwhile, prepare the unit tree and the users.")
    static let moduleReportsPurpose = L(
        vi: "Yêu cầu báo cáo gửi đơn vị, tiếp nhận và báo cáo kiểm điểm.",
        en: "Report requests to units, submissions and the review report.")

    // MARK: Inbox and queue
    static let navInbox = L(vi: "Việc cần làm", en: "To do")
    static let inboxLead = L(vi: "Những việc đang chờ bạn, tính đến hôm nay.", en: "What is waiting on you today.")
    static let inboxOverdue = L(vi: "Quá hạn", en: "Overdue")
    static let inboxOverdueEmpty = L(vi: "Không có nhiệm vụ quá hạn.", en: "Nothing overdue.")
    static let inboxDueSoon = L(vi: "Sắp đến hạn", en: "Due soon")
    static let inboxDueSoonEmpty = L(
        vi: "Không có nhiệm vụ sắp đến hạn trong 3 ngày làm việc tới.", en: "Nothing due in the next 3 working days.")
    static let inboxReturned = L(vi: "Bị trả lại", en: "Returned")
    static let inboxReturnedEmpty = L(vi: "Không có kết quả nào bị trả lại.", en: "No result was returned.")
    static let inboxStale = L(vi: "Chờ cập nhật (quá 30 ngày chưa báo cáo)", en: "Awaiting an update (no step for 30 days)")
    static let inboxStaleEmpty = L(
        vi: "Mọi nhiệm vụ đang thực hiện đều đã được cập nhật gần đây.", en: "Every open task was updated recently.")
    static let queueToConfirm = L(vi: "Kết quả chờ xác nhận", en: "Completions to confirm")
    static let queueToConfirmEmpty = L(vi: "Không có kết quả nào chờ xác nhận.", en: "No completion waits for confirmation.")
    static let queueToDecide = L(vi: "Đề nghị gia hạn chờ quyết định", en: "Extension requests to decide")
    static let queueToDecideEmpty = L(vi: "Không có đề nghị gia hạn nào.", en: "No extension request waits.")
    static let inboxBadge = L(vi: "{0} việc cần xử lý", en: "{0} things to act on")
    static let queueProgrammeToDecide = L(
        vi: "Đề nghị lùi thời hạn trình, rút khỏi chương trình chờ quyết định",
        en: "Programme postponement and withdrawal requests to decide")
    static let queueProgrammeToDecideEmpty = L(
        vi: "Không có đề nghị nào về chương trình công tác.", en: "No programme request waits.")
    static let queueProgrammeToRecord = L(
        vi: "Đề án đã trình, chờ ghi nhận ban hành", en: "Programme items submitted, to record as issued")
    static let queueProgrammeToRecordEmpty = L(
        vi: "Không có đề án nào đang chờ ghi nhận ban hành.", en: "No submitted item waits to be recorded as issued.")
    static let queueLateReports = L(vi: "Đơn vị chậm gửi báo cáo", en: "Units late with a report")
    static let queueLateReportsEmpty = L(vi: "Không có đơn vị nào chậm gửi báo cáo.", en: "No unit is late with a report.")
    static let queueOverdueTasks = L(vi: "Nhiệm vụ quá hạn", en: "Overdue tasks")
    static let queueOverdueTasksText = L(
        vi: "{0} nhiệm vụ đang quá hạn, tính đến hôm nay.", en: "{0} tasks are overdue today.")
    static let programmeRequestedMonth = L(vi: "Đề nghị lùi đến {0}", en: "Asks to move to {0}")
    static let programmeWithdrawalAsked = L(vi: "Đề nghị rút khỏi chương trình", en: "Asks to withdraw")
    static let programmeSubmittedOn = L(vi: "Đã trình ngày {0}", en: "Submitted on {0}")
    static let inboxNothing = L(vi: "Không có việc chờ bạn", en: "Nothing waits on you")
    static let inboxViewerText = L(
        vi: "Vai trò chỉ xem không có việc cần xử lý; xem danh sách nhiệm vụ để theo dõi.",
        en: "A viewer has nothing to act on; follow the task list.")
}
