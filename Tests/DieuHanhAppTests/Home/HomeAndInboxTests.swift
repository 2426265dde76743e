import DieuHanhCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import DieuHanhApp

/// The home's live figures and the inbox, through the app: each figure is the count of the list it opens, what waits
/// on a leader (an extension, a programme postponement) reaches their inbox and the badge's count.
@Suite("Home and inbox")
struct HomeAndInboxTests {
    /// Every figure on `home` as (count, link).
    func figures(_ home: String) throws -> [(count: Int, href: String)] {
        let pattern = try NSRegularExpression(pattern: #"<a class="figure[^"]*" href="([^"]+)"><strong>([0-9.]+)</strong>"#)
        return pattern.matches(in: home, range: NSRange(home.startIndex..., in: home)).map { match in
            let href = String(home[Range(match.range(at: 1), in: home)!]).replacingOccurrences(of: "&amp;", with: "&")
            let count = Int(home[Range(match.range(at: 2), in: home)!].replacingOccurrences(of: ".", with: ""))!
            return (count, href)
        }
    }

    /// The count a figure's link shows: the task list's caption, or the inbox section's heading "(N)".
    func countShown(at href: String, by browser: Browser) async throws -> Int? {
        let page = try await browser.get(href).body.string
        if href.hasPrefix("/tasks") {
            if page.contains("Không có nhiệm vụ nào khớp") || !page.contains("<caption>") { return 0 }
            let caption = try #require(page.range(of: #"<caption>([0-9.]+) nhiệm vụ"#, options: .regularExpression))
            return Int(
                page[caption].dropFirst("<caption>".count).split(separator: " ")[0].replacingOccurrences(of: ".", with: ""))
        }
        if href.hasPrefix("/indicators") {
            // One table row per indicator the list keeps.
            guard let body = page.range(of: "<tbody>"), let end = page.range(of: "</tbody>") else { return 0 }
            return page[body.upperBound..<end.lowerBound].components(separatedBy: "<tr").count - 1
        }
        if let anchor = href.split(separator: "#").dropFirst().first {
            let section = try #require(page.range(of: "<section id=\"\(anchor)\"><h2>"))
            let heading = page[section.upperBound...].prefix { $0 != "<" }
            let open = try #require(heading.lastIndex(of: "("))
            return Int(heading[heading.index(after: open)...].dropLast())
        }
        return nil
    }

    @Test func everyFigureOnTheHomeIsTheCountOfTheListItOpens() async throws {
        try await withTestApp { app in
            let s = try await TaskPagesTests().setUp(app)
            // SNV's task is within its deadline, STC's overdue since 05/08/2021; SNV asks for an extension.
            _ = try await TaskPagesTests().enterLetter(s, deadlineSNV: "25/11/2026")
            let officer = Browser(app)
            try await officer.signIn("canbo.snv")
            let snvTask = try #require(try await TaskItem.query(on: app.db).filter(\.$leadUnitID == s.p.snv.id!).first())
            try await officer.get("/tasks/\(snvTask.id!)")
            _ = try await officer.post(
                "/tasks/\(snvTask.id!)/actions/request_extension",
                ["new_deadline": "31/01/2027", "note": "Chờ hướng dẫn", "version": "1"])
            let leader = Browser(app)
            try await leader.signIn("lanhdao")
            for browser in [s.coordinator, leader, officer] {
                let home = try await browser.get("/").body.string
                let shown = try figures(home)
                #expect(shown.count >= 4)
                for figure in shown {
                    let listed = try await countShown(at: figure.href, by: browser)
                    #expect(
                        listed == figure.count,
                        "\(figure.href): the home says \(figure.count), the list \(String(describing: listed))")
                }
            }
            let office = try figures(try await s.coordinator.get("/").body.string)
            #expect(office.first { $0.href == "/tasks?status=pending_overdue" }?.count == 1)
            #expect(office.first { $0.href == "/tasks?status=open" }?.count == 2)
            // Due soon: SNV's 25/11/2026 is the third working day after the tests' today, Sunday 22/11/2026.
            #expect(office.first { $0.href == "/tasks?status=due_soon" }?.count == 1)
            let leaderHome = try await leader.get("/").body.string
            #expect(try figures(leaderHome).first { $0.href == "/inbox#to-decide" }?.count == 1)
            // Who is late: STC, opening its overdue tasks.
            #expect(leaderHome.contains("href=\"/tasks?status=pending_overdue&amp;lead_unit=STC\""))
            // A unit officer sees their own unit's figures, not the province's ranking.
            let officerHome = try await officer.get("/").body.string
            #expect(try figures(officerHome).first { $0.href == "/tasks?status=pending_overdue" }?.count == 0)
            #expect(!officerHome.contains("lead_unit=STC"))
        }
    }

