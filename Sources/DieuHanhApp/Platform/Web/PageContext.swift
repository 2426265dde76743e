import DieuHanhCore
import Vapor

/// What every page needs besides its own model: the language, who is signed in, the CSRF token, a flash.
struct PageContext {
    let t: Localizer
    let user: UserAccount?
    let csrf: String
    let path: String
    let flash: String?
    let today: CivilDate

    var role: Role? { user?.userRole }
}

extension Request {
    /// Builds the context, consuming the flash message left by the previous request.
    func pageContext() -> PageContext {
        // Only a browser that has a session can have a flash: a visitor's page must not start one.
        let flash = hasSession ? session.data["flash"] : nil
        if flash != nil { session.data["flash"] = nil }
        return PageContext(
            t: t, user: currentUser, csrf: csrfToken, path: url.path, flash: flash,
            today: CivilDate.today(now: now))
    }

    /// A message shown once on the next page ("Đã lưu…").
    func flash(_ message: String) {
        session.data["flash"] = message
    }
}
