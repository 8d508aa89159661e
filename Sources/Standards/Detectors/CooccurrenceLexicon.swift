import Foundation

/// Word classes whose meeting in one sentence suggests a rule even when no fixed phrase matches: a group and a
/// slur-like generalisation (hate), a violent act and a political target (extremism), an act of cruelty and an
/// animal (violence), a child and a sexual word (minors), a drug and a sale (narcotics).
///
/// Each rule has classes marked by the weight of their lines: 0.01 = class A, 0.02 = class B, 0.03 = class C
/// (optional third condition). A rule is suspected when its classes all occur within `CooccurrenceRules.window`
/// words of each other, in one sentence. Marker weights are far below every reporting threshold.
enum CooccurrenceLexicon {
    static let patterns = """
    // hate: A = a group of people, B = a hostile generalisation or a call to remove them
    hate 0.01 | (muslims|jews|blacks|gays|homosexuals|lesbians|trans people|transgender people|immigrants|migrants|refugees|arabs|mexicans|gypsies|roma|asians|africans|foreigners|latinos|hispanics|somalis|pakistanis|negroes|jihadis|illegals|muslim|african|gypsy|jew|immigrant|migrant|mexican|arab)
    hate 0.02 | (can't be trusted|cannot be trusted|never be trusted|rounded up|round them up|shipped back|send them back|sent back|kicked out|thrown out|deported|deport them|go back|get out|don't belong|dont belong|do not belong|invasion|invaders|breed|breeding|lazy|filthy|dirty|stinking|savage|savages|animals|vermin|rats|parasites|criminals|thieves|rapists|terrorists|loot|steal|stealing|mentally ill|disease|degenerate|degenerates|perverts|subhuman|inferior|lie to us|not welcome|should be banned|banned from|shouldn't be allowed|should not be allowed|every last one|all of them)
    hate 0.01 | (понаехавших|понаехавшие|приезжих|приезжие|мигрантов|мигранты|цыгане|цыган|евреи|евреев|мусульмане|мусульман|негры|негров|кавказцы|кавказцев|таджики|таджиков|узбеки|узбеков|чурки|хачи|хохлы|геи|геев|гастарбайтеры|гастарбайтеров|черные|черных|азиаты)
    hate 0.02 | (гнать|выгнать|выгонять|выслать|депортировать|воровать|воруют|украдут|грабить|грабят|паразиты|скоты|животные|твари|мразь|отбросы|нелюди|грязные|вонючие|понаехали|загадили|толку от них|не место|всех их|вон из)
    // extremism: A = deadly violence or weapons, B = a political or public target, C = a call to act
    extremism 0.01 | (bullet|bullets|rifle|rifles|guns|gun|shoot|shot|hang|hanged|lynch|kill|killed|blow up|bomb|bombs|burn|burn down|torch|storm|execute|arms|explosives|molotov|molotovs)
    extremism 0.02 | (politician|politicians|parliament|government|council|councillors|mps|minister|ministers|senators|judges|count|counting|polling|election officials|building|town hall|city hall|police|cops|mosque|synagogue|church|bridge|traitors|officials|bureaucrats|the elite|elites|journalists|reporters)
    extremism 0.03 | (should|must|need to|needs to|let's|lets|time to|bring|only solution|the answer|we will|somebody should|someone should|get your|grab your|take back|patriots|rise up|rise|revolution)
    extremism 0.01 | (расстрелять|повесить|взорвать|сжечь|поджечь|штурмом|штурмовать|захватить|оружие|автоматы|коктейли)
    extremism 0.02 | (администрацию|мэрию|думу|правительство|чиновников|депутатов|власть|кремль|полицию|ментов|судей|предателей|журналистов|мост)
    extremism 0.03 | (надо|нужно|пора|давайте|вперед|вперёд|берите|брать|смерть|долой|все на)
    // violence: A = an act of cruelty, B = an animal or a victim's body, C = relish or intent
    violence 0.01 | (drown|drowned|drowning|torture|tortured|torturing|kick|kicked|kicking|stomp|stomped|stomping|beat|beating|burn|burned|burning|poison|poisoned|skin|skinned|hang|hanged|shoot|shot|strangle|strangled|stab|stabbed|mutilate|mutilated|crush|crushed|bleed|bleeding)
    violence 0.02 | (kitten|kittens|cat|cats|dog|dogs|puppy|puppies|strays|stray|animals|animal|horse|pigeons|birds|until he stopped|until she stopped|until it stopped|stopped moving|stopped breathing|blood|skull|bones)
    violence 0.03 | (hilarious|funny|fun|enjoyed|loved|love|satisfying|deserved|i'll|we|myself|lol|lmao|haha|should|best)
    violence 0.01 | (утопить|утопил|утопили|топить|мучить|мучили|замучили|травить|отравить|отравили|пристрелить|пристрелили|повесить|повесили|забить|забили|пинать|пинали)
    violence 0.02 | (котят|котенка|кошку|кошек|собак|собаку|щенков|щенка|бездомных|животных|голубей)
    violence 0.03 | (смешно|весело|прикольно|ржака|надо|нужно|правильно|так им|сам|сами|буду|будем)
    // minors: A = a child, B = a sexual word
    minors 0.01 | (daughter|girl|girls|son|boy|boys|kid|kids|child|children|schoolgirl|schoolgirls|teen|teens|teenager|teenagers|minor|minors|niece|preteen|13|12|14|15|11|10)
    minors 0.02 | (hot|sexy|fuckable|bangable|doable|seductive|curvy|boobs|tits|nudes|naked|nude|horny|sex|lingerie|bikini pics)
    minors 0.01 | (дочь|дочка|девочка|девочки|школьница|школьницы|малолетка|малолетки|ребенок|дети|подросток)
    minors 0.02 | (сексуальная|секси|горячая|голая|голые|голенькие|интим|секс)
    // insult_threat: A = a word for a contemptible person, B = someone it can be aimed at
    insult_threat 0.01 | (idiot|idiots|moron|morons|imbecile|imbeciles|cretin|cretins|coward|cowards|liar|liars|clown|clowns|loser|losers|fool|fools|donkey|donkeys|scumbag|scumbags|bastard|bastards|jerk|jerks|hypocrite|hypocrites|muppet|muppets|halfwit|halfwits|dimwit|dimwits|numpty|numpties|plonker|pillock|prat|twit|twits|buffoon|buffoons|parasite|parasites|leech|leeches|weasel|weasels|snake|snakes|rat|rats|pig|pigs|dickhead|dickheads|tosser|tossers|wanker|wankers|twat|twats|prick|pricks|douchebag|douchebags|idiotic|moronic|clueless|spineless|gutless|brainless|witless|thief|thieves|sheep|sack of crap|sack of shit|bag of crap|piece of crap|бездарь|бездари|лжец|лжецы|лгун|лгуны|бараны|баранов|овцы|идиот|идиоты|дебил|дебилы|кретин|кретины|клоун|клоуны|трус|трусы|ничтожество|придурок|придурки|болван|болваны|дармоеды|бездельники|тупица|тупицы|недоумки|олухи|позорище|позорища|посмешище|бездари|проходимцы|жулики|шуты)
    insult_threat 0.02 | (you|u|ya|he|she|they|him|her|them|his|mayor|minister|ministers|manager|players|player|councillor|councillors|council|coach|ref|referee|president|candidate|candidates|author|journalist|writer|politicians|politician|leader|leaders|voters|fans|keeper|striker|government|cabinet|mp|mps|officials|governor|senator|senators|premier|chancellor|judge|judges|cop|cops|boss|ceo|owner|chairman|ты|вы|он|она|они|мэр|депутаты|депутат|чиновники|чиновник|автор|министр|губернатор|власти|тренер|судья|игроки)
    // narcotics: A = a drug, B = a sale or encouragement
    narcotics 0.01 | (weed|cannabis|marijuana|cocaine|coke|meth|mdma|molly|ecstasy|lsd|acid|heroin|fentanyl|ketamine|xanax|oxy|oxys|oxycodone|adderall|percocet|shrooms|dmt|mephedrone|amphetamine|speed|pills|меф|мефедрон|альфа|альфу|соль|спайс|гашиш|амфетамин|кокаин|героин|марихуана|травка|шишки|экстази|лсд)
    narcotics 0.02 | (available|for sale|selling|sell|cheap|prices|price list|dm|dm me|text me|message me|hit me up|no prescription|without prescription|delivery|deliver|shipping|discreet|try it|best way|should try|in stock|продаю|продам|доставка|в наличии|пиши|пишите|недорого|закладки|оптом)
    """
}

