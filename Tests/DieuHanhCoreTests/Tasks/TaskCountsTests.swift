import Foundation
import Testing

@testable import DieuHanhCore

private func d(_ iso: String) -> CivilDate {
    guard let date = CivilDate.parse(iso) else { fatalError("bad test date \(iso)") }
    return date
}

/// "91,3%": the Vietnamese form of a one-decimal percentage.
private func percentText(_ rate: TaskRate) -> String? {
    rate.percent(decimals: 1).map { "\($0)".replacingOccurrences(of: ".", with: ",") + "%" }
}

private func tally(_ facts: [TaskFacts], asOf: CivilDate) -> TaskCounts {
    TaskCounts.tally(facts.compactMap { TaskStatus.evaluate($0, asOf: asOf)?.bucket })
}

@Suite("Task counts and rates")
struct TaskCountsTests {
    @Test("tally counts each bucket and sums the total")
    func tallyBuckets() {
        let counts = TaskCounts.tally([
            .completedOnTime, .completedOnTime, .completedLate, .pendingOverdue,
            .pendingNoDeadline, .pendingWithinDeadline, .pendingWithinDeadline,
        ])
        #expect(
            counts
                == TaskCounts(
                    completedOnTime: 2, completedLate: 1, pendingWithinDeadline: 2,
                    pendingOverdue: 1, pendingNoDeadline: 1))
        #expect(counts.total == 7 && counts.completed == 3 && counts.pending == 4)
    }

    @Test("rates are nil when there is nothing to divide by")
    func emptyRates() {
        let empty = TaskCounts()
        #expect(empty.total == 0)
        #expect(empty.completionRate == nil && empty.onTimeRate == nil && empty.dueTasksRate == nil)
        #expect(empty.rate(.completion).percent() == nil)
    }

    @Test("the national 2017 figures give the three labelled rates")
    func national2017() {
        let counts = TaskCounts(
            completedOnTime: 14_068, completedLate: 1_983, pendingWithinDeadline: 5_640,
            pendingOverdue: 223)
        #expect(counts.total == 21_914 && counts.completed == 16_051 && counts.pending == 5_863)
        #expect(percentText(counts.rate(.completion)) == "73,2%")  // 16.051 / 21.914
        #expect(percentText(counts.rate(.onTime)) == "64,2%")  // 14.068 / 21.914
        #expect(percentText(counts.rate(.dueTasks)) == "98,6%")  // 16.051 / (16.051 + 223)
        #expect(counts.rate(.dueTasks) == TaskRate(kind: .dueTasks, numerator: 16_051, denominator: 16_274))
    }

    @Test("percentages round half up, exactly")
    func roundingHalfUp() {
        #expect(TaskRate(kind: .completion, numerator: 9, denominator: 16).percent() == Decimal(string: "56.3"))
        #expect(TaskRate(kind: .completion, numerator: 1, denominator: 8).percent() == Decimal(string: "12.5"))
        #expect(TaskRate(kind: .completion, numerator: 2, denominator: 3).percent(decimals: 0) == 67)
        #expect(TaskRate(kind: .completion, numerator: 5, denominator: 5).percent() == 100)
    }

    @Test("every rate carries a Vietnamese label")
    func labels() {
        #expect(TaskRate.Kind.completion.label.hasPrefix("Tỷ lệ hoàn thành"))
        #expect(Set(TaskRate.Kind.allCases.map(\.label)).count == 3)
    }

    @Test("counts add up across units")
    func addition() {
        let a = TaskCounts(completedOnTime: 1, pendingOverdue: 2)
        let b = TaskCounts(completedLate: 3, pendingOverdue: 1, pendingNoDeadline: 4)
        #expect(a + b == TaskCounts(completedOnTime: 1, completedLate: 3, pendingOverdue: 3, pendingNoDeadline: 4))
    }

    @Test("JSON uses the bucket names and includes the total")
    func json() throws {
        let counts = TaskCounts(completedOnTime: 42, pendingWithinDeadline: 4)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let text = String(decoding: try encoder.encode(counts), as: UTF8.self)
        #expect(
            text == #"{"completed_late":0,"completed_on_time":42,"pending_no_deadline":0,"#
                + #""pending_overdue":0,"pending_within_deadline":4,"total":46}"#)
        #expect(try JSONDecoder().decode(TaskCounts.self, from: Data(text.utf8)) == counts)
    }

    // MARK: Seeds

    @Test("seed 001, Bình Dương 2020-H1: 46 tasks → 42 on time + 4 within deadline, completion rate 91,3%")
    func seedBinhDuong() {
        let cutOff = d("2020-06-14")
        var facts: [TaskFacts] = []
        for i in 0..<42 {
            let assigned = d("2020-01-06").adding(days: i)
            var events = [TaskEvent(kind: .assigned, recordedOn: assigned)]
            if i % 7 == 0 {  // some were extended, then finished within the new deadline
                events.append(TaskEvent(kind: .extensionApproved, recordedOn: d("2020-03-25"), newDeadline: d("2020-05-31")))
                events.append(TaskEvent(kind: .completionReported, recordedOn: d("2020-05-29"), effectiveOn: d("2020-05-28")))
            } else {
                events.append(TaskEvent(kind: .completionReported, recordedOn: assigned.adding(days: 30)))
            }
            events.append(TaskEvent(kind: .completionConfirmed, recordedOn: d("2020-06-20")))  // after the cut-off
            facts.append(TaskFacts(assignedOn: assigned, originalDeadline: d("2020-03-31"), events: events))
        }
        for i in 0..<4 {
            let assigned = d("2020-05-04").adding(days: i)
            facts.append(
                TaskFacts(
                    assignedOn: assigned, originalDeadline: d("2020-12-31"),
                    events: [TaskEvent(kind: .assigned, recordedOn: assigned)]))
        }
        // A task withdrawn before the cut-off, and one assigned after it: neither counts.
        facts.append(
            TaskFacts(
                assignedOn: d("2020-02-03"), originalDeadline: d("2020-04-30"),
                events: [TaskEvent(kind: .cancelled, recordedOn: d("2020-03-02"))]))
        facts.append(TaskFacts(assignedOn: d("2020-06-15"), originalDeadline: d("2020-09-30")))

        let counts = tally(facts, asOf: cutOff)
        #expect(counts == TaskCounts(completedOnTime: 42, pendingWithinDeadline: 4))
        #expect(counts.total == 46)
        #expect(percentText(counts.rate(.completion)) == "91,3%")
        #expect(percentText(counts.rate(.onTime)) == "91,3%")
        #expect(counts.rate(.dueTasks).percent() == 100)  // 42 / (42 + 0 overdue)
    }

    @Test("seed Cao Bằng 2021-H1: 11 tasks → 5 on time + 6 within deadline")
    func seedCaoBang() {
        let cutOff = d("2021-06-14")
        var facts: [TaskFacts] = []
        for i in 0..<5 {
            facts.append(
                TaskFacts(
                    assignedOn: d("2021-01-15"), originalDeadline: d("2021-04-30"),
                    events: [TaskEvent(kind: .completionReported, recordedOn: d("2021-04-\(20 + i)"))]))
        }
        for i in 0..<6 {
            // One of them was reported done but returned by the office before the cut-off.
            let events =
                i == 0
                ? [
                    TaskEvent(kind: .completionReported, recordedOn: d("2021-05-10")),
                    TaskEvent(kind: .completionReturned, recordedOn: d("2021-05-20")),
                ]
                : []
            facts.append(TaskFacts(assignedOn: d("2021-03-01"), originalDeadline: d("2021-06-30"), events: events))
        }
        let counts = tally(facts, asOf: cutOff)
        #expect(counts == TaskCounts(completedOnTime: 5, pendingWithinDeadline: 6))
        #expect(counts.total == 11)
        #expect(percentText(counts.rate(.completion)) == "45,5%")
    }
}
