import DieuHanhCore
import Foundation
import Testing

@testable import DieuHanhApp

/// The home page and the organisation's pages rendered from their models alone (no database).
@Suite("Home and organisation pages from their models")
struct OrganisationViewsTests {
    let province = ViewTesting.unit("UBND", "Ủy ban nhân dân tỉnh", kind: .province)
    var snv: OrgUnit { ViewTesting.unit("SNV", "Sở Nội vụ", parent: province.id) }

    func homeModel(_ role: Role) -> HomePage.Model {
        var counts = TaskCounts()
        counts[.pendingOverdue] = 7
        counts[.pendingWithinDeadline] = 12
        counts[.completedOnTime] = 30
        let figures = HomeFigures.Figures(
            counts: counts, dueSoon: 3,
            worstUnits: [
                .init(name: "Sở Tài chính", code: "STC", overdue: 4), .init(name: "Sở Nội vụ", code: "SNV", overdue: 2),
            ],
            indicatorYear: 2026, indicatorsAtRisk: 2, indicatorUnitCode: role == .unitOfficer ? "SNV" : nil)
        return HomePage.Model(
            fullName: "Nguyễn Thị Lan", unitName: "Văn phòng UBND tỉnh", role: role, figures: figures,
            queues: WorkQueues.Queues(), noUnits: false)
    }

    @Test func homeGreetsByNameWithTheUnitAndTheDayAndShowsTheFiguresOfTheRole() {
        let html = ViewTesting.html(HomePage.response(ViewTesting.context(), model: homeModel(.coordinator)))
        #expect(html.contains("Nguyễn Thị Lan"))
        #expect(html.contains("06/12/2026 · Văn phòng UBND tỉnh"))
        // Each figure opens the list it counts; open = the three pending buckets.
        #expect(html.contains(#"<a class="figure tone-bad" href="/tasks?status=pending_overdue"><strong>7</strong>"#))
        #expect(html.contains(#"href="/tasks?status=due_soon"><strong>3</strong>"#))
        #expect(html.contains(#"href="/tasks?status=open"><strong>19</strong>"#))
        #expect(html.contains(#"href="/indicators?year=2026&amp;status=at_risk"><strong>2</strong>"#))
        #expect(html.contains(#"href="/inbox#to-confirm""#) && html.contains(#"href="/inbox#programme-to-record""#))
        #expect(!html.contains(#"href="/inbox#to-decide""#))
        // Who is late, most first.
        #expect(html.contains("2 đơn vị có nhiều nhiệm vụ quá hạn nhất"))
        #expect(html.contains(#"href="/tasks?status=pending_overdue&amp;lead_unit=STC">Sở Tài chính</a>"#))
        // A count of zero is not painted as late.
        let empty = ViewTesting.html(
            HomePage.response(
                ViewTesting.context(),
                model: {
                    var model = homeModel(.leader)
                    model.figures.counts = TaskCounts()
                    return model
                }()))
        #expect(empty.contains(#"<a class="figure" href="/tasks?status=pending_overdue"><strong>0</strong>"#))
        #expect(empty.contains(#"href="/inbox#to-decide""#))
        // The review report is the office's and the leaders'; a unit officer is not offered it, and their indicator
        // figure is their unit's.
        #expect(html.contains("href=\"/reports/review\""))
        let officer = ViewTesting.html(HomePage.response(ViewTesting.context(.unitOfficer), model: homeModel(.unitOfficer)))
        #expect(!officer.contains("href=\"/reports/review\""))
        #expect(officer.contains(#"href="/indicators?year=2026&amp;status=at_risk&amp;unit=SNV""#))
        #expect(officer.contains(#"href="/inbox#returned""#) && !officer.contains(#"href="/inbox#to-confirm""#))
    }

    @Test func theUnitTreeIndentsChildrenAndOnlyAnAdministratorMayAddUnits() {
        let child = snv
        let rows = [
            UnitTreeRow(unit: province, depth: 0, path: [], closed: false),
            UnitTreeRow(unit: child, depth: 1, path: [province.name], closed: false),
        ]
        let model = UnitsListPage.Model(rows: rows, query: "", showClosed: false, totalUnits: 2)
        let admin = ViewTesting.html(UnitsListPage.response(ViewTesting.context(.admin), model: model))
        #expect(admin.contains("href=\"/units/\(child.id!)\""))
        #expect(admin.contains("Sở Nội vụ"))
        #expect(admin.contains("href=\"/units/new\""))
        #expect(admin.contains("2 đơn vị"))
        let viewer = ViewTesting.html(UnitsListPage.response(ViewTesting.context(.viewer), model: model))
        #expect(!viewer.contains("href=\"/units/new\""))
    }

