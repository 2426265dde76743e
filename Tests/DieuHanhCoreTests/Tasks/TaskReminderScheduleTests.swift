import DieuHanhCore
import Testing

/// DOMAIN §11: which reminders a task gets on which day, at every boundary.
@Suite("Task reminder schedule")
struct TaskReminderScheduleTests {
    let standard = TaskReminderSettings.standard
    let plain = WorkingCalendar()

    func d(_ text: String) -> CivilDate { CivilDate.parse(text)! }

    /// The days in `from…through` with what is due on each, leaving out days with nothing.
    func schedule(
        _ facts: TaskFacts, from: String, through: String, calendar: WorkingCalendar = WorkingCalendar(),
        settings: TaskReminderSettings = .standard
    ) -> [String: [TaskReminderKind]] {
        var result: [String: [TaskReminderKind]] = [:]
        var day = d(from)
        while day <= d(through) {
            let kinds = TaskReminderSchedule.due(facts, on: day, calendar: calendar, settings: settings)
            if !kinds.isEmpty { result[day.iso] = kinds }
            day = day.adding(days: 1)
        }
        return result
    }

    func task(deadline: String?, events: [TaskEvent] = []) -> TaskFacts {
        TaskFacts(assignedOn: d("2026-01-05"), originalDeadline: deadline.map(d), events: events)
    }

