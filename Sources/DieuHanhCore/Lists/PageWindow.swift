/// The rows one page of a list shows.
///
/// Page numbers come from the address bar and the API, so any integer arrives: the offset is computed only from
/// a page and a size that are both bounded, so it can never overflow (`Int.max` as a page once stopped the
/// server). A page past the end of the list is simply empty.
public struct PageWindow: Sendable, Equatable {
    /// Far beyond any real list (500 rows a page × 10.000.000 pages), small enough that offsets stay exact.
    public static let maxPage = 10_000_000
    /// The largest page size any list offers.
    public static let maxPer = 10_000

    public let page: Int
    public let per: Int

    /// Both values brought into their bounds: the browser's lists show the nearest page that exists.
    public init(page: Int, per: Int) {
        self.page = min(max(page, 1), Self.maxPage)
        self.per = min(max(per, 1), Self.maxPer)
    }

    /// Whether `page` is one a client may ask for (the API refuses others instead of clamping them).
    public static func accepts(page: Int) -> Bool { (1...maxPage).contains(page) }

    /// Rows skipped before this page.
    public var offset: Int { (page - 1) * per }

    /// Row positions of this page (some may lie past the end of the list).
    public var range: Range<Int> { offset..<(offset + per) }

    /// How many rows of a list of `total` this page shows.
    public func count(of total: Int) -> Int { max(0, min(per, total - offset)) }

    /// 1-based positions of the first and last rows shown, or nil when the page shows none.
    public func shown(of total: Int) -> ClosedRange<Int>? {
        let n = count(of: total)
        return n == 0 ? nil : (offset + 1)...(offset + n)
    }

    /// This page's rows of `items` (the whole list, in order).
    public func slice<C: Collection>(_ items: C) -> ArraySlice<C.Element> {
        Array(items).dropFirst(min(offset, items.count)).prefix(per)
    }

    /// The number of the last page of a list of `total` rows (1 for an empty list).
    public static func lastPage(total: Int, per: Int) -> Int {
        let per = min(max(per, 1), maxPer)
        let total = max(total, 0)
        return max(1, min(maxPage, total / per + (total % per == 0 ? 0 : 1)))
    }
}
