import DieuHanhCore
import Vapor

/// The office's settings form, as typed: a wrong figure comes back in its field, as it was entered.
struct TaskReminderSettingsForm: Content {
    var enabled: String?
    var days_before: String?
    var on_overdue: String?
    var repeat_every: String?

    init(enabled: String? = nil, days_before: String? = nil, on_overdue: String? = nil, repeat_every: String? = nil) {
        (self.enabled, self.days_before, self.on_overdue, self.repeat_every) = (enabled, days_before, on_overdue, repeat_every)
    }

    init(_ settings: TaskReminderSettings) {
        self.init(
            enabled: settings.enabled ? "1" : nil, days_before: String(settings.daysBefore),
            on_overdue: settings.onOverdue ? "1" : nil, repeat_every: String(settings.repeatEvery))
    }

    /// The settings, or every problem at once.
    func settings(_ t: Localizer) -> (TaskReminderSettings?, [FieldError]) {
        var errors: [FieldError] = []
        func days(_ text: String?, field: String, label: L) -> Int {
            let trimmed = (text ?? "").trimmingCharacters(in: .whitespaces)
            if let value = Int(trimmed), (0...TaskReminderSettings.maxDays).contains(value) { return value }
            errors.append(
                FieldError(field: field, message: t(T.taskRemindDaysInvalid, t(label), String(TaskReminderSettings.maxDays))))
            return 0
        }
        let before = days(days_before, field: "days_before", label: T.taskRemindFieldDaysBefore)
        let repeatEvery = days(repeat_every, field: "repeat_every", label: T.taskRemindFieldRepeat)
        guard errors.isEmpty else { return (nil, errors) }
        return (
            TaskReminderSettings(
                enabled: enabled != nil, daysBefore: before, onOverdue: on_overdue != nil, repeatEvery: repeatEvery), []
        )
    }
}