    @Test func aDeadlineOnFridayIsRemindedOnTuesdayThenMondayThenEveryFiveWorkingDays() {
        // setup: Fri 20/11/2026
        let facts = task(deadline: "2026-11-20")
        // act
        let due = schedule(facts, from: "2026-11-01", through: "2026-12-10")
        // check
        #expect(
            due == [
                "2026-11-17": [.beforeDeadline], "2026-11-23": [.overdueFirst], "2026-11-30": [.overdueRepeat],
                "2026-12-07": [.overdueRepeat],
            ])
    }

    @Test func aDeadlineOnSaturdayEndsOnMonday() {
        let due = schedule(task(deadline: "2026-11-21"), from: "2026-11-01", through: "2026-11-30")
        #expect(due == ["2026-11-18": [.beforeDeadline], "2026-11-24": [.overdueFirst]])
    }

    @Test func aMakeUpSaturdayIsAWorkingDayForTheDeadline() {
        let calendar = WorkingCalendar(makeUpWorkingDays: [d("2026-11-21")])
        let due = schedule(task(deadline: "2026-11-21"), from: "2026-11-01", through: "2026-11-27", calendar: calendar)
        #expect(due == ["2026-11-18": [.beforeDeadline], "2026-11-23": [.overdueFirst]])
    }

    @Test func aDeadlineOnNationalDayMovesPastTheTwoHolidays() {
        // Wed 2/9 and Thu 3/9/2026 are off: the limit ends on Fri 4/9.
        let due = schedule(task(deadline: "2026-09-02"), from: "2026-08-20", through: "2026-09-10")
        #expect(due == ["2026-08-28": [.beforeDeadline], "2026-09-07": [.overdueFirst]])
    }

    @Test func aTetGapIsSkippedBeforeAndAfter() {
        // setup: the announced break Sat 14/2 – Sun 22/2/2026
        var off: Set<CivilDate> = []
        for n in 0...8 { off.insert(d("2026-02-14").adding(days: n)) }
        let calendar = WorkingCalendar(extraDaysOff: off)
        // act: a deadline inside the break ends on Mon 23/2; one just before it is overdue from Mon 23/2
        let inside = schedule(task(deadline: "2026-02-16"), from: "2026-02-01", through: "2026-03-04", calendar: calendar)
        let before = schedule(task(deadline: "2026-02-13"), from: "2026-02-01", through: "2026-03-03", calendar: calendar)
        // check
        #expect(inside == ["2026-02-11": [.beforeDeadline], "2026-02-24": [.overdueFirst], "2026-03-03": [.overdueRepeat]])
        #expect(before == ["2026-02-10": [.beforeDeadline], "2026-02-23": [.overdueFirst], "2026-03-02": [.overdueRepeat]])
    }

    @Test func anExtensionAfterAReminderMovesTheLaterOnes() {
        // setup: reminded on Tue 17/11 for Fri 20/11; on Wed 18/11 the deadline is extended to Fri 27/11
        let facts = task(
            deadline: "2026-11-20",
            events: [TaskEvent(kind: .extensionApproved, recordedOn: d("2026-11-18"), newDeadline: d("2026-11-27"))])
        // act
        let due = schedule(facts, from: "2026-11-01", through: "2026-12-01")
        // check: nothing on Mon 23/11, the new deadline's reminders instead
        #expect(due == ["2026-11-17": [.beforeDeadline], "2026-11-24": [.beforeDeadline], "2026-11-30": [.overdueFirst]])
    }

    @Test func completionStopsThemAndAReturnStartsThemAgain() {
        let completed = task(
            deadline: "2026-11-20",
            events: [TaskEvent(kind: .completionReported, recordedOn: d("2026-11-19"))])
        #expect(schedule(completed, from: "2026-11-18", through: "2026-12-31").isEmpty)
        let returned = task(
            deadline: "2026-11-20",
            events: [
                TaskEvent(kind: .completionReported, recordedOn: d("2026-11-19")),
                TaskEvent(kind: .completionReturned, recordedOn: d("2026-11-25")),
            ])
        #expect(schedule(returned, from: "2026-11-18", through: "2026-12-01") == ["2026-11-30": [.overdueRepeat]])
    }

    @Test func cancelledUndatedAndUnassignedTasksGetNone() {
        let cancelled = task(deadline: "2026-11-20", events: [TaskEvent(kind: .cancelled, recordedOn: d("2026-11-10"))])
        #expect(schedule(cancelled, from: "2026-11-10", through: "2026-12-31").isEmpty)
        #expect(schedule(task(deadline: nil), from: "2026-11-01", through: "2026-12-31").isEmpty)
        let late = TaskFacts(assignedOn: d("2026-11-18"), originalDeadline: d("2026-11-20"))
        #expect(schedule(late, from: "2026-11-01", through: "2026-11-23") == ["2026-11-23": [.overdueFirst]])
    }

    @Test func settingsOfZeroTurnEachOff() {
        let facts = task(deadline: "2026-11-20")
        var settings = standard
        settings.daysBefore = 0
        #expect(
            schedule(facts, from: "2026-11-01", through: "2026-11-30", settings: settings).keys.sorted() == [
                "2026-11-23", "2026-11-30",
            ])
        settings.repeatEvery = 0
        #expect(schedule(facts, from: "2026-11-01", through: "2026-12-31", settings: settings) == ["2026-11-23": [.overdueFirst]])
        settings.onOverdue = false
        #expect(schedule(facts, from: "2026-11-01", through: "2026-12-31", settings: settings).isEmpty)
        var off = standard
        off.enabled = false
        #expect(schedule(facts, from: "2026-11-01", through: "2026-12-31", settings: off).isEmpty)
    }

    @Test func repeatsCountFromTheFirstOverdueDayEvenWhenItIsOff() {
        var settings = standard
        settings.onOverdue = false
        settings.repeatEvery = 1
        let due = schedule(task(deadline: "2026-11-20"), from: "2026-11-18", through: "2026-11-27", settings: settings)
        #expect(due.keys.sorted() == ["2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27"])
    }

    @Test func oneDayBeforeAndTheDaysLeft() {
        var settings = standard
        settings.daysBefore = 1
        #expect(
            schedule(task(deadline: "2026-11-23"), from: "2026-11-16", through: "2026-11-23", settings: settings) == [
                "2026-11-20": [.beforeDeadline]
            ])
        #expect(TaskReminderSchedule.workingDaysLeft(deadline: d("2026-11-20"), on: d("2026-11-17"), calendar: plain) == 3)
        #expect(TaskReminderSchedule.workingDaysLeft(deadline: d("2026-11-21"), on: d("2026-11-20"), calendar: plain) == 1)
        #expect(TaskReminderSchedule.workingDaysLeft(deadline: d("2026-11-20"), on: d("2026-11-20"), calendar: plain) == 0)
        #expect(TaskReminderSchedule.workingDaysLeft(deadline: d("2026-11-20"), on: d("2026-11-23"), calendar: plain) == -1)
        #expect(TaskReminderSchedule.workingDaysLeft(deadline: d("2026-11-20"), on: d("2026-11-30"), calendar: plain) == -6)
    }
}
