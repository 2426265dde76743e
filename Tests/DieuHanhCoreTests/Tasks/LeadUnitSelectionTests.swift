import Foundation
import Testing

@testable import DieuHanhCore

private func d(_ iso: String) -> CivilDate { CivilDate.parse(iso)! }

private func unit(
    _ code: String, _ kind: UnitKind = .department, from: String? = nil, to: String? = nil, inProvince: Bool = true
) -> LeadUnitSelection.Candidate {
    .init(code: code, kind: kind, validFrom: from.map(d), validTo: to.map(d), inProvince: inProvince)
}

private func select(_ text: String) -> LeadUnitSelection { try! LeadUnitSelection.parse(text).get() }

@Suite("A point for many lead units: reading and resolving the selection")
struct LeadUnitSelectionTests {
    @Test("one code is an ordinary task; several codes or a kind are a point")
    func single() {
        #expect(select("SNV").isSingleUnit)
        #expect(select(" SNV ; ").isSingleUnit)
        #expect(!select("SNV; STC").isSingleUnit)
        #expect(!select("@department").isSingleUnit)
        #expect(!select("@commune; SYT").isSingleUnit)
    }

    @Test("parsing: separators, repeated choices once, kinds in any case, unknown kinds and empty text refused")
    func parsing() {
        #expect(select("SNV;STC, SNV").choices == [.unit("SNV"), .unit("STC")])
        #expect(select("@Department; @commune").choices == [.kind(.department), .kind(.commune)])
        #expect(LeadUnitSelection.parse("@ministry") == .failure(.unknownKind("@ministry")))
        #expect(LeadUnitSelection.parse("@nothing") == .failure(.unknownKind("@nothing")))
        #expect(LeadUnitSelection.parse(" ; ") == .failure(.empty))
        #expect(select("@department; SNV").text == "@department; SNV")
        #expect(LeadUnitSelection.taskID(point: "TB-1", unit: "SNV") == "TB-1/SNV")
    }

    @Test("a kind means its units in the province open on the assigned date: first and last days included")
    func openOnTheAssignedDate() {
        let units = [
            unit("A"), unit("OPENS", from: "2026-03-10"), unit("OPENED", from: "2026-03-09"),
            unit("LASTDAY", to: "2026-03-09"), unit("CLOSED", to: "2026-03-08"), unit("LATER", to: "2026-12-31"),
            unit("X", .commune), unit("ELSEWHERE", inProvince: false),
        ]
        let codes = select("@department").resolve(units, assignedOn: d("2026-03-09"))
        #expect(codes == ["A", "OPENED", "LASTDAY", "LATER"])
        #expect(select("@commune").resolve(units, assignedOn: d("2026-03-09")) == ["X"])
    }

    @Test("codes and kinds together: the order chosen, each unit once")
    func mixed() {
        let units = [unit("A"), unit("B"), unit("X", .commune)]
        #expect(select("X; @department; A").resolve(units, assignedOn: d("2026-01-01")) == ["X", "A", "B"])
        // A code named one by one is taken as named, even a closed unit: the task rules refuse it in their words.
        #expect(select("Z; A").resolve([unit("Z", to: "2020-01-01"), unit("A")], assignedOn: d("2026-01-01")) == ["Z", "A"])
        #expect(select("@district").resolve(units, assignedOn: d("2026-01-01")).isEmpty)
    }
}

@Suite("A point's roll-up over its units")
struct PointRollupTests {
    private func snapshot(_ bucket: TaskBucket) -> TaskSnapshot { TaskSnapshot(bucket: bucket, deadline: d("2026-06-30")) }

    @Test("N of M done, on time and late, the overdue units named, cancelled ones not due")
    func rollup() {
        let rollup = PointRollup([
            (name: "Sở A", snapshot: snapshot(.completedOnTime)), (name: "Sở B", snapshot: snapshot(.completedLate)),
            (name: "Sở C", snapshot: snapshot(.pendingOverdue)), (name: "Sở D", snapshot: snapshot(.pendingWithinDeadline)),
            (name: "Sở E", snapshot: nil),
        ])
        #expect(rollup.total == 4 && rollup.completed == 2 && rollup.notCounted == 1)
        #expect(
            rollup.sentence
                == "2/4 đơn vị đã hoàn thành (01 đúng hạn, 01 quá hạn); 01 đơn vị chưa hoàn thành quá hạn: Sở C.")
        #expect(PointRollup([(name: "Sở A", snapshot: snapshot(.pendingNoDeadline))]).sentence == "0/1 đơn vị đã hoàn thành.")
        #expect(PointRollup().sentence == "Không có đơn vị nào phải thực hiện.")
    }
}
