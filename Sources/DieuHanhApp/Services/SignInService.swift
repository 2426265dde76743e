import Fluent
import Vapor

/// Checks a user name and password for both the browser and the API, with throttling.
enum SignInService {
    enum Outcome {
        case success(UserAccount)
        case invalid
        case locked(minutes: Int)
    }

    static func attempt(username rawName: String, password: String, on req: Request) async throws -> Outcome {
        let username = rawName.trimmingCharacters(in: .whitespaces).lowercased()
        let throttle = req.application.signInThrottle
        if let remaining = await throttle.lockedFor(username, now: req.now) {
            return .locked(minutes: max(1, Int((remaining / 60).rounded(.up))))
        }
        let user = try await UserAccount.query(on: req.db).filter(\.$username == username).first()
        // Verify against a dummy hash when the user does not exist, so timing does not reveal which names exist.
        let digest = user?.passwordHash ?? req.application.dummyPasswordHash
        let matches = try await req.digester.verify(password, created: digest)
        guard let user, matches, user.active else {
            await throttle.recordFailure(username, now: req.now)
            req.logger.notice("sign-in failed", metadata: ["username": .string(username)])
            return .invalid
        }
        await throttle.recordSuccess(username)
        return .success(user)
    }

}

extension Application {
    private struct DummyHashKey: StorageKey { typealias Value = String }

    /// A bcrypt digest of a random string, made once at start-up with the configured cost.
    var dummyPasswordHash: String {
        get { storage[DummyHashKey.self] ?? "" }
        set { storage[DummyHashKey.self] = newValue }
    }
}
