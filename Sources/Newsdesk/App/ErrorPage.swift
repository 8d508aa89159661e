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
        // Not found has the catalogue's explanation. The other answers' own messages say exactly what happened, but
        // the services write them in English: other languages get the catalogue's text for the status instead.
        let specific = s.language == "en" ? answer.message : nil
        let text = notFound ? s.text("notFoundText") : (specific ?? s.texts[key + "Text"] ?? answer.message)
        return ErrorPageModel(layout: ctx.layout(title: heading), status: Int(status.code), heading: heading,
                              text: text, homeURL: Paths.front(ctx.edition.pathPrefix), homeLabel: s.text("backHome"))
    }
}
