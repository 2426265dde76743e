import Foundation

/// Strings of reports crossing between linked deployments (issue 20).
extension T {
    static let levelReportFilesTooLarge = L(
        vi: "Báo cáo gửi lên {0} qua liên thông chỉ mang được tối đa {1} MB tệp đính kèm. Hãy giảm dung lượng hoặc bớt tệp.",
        en: "A report sent to {0} through linking carries at most {1} MB of files. Make them smaller or send fewer.")
    static let levelReportOwnedAbove = L(
        vi: "Yêu cầu này nhận qua liên thông từ {0}: nội dung yêu cầu và việc trả lại báo cáo do {0} quyết định.",
        en: "This request came from {0}: its content and returning reports are decided there.")
    static let levelReportOwnedBelow = L(
        vi: "Đơn vị này báo cáo qua liên thông từ {0}: báo cáo do đơn vị gửi từ hệ thống của mình.",
        en: "This unit reports through {0}: its reports are sent from its own deployment.")
    static let levelReportFromPeer = L(
        vi: "Nhận qua liên thông từ {0}: nội dung yêu cầu do {0} quyết định, không sửa tại đây.",
        en: "Received from {0}: the request is decided there and cannot be changed here.")
    static let levelReportToPeer = L(
        vi: "Đã gửi qua liên thông cho {0}: đơn vị nhận báo cáo từ hệ thống của mình.",
        en: "Sent to {0}: the unit reports from its own deployment.")
    static let levelReviewSendTitle = L(vi: "Gửi báo cáo lên hệ thống cấp trên", en: "Send the report up")
    static let levelReviewSendLead = L(
        vi: "Báo cáo đã ban hành được gửi kèm bộ số liệu và tệp DOCX; bên nhận tự kiểm tra mã SHA-256 của số liệu.",
        en: "The issued report goes with its figures and DOCX; the receiver checks the figures' SHA-256 itself.")
    static let levelReviewSendTo = L(vi: "Gửi đến", en: "Send to")
    static let levelReviewSendAlone = L(vi: "{0} (không trả lời yêu cầu nào)", en: "{0} (answering no request)")
    static let levelReviewSendAnswering = L(
        vi: "{0}: trả lời yêu cầu “{1}” (hạn {2})", en: "{0}: answering “{1}” (due {2})")
    static let levelReviewSendButton = L(vi: "Gửi lên", en: "Send up")
    static let levelReviewNoPeer = L(
        vi: "Đơn vị ban hành báo cáo chưa được ghép với hệ thống liên thông nào.",
        en: "The issuing unit is not linked with any deployment.")
    static let levelReviewChooseDestination = L(vi: "Chọn nơi gửi.", en: "Choose where to send it.")
    static let levelReviewSentAlready = L(
        vi: "Báo cáo này đã được gửi lên {0}.", en: "This report was sent to {0} already.")
    static let levelReviewNotIssued = L(
        vi: "Chỉ gửi được báo cáo đã ban hành.", en: "Only an issued report can be sent.")
    static let levelReviewQueued = L(
        vi: "Đã đưa báo cáo vào hàng gửi lên {0}; hệ thống gửi trong vài phút.",
        en: "The report is queued for {0}; it goes within minutes.")
    static let levelReviewSendLink = L(vi: "Gửi lên hệ thống cấp trên", en: "Send up")
    static let levelReviewsReceivedTitle = L(
        vi: "Báo cáo kiểm điểm nhận qua liên thông", en: "Review reports received through linking")
    static let levelReviewsReceivedLead = L(
        vi: "Báo cáo do hệ thống cấp dưới ban hành và gửi lên. Mã SHA-256 của bộ số liệu được tính lại khi nhận.",
        en: "Reports issued below and sent up. The figures' SHA-256 is computed again on arrival.")
    static let levelReviewsNone = L(vi: "Chưa nhận báo cáo nào.", en: "No report received yet.")
    static let levelReviewFrom = L(vi: "Đơn vị gửi", en: "From")
    static let levelReviewNumber = L(vi: "Số, ngày", en: "Number, date")
    static let levelReviewPeriod = L(vi: "Kỳ báo cáo", en: "Period")
    static let levelReviewAnswers = L(vi: "Trả lời yêu cầu", en: "Answers")
    static let levelReviewFigures = L(vi: "Số liệu", en: "Figures")
    static let levelReviewMatch = L(vi: "khớp", en: "match")
    static let levelReviewMismatch = L(vi: "không khớp", en: "do not match")
    static let levelReviewReceivedAt = L(vi: "Nhận lúc", en: "Received")
    static let levelReviewPeriodRange = L(vi: "{0} – {1}, số liệu đến {2}", en: "{0} – {1}, figures as of {2}")
}
