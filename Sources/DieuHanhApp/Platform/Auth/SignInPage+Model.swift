import Vapor

extension SignInPage {
    struct Model {
        var username: String
        var next: String
        var error: String?
    }
}
