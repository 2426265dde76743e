import Foundation

/// Strings of the figures sent up by the deployments below (issue 20, "aggregated").
extension T {
    static let levelFiguresTitle = L(vi: "Số liệu nhiệm vụ của cấp dưới", en: "Task figures from below")
    static let levelFiguresLead = L(
        vi: "Mỗi hệ thống cấp dưới liên thông gửi lên số liệu nhiệm vụ của toàn hệ thống theo từng ngày, như trang "
            + "thống kê của họ tính; số liệu dưới đây tính đến hết ngày đã chọn. Nhiệm vụ riêng của cấp dưới không lưu ở đây.",
        en: "Each linked deployment below sends up, day by day, the figures of all its tasks as its own statistics "
            + "page counts them; shown here as of the end of the chosen day. Their tasks are not kept here.")
    static let levelFiguresShow = L(vi: "Xem", en: "Show")
    static let levelFiguresHeadline = L(vi: "Tính đến hết ngày {0}", en: "As of the end of {0}")
    static let levelFiguresPeer = L(vi: "Hệ thống cấp dưới", en: "Deployment below")
    static let levelFiguresDocuments = L(vi: "Văn bản", en: "Documents")
    static let levelFiguresLastReceived = L(vi: "Nhận lần cuối", en: "Last received")
    static let levelFiguresNotYet = L(vi: "Chưa nhận", en: "Not yet")
    static let levelFiguresSum = L(vi: "Cộng", en: "Total")
    static let levelFiguresNone = L(
        vi: "Chưa có hệ thống cấp dưới nào liên thông. Quản trị viên đăng ký và ghép đơn vị ở trang Liên thông.",
        en: "No deployment below is linked yet. An administrator registers one on the Linking page.")
    static let levelsKindFigures = L(vi: "Số liệu nhiệm vụ theo ngày", en: "Task figures of a day")
}
