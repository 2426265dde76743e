import Vapor

/// The interface languages: Vietnamese first, English second.
enum Language: String, CaseIterable, Sendable, Codable {
    case vi, en
}

/// One interface string in both languages. All of them live in `T` (Catalogue.swift).
struct L: Sendable {
    let vi: String
    let en: String

    func text(_ language: Language) -> String { language == .vi ? vi : en }
}

/// Picks the text for the request's language; `{0}`, `{1}`… are replaced by arguments.
struct Localizer: Sendable {
    let language: Language

    func callAsFunction(_ string: L, _ arguments: String...) -> String {
        var text = string.text(language)
        for (index, argument) in arguments.enumerated() {
            text = text.replacingOccurrences(of: "{\(index)}", with: argument)
        }
        return text
    }
}

extension Request {
    /// The signed-in user's language, else the `lang` cookie, else Vietnamese.
    var language: Language {
        if let user = auth.get(UserAccount.self) { return user.userLanguage }
        if let cookie = cookies["lang"]?.string, let language = Language(rawValue: cookie) { return language }
        return .vi
    }

    var t: Localizer { Localizer(language: language) }
}
