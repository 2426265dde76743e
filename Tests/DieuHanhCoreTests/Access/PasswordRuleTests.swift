import DieuHanhCore
import Testing

@Suite("Password policy")
struct PasswordRuleTests {
    @Test(arguments: ["a", "abc12", "Ngan-9", "123456789"])
    func shorterThanTenIsRefused(_ password: String) {
        #expect(PasswordRule.check(password) == .tooShort(minimum: 10))
    }

    @Test func tenCharactersAreEnoughWhenNothingElseIsWrong() {
        #expect(PasswordRule.check("Sông-Hồng9") == nil)
        #expect(PasswordRule.check("Song-Hong9") == nil)
        #expect(PasswordRule.check("Song-Hon9") == .tooShort(minimum: 10))
    }

    @Test(arguments: [
        "password1", "Password123!", "admin12345", "Admin@2026", "matkhau123", "MậtKhẩu2026", "1234567890",
        "qwertyuiop", "12345678910", "letmein2026", "0987654321", "dieuhanh2026",
    ])
    func commonPasswordsAreRefused(_ password: String) {
        let problem = PasswordRule.check(password)
        #expect(problem == .common || problem == .tooShort(minimum: 10), "\(password): \(String(describing: problem))")
        #expect(problem != nil)
    }

    @Test func aPasswordOfDigitsAndSignsOnlyIsCommon() {
        #expect(PasswordRule.check("20261206-!!") == .common)
    }

    @Test func fewDifferentCharactersAreTooSimple() {
        #expect(PasswordRule.check("aaaaaaaaaaaa") == .tooSimple)
        #expect(PasswordRule.check("abababab1212") == .tooSimple)
        #expect(PasswordRule.check("abcabcab12") == nil)
    }

    @Test func theUserNameInsideIsRefusedIgnoringCaseAndDiacritics() {
        #expect(PasswordRule.check("Nhung.VP-2026!", username: "nhung.vp") == .containsUserName)
        #expect(PasswordRule.check("canbo-Snv-mua-thu", username: "canbo.snv") == nil)
        #expect(PasswordRule.check("XinChaoNgọc99", username: "ngoc") == .containsUserName)
        // Names of two letters are too short to mean anything inside a password.
        #expect(PasswordRule.check("Song-Hong-99", username: "ho") == nil)
    }

    @Test func aSentenceIsAGoodPassword() {
        #expect(PasswordRule.check("hôm nay trời đẹp lắm") == nil)
        #expect(PasswordRule.check("Thu-nghiem-mat-khau") == nil)
    }
}
