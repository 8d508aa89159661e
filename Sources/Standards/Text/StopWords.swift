import Foundation

/// Function words and words about the discussion itself ("article", "author"): they say nothing about a topic.
enum StopWords {
    static let english = """
    the and for are but not you all any can had her was one our out day get has him his how man new now old see
    two way who boy did its let put say she too use that with have this will your from they know want been good much
    some time very when come here just like long make many more only over such take than them well were what which
    their there these those would could should about after again also always because before being both does doing
    down during each even ever every into itself might most must myself never once other others ourselves same
    since still then through under until upon while whom whose why yourself yes yet really think thing things
    people said says going don't doesn't didn't isn't aren't wasn't can't won't i'm it's that's there's they're
    we're you're i've we've i'd i'll maybe actually anyone anything everyone everything someone something nothing
    nobody anybody everybody somebody nowhere anywhere everywhere somewhere
    article articles author authors story stories piece journalist journalists writer news comment comments post
    posted read reading wrote written editor editors paper newspaper site website today year years where whether
    though although however just quite rather enough lot lots sure right well okay agree agreed point points
    """
    static let russian = """
    это как так что его она они оно мне мой моя мои вам вас ваш все всё еще ещё уже для при про над под без или
    чем тем кто где когда если было быть был была были будет будут есть нет даже тоже также только очень можно
    нужно надо этот эта эти этого этой этих тот того той тех там тут здесь сейчас потом тогда свой своей свои себя
    себе нас наш наша наши них ним ними ему ей её того чтобы потому который которая которые которых просто вот
    ничего всего всех весь вся много мало более менее самый самая самые статья статьи статье автор автора
    новость новости комментарий журналист редакция сегодня год года лет согласен согласна
    """
    static let others = """
    que los las por una con para del como más pero sus sobre este esta esto hay muy todo también fue son está
    der die das und ist nicht ein eine mit sich des auf für dem den von wie auch auf noch nur aber wird sind
    les des une pour dans est pas qui sur par plus avec tout mais ont sont cette elle comme été aussi
    """
    static let all: HashTable = {
        var s = HashTable()
        for list in [english, russian, others] {
            for w in list.split(whereSeparator: { $0 == " " || $0 == "\n" }) { s.insert(WordHash.of(String(w))) }
        }
        return s
    }()

    /// The commonest function words of some edition languages: a quarter of a comment's words being among them
    /// settles its language without the trigram model.
    static let function: [String: HashTable] = {
        let lists = [
            "en": "the a an and or of to in is are was were be been it that this for on with as at by not but you i we they he she have has had do does did will would can could should my your their our his her its from so if what which who there",
            // Words Ukrainian shares with Russian (не, на, в, так, же, для…) are left out on purpose.
            "ru": "и что это как он она они мы вы его все всё её ее только еще ещё уже если когда даже нет было есть был были бы ты мне тоже очень чтобы который которые можно надо сейчас потому но",
            "es": "el la los las de del y en que es un una por con no se lo para su al como más pero sus le ya o este esta",
            "de": "der die das und ist nicht ein eine mit sich des auf für dem den von zu im es wie auch noch nur aber wird sind ich wir sie",
            "fr": "le la les de des et est un une pour dans pas qui sur par plus avec tout mais ont sont cette il elle je nous vous que du au",
        ]
        return lists.mapValues { words in HashTable(set: words.split(separator: " ").map { WordHash.of(String($0)) }) }
    }()
}
