import DieuHanhCore
import Testing

@Suite("Task status timeline")
struct TaskStatusTimelineTests {
    func d(_ s: String) -> CivilDate { CivilDate.parse(s)! }

    /// The snapshot the spans give for `date`, or nil when no span holds it.
    func lookup(_ spans: [TaskStatusSpan], _ date: CivilDate) -> TaskSnapshot? {
        spans.first { $0.contains(date) }?.snapshot(asOf: date)
    }

    /// Every day from before the assignment to well after the last date in the facts agrees with `evaluate`.
    func expectAgreesEveryDay(_ facts: TaskFacts, sourceLocation: SourceLocation = #_sourceLocation) {
        let spans = TaskStatus.timeline(facts)
        var last = facts.assignedOn
        for e in facts.events { last = max(last, e.recordedOn, e.effectiveOn, e.newDeadline ?? last) }
        if let deadline = facts.originalDeadline { last = max(last, deadline) }
        var day = facts.assignedOn.adding(days: -3)
        while day <= last.adding(days: 10) {
            #expect(
                lookup(spans, day) == TaskStatus.evaluate(facts, asOf: day), "as of \(day.iso)", sourceLocation: sourceLocation)
            day = day.adding(days: 1)
        }
        // Spans never overlap and come in order.
        for (a, b) in zip(spans, spans.dropFirst()) {
            #expect(a.until != nil && a.until! <= b.from, sourceLocation: sourceLocation)
        }
    }

    @Test func aTaskCompletedOnItsDeadlineDay() {
        let facts = TaskFacts(
            assignedOn: d("2020-03-02"), originalDeadline: d("2020-03-31"),
            events: [
                TaskEvent(kind: .completionReported, recordedOn: d("2020-03-31"))
            ])
        let spans = TaskStatus.timeline(facts)
        #expect(spans.map(\.bucket) == [.pendingWithinDeadline, .completedOnTime])
        #expect(spans[0].from == d("2020-03-02"))
        #expect(spans[0].until == d("2020-03-31"))
        #expect(spans[1].until == nil)
        expectAgreesEveryDay(facts)
    }

    @Test func overdueThenLateWithTheDaysLateOfEachCutOff() {
        let facts = TaskFacts(
            assignedOn: d("2020-03-02"), originalDeadline: d("2020-03-31"),
            events: [
                TaskEvent(kind: .completionReported, recordedOn: d("2020-04-20"), effectiveOn: d("2020-04-15"))
            ])
        let spans = TaskStatus.timeline(facts)
        #expect(spans.map(\.bucket) == [.pendingWithinDeadline, .pendingOverdue, .completedLate])
        #expect(spans[1].from == d("2020-04-01"))
        #expect(lookup(spans, d("2020-04-10"))?.daysLate == 10)
        #expect(lookup(spans, d("2021-01-01"))?.daysLate == 15)
        expectAgreesEveryDay(facts)
    }

    @Test func extensionDecidedAfterTheCutOffReturnedCompletionAndCancellation() {
        expectAgreesEveryDay(
            TaskFacts(
                assignedOn: d("2020-10-19"), originalDeadline: d("2020-10-23"),
                events: [
                    TaskEvent(kind: .extensionRequested, recordedOn: d("2020-10-22"), newDeadline: d("2020-10-30")),
                    TaskEvent(kind: .extensionApproved, recordedOn: d("2020-10-26"), newDeadline: d("2020-10-30")),
                    TaskEvent(kind: .completionReported, recordedOn: d("2020-10-29")),
                    TaskEvent(kind: .completionReturned, recordedOn: d("2020-11-02")),
                    TaskEvent(kind: .completionReported, recordedOn: d("2020-11-09"), effectiveOn: d("2020-11-06")),
                    TaskEvent(kind: .completionConfirmed, recordedOn: d("2020-11-10")),
                ]))
        let cancelled = TaskFacts(
            assignedOn: d("2021-01-04"), originalDeadline: d("2021-02-01"),
            events: [
                TaskEvent(kind: .cancelled, recordedOn: d("2021-01-20"))
            ])
        let spans = TaskStatus.timeline(cancelled)
        #expect(spans.count == 1)
        #expect(spans[0].until == d("2021-01-20"))
        expectAgreesEveryDay(cancelled)
    }

    @Test func noDeadlineAndEntryAfterTheFact() {
        expectAgreesEveryDay(
            TaskFacts(
                assignedOn: d("2021-05-01"), originalDeadline: nil,
                events: [
                    TaskEvent(kind: .progressReported, recordedOn: d("2021-05-10")),
                    TaskEvent(kind: .completionReported, recordedOn: d("2021-07-01"), effectiveOn: d("2021-06-10")),
                ]))
    }

    /// Many generated histories, each checked day by day against the rule.
    @Test func generatedHistoriesAgreeWithTheRuleOnEveryDay() {
        var seed: UInt64 = 0x2020_0614
        func next(_ n: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(n))
        }
        let kinds: [TaskEvent.Kind] = [
            .progressReported, .extensionRequested, .extensionApproved, .extensionRefused,
            .completionReported, .completionConfirmed, .completionReturned, .cancelled,
        ]
        for _ in 0..<300 {
            let assigned = d("2020-01-01").adding(days: next(60))
            let deadline = next(5) == 0 ? nil : assigned.adding(days: next(40))
            var events: [TaskEvent] = []
            for _ in 0..<next(6) {
                let kind = kinds[next(kinds.count - (next(4) == 0 ? 0 : 1))]
                let recorded = assigned.adding(days: next(80) - 5)
                let effective = next(3) == 0 ? recorded.adding(days: -next(10)) : recorded
                let newDeadline =
                    kind == .extensionApproved || kind == .extensionRequested ? recorded.adding(days: next(30)) : nil
                events.append(TaskEvent(kind: kind, recordedOn: recorded, effectiveOn: effective, newDeadline: newDeadline))
            }
            expectAgreesEveryDay(TaskFacts(assignedOn: assigned, originalDeadline: deadline, events: events))
        }
    }
}
