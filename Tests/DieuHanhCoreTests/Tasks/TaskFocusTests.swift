import Testing

@testable import DieuHanhCore

/// Focal tasks (nhiệm vụ trọng tâm) and their priority: who marks them, how files write them, how they order lists.
@Suite("Task focus and priority")
struct TaskFocusTests {
    @Test("only the office and admins may mark a focal task")
    func whoMayMark() {
        #expect(Role.allCases.filter(TaskFocus.mayChange) == [.admin, .coordinator])
    }

    @Test("focal tasks come first, then high to low priority, unmarked tasks last")
    func order() {
        let marks = [
            TaskFocus.none, TaskFocus(priority: .low), TaskFocus(focal: true), TaskFocus(priority: .high),
            TaskFocus(focal: true, priority: .medium), TaskFocus(focal: true, priority: .high),
        ]
        #expect(
            marks.sorted(by: TaskFocus.comesBefore) == [
                TaskFocus(focal: true, priority: .high), TaskFocus(focal: true, priority: .medium),
                TaskFocus(focal: true), TaskFocus(priority: .high), TaskFocus(priority: .low), .none,
            ])
        #expect(!TaskFocus.comesBefore(.none, .none))
    }

    @Test("trong_tam reads x or 1 as focal, 0 or empty as not, anything else as a mistake")
    func parseFocal() {
        #expect(TaskFocus.parseFocal("x") == true)
        #expect(TaskFocus.parseFocal(" X ") == true)
        #expect(TaskFocus.parseFocal("1") == true)
        #expect(TaskFocus.parseFocal("0") == false)
        #expect(TaskFocus.parseFocal("") == false)
        #expect(TaskFocus.parseFocal("có") == nil)
        #expect(TaskFocus.parseFocal("2") == nil)
    }

    @Test("a priority is read from its code or its words, with or without diacritics")
    func parsePriority() {
        #expect(TaskPriority.parse("cao") == .some(.high))
        #expect(TaskPriority.parse("trung_binh") == .some(.medium))
        #expect(TaskPriority.parse("Trung bình") == .some(.medium))
        #expect(TaskPriority.parse("THẤP") == .some(.low))
        #expect(TaskPriority.parse("") == .some(nil))
        #expect(TaskPriority.parse("khẩn") == nil)
        #expect(TaskPriority.rank(.high) < TaskPriority.rank(.low))
        #expect(TaskPriority.rank(.low) < TaskPriority.rank(nil))
    }
}
