import Testing

@testable import DieuHanhCore

@Suite struct PageWindowTests {
    @Test func theLargestPageNumberGivesAnEmptyPageWithoutOverflow() {
        // act
        let window = PageWindow(page: Int.max, per: 500)
        // check
        #expect(window.page == PageWindow.maxPage)
        #expect(window.offset == (PageWindow.maxPage - 1) * 500)
        #expect(window.count(of: 1_000_000) == 0)
        #expect(window.shown(of: 1_000_000) == nil)
        #expect(window.slice([1, 2, 3]).isEmpty)
    }

    @Test func pagesAndSizesAreBroughtIntoTheirBounds() {
        #expect(PageWindow(page: 0, per: 50).page == 1)
        #expect(PageWindow(page: Int.min, per: 50).page == 1)
        #expect(PageWindow(page: 3, per: 0).per == 1)
        #expect(PageWindow(page: 3, per: Int.max).per == PageWindow.maxPer)
        #expect(PageWindow(page: PageWindow.maxPage, per: PageWindow.maxPer).range.upperBound > 0)
    }

    @Test func theAPIAcceptsExactlyTheBoundedPages() {
        #expect(!PageWindow.accepts(page: 0))
        #expect(PageWindow.accepts(page: 1))
        #expect(PageWindow.accepts(page: PageWindow.maxPage))
        #expect(!PageWindow.accepts(page: PageWindow.maxPage + 1))
        #expect(!PageWindow.accepts(page: Int.max))
    }

    @Test func aMiddlePageAndTheLastPartialPage() {
        // setup: 120 rows, 50 a page
        let second = PageWindow(page: 2, per: 50)
        let third = PageWindow(page: 3, per: 50)
        // check
        #expect(second.range == 50..<100)
        #expect(second.shown(of: 120) == 51...100)
        #expect(third.count(of: 120) == 20)
        #expect(third.shown(of: 120) == 101...120)
        #expect(Array(third.slice(Array(1...120))) == Array(101...120))
        #expect(PageWindow(page: 4, per: 50).count(of: 120) == 0)
    }

    @Test func lastPageOfAList() {
        #expect(PageWindow.lastPage(total: 0, per: 50) == 1)
        #expect(PageWindow.lastPage(total: 50, per: 50) == 1)
        #expect(PageWindow.lastPage(total: 51, per: 50) == 2)
        #expect(PageWindow.lastPage(total: Int.max, per: 1) == PageWindow.maxPage)
        #expect(PageWindow.lastPage(total: Int.max, per: 7) == PageWindow.maxPage)
        #expect(PageWindow.lastPage(total: 10, per: 0) == 10)
    }
}
