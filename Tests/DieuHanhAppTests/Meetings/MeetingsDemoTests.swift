import DieuHanhCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import DieuHanhApp

@Suite("Meetings in the demo")
struct MeetingsDemoTests {
    @Test func theDemoAddsTheYearsMeetingsOnceAndLinksTheReviewToANotice() async throws {
        try await withTestApp { app in
            // setup: a notice of the office issued the day after the review conference
            _ = try await SmallProvince.make(app)
            let number = try DocumentNumber.parse("13/TB-VP").get()
            let notice = Document(
                number: number, issuedOn: CivilDate(year: 2026, month: 1, day: 7)!, issuerID: nil, signer: nil,
                summary: "Kết luận tại Hội nghị kiểm điểm")
            try await notice.create(on: app.db)
            let today = CivilDate(year: 2026, month: 11, day: 22)!
            // act
            let first = try await MeetingsDemo.load(app, today: today)
            let again = try await MeetingsDemo.load(app, today: today)
            // check
            #expect(first == 5 && again == 0)
            let review = try #require(
                try await Meeting.query(on: app.db).filter(\.$title == MeetingsDemo.review.title).first())
            #expect(review.noticeDocumentID == notice.id)
            let details = try await MeetingDetails.load(review, on: app.db)
            #expect(details.attendees.filter { $0.attendance == "deputy" }.map(\.detail) == ["Hồ Minh Hải", "Võ Thanh Bình"])
        }
    }
}
