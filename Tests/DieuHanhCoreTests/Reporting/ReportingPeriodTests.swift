import Foundation
import Testing

@testable import DieuHanhCore

private func d(_ iso: String) -> CivilDate {
    guard let date = CivilDate.parse(iso) else { fatalError("bad test date \(iso)") }
    return date
}

private func p(_ code: String) -> ReportingPeriod {
    guard let period = ReportingPeriod(code: code) else { fatalError("bad period \(code)") }
    return period
}

@Suite("Reporting periods and Decree 09 cut-off windows")
struct ReportingPeriodTests {
    @Test("a month runs from the 15th of the previous month to the 14th")
    func monthWindow() {
        #expect(p("2026-M05").window == CutOffWindow(from: d("2026-04-15"), to: d("2026-05-14")))
        // January reaches back into December of the year before.
        #expect(p("2026-M01").window == CutOffWindow(from: d("2025-12-15"), to: d("2026-01-14")))
    }

    @Test("a quarter runs from the 15th of the month before it to the 14th of its last month")
    func quarterWindows() {
        #expect(p("2026-Q1").window == CutOffWindow(from: d("2025-12-15"), to: d("2026-03-14")))
        #expect(p("2026-Q2").window == CutOffWindow(from: d("2026-03-15"), to: d("2026-06-14")))
        #expect(p("2026-Q4").window == CutOffWindow(from: d("2026-09-15"), to: d("2026-12-14")))
    }

    @Test("6 months, 9 months and the year all start on 15/12 of the year before")
    func longWindows() {
        #expect(p("2026-H1").window == CutOffWindow(from: d("2025-12-15"), to: d("2026-06-14")))
        #expect(p("2026-9M").window == CutOffWindow(from: d("2025-12-15"), to: d("2026-09-14")))
        #expect(p("2026").window == CutOffWindow(from: d("2025-12-15"), to: d("2026-12-14")))
    }

    @Test("the cut-off day belongs to its period, the next day to the next period")
    func cutOffDay() {
        let may = p("2026-M05")
        #expect(may.window.contains(d("2026-05-14")))
        #expect(!may.window.contains(d("2026-05-15")))
        #expect(may.next().window.contains(d("2026-05-15")))
        #expect(ReportingPeriod.first(.month, cuttingOffOnOrAfter: d("2026-05-14")) == may)
        #expect(ReportingPeriod.first(.month, cuttingOffOnOrAfter: d("2026-05-15")) == p("2026-M06"))
        #expect(ReportingPeriod.first(.month, cuttingOffOnOrAfter: d("2026-12-20")) == p("2027-M01"))
        #expect(ReportingPeriod.first(.quarter, cuttingOffOnOrAfter: d("2026-06-15")) == p("2026-Q3"))
    }

    @Test("codes and labels follow the contract and Vietnamese reports")
    func codesAndLabels() {
        #expect(p("2026-m05").code == "2026-M05")
        #expect(p("2026-Q2").label == "quý II năm 2026")
        #expect(p("2026-H1").label == "6 tháng đầu năm 2026")
        #expect(p("2026-9M").label == "9 tháng đầu năm 2026")
        #expect(p("2026").label == "năm 2026")
        #expect(p("2026-M11").label == "tháng 11 năm 2026")
        for bad in ["2026-M13", "2026-Q5", "2026-H2", "26-M01", "", "2026-X1"] {
            #expect(ReportingPeriod(code: bad) == nil, "\(bad)")
        }
        #expect(p("2026-M12").next() == p("2027-M01"))
        #expect(p("2026-Q4").next() == p("2027-Q1"))
        #expect(p("2026-H1").next() == p("2027-H1"))
    }
}

@Suite("Reporting deadline rules")
struct ReportingDeadlineRuleTests {
    let calendar = WorkingCalendar()