/// Finds the co-occurrences described by `CooccurrenceLexicon` among the phrase matches.
enum CooccurrenceRules {
    static let window = 12
    static let rules: [Rule: (confidence: Double, needsThird: Bool)] = [
        .hate: (0.75, false), .extremism: (0.75, true), .violence: (0.72, true), .minors: (0.75, false),
        .narcotics: (0.75, false), .insultThreat: (0.72, false),
    ]
    /// Insult words must sit closer to their target than other classes.
    static let insultWindow = 6

    static func findings(_ matches: [PhraseMatcher.Match], scan: TextScan, messages: Messages.Catalog) -> [Finding] {
        let markers = matches.filter { $0.weight < 0.05 }
        guard markers.count >= 2 else { return [] }
        let boundaries = OutletDetector.sentenceBoundaries(scan)
        var out: [Finding] = []
        for (rule, spec) in rules {
            // "Calling our keeper a clown is unfair": an insult word after 'call', 'not'… is not aimed at anyone.
            let a = markers.filter { $0.rule == rule && $0.weight == 0.01 && !SuspectedRules.disarmed($0, scan) }
            let reach = rule == .insultThreat ? insultWindow : window
            let b = markers.filter { $0.rule == rule && $0.weight == 0.02 }
            guard !a.isEmpty, !b.isEmpty else { continue }
            let c = markers.filter { $0.rule == rule && $0.weight == 0.03 }
            search: for x in a {
                for y in b where abs(x.firstToken - y.firstToken) <= reach && (x.start != y.start) {
                    let lo = min(x.start, y.start), hi = max(x.end, y.end)
                    guard !boundaries.crosses(lo, hi) else { continue }
                    if spec.needsThird {
                        guard c.contains(where: { abs($0.firstToken - x.firstToken) <= window && !boundaries.crosses(min(lo, $0.start), max(hi, $0.end)) }) else { continue }
                    }
                    out.append(Finding(rule: rule, start: lo, end: hi, confidence: spec.confidence, message: messages.text(for: rule)))
                    break search
                }
            }
        }
        return out
    }
}
