import Foundation
import Vapor

enum Passwords {
    /// Letters and digits that cannot be mistaken for one another when read aloud or copied from paper.
    private static let alphabet = Array("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")

    static func generate(length: Int = 14) -> String {
        var password = String((0..<length).map { _ in alphabet.randomElement()! })
        // Always satisfy the policy below.
        if !password.contains(where: \.isNumber) { password.removeLast(); password.append("7") }
        if !password.contains(where: \.isLetter) { password.removeFirst(); password.insert("k", at: password.startIndex) }
        return password
    }

    /// At least 8 characters with a letter and a digit.
    static func isAcceptable(_ password: String) -> Bool {
        password.count >= 8 && password.contains(where: \.isLetter) && password.contains(where: \.isNumber)
    }
}


/// bcrypt, off the event loop.
struct PasswordDigester: Sendable {
    let hasher: AsyncPasswordHasher

    func hash(_ password: String) async throws -> String {
        try await hasher.hash(password).get()
    }

    func verify(_ password: String, created digest: String) async throws -> Bool {
        try await hasher.verify(password, created: digest).get()
    }
}

extension Request {
    var digester: PasswordDigester { PasswordDigester(hasher: password.async) }
}

extension Application {
    var digester: PasswordDigester { PasswordDigester(hasher: password.async) }
}
