import Foundation
import Vapor

/// Builds the page of a refused or failed request from its answer: "not found" in the edition's language, anything
/// else with the answer's status and message.
enum ErrorPage {
    static func build(_ ctx: PageContext, answer: FailureAnswer) -> ErrorPageModel {
        let s = ctx.edition.strings
        let status = answer.status
        let notFound = status == .notFound
        let heading = notFound ? s.notFoundTitle : status.reasonPhrase
        return ErrorPageModel(layout: ctx.layout(title: heading), status: Int(status.code), heading: heading,
                              text: notFound ? s.notFoundText : answer.message,
                              homeURL: Paths.front(ctx.edition.pathPrefix), homeLabel: s.backHome)
    }
}
