import Foundation

/// The SignIn module's interface strings (the catalogue `T` is one type, split by module).
extension T {
    // MARK: Sign-in
    static let signInTitle = L(vi: "Đăng nhập", en: "Sign in")
    static let signInLead = L(
        vi: "Hệ thống theo dõi chỉ đạo, điều hành của UBND tỉnh.",
        en: "The provincial committee's direction and administration tracker.")
    static let signInButton = L(vi: "Đăng nhập", en: "Sign in")
    static let signInInvalid = L(
        vi: "Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đã bị khóa.",
        en: "Wrong user name or password, or the account is deactivated.")
    static let signInLocked = L(
        vi: "Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau {0} phút.",
        en: "Too many failed sign-ins. Please try again in {0} minutes.")
}
