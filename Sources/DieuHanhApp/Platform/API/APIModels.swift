import DieuHanhCore
import Vapor

/// JSON shapes of the API. Keys are snake_case as in CONTRACT.md.
struct UnitJSON: Content {
    let id: UUID
    let code: String
    let name: String
    let kind: String
    let parent_id: UUID?
    let valid_from: String?
    let valid_to: String?
    let successor_id: UUID?
    let version: Int

    init(_ unit: OrgUnit) {
        id = unit.id!
        code = unit.code
        name = unit.name
        kind = unit.kind
        parent_id = unit.parentID
        valid_from = unit.validFrom
        valid_to = unit.validTo
        successor_id = unit.successorID
        version = unit.version
    }
}

/// A user as the API shows them. The account's own details (login, language, version) go only to
/// administrators, who manage accounts, and to the user themself: other roles see what a unit's page shows them,
/// the people of a unit by name and role.
struct UserJSON: Content {
    let id: UUID
    let username: String?
    let full_name: String
    let role: String
    let unit_id: UUID?
    let active: Bool
    let language: String?
    let version: Int?

    init(_ user: UserAccount, account: Bool = true) {
        id = user.id!
        username = account ? user.username : nil
        full_name = user.fullName
        role = user.role
        unit_id = user.unitID
        active = user.active
        language = account ? user.language : nil
        version = account ? user.version : nil
    }

    init(_ user: UserAccount, shownTo viewer: UserAccount) {
        self.init(user, account: viewer.userRole == .admin || viewer.id == user.id)
    }
}

struct PageJSON<Item: Content>: Content {
    let items: [Item]
    let total: Int
    let page: Int
    let per: Int
}

/// `page` and `per` from the query, with sane bounds.
struct Paging {
    static let defaultPer = 50
    static let maxPer = 500

    let page: Int
    let per: Int

    init(_ req: Request, t: Localizer) throws {
        let page = try Self.integer(req, "page") ?? 1
        let per = try Self.integer(req, "per") ?? Self.defaultPer
        var errors: [FieldError] = []
        if !PageWindow.accepts(page: page) {
            errors.append(.init(field: "page", message: t(T.errPage, VNFormat.integer(PageWindow.maxPage))))
        }
        if !(1...Self.maxPer).contains(per) { errors.append(.init(field: "per", message: t(T.errPer, String(Self.maxPer)))) }
        try errors.throwIfAny()
        self.page = page
        self.per = per
    }

    private static func integer(_ req: Request, _ key: String) throws -> Int? {
        guard let text = req.query[String.self, at: key], !text.isEmpty else { return nil }
        guard let value = Int(text) else {
            throw ValidationFailure(errors: [.init(field: key, message: req.t(T.errInteger, key))])
        }
        return value
    }

    var window: PageWindow { PageWindow(page: page, per: per) }
    var range: Range<Int> { window.range }
}

/// An attachment's facts and where to download it (with the same bearer token).
struct AttachmentJSON: Content {
    let id: UUID
    let file_name: String
    let content_type: String
    let size: Int
    let sha256: String
    let url: String

    init(_ a: Attachment) {
        id = a.id!
        file_name = a.fileName
        content_type = a.contentType
        size = a.byteSize
        sha256 = a.sha256
        url = "/api/v1/attachments/\(a.id!)"
    }
}