    @Test func aProgrammePostponementReachesTheLeaderAndTheBadgeCountsIt() async throws {
        try await withTestApp { app in
            _ = try await SmallProvince.make(app)
            try await makeUser(app, "vanphong", role: .coordinator)
            try await makeUser(app, "lanhdao", role: .leader)
            let office = try await APIClient.signIn(app, "vanphong")
            let officer = try await APIClient.signIn(app, "canbo.snv")
            let created = try await office.send(
                .POST, "/api/v1/programme/items",
                json: [
                    "ma": "CT-1", "title": "Đề án chuyển đổi số ngành nội vụ", "lead_unit": "SNV", "body": "hdnd",
                    "planned_month": "2026-11",
                ])
            let id = try #require((created.json["item"] as? [String: Any])?["id"] as? String)
            let leader = Browser(app)
            try await leader.signIn("lanhdao")
            #expect(try await leader.get("/inbox/count").body.string == #"{"count":0}"#)
            let asked = try await officer.send(
                .POST, "/api/v1/programme/items/\(id)/events",
                json: ["action": "request_postponement", "month": "2027-02", "note": "Chờ ý kiến bộ", "version": 1])
            #expect(asked.status == .created)
            let inbox = try await leader.get("/inbox").body.string
            #expect(inbox.contains("Đề nghị lùi thời hạn trình, rút khỏi chương trình chờ quyết định (1)"))
            #expect(inbox.contains("href=\"/programme/items/\(id)\""))
            #expect(inbox.contains("Đề nghị lùi đến 02/2027"))
            #expect(try await leader.get("/inbox/count").body.string == #"{"count":1}"#)
            // The leader's home counts it apart from the tasks' extension requests, each opening its own section.
            let home = try await leader.get("/").body.string
            #expect(home.contains(#"href="/inbox#programme-to-decide"><strong>1</strong>"#))
            #expect(home.contains(#"href="/inbox#to-decide"><strong>0</strong>"#))
            // The office records what was submitted: the item, once submitted, waits to be recorded as issued.
            let coordinator = Browser(app)
            try await coordinator.signIn("vanphong")
            #expect(!(try await coordinator.get("/inbox").body.string).contains("href=\"/programme/items/\(id)\""))
            let decided = try await APIClient.signIn(app, "lanhdao").send(
                .POST, "/api/v1/programme/items/\(id)/events", json: ["action": "refuse_postponement", "version": 2])
            #expect(decided.status == .created)
            let submitted = try await officer.send(
                .POST, "/api/v1/programme/items/\(id)/events",
                json: ["action": "submit", "date": "2026-11-20", "version": 3])
            #expect(submitted.status == .created, "\(submitted.json)")
            let queue = try await coordinator.get("/inbox").body.string
            #expect(queue.contains("Đề án đã trình, chờ ghi nhận ban hành (1)"))
            #expect(queue.contains("Đã trình ngày 20/11/2026"))
            #expect(try await leader.get("/inbox/count").body.string == #"{"count":0}"#)
        }
    }
}
