import Foundation
import Testing

@testable import DieuHanhCore

@Suite("Emulation scoring (thi đua): the formula at its edges")
struct EmulationScoreTests {
    func facts(
        onTime: Int = 0, late: Int = 0, overdue: Int = 0, days: Int = 0, coordOnTime: Int = 0, coordLate: Int = 0,
        coordOverdue: Int = 0, reportsDue: Int = 0, reportsOnTime: Int = 0
    ) -> EmulationFacts {
        var f = EmulationFacts()
        (f.leadOnTime, f.leadLate, f.leadOverdue, f.leadDaysLate) = (onTime, late, overdue, days)
        (f.coordinationOnTime, f.coordinationLate, f.coordinationOverdue) = (coordOnTime, coordLate, coordOverdue)
        (f.reportsDue, f.reportsOnTime) = (reportsDue, reportsOnTime)
        return f
    }

    @Test("nothing due: not scored, not commended")
    func nothingDue() {
        let s = EmulationScore.score(EmulationFacts(), weights: EmulationWeights())
        #expect(s.score == nil && s.taskIndex == nil && s.reportIndex == nil && !s.commended)
    }

    @Test("all on time with every report on time is 100; a late task earns half by default; weights apply")
    func credits() {
        let w = EmulationWeights()
        #expect(EmulationScore.score(facts(onTime: 10, reportsDue: 4, reportsOnTime: 4), weights: w).score == 100)
        // 1 on time + 0,5 × 1 late over 2 due = 0,75 → 75 without reports.
        #expect(EmulationScore.score(facts(onTime: 1, late: 1), weights: w).score == 75)
        // Coordination weighs 0,3: lead 1/1 on time, coordination 0/1 (overdue): 1 / 1,3 = 76,9.
        #expect(EmulationScore.score(facts(onTime: 1, coordOverdue: 1), weights: w).score == 76.9)
        // Reports only: 3 of 4 on time.
        #expect(EmulationScore.score(facts(reportsDue: 4, reportsOnTime: 3), weights: w).score == 75)
        // Both: 80 × 1 + 20 × 0,5 = 90.
        #expect(EmulationScore.score(facts(onTime: 2, reportsDue: 2, reportsOnTime: 1), weights: w).score == 90)
    }

    @Test("days late take points off, never below 0")
    func penalty() {
        let w = EmulationWeights()
        #expect(EmulationScore.score(facts(onTime: 9, overdue: 1, days: 40), weights: w).score == 88)
        #expect(EmulationScore.score(facts(overdue: 1, days: 10_000), weights: w).score == 0)
    }

    @Test("commended only strictly above both thresholds")
    func commendation() {
        let w = EmulationWeights()
        // 10 due: 9 done = 90% is not above 90%.
        #expect(!EmulationScore.score(facts(onTime: 9, overdue: 1), weights: w).commended)
        // 20 due: 19 done (95%), 17 on time (85%): commended; 16 on time (80%) is not above 80%.
        #expect(EmulationScore.score(facts(onTime: 17, late: 2, overdue: 1), weights: w).commended)
        #expect(!EmulationScore.score(facts(onTime: 16, late: 3, overdue: 1), weights: w).commended)
        #expect(EmulationScore.score(facts(onTime: 17, late: 2, overdue: 1), weights: w).completedRate == 95)
    }

    @Test("weights out of range are named; the defaults are valid; the formula shows the weights in force")
    func weights() {
        #expect(EmulationWeights().problems.isEmpty)
        var w = EmulationWeights()
        (w.lead, w.lateCredit, w.reportShare, w.dayPenalty) = (0, 1.5, 120, -1)
        #expect(Set(w.problems.map(\.field)) == ["lead", "late_credit", "report_share", "day_penalty"])
        var shown = EmulationWeights()
        shown.coordination = 0.25
        #expect(EmulationScore.formula(shown)[0].contains("0,25 × (như trên)"))
        #expect(EmulationScore.formula(EmulationWeights())[3].contains("trên 90% và tỷ lệ đúng hạn trên 80%"))
    }

    @Test("each task a unit was asked to explain takes the weight off, never below 0")
    func explanations() {
        var f = facts(onTime: 1, late: 1)
        f.explanationsAsked = 2
        var w = EmulationWeights()
        // 75 − 1 × 2 = 73.
        #expect(EmulationScore.score(f, weights: w).score == 73)
        w.explanationPenalty = 0
        #expect(EmulationScore.score(f, weights: w).score == 75)
        w.explanationPenalty = 50
        #expect(EmulationScore.score(f, weights: w).score == 0)
        w.explanationPenalty = -1
        #expect(w.problems.map(\.field) == ["explanation_penalty"])
        #expect(EmulationScore.formula(EmulationWeights()).joined().contains("1 × số nhiệm vụ chủ trì bị yêu cầu giải trình"))
    }

    @Test("weights saved before the explanation weight read it as its default and keep the others")
    func olderWeights() throws {
        let saved =
            #"{"lead":2,"coordination":0.5,"lateCredit":0.25,"dayPenalty":0.1,"reportShare":10,"#
            + #""completedThreshold":85,"onTimeThreshold":75}"#
        let w = try JSONDecoder().decode(EmulationWeights.self, from: Data(saved.utf8))
        #expect(w.lead == 2 && w.coordination == 0.5 && w.lateCredit == 0.25 && w.dayPenalty == 0.1)
        #expect(w.reportShare == 10 && w.completedThreshold == 85 && w.onTimeThreshold == 75)
        #expect(w.explanationPenalty == EmulationWeights().explanationPenalty)
        let again = try JSONDecoder().decode(EmulationWeights.self, from: try JSONEncoder().encode(w))
        #expect(again == w)
    }
}
