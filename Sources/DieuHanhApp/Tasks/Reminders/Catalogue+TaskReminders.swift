import Foundation

/// The task reminders' interface strings.
extension T {
    static let taskRemindersTitle = L(vi: "Nhắc hạn nhiệm vụ", en: "Task reminders")
    static let taskRemindersLeadOffice = L(
        vi: "Các lần nhắc hạn đã gửi cán bộ của đơn vị chủ trì, mới nhất trước, và kết quả gửi thư.",
        en: "Reminders sent to the lead units' officers, newest first, and what became of their e-mail.")
    static let taskRemindersLeadMine = L(
        vi: "Các nhiệm vụ của đơn vị bạn đã được nhắc hạn, mới nhất trước. Mỗi ngày bạn nhận một thư tổng hợp.",
        en: "Your unit's tasks you were reminded of, newest first. You get one e-mail a day listing them.")
    static let taskRemindersEmptyTitle = L(vi: "Chưa có lần nhắc hạn nào", en: "No reminders yet")
    static let taskRemindersEmptyText = L(
        vi: "Hệ thống tự nhắc mỗi ngày làm việc khi nhiệm vụ sắp đến hạn hoặc quá hạn.",
        en: "Reminders go out every working day for tasks close to or past their deadline.")
    static let taskRemindersSettingsTitle = L(vi: "Cài đặt nhắc hạn", en: "Reminder settings")
    static let taskRemindersSettingsLead = L(
        vi: "Số ngày tính theo ngày làm việc (trừ ngày nghỉ lễ, tết theo lịch làm việc); để 0 là không nhắc.",
        en: "Days are working days (holidays per the working calendar); 0 turns a reminder off.")
    static let taskRemindersSaved = L(vi: "Đã lưu cài đặt nhắc hạn.", en: "Reminder settings saved.")
    static let taskRemindersShowAll = L(vi: "Tất cả", en: "All")
    static let taskRemindersShowFailed = L(vi: "Gửi thư lỗi", en: "Failed e-mails")
    static let taskRemindFieldEnabled = L(vi: "Tự động nhắc hạn nhiệm vụ", en: "Remind automatically")
    static let taskRemindFieldDaysBefore = L(vi: "Nhắc trước hạn (ngày làm việc)", en: "Before the deadline (working days)")
    static let taskRemindFieldOnOverdue = L(
        vi: "Nhắc vào ngày làm việc đầu tiên sau hạn", en: "On the first working day after the deadline")
    static let taskRemindFieldRepeat = L(
        vi: "Khi quá hạn, nhắc lại sau mỗi (ngày làm việc)", en: "While overdue, again every (working days)")
    static let taskRemindDaysInvalid = L(
        vi: "{0}: nhập số ngày từ 0 đến {1}.", en: "{0}: enter a number of days from 0 to {1}.")
    static let taskRemindColDay = L(vi: "Ngày nhắc", en: "Day")
    static let taskRemindColKind = L(vi: "Loại", en: "Kind")
    static let taskRemindColTask = L(vi: "Nhiệm vụ", en: "Task")
    static let taskRemindColTo = L(vi: "Người nhận", en: "Recipient")
    static let taskRemindColMail = L(vi: "Thư", en: "E-mail")
    static let taskRemindKindBefore = L(vi: "Sắp đến hạn", en: "Due soon")
    static let taskRemindKindOverdue = L(vi: "Quá hạn", en: "Overdue")
    static let taskRemindKindRepeat = L(vi: "Nhắc lại khi quá hạn", en: "Overdue, again")
    static let taskRemindQueued = L(vi: "Chờ gửi", en: "Waiting")
    static let taskRemindSent = L(vi: "Đã gửi {0}", en: "Sent {0}")
    static let taskRemindFailed = L(vi: "Gửi lỗi (lần {0})", en: "Failed (attempt {0})")
    static let taskRemindFailedRetry = L(vi: "sẽ gửi lại", en: "will be retried")
    static let taskRemindFailedGiveUp = L(vi: "đã thôi gửi lại", en: "no more retries")
    static let taskRemindInApp = L(vi: "Chỉ trong ứng dụng", en: "In the app only")
    static let taskRemindedOn = L(vi: "Đã nhắc hạn", en: "Reminded on")
}
