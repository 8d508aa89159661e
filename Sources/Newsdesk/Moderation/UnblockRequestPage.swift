import Foundation

/// Builds the member's side of an unblock request: the form for a first block, and why there is none otherwise.
enum UnblockRequestPage {
    static func build(_ ctx: PageContext, member: Member, block: SanctionService.Block?, text: String = "", error: String? = nil,
                      notice: String? = nil) -> AccountPageModel {
        guard let block else { return AccountPages.page(ctx, heading: "Your account is not blocked", notice: notice) }
        if block.permanent {
            return AccountPages.page(ctx, heading: "Access cannot be restored",
                intro: "Your account was blocked a second time (\(block.rule): \(block.reason)). A second block is permanent: no unblock request is accepted. You can still read the site.")
        }
        let form = FormModel(id: "unblock", title: nil, action: Paths.unblock, submitLabel: "Send the request", fields: [
            FieldModel("subject", "Subject", value: ModerationService.unblockSubject, autocomplete: "off"),
            FieldModel("user_id", "Your user ID", value: String(member.id), autocomplete: "off"),
            FieldModel("explanation", "What did you do, and why did it break the rules?", value: text, error: error, autocomplete: "off", maxLength: 5000),
        ], csrf: ctx.formToken)
        return AccountPages.page(ctx, heading: "Ask to be unblocked",
            intro: "Your account is blocked for breaking the community standards (\(block.rule)): \(block.reason). You can still read. You may ask the moderators once to restore access; you can also write to moderators@newsdesk.test with the same subject.",
            notice: notice, forms: [form])
    }

    static func sent(_ ctx: PageContext) -> AccountPageModel {
        AccountPages.page(ctx, heading: "Your request was sent", intro: "The moderators will decide and tell you the outcome by e-mail.")
    }
}
