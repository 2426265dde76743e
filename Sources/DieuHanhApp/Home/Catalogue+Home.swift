import Foundation

/// The Home module's interface strings (the catalogue `T` is one type, split by module).
extension T {
    // MARK: Home and modules
    static let homeGreeting = L(vi: "Xin chào, {0}", en: "Hello, {0}")
    static let homeToday = L(vi: "Hôm nay {0}", en: "Today {0}")
    static let homeUnitsSummary = L(vi: "{0} đơn vị, {1} người dùng đang hoạt động.", en: "{0} units, {1} active users.")
    static let homeUnitsEmpty = L(
        vi: "Chưa có đơn vị nào: hãy tạo cây đơn vị.",
        en: "No units yet: create the unit tree.")
    static let moduleNotYet = L(vi: "Chức năng đang được xây dựng", en: "Coming soon")
    static let moduleNotYetText = L(
        vi: "Phân hệ này chưa có trong phiên bản hiện tại. Trong lúc chờ, hãy chuẩn bị cây đơn vị và người dùng.",
        en: "This module is not in the current version yet. Meanwhile, prepare the unit tree and the users.")
    static let moduleTasksPurpose = L(
        vi: "Nhiệm vụ được Chính phủ, Thủ tướng, UBND tỉnh giao; tiến độ, gia hạn, hoàn thành.",
        en: "Tasks assigned by the Government, the Prime Minister and the province; progress, extensions, completion.")
    static let moduleProgrammePurpose = L(
        vi: "Chương trình công tác năm: đề án, dự thảo trình theo tháng.",
        en: "The year's work programme: items to submit, month by month.")
    static let moduleIndicatorsPurpose = L(
        vi: "Chỉ tiêu kinh tế - xã hội: kế hoạch, thực hiện, đánh giá.",
        en: "Socio-economic indicators: targets, actuals, evaluation.")
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
    static let inboxNothing = L(vi: "Không có việc chờ bạn", en: "Nothing waits on you")
    static let inboxViewerText = L(
        vi: "Vai trò chỉ xem không có việc cần xử lý; xem danh sách nhiệm vụ để theo dõi.",
        en: "A viewer has nothing to act on; follow the task list.")
}
