import Foundation

/// Builds the member's side of an unblock request: the form for a first block, and why there is none otherwise.
enum UnblockRequestPage {
    static func build(_ ctx: PageContext, member: Member, block: SanctionService.Block?, text: String = "", error: String? = nil,
                      notice: String? = nil) -> AccountPageModel {
        let s = ctx.edition.strings
        guard let block else { return AccountPages.page(ctx, heading: s.text("unblockNotBlocked"), notice: notice) }
        let values = ["rule": DiscussionPresenter.ruleName(block.rule, s), "reason": block.reason, "address": SiteLinks.moderatorsAddress]
        if block.permanent {
            return AccountPages.page(ctx, heading: s.text("unblockPermanentHeading"), intro: s.text("unblockPermanentIntro", values))
        }
        let form = FormModel(id: "unblock", title: nil, action: Paths.unblock(ctx.edition.pathPrefix), submitLabel: s.text("unblockSend"), fields: [
            FieldModel("subject", s.text("unblockSubject"), value: ModerationService.unblockSubject, autocomplete: "off"),
            FieldModel("user_id", s.text("unblockUserID"), value: String(member.id), autocomplete: "off"),
            FieldModel("explanation", s.text("unblockExplanation"), type: "textarea", value: text, error: error, autocomplete: "off", maxLength: 5000),
        ], csrf: ctx.formToken)
        return AccountPages.page(ctx, heading: s.text("askUnblock"), intro: s.text("unblockIntro", values), notice: notice, forms: [form])
    }

    static func sent(_ ctx: PageContext) -> AccountPageModel {
        AccountPages.page(ctx, heading: ctx.edition.strings.text("unblockSentHeading"), intro: ctx.edition.strings.text("unblockSentIntro"))
    }
}
