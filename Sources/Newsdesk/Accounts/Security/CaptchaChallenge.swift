/// What a form shows: the signed token (with the proof-of-work difficulty the script needs)
/// and the question people without JavaScript answer instead.
struct CaptchaChallenge: Sendable, Equatable {
    let token: String
    let difficultyBits: Int
    let question: String
}

/// Why a captcha was refused. `malformed` and `badSignature` mean a forged or damaged form;
/// `expired` and `wrongSolution` deserve a fresh challenge and a friendly message.
enum CaptchaError: Error, Equatable {
    case malformed, badSignature, expired, wrongPurpose, wrongSolution
}
