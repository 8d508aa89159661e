import Foundation

/// Every way a sign-in with an outside account is refused. Each ends in a 4xx page (503 when the provider cannot
/// be reached) and creates nothing; mapped in `Failure.swift`.
enum OpenIDError: Error, Equatable, Sendable {
    case unknownProvider
    /// The provider is misconfigured or cannot be reached; the label is shown.
    case unavailable(String)
    /// The `state` of the callback is not the one this browser's sign-in started with (changed, replayed, expired).
    case stateInvalid
    /// The provider answered with an error (the person cancelled, or the provider refused).
    case providerRefused(String)
    /// The token endpoint did not redeem the code (already used, expired, not ours).
    case codeRejected(String)
    case idToken(IDTokenProblem)
    /// No outside sign-in is waiting for an answer in this browser (or it is older than its 15 minutes).
    case noPendingSignIn
    case emailMissing
    /// The provider's address belongs to a member already: they must answer Yes and log in to link.
    case emailTaken
    /// This outside account is linked to another member.
    case identityTaken
    /// Unlinking would leave the member with no way to sign in.
    case lastSignInMethod
    case notLinked
    /// The linked member's account is deleted.
    case accountUnavailable
}
