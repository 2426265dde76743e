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
        Localizer.format(string.text(language), arguments)
    }

    /// `template` with each `{n}` replaced by `arguments[n]`, in one pass over its bytes: an argument is never read
    /// as a placeholder, and a placeholder without its argument stays as written. (Foundation's
    /// `replacingOccurrences`, once per argument, showed in the list page's profile.)
    static func format(_ template: String, _ arguments: [String]) -> String {
        guard !arguments.isEmpty else { return template }
        let bytes = Array(template.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + arguments.reduce(0) { $0 + $1.utf8.count })
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "{") {
                var end = index + 1
                var number = 0
                while end < bytes.count, bytes[end] >= UInt8(ascii: "0"), bytes[end] <= UInt8(ascii: "9"), end - index < 4 {
                    number = number * 10 + Int(bytes[end] - UInt8(ascii: "0"))
                    end += 1
                }
                if end > index + 1, end < bytes.count, bytes[end] == UInt8(ascii: "}"), number < arguments.count {
                    out.append(contentsOf: arguments[number].utf8)
                    index = end + 1
                    continue
                }
            }
            out.append(bytes[index])
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
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
