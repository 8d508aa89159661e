#!/usr/bin/env python3
"""Writes a second labelled set, kept apart from tuning: comments written in the looser style of real news
comments (typos, sarcasm, quotes, numbers, links, emoji), labelled against COMMUNITY-STANDARDS.md before the engine
was run on them. Written for this project, CC0. Output: holdout_en.jsonl, holdout_ru.jsonl (articles.jsonl shared).
"""
import json, os, datetime

HERE = os.path.dirname(os.path.abspath(__file__))

EN = [
    ("bridge", "lol 240 mil for a bridge nobody asked for. classic", []),
    ("bridge", "I'll believe it when I see it... they said the same about the ring road in 2009 and we're still waiting 🙄", []),
    ("bridge", "Does anybody actually know how many cars cross the old bridge daily? The article says thousands but no source.", []),
    ("bridge", "My husband works for the council (not on this project) and even he thinks the ferry was the smarter choice tbh", []),
    ("bridge", "So the schools get squeezed AGAIN. Every single time.", []),
    ("bridge", "Here we go again. Tax payers foot the bill, contractors get rich, and in 5 years it'll need repairs.", []),
    ("bridge", "Honest question - why can't they just widen the existing bridge? Genuinely curious if someone knows.", []),
    ("bridge", "The audit in March should have come BEFORE the vote, not after. Common sense.", []),
    ("bridge", "As someone who lives in the old town: please just build it already, we can't breathe here in rush hour.", []),
    ("bridge", "Cost per resident is roughly 1,600 if you do the math with 150k residents. That's a lot of money for one bridge.", []),
    ("bridge", "Anyone else remember when the mayor promised no new debt? Good times.", []),
    ("bridge", "The ferry would be cancelled every time there's fog, which is half of November. Bridge makes more sense.", []),
    ("bridge", "Our kids' school has buckets in the corridor when it rains. But sure, bridge first.", []),
    ("bridge", "Wow. Just wow.", []),
    ("bridge", "+1 to the comment above about the audit.", []),
    ("bridge", "The contractor that built the tram depot went bust halfway through, hope they picked someone better this time", []),
    ("bridge", "I run a bakery near the site and nobody from the council has spoken to us. Not once.", []),
    ("bridge", "For anyone interested the full council minutes are public, they're worth reading before you get angry.", []),
    ("bridge", "240 million divided by 20 years = 12 million a year. Put that way it's not crazy for infrastructure.", []),
    ("bridge", "Not sure why people are so negative, the city has grown 30% since the old bridge opened in 1974.", []),
    ("flood", "Sending love to everyone affected ❤️ stay safe", []),
    ("flood", "We got 40cm of water in the basement. Insurance guy is coming Thursday. Fingers crossed.", []),
    ("flood", "This happens every few years now and every time the same promises. Build proper defences!", []),
    ("flood", "Anyone know if the B road to the north is open again? Need to get to work tomorrow.", []),
    ("flood", "The volunteers at the sports hall were incredible, brought us tea at 3am. Thank you all.", []),
    ("flood", "Climate change deniers, where are you now?", []),
    ("flood", "Those 1970s defences were designed for a 1-in-100 year flood. We've had three in ten years.", []),
    ("flood", "We lost our chickens and the dog barely made it. Devastating.", []),
    ("flood", "How do you apply for the emergency payment? The website just says 'coming soon'.", []),
    ("flood", "The real scandal is that houses were built on the flood plain in the first place. Someone got paid for those permits.", []),
    ("flood", "Drove past this morning, the whole valley looks like a lake. Unreal.", []),
    ("flood", "If anyone needs a place to stay in the east of town we have a spare room, just reply here.", []),
    ("flood", "Damn, that picture of the church under water is heartbreaking.", []),
    ("flood", "The government's response has been pathetic, frankly.", []),
    ("flood", "My grandma is 91 and refused to leave, the firefighters had to carry her out lol. Tough lady.", []),
    ("match", "Absolute robbery. That was never a pen in a million years.", []),
    ("match", "Ref needs glasses. VAR needs scrapping.", []),
    ("match", "We've been rubbish for months, the ref isn't the reason we're ninth.", []),
    ("match", "That header though!! Kid's going to be a star 🔥🔥🔥", []),
    ("match", "Sack the board, not the manager. They never gave him money for a striker.", []),
    ("match", "Another Saturday ruined. Why do I do this to myself every week 😂", []),
    ("match", "Their keeper was on fire. Nothing you can do about saves like that.", []),
    ("match", "Booing your own team is pathetic. Real fans stay and sing.", []),
    ("match", "Honestly I think we killed them in the first half and then just sat back like cowards.", []),
    ("match", "11 points off the top is a lot but it's only November.", []),
    ("match", "Lmao the manager blaming the ref again. Look in the mirror mate.", []),
    ("match", "2-1 and a penalty at the death. Football is cruel.", []),
    ("match", "we need a new centre back asap", []),
    ("match", "MOTM: the young striker, no question.", []),
    ("match", "I paid 60 quid for that ticket. Never again.", []),
    ("election", "I'm voting for the party that actually has a housing plan with numbers in it, not slogans.", []),
    ("election", "Polls said the same last time and got it completely wrong.", []),
    ("election", "Tax cuts for whom though? Always read the small print.", []),
    ("election", "My mum has been on a waiting list for 14 months for a knee op. Nurses please, not tax cuts.", []),
    ("election", "Don't forget to vote people, whatever your opinion. It matters.", []),
    ("election", "The debate was a joke. Neither of them answered a single question directly.", []),
    ("election", "20,000 homes sounds great until you ask where and who builds them.", []),
    ("election", "Young people don't vote because nobody talks to them. Simple as that.", []),
    ("election", "I make about 2,300 a month and rent is 1,100 of it. That's why housing matters to me.", []),
    ("election", "Anyone know if I can vote if I moved here in September?", []),
    ("election", "The opposition's plan for nurses is costed, I read it. The tax cut isn't.", []),
    ("election", "Both leaders are millionaires telling us to tighten our belts. Give me a break.", []),
    ("election", "Results at midnight, coffee ready ☕", []),
    ("election", "It's not about left or right. It's about who can run a hospital.", []),
    ("election", "I used to vote for the governing party but after the last four years, never again.", []),
    ("election", "Here's the independent fact-check of both manifestos: https://fullfact.org/election-2026/", ["commercial_links"]),
    ("election", "The stats office publishes waiting list data monthly, see www.ons.gov.uk if you don't believe me.", ["commercial_links"]),
    # violations in natural phrasing
    ("match", "ref is a complete moron and so are the clowns running VAR", ["insult_threat"]),
    ("election", "anyone voting for them is a brain dead idiot, sorry not sorry", ["insult_threat"]),
    ("bridge", "The mayor is a corrupt little weasel and you're all sheep for believing him", ["insult_threat", "trolling"]),
    ("match", "If I ever see that ref in town I'll break his legs", ["insult_threat"]),
    ("election", "Hope the whole cabinet dies in a fire tbh", ["insult_threat"]),
    ("election", "This is what happens when you let these foreigners vote, they are destroying the country like the rats they are", ["hate"]),
    ("flood", "Bet the immigrants will get the emergency money first, they always do, filthy parasites", ["hate"]),
    ("match", "Their fans are typical gypsies, thieves the lot of them", ["hate"]),
    ("match", "shut up you muppet, nobody cares what you think", ["trolling", "insult_threat"]),
    ("election", "Lol cope harder, your party is finished. Cry me a river 😂", ["trolling"]),
    ("election", "Imagine being this stupid. Actually you don't have to imagine.", ["trolling"]),
    ("match", "What a shit game, fucking embarrassing", ["profanity"]),
    ("bridge", "240m for this bulls**t", ["profanity"]),
    ("election", "They're all a bunch of f***ing liars", ["profanity"]),
    ("flood", "The council is full of useless c*nts", ["profanity"]),
    ("match", "ffs not again. shambles", []),
    ("match", "Holy sh1t what a header", ["profanity"]),
    ("election", "FFS VOTE. IT. MATTERS. STOP COMPLAINING AND GO TO THE POLLING STATION ON SUNDAY", ["caps"]),
    ("bridge", "NO BRIDGE!!! FIX OUR SCHOOLS FIRST!!! HOW MANY TIMES DO WE HAVE TO SAY IT", ["caps"]),
    ("flood", "Want to help flood victims AND earn? I make $400 a day doing simple online tasks from my phone, message me on WhatsApp to join the team", ["spam"]),
    ("election", "Forget the election, I earned $9,850 last month with crypto signals. Join my telegram t.me/richsignals today!", ["spam", "commercial_links"]),
    ("match", "Best betting tips in the country 👉 winbig-tips.example.com 100% accurate, join now!", ["spam", "commercial_links"]),
    ("bridge", "Need a builder? We do extensions, roofs and driveways, fully insured, call Dave on 07700 900123 for a free quote", ["promotion"]),
    ("flood", "Flood damaged carpets? Our family business can help, check our Facebook page Valley Carpet Care for 15% off this month", ["promotion"]),
    ("match", "Follow my football podcast on Spotify, new episode on the derby out now!", ["promotion"]),
    ("election", "Her home address is 17 Rose Lane, Apt 4 — go tell her what you think of her tax plan", ["personal_data"]),
    ("bridge", "The planning officer's mobile is 07911 654321, ring him and ask why our street wasn't consulted", ["personal_data"]),
    ("flood", "I'm collecting for the farmers, transfer to card 4556 7375 8689 9855 and I'll pass it on", ["personal_data"]),
    ("election", "the candidate's private email is j.harlow.private@gmail.com, flood it", ["personal_data"]),
    ("match", "the coach should just go hang himself after that performance", ["suicide"]),
    ("election", "If you vote for them you might as well kill yourself now", ["suicide"]),
    ("flood", "Free flood map tracker app, download here: http://floodtracker-free.example.top/FloodTracker.apk", ["malware_links", "commercial_links"]),
    ("match", "Watch every match live free: bit.ly/3xFreeStreamz (download the player first, crack included)", ["malware_links", "commercial_links"]),
    ("election", "We need to burn the parliament down and hang every last politician from the lampposts", ["extremism"]),
    ("election", "If the vote is rigged we take up arms, simple as that. Storm the count centres.", ["extremism"]),
    ("flood", "Get your weed delivered during the flood lol, DM me on snap for prices, discreet", ["narcotics"]),
    ("election", "hola a todos, alguien sabe a qué hora cierran los colegios electorales el domingo?", ["foreign_language"]),
    ("flood", "Wir haben auch Hochwasser im Dorf, die Feuerwehr war die ganze Nacht im Einsatz.", ["foreign_language"]),
    ("match", "Quel match horrible, l'arbitre a tout gâché avec ce penalty à la dernière minute.", ["foreign_language"]),
    ("bridge", "Я живу рядом с этим мостом, и честно говоря новый нам очень нужен.", ["foreign_language"]),
    ("election", "my neighbour's dog barks all night and the council does nothing about noise complaints, how is that acceptable, I have called them six times and written two letters and nobody even answers", ["off_topic"]),
    ("match", "ok so I just bought a new air fryer and honestly it has changed my life, chips in twelve minutes and the whole kitchen doesnt smell of oil anymore", ["off_topic"]),
    ("bridge", "honestly this city is a mess nothing works the buses are late the bins are never collected the roads have potholes everywhere and the council just keeps spending money on vanity projects like this bridge while ordinary people struggle to pay rent and heat their homes and nobody in charge seems to care at all", ["no_sentences"]),
]
FLOOD = [
    ("election", "VOTE NO", [], 0),
    ("election", "vote no!!", [], 30),
    ("election", "VOTE NO", ["flood"], 55),
    ("election", "no no no no", ["flood"], 80),
    ("election", "VOTE NO", ["flood"], 95),
    ("election", "no", ["flood"], 110),
]
MOB = [
    ("flood", "The regional government abandoned the valley, demand the minister resigns today #ResignNow", 0),
    ("flood", "the regional government abandoned the valley - demand the minister resigns TODAY! #resignnow", 300),
    ("flood", "The regional government abandoned the valley. Demand the minister resigns today!!! 😡 #ResignNow", 900),
]
RU = [
    ("most", "Ну наконец-то, сколько можно стоять в пробках на старом мосту.", []),
    ("most", "240 млн, а в поликлинике врачей нет. Приоритеты, ага.", []),
    ("most", "Паром зимой всё равно бы не ходил, лёд же.", []),
    ("most", "Кто-нибудь знает, где посмотреть проект целиком? Ссылки в статье нет.", []),
    ("most", "Строили бы уже, а не обсуждали по десять лет 🙄", []),
    ("most", "Мой отец работал на строительстве старого моста в 70-х, говорит, тогда за два года построили.", []),
    ("most", "Опять всё подорожает в три раза к концу стройки, как обычно.", []),
    ("most", "Спасибо редакции, хорошая статья, всё по делу.", []),
    ("most", "Магазинчики у площадки жалко, два года без покупателей они не выдержат.", []),
    ("most", "Треть федералы дадут, а остальное из нашего кармана, конечно.", []),
    ("most", "А велодорожка будет? Это важно.", []),
    ("most", "Да ладно, нормальный проект, чего все ноют.", []),
    ("most", "Мэр опять пиарится перед выборами, ничего нового.", []),
    ("most", "Блин, опять перекроют набережную.", []),
    ("most", "Хрен они что построят до весны, вот увидите.", []),
    ("most", "Согласен с предыдущим оратором.", []),
    # violations
    ("most", "Мэр — конченый дебил, и команда у него такая же.", ["insult_threat"]),
    ("most", "Депутаты ворюги и мрази, всех бы пересажать.", ["insult_threat"]),
    ("most", "Ну и х*йню они придумали, 240 лямов в воду.", ["profanity"]),
    ("most", "Заебали уже со своим мостом.", ["profanity"]),
    ("most", "Это пиздец, а не бюджет.", ["profanity"]),
    ("most", "Понаехавшие хачи всё равно всё разворуют на стройке.", ["hate"]),
    ("most", "ХВАТИТ ВОРОВАТЬ ДЕНЬГИ ИЗ БЮДЖЕТА ГОРОДА, НАМ НЕ НУЖЕН ЭТОТ МОСТ", ["caps"]),
    ("most", "Работа для всех! Доход от 3000 рублей в день без опыта, пишите в телеграм @bystro_dengi", ["spam"]),
    ("most", "Ремонт квартир под ключ недорого, звоните +7 999 123-45-67, скидка 10% читателям!", ["promotion"]),
    ("most", "Вот телефон жены мэра: 8 916 555 44 33, пусть объяснит, куда деньги уходят.", ["personal_data"]),
    ("most", "Полная версия проекта тут: https://proekt-mosta.example.ru/pdf", ["commercial_links"]),
    ("most", "Автор, иди повесься со своими статьями.", ["suicide"]),
    ("most", "Журналюги продажные, пишете то, что мэрия заказала.", ["disrespect_outlet"]),
    ("most", "The bridge is a great idea and it will help the city a lot in the future.", ["foreign_language"]),
]


