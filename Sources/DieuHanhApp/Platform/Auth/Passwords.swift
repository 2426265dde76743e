import DieuHanhCore
import Foundation
import Vapor

enum Passwords {
    /// Letters and digits that cannot be mistaken for one another when read aloud or copied from paper.
    private static let alphabet = Array("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")

    static func generate(length: Int = 14) -> String {
        // 14 of 55 characters: the policy (PasswordRule) refuses almost none; draw again for the rare one it does.
        while true {
            let password = String((0..<length).map { _ in alphabet.randomElement()! })
            if PasswordRule.check(password) == nil { return password }
        }
    }
}