    @Test func anEmptyTreeAndAFruitlessSearchSayWhatToDo() {
        let empty = UnitsListPage.Model(rows: [], query: "", showClosed: false, totalUnits: 0)
        #expect(
            ViewTesting.html(UnitsListPage.response(ViewTesting.context(.admin), model: empty)).contains("href=\"/units/new\""))
        let none = UnitsListPage.Model(rows: [], query: "so noi vu", showClosed: false, totalUnits: 5)
        let html = ViewTesting.html(UnitsListPage.response(ViewTesting.context(.admin), model: none))
        #expect(html.contains("Không có kết quả"))
        #expect(html.contains("so noi vu"))
    }

    @Test func aUnitsPageShowsItsPlaceInTheTreeAndItsPeople() {
        let unit = snv
        let user = UserAccount(
            username: "canbo.snv", fullName: "Trần Văn Bình", passwordHash: "", role: .unitOfficer, unitID: unit.id)
        user.id = UUID()
        let model = UnitDetailPage.Model(
            unit: unit, parent: province, successor: nil, children: [], predecessors: [], users: [user], history: [])
        let html = ViewTesting.html(UnitDetailPage.response(ViewTesting.context(.admin), model: model))
        #expect(html.contains("Sở Nội vụ"))
        #expect(html.contains("href=\"/units/\(province.id!)\""))
        #expect(html.contains("Trần Văn Bình"))
    }

    @Test func theUnitFormKeepsWhatWasTypedWithItsProblems() {
        let form = UnitForm(
            code: "SNV", name: "Sở Nội   vụ", kind: "department", parent_id: province.id!.uuidString, valid_from: "31/13/2026")
        let model = UnitFormPage.Model(
            unit: nil, form: form, errors: [.init(field: "valid_from", message: "Ngày không đúng định dạng")], parents: [province]
        )
        let html = ViewTesting.html(
            UnitFormPage.response(ViewTesting.context(.admin), model: model, status: .unprocessableEntity))
        #expect(html.contains("value=\"31/13/2026\""))
        #expect(html.contains("value=\"Sở Nội   vụ\""))
        #expect(html.contains("Ngày không đúng định dạng"))
        #expect(html.contains("<option value=\"\(province.id!.uuidString)\" selected=\"selected\">"))
    }

    @Test func theClosingFormOffersSuccessorsAndKeepsTheDate() {
        let unit = snv
        let model = UnitClosePage.Model(
            unit: unit, date: "01/01/2027", successorID: province.id!.uuidString, candidates: [province], errors: [])
        let html = ViewTesting.html(UnitClosePage.response(ViewTesting.context(.admin), model: model, status: .ok))
        #expect(html.contains("value=\"01/01/2027\""))
        #expect(html.contains("<option value=\"\(province.id!.uuidString)\" selected=\"selected\">"))
        #expect(html.contains("action=\"/units/\(unit.id!)/close\""))
    }

    @Test func usersListAndForm() {
        let user = UserAccount(
            username: "canbo.snv", fullName: "Trần Văn Bình", passwordHash: "", role: .unitOfficer, unitID: province.id)
        user.id = UUID()
        let list = UsersListPage.Model(
            filter: .init(), page: ResultPage(items: [user], total: 1, page: 1, per: 50), units: [province])
        let html = ViewTesting.html(UsersListPage.response(ViewTesting.context(.admin), model: list))
        #expect(html.contains("href=\"/users/\(user.id!)/edit\">canbo.snv</a>"))
        #expect(html.contains("Trần Văn Bình"))
        #expect(html.contains("Ủy ban nhân dân tỉnh"))

        var form = UserForm(role: Role.unitOfficer.rawValue)
        form.username = "Can Bo"
        form.full_name = "Trần Văn Bình"
        let page = UserFormPage.Model(
            user: nil, form: form, errors: [.init(field: "username", message: "Tên đăng nhập chỉ gồm chữ thường")],
            units: [province])
        let formHTML = ViewTesting.html(
            UserFormPage.response(ViewTesting.context(.admin), model: page, status: .unprocessableEntity))
        #expect(formHTML.contains("value=\"Can Bo\""))
        #expect(formHTML.contains("Tên đăng nhập chỉ gồm chữ thường"))
    }

    @Test func theCalendarListsTheYearsHolidaysAndTheOfficesChanges() {
        let day = CalendarDay()
        day.id = UUID()
        (day.day, day.kind, day.note) = ("2026-12-26", "working", "Làm bù ngày 02/01/2027")
        let model = CalendarPage.Model(
            year: 2026, holidays: WorkingCalendar.statutoryHolidays(year: 2026), days: [day], form: .init(), errors: [])
        let html = ViewTesting.html(CalendarPage.response(ViewTesting.context(.admin), model: model, status: .ok))
        #expect(html.contains("01/01/2026"))
        #expect(html.contains("02/09/2026"))
        #expect(html.contains("26/12/2026"))
        #expect(html.contains("Làm bù ngày 02/01/2027"))
    }
}