    @Test("N working days after the cut-off count from the next day")
    func workingDaysAfterCutOff() {
        // Thu 14/5/2026 → Fri 15 (1), Mon 18 (2).
        #expect(
            ReportingDeadlineRule.workingDaysAfterCutOff(2).deadline(for: p("2026-M05"), calendar: calendar) == d("2026-05-18"))
        // A cut-off on Sunday 14/6/2026 → Mon 15 (1), Tue 16 (2).
        #expect(
            ReportingDeadlineRule.workingDaysAfterCutOff(2).deadline(for: p("2026-H1"), calendar: calendar) == d("2026-06-16"))
    }

    @Test("working days skip Tết")
    func skipsTet() {
        // Sat 14/2/2026; Tết holidays Mon 16 – Fri 20/2 → Mon 23 (1), Tue 24 (2).
        #expect(
            ReportingDeadlineRule.workingDaysAfterCutOff(2).deadline(for: p("2026-M02"), calendar: calendar) == d("2026-02-24"))
    }

    @Test("a fixed day on a weekend moves to Monday")
    func fixedDayOnWeekend() {
        // 20/6/2026 is a Saturday.
        #expect(
            ReportingDeadlineRule.fixedDay(day: 20, monthsAfterCutOff: 0).deadline(for: p("2026-M06"), calendar: calendar)
                == d("2026-06-22"))
    }

    @Test("a fixed day on a holiday moves to the next working day")
    func fixedDayOnHoliday() {
        // 2/9/2026 Quốc khánh (Wed) and 3/9 (Thu) are off → Fri 4/9.
        #expect(
            ReportingDeadlineRule.fixedDay(day: 2, monthsAfterCutOff: 1).deadline(for: p("2026-M08"), calendar: calendar)
                == d("2026-09-04"))
    }

    @Test("a day past the month's end is its last day, and December rolls into January")
    func clampsAndRolls() {
        // 31 → 28/2/2026 (Saturday) → Mon 2/3.
        #expect(
            ReportingDeadlineRule.fixedDay(day: 31, monthsAfterCutOff: 0).deadline(for: p("2026-M02"), calendar: calendar)
                == d("2026-03-02"))
        #expect(
            ReportingDeadlineRule.fixedDay(day: 5, monthsAfterCutOff: 1).deadline(for: p("2026-M12"), calendar: calendar)
                == d("2027-01-05"))
    }

    @Test("the administrator's days off count too")
    func adminDaysOff() {
        let withDayOff = WorkingCalendar(extraDaysOff: [d("2026-05-15")])
        #expect(
            ReportingDeadlineRule.workingDaysAfterCutOff(2).deadline(for: p("2026-M05"), calendar: withDayOff) == d("2026-05-19"))
    }

    @Test("codes round-trip and invalid rules are refused")
    func codes() {
        for rule in [
            ReportingDeadlineRule.workingDaysAfterCutOff(2), .fixedDay(day: 20, monthsAfterCutOff: 0),
            .fixedDay(day: 5, monthsAfterCutOff: 1),
        ] {
            #expect(ReportingDeadlineRule(code: rule.code) == rule)
        }
        for bad in ["wd:0", "wd:61", "day:10+0", "day:32+1", "day:5+3", "x", "day:5"] {
            #expect(ReportingDeadlineRule(code: bad) == nil, "\(bad)")
        }
        #expect(ReportingDeadlineRule.workingDaysAfterCutOff(2).label == "2 ngày làm việc sau ngày chốt số liệu")
        #expect(
            ReportingDeadlineRule.fixedDay(day: 5, monthsAfterCutOff: 1).label == "ngày 05 của tháng thứ 1 sau tháng chốt số liệu"
        )
    }

    @Test("a schedule opens each period's request on the first day of its window")
    func scheduleOpensPeriods() {
        let schedule = ReportingSchedule(frequency: .month, rule: .workingDaysAfterCutOff(2), first: p("2026-M01"))
        let opened = schedule.openedPeriods(asOf: d("2026-11-22"), calendar: calendar)
        // December's window opened on 15/11.
        #expect(opened.map(\.period.code).last == "2026-M12")
        #expect(opened.count == 12)
        #expect(opened.first?.opensOn == d("2025-12-15"))
        #expect(opened.first?.deadline == d("2026-01-16"))
        #expect(schedule.openedPeriods(asOf: d("2025-12-14"), calendar: calendar).isEmpty)
        let ended = ReportingSchedule(
            frequency: .month, rule: .workingDaysAfterCutOff(2), first: p("2026-M01"), last: p("2026-M03"))
        #expect(
            ended.openedPeriods(asOf: d("2026-11-22"), calendar: calendar).map(\.period.code) == [
                "2026-M01", "2026-M02", "2026-M03",
            ])
        let preview = schedule.upcoming(from: d("2026-11-22"), count: 2, calendar: calendar)
        #expect(preview.map(\.period.code) == ["2026-M12", "2027-M01"])
    }
}