def write():
    base = datetime.datetime(2026, 11, 2, 9, 0, 0)
    def ts(sec):
        return (base + datetime.timedelta(seconds=sec)).strftime("%Y-%m-%dT%H:%M:%SZ")
    def dump(name, rows, prefix, flood=None, mob=None):
        out, t = [], 0
        for k, (art, text, labels) in enumerate(rows):
            t += 300
            out.append({"id": f"{prefix}-{k + 1}", "text": text, "article": art, "author": f"{prefix}-user-{k + 1}",
                        "ts": ts(t), "labels": sorted(labels), "source": "written for this project (CC0)"})
        for k, (art, text, labels, off) in enumerate(flood or []):
            out.append({"id": f"{prefix}-flood-{k + 1}", "text": text, "article": art, "author": f"{prefix}-flooder",
                        "ts": ts(t + 3600 + off), "labels": labels, "source": "written for this project (CC0)"})
        for k, (art, text, off) in enumerate(mob or []):
            out.append({"id": f"{prefix}-mob-{k + 1}", "text": text, "article": art, "author": f"{prefix}-mob-{k + 1}",
                        "ts": ts(t + 7200 + off), "labels": ["flash_mob"], "source": "written for this project (CC0)"})
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            for row in out:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        return len(out)
    print(dump("holdout_en.jsonl", EN, "h", FLOOD, MOB), dump("holdout_ru.jsonl", RU, "hr"))


if __name__ == "__main__":
    write()
