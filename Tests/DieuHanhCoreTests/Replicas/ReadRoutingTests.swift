import DieuHanhCore
import Foundation
import Testing

@Suite("Reads on replicas: routing")
struct ReadRoutingTests {
    let now = Date(timeIntervalSince1970: 1_795_312_800)

    @Test func positionsReadAsPostgreSQLPrintsThem() {
        #expect(WALPosition("0/0")?.value == 0)
        #expect(WALPosition("16/B374D848")?.value == 0x16_B374_D848)
        #expect(WALPosition("FFFFFFFF/FFFFFFFF")?.value == UInt64.max)
        #expect(WALPosition("16/B374D848")?.description == "16/B374D848")
        #expect(WALPosition("0/3000060") == WALPosition(0x300_0060))
    }

    @Test(arguments: ["", "/", "0/", "/0", "0/0/0", "G/0", "123456789/0", "0/123456789", "-1/0", " 0/0"])
    func anythingElseIsNoPosition(_ text: String) {
        #expect(WALPosition(text) == nil)
    }

    @Test func positionsCompareAcrossTheHalves() {
        #expect(WALPosition("1/0")! > WALPosition("0/FFFFFFFF")!)
        #expect(WALPosition("0/10")! > WALPosition("0/F")!)
    }

    @Test func aMarkSurvivesItsCookie() {
        let mark = WriteMark(position: WALPosition("16/B374D848")!, at: now)
        #expect(mark.cookieValue == "16/B374D848@1795312800")
        #expect(WriteMark(cookieValue: mark.cookieValue) == mark)
        for broken in ["", "16/B374D848", "16/B374D848@", "@1795312800", "x/1@1", "0/1@1@1", "0/1@1.5"] {
            #expect(WriteMark(cookieValue: broken) == nil, "\(broken)")
        }
    }

    @Test func theLatestMarkIsTheOneFurtherAlongTheLog() {
        let early = WriteMark(position: WALPosition(10), at: now)
        let late = WriteMark(position: WALPosition(20), at: now.addingTimeInterval(-60))
        #expect(WriteMark.latest(early, late) == late)
        #expect(WriteMark.latest(late, early) == late)
        #expect(WriteMark.latest(nil, early) == early)
        #expect(WriteMark.latest(early, nil) == early)
        #expect(WriteMark.latest(nil, nil) == nil)
    }

    @Test func writesAndDeploymentsWithoutReplicasUseThePrimary() {
        #expect(ReadRouting.route(isRead: false, hasReplica: true, mark: nil, now: now) == .primary)
        #expect(ReadRouting.route(isRead: true, hasReplica: false, mark: nil, now: now) == .primary)
        let mark = WriteMark(position: WALPosition(5), at: now)
        #expect(ReadRouting.route(isRead: false, hasReplica: true, mark: mark, now: now) == .primary)
    }

    @Test func aReadWithoutARecentWriteGoesToAReplica() {
        #expect(ReadRouting.route(isRead: true, hasReplica: true, mark: nil, now: now) == .replica)
        let old = WriteMark(position: WALPosition(5), at: now.addingTimeInterval(-ReadRouting.window))
        #expect(ReadRouting.route(isRead: true, hasReplica: true, mark: old, now: now) == .replica)
    }

    @Test func aReadWithinTheWindowAfterAWriteWaitsForTheReplicaToHaveIt() {
        let position = WALPosition(5)
        for age in [0, 1, ReadRouting.window - 1, -30] {
            let mark = WriteMark(position: position, at: now.addingTimeInterval(-age))
            #expect(
                ReadRouting.route(isRead: true, hasReplica: true, mark: mark, now: now) == .replicaIfReplayed(position),
                "\(age) s")
        }
    }

    @Test func theReplicaServesOnceItHasReplayedTheWrite() {
        let mark = WALPosition("0/3000060")!
        #expect(ReadRouting.replicaServes(replayed: WALPosition("0/3000060"), mark: mark))
        #expect(ReadRouting.replicaServes(replayed: WALPosition("1/0"), mark: mark))
        #expect(!ReadRouting.replicaServes(replayed: WALPosition("0/300005F"), mark: mark))
        #expect(!ReadRouting.replicaServes(replayed: nil, mark: mark))
    }
}
