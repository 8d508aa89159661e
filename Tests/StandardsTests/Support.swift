import Foundation
import Testing
@testable import Standards

let engine = Engine()
let t0 = Date(timeIntervalSince1970: 1_790_000_000)

func context(_ language: String = "en", article: ArticleText? = nil, thread: [PriorComment] = [],
             authorRecent: [PriorComment] = [], author: String = "member", index: NearDuplicateIndex? = nil,
             allowed: Set<String> = [], outlet: [String] = ["Newsdesk"], now: Date = t0) -> CommentContext {
    CommentContext(language: language, article: article, thread: thread, authorRecent: authorRecent, author: author,
                   nearDuplicates: index, allowedDomains: allowed, outletNames: outlet, now: now)
}

func rules(_ text: String, _ ctx: CommentContext = context()) -> Set<Rule> {
    Set(engine.evaluate(text, context: ctx).findings.map(\.rule))
}

/// One row of a rule table: the text, the edition language, and whether the rule must be found.
struct Case: CustomTestStringConvertible, Sendable {
    var text: String
    var language: String = "en"
    var found: Bool
    var testDescription: String { "\(found ? "+" : "-") [\(language)] \(text.prefix(60))" }
}

func yes(_ text: String, _ language: String = "en") -> Case { Case(text: text, language: language, found: true) }
func no(_ text: String, _ language: String = "en") -> Case { Case(text: text, language: language, found: false) }

let bridgeArticle = ArticleText(
    title: "Council approves new river bridge despite budget worries",
    text: """
    The city council voted on Tuesday to build a second bridge across the river, a project estimated at 240 million. \
    Supporters say the bridge will cut traffic in the old town and shorten commutes for thousands of residents. \
    Opponents warned that the budget for schools and libraries will be squeezed for years, and asked why the cheaper \
    option of a new ferry line was dropped. The mayor said construction should start next spring.
    """)

let mostArticle = ArticleText(
    title: "Городской совет одобрил строительство нового моста",
    text: """
    Городской совет во вторник проголосовал за строительство второго моста через реку стоимостью около 240 \
    миллионов. Сторонники проекта говорят, что мост разгрузит движение в старом центре и сократит дорогу на работу \
    для тысяч жителей. Противники предупреждают, что бюджет на школы и библиотеки будет урезан на годы, и \
    спрашивают, почему отказались от более дешёвого варианта с новой паромной линией. Мэр заявил, что \
    строительство начнётся весной, а федеральные гранты покроют треть расходов. Владельцы магазинов рядом с \
    площадкой опасаются двух лет шума и перекрытых улиц.
    """)
