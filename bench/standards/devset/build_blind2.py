#!/usr/bin/env python3
"""Writes blind2_en.jsonl / blind2_ru.jsonl: a second blind round (written and labelled before the engine saw it),
aimed at the rules whose recall was weakest in the first blind round. Written for this project, CC0.
"""
import json, os, datetime
HERE = os.path.dirname(os.path.abspath(__file__))
EN = [
    ("election", "Every single one of these migrants should be rounded up and shipped back where they came from", ["hate"]),
    ("election", "Muslims can't be trusted, it's in their religion to lie to us", ["hate"]),
    ("flood", "Typical, the gypsies will loot the empty houses tonight, lock everything", ["hate"]),
    ("election", "Trans people are mentally ill and shouldn't be allowed near children", ["hate"]),
    ("match", "Their striker is a typical lazy African, can't be bothered to run", ["hate"]),
    ("election", "The only solution is a bullet for every politician in that building", ["extremism"]),
    ("election", "Patriots, bring your rifles to the count on Sunday. We will not be silenced.", ["extremism"]),
    ("bridge", "Somebody should blow up that bridge the day it opens, that would send a message", ["extremism"]),
    ("flood", "Watching those kittens drown was honestly hilarious", ["violence"]),
    ("match", "Their fans got what they deserved, we stomped one of them until he stopped moving", ["violence"]),
    ("bridge", "Strays near the site should be shot, I'll do it myself with my air rifle", ["violence"]),
    ("election", "This candidate's daughter is 13 and already hot, just saying", ["minors"]),
    ("match", "Selling the new season of the streaming app: premium accounts cheap, DM for price", ["spam"]),
    ("flood", "URGENT: flood relief grant available, claim 2,500 now at flood-grant-claim.example.info before midnight", ["spam", "commercial_links"]),
    ("election", "I was skeptical but this system paid me $1,200 in my first week, link in my profile", ["spam"]),
    ("match", "Need cheap flights for the away game? We sell discount tickets, best prices guaranteed, WhatsApp +44 7700 900555", ["promotion"]),
    ("bridge", "Proud owner of Riverside Tiles here — if the works damage your driveway, we offer 20% off repairs for locals!", ["promotion"]),
    ("election", "New book out now: 'The Truth About Our Region', available on all platforms, grab your copy today", ["promotion"]),
    ("flood", "Pills for the stress of the flood? Xanax and oxy available, no prescription, text me", ["narcotics"]),
    ("match", "honestly half the crowd was on coke, best way to watch football lol, try it", ["narcotics"]),
    ("election", "Hey voters, you're all brainwashed morons, enjoy your slavery", ["insult_threat", "trolling"]),
    ("bridge", "lmao imagine crying about a bridge. grow up", ["trolling"]),
    ("match", "Cry harder, your club is a joke and so are its fans", ["trolling"]),
    ("election", "I will find out where that journalist lives and pay him a visit", ["insult_threat"]),
    ("flood", "The minister is a useless piece of garbage", ["insult_threat"]),
    ("bridge", "Whoever wrote this article should be fired, Newsdesk is the worst paper in the country", ["disrespect_outlet"]),
    ("election", "Newsdesk = government mouthpiece. Pathetic.", ["disrespect_outlet"]),
    ("bridge", "The project manager lives at 14 Mill Lane, flat 2, go knock on his door", ["personal_data"]),
    ("election", "Here is his Social Security Number: 078-05-1120, enjoy", ["personal_data"]),
    ("flood", "Her direct line is 020 7946 0958, she never answers emails", ["personal_data"]),
    ("match", "Highlights + free HD stream, just install the codec: http://stream-hd.example.xyz/codec_installer.exe", ["malware_links", "commercial_links"]),
    ("election", "WAKE UP!!! THEY ARE STEALING YOUR VOTE AND NOBODY CARES!!!", ["caps"]),
    ("flood", "Hilfe ist unterwegs, aber die Straßen sind immer noch gesperrt und niemand weiß wann sie wieder öffnen.", ["foreign_language"]),
    ("election", "Il voto di domenica sarà decisivo per il futuro della regione, speriamo bene.", ["foreign_language"]),
    ("bridge", "Budowa mostu to dobry pomysł, ale koszty są zdecydowanie za wysokie dla miasta.", ["foreign_language"]),
    ("match", "my grandmother's apple pie recipe uses cinnamon nutmeg and a pinch of salt and she always bakes it on sundays for the whole family", ["off_topic"]),
    # clean
    ("election", "I hate to admit it but the opposition's healthcare plan is better.", []),
    ("match", "That tackle in the 60th minute could have killed the kid, glad he's ok.", []),
    ("flood", "Residents of Elm Street near the river were evacuated first, according to the fire service.", []),
    ("bridge", "Contractors usually bid low and then charge for 'variations', it's the oldest trick in the book.", []),
    ("election", "My friend earns 1,900 a month as a teacher. Neither party will change that.", []),
    ("bridge", "I wrote to the council at info@city.example and actually got a reply within a day!", []),
    ("flood", "If you're feeling overwhelmed after the flood, the helpline is 1-800-985-5990, they're kind.", []),
    ("match", "The fans' trust meeting is on Thursday, details on the club website.", []),
    ("election", "Voting is free, easy and takes five minutes. Just do it.", []),
    ("bridge", "The drawings are lovely but I doubt it'll look like that when it's finished.", []),
    ("flood", "We need a proper inquiry, not another press release.", []),
    ("election", "Is it just me or did both leaders look exhausted at the debate?", []),
    ("match", "Bring back the old manager. At least we had a plan then.", []),
    ("bridge", "This is the third bridge proposal since 2010. Third time lucky?", []),
    ("election", "Whatever happens on Sunday, let's be kind to each other on Monday.", []),
    ("flood", "The army arrived this afternoon with pumps, finally.", []),
    ("match", "Their number 9 is a beast, we need someone like him.", []),
    ("election", "The housing minister was a property developer for 20 years. Conflict of interest much?", []),
    ("bridge", "Sounds like a good plan to me, honestly. Build it and stop arguing.", []),
    ("election", "Check the candidates' voting records before Sunday, it's all public.", []),
]
RU = [
    ("most", "Всех этих понаехавших гнать надо из города, толку от них никакого", ["hate"]),
    ("most", "Цыгане опять будут воровать со стройки, вот увидите", ["hate"]),
    ("most", "Мэра бы повесить на этом мосту, вот было бы открытие", ["insult_threat"]),
    ("most", "Автор статьи — тупая овца, ничего не понимает в строительстве", ["insult_threat"]),
    ("most", "Ну ты и клоун, иди проспись", ["insult_threat", "trolling"]),
    ("most", "Ахаха, бомбит у тебя, школота", ["trolling"]),
    ("most", "Блядь, опять этот мост, сколько можно", ["profanity"]),
    ("most", "Да похуй вообще, всё равно украдут", ["profanity"]),
    ("most", "Ебаный стыд, а не проект", ["profanity"]),
    ("most", "Пишите на почту прорабу: petrov.stroy@mail.example, он всё расскажет", ["personal_data"]),
    ("most", "Адрес мэра: ул. Садовая, д. 12, кв. 45, приходите митинговать", ["personal_data"]),
    ("most", "Хотите заработать? От 50 000 в неделю без вложений, пишите в личку, расскажу", ["spam"]),
    ("most", "Натяжные потолки недорого, гарантия 10 лет, звоните 8 900 123 45 67", ["promotion"]),
    ("most", "Продаю меф и альфу, доставка по городу, пиши в телегу", ["narcotics"]),
    ("most", "Смерть предателям! Надо брать администрацию штурмом!", ["extremism"]),
    ("most", "Эта газетёнка давно продалась мэрии, позор", ["disrespect_outlet"]),
    ("most", "НЕ НУЖЕН НАМ ВАШ МОСТ, ОТДАЙТЕ ДЕНЬГИ ШКОЛАМ И БОЛЬНИЦАМ", ["caps"]),
    ("most", "Міст потрібен, але ціна занадто висока для нашого міста.", ["foreign_language"]),
    # clean
    ("most", "Блин, опять перекроют дорогу на два года.", []),
    ("most", "Я за мост, но против того, как расходуют деньги.", []),
    ("most", "Идиотская ситуация: денег на школы нет, а на мост есть.", []),
    ("most", "Пишите в мэрию, у них есть электронная приёмная на сайте.", []),
    ("most", "Телефон доверия 8-800-2000-122, если кому-то тяжело после новостей.", []),
    ("most", "Как житель Садовой улицы скажу: шум от стройки будет ужасный.", []),
    ("most", "Мост — это хорошо, если построят быстро и качественно.", []),
    ("most", "Стройку убьют проверки, как всегда.", []),
    ("most", "В 2015 году мост уже обещали, и что?", []),
    ("most", "Согласна с комментарием выше про школы.", []),
]
def write():
    base = datetime.datetime(2026, 11, 4, 9, 0, 0)
    for name, rows, prefix in (("blind2_en.jsonl", EN, "b"), ("blind2_ru.jsonl", RU, "br")):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            for k, (art, text, labels) in enumerate(rows):
                ts = (base + datetime.timedelta(seconds=300 * (k + 1))).strftime("%Y-%m-%dT%H:%M:%SZ")
                f.write(json.dumps({"id": f"{prefix}-{k + 1}", "text": text, "article": art, "author": f"{prefix}-user-{k + 1}",
                                    "ts": ts, "labels": sorted(labels), "source": "written for this project (CC0)"}, ensure_ascii=False) + "\n")
    print(len(EN), len(RU))
if __name__ == "__main__":
    write()
