import Foundation
import Vapor

/// Builds the page of a refused or failed request from its answer: "not found" in the edition's language, anything
/// else with the answer's status and message.
enum ErrorPage {
    static func build(_ ctx: PageContext, answer: FailureAnswer) -> ErrorPageModel {
        let s = ctx.edition.strings
        let status = answer.status
        let notFound = status == .notFound
        // Each status has its heading in the catalogue (`error403`); a status without one shows its HTTP phrase.
        let key = "error\(status.code)"
        let heading = s.texts[key] ?? status.reasonPhrase
        // Not found has the catalogue's explanation. The other answers' own messages say exactly what happened; the
        // services write them in English, so other languages show them when the catalogue has them (figures and
        // plurals included: "подождите 5 секунд") and the catalogue's text for the status when it does not.
        let specific = s.language == "en" ? s.message(answer.message) : s.translated(answer.message)
        let text = notFound ? s.text("notFoundText") : (specific ?? s.texts[key + "Text"] ?? answer.message)
        return ErrorPageModel(layout: ctx.layout(title: heading), status: Int(status.code), heading: heading,
                              text: text, homeURL: Paths.front(ctx.edition.pathPrefix), homeLabel: s.text("backHome"))
    }
}
