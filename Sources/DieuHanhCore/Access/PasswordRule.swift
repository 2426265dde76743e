import Foundation

/// What a password must be, wherever one is chosen: the profile form, an administrator's form or the API, and
/// `DIEUHANH_ADMIN_PASSWORD` at the first start. Long enough to resist guessing, and none of the passwords every
/// guessing list starts with: `password1`, `admin123`, `matkhau123`, `12345678910`, the user's own name.
public enum PasswordRule {
    public static let minLength = 10
    public static let minDistinctCharacters = 5

    /// The first reason the password is refused, or nil when it is acceptable.
    public static func check(_ password: String, username: String? = nil) -> PasswordProblem? {
        if password.count < minLength { return .tooShort(minimum: minLength) }
        if Set(password).count < minDistinctCharacters { return .tooSimple }
        let folded = VietnameseText.fold(password).replacingOccurrences(of: " ", with: "")
        if let username {
            let name = VietnameseText.fold(username).replacingOccurrences(of: " ", with: "")
            if name.count >= 3, folded.contains(name) { return .containsUserName }
        }
        if commonPasswords.contains(folded) { return .common }
        // A common word with digits or signs around it (`Password1!`, `admin@2026`) is just as common.
        let letters = String(folded.unicodeScalars.filter { CharacterSet.lowercaseLetters.contains($0) })
        if letters.isEmpty || commonWords.contains(letters) { return .common }
        if isRun(folded) { return .common }
        return nil
    }

    /// Keyboard rows and counting (`1234567890`, `qwertyuiop`, `abcdefghij`, their reverse), of any length.
    static func isRun(_ text: String) -> Bool {
        let runs = ["01234567890", "abcdefghijklmnopqrstuvwxyz", "qwertyuiop", "asdfghjkl", "zxcvbnm", "1q2w3e4r5t6y7u8i9o0p"]
        return runs.contains { $0.contains(text) || String($0.reversed()).contains(text) }
    }

    /// Words that guessing lists combine with digits and signs: English, Vietnamese and this system's own names.
    static let commonWords: Set<String> = [
        "password", "passwd", "pass", "admin", "administrator", "root", "user", "test", "guest", "welcome", "letmein",
        "qwerty", "qwertyuiop", "asdfgh", "abc", "abcd", "abcdef", "iloveyou", "love", "dragon", "monkey", "master",
        "secret", "login", "changeme", "default", "matkhau", "mk", "xinchao", "anhyeuem", "emyeuanh", "vietnam",
        "hanoi", "saigon", "dieuhanh", "chidao", "ubnd", "quantri", "quantrivien", "nguoidung", "congchuc",
    ]

    /// Whole passwords from the top of public leak lists that the word rule above does not already catch.
    static let commonPasswords: Set<String> = [
        "1234567890", "12345678910", "0123456789", "1111111111", "1234512345", "1q2w3e4r5t", "1qaz2wsx3edc",
        "zaq12wsxcde3", "qazwsxedc123", "123123123123", "147258369147", "987654321", "9876543210",
    ]
}

/// Why a password was refused.
public enum PasswordProblem: Equatable, Sendable {
    case tooShort(minimum: Int)
    /// Too few different characters (`aaaaaaaaaa`, `abababab12`).
    case tooSimple
    /// On the lists guessers try first, or a common word with digits and signs around it.
    case common
    /// The user name (ignoring case and diacritics) is in it.
    case containsUserName
}
