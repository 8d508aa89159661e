#!/usr/bin/env python3
"""Writes blind6_en.jsonl and blind6_ru.jsonl: the sixth blind round, written and labelled before the statistical
layer (issue 15) was trained or tuned. Styles the earlier rounds lacked: SMS spam with prizes, short codes and premium
numbers; social-media promotion ("check out my channel"); insults, hate and threats in words no list foresaw; drug
dealing in slang; violence; adverts with a business's phone number; real-thread off-topic; and clean SMS-style chat,
wiki-talk-style disagreement, heated politics, news about violence and drugs, business talk with prices.
Written for this project, CC0.
"""
import json, os, datetime
HERE = os.path.dirname(os.path.abspath(__file__))

EN = [
    # spam: SMS-style prizes, short codes, premium numbers
    ("match", "Congratulations! Ur mobile no. has won a £1500 cash award. To collect call 09066364589 before midnight. T&Cs apply 18+", ["spam"]),
    ("match", "You have been chosen to receive a FREE holiday for 2! Reply YES to 86688 now. Cost 150p/msg", ["spam"]),
    ("flood", "URGENT: your account has a pending reward of $750. Claim it today at rewards-center.example.net before it expires", ["spam", "commercial_links"]),
    ("bridge", "Txt WIN to 80082 for your chance to win an iPhone 15! Only 1.50/txt, std rates apply", ["spam"]),
    ("election", "Earn 500 dollars a day working from home, no experience needed!! Message me on whatsapp +44 7700 900461", ["spam"]),
    ("match", "Hey this is Amy from the prize dept, you won our weekly draw, just text back your address to get the voucher", ["spam"]),
    ("flood", "Want cheap loans with no credit check? Approval in 5 minutes, call 0871 277 8150 today!", ["spam"]),
    ("bridge", "I turned $200 into $6,400 in a week with this crypto bot, ask me how, dm me for the link", ["spam"]),
    ("election", "Your parcel could not be delivered. Pay the 1.99 redelivery fee here: royal-post-help.example.info", ["spam", "commercial_links"]),
    ("match", "Final notice: your free entry into our £2000 weekly competition expires today. Text GO to 87121 to claim", ["spam"]),
    ("flood", "Bored? Hot singles in your area want to chat tonight, reply CHAT to 69888 (£1.50 per msg)", ["spam"]),
    ("bridge", "Get 1000 followers instantly for only $5! Guaranteed real accounts, visit fastfollow.example.com", ["spam", "commercial_links"]),
    # promotion: social-media style
    ("match", "Hey guys I just started a football channel, would mean the world if you checked it out and subscribed 🙏", ["promotion"]),
    ("flood", "If anyone needs their carpets dried after the flood, my company does it cheap, just search DryRight Services on facebook", ["promotion"]),
    ("bridge", "Check out my new track on soundcloud, link in my profile! feedback welcome", ["promotion"]),
    ("election", "Our agency offers professional campaign websites from 299 euro, message us for a quote", ["promotion"]),
    ("match", "Best football boots at half price this weekend only at KickStore, use code DERBY20 at checkout", ["promotion"]),
    ("flood", "We install flood barriers for homes and shops, free survey, call Valley Defence on 01632 960 144", ["promotion"]),
    ("bridge", "follow me on insta for daily city photography, @urban.lens.daily", ["promotion"]),
    ("match", "Subscribe to my channel for match reactions every weekend, you won't regret it!!", ["promotion"]),
    # insult_threat
    ("election", "you are honestly the dumbest person on this page, go educate yourself", ["insult_threat"]),
    ("match", "shut up you absolute muppet, you know nothing about football", ["insult_threat"]),
    ("election", "Anyone who votes for her is a brain-dead halfwit.", ["insult_threat"]),
    ("bridge", "The councillor is a greedy crook and a parasite living off our taxes.", ["insult_threat"]),
    ("match", "keep talking and I will find you after the next game, you won't walk home", ["insult_threat"]),
    ("election", "What a pathetic little man you are, hiding behind a keyboard.", ["insult_threat"]),
    ("flood", "You're a clueless moron, stop spreading your garbage opinions.", ["insult_threat"]),
    ("election", "Someone should put a bullet in that candidate before Sunday.", ["insult_threat", "extremism"]),
    ("match", "The manager is a spineless loser and a fraud.", ["insult_threat"]),
    ("election", "Hey dipshit, read the article before commenting.", ["insult_threat", "profanity"]),
    # hate
    ("election", "These people breed like rabbits and take over every town they move into.", ["hate"]),
    ("flood", "Typical, the gypsies will loot whatever is left in those houses.", ["hate"]),
    ("election", "Women shouldn't be allowed to vote, they think with their feelings.", ["hate"]),
    ("match", "Those fans are all inbred animals from a backward tribe.", ["hate"]),
    ("election", "Gays are a disease on society and should be kept away from our kids.", ["hate"]),
    ("bridge", "Muslims don't belong here, send them all back where they came from.", ["hate"]),
    ("election", "The Jews control the media and the banks, wake up people.", ["hate"]),
    ("flood", "Refugees are nothing but criminals and rapists, close the borders.", ["hate"]),
    # violence
    ("match", "I'd love to see that ref beaten half to death in the car park.", ["violence"]),
    ("flood", "Those stray dogs in the valley should be rounded up and drowned, simple.", ["violence"]),
    ("bridge", "We tied firecrackers to the neighbour's cat's tail, funniest thing ever.", ["violence"]),
    ("match", "Their fans deserve to get their heads kicked in, and I'll be the first to do it.", ["violence", "insult_threat"]),
    ("election", "Drag them out into the street and smash their skulls, that's what they deserve.", ["violence"]),
    # narcotics
    ("bridge", "got the best bud in town, 10 a gram, hit me up on snap", ["narcotics"]),
    ("flood", "Selling xanax and percs no prescription needed, fast delivery, dm", ["narcotics"]),
    ("match", "bro a couple of pills before the match and you'll feel amazing, trust me", ["narcotics"]),
    ("election", "plugs for coke and molly in the city centre, message me for the menu", ["narcotics"]),
    ("bridge", "You can grow your own shrooms at home easily, here's how I do it: buy spores, sterilise the jars...", ["narcotics"]),
    # trolling
    ("match", "lmao imagine supporting this team in 2026 😂😂 stay mad", ["trolling"]),
    ("election", "ok boomer, go back to your retirement home", ["trolling"]),
    ("flood", "Nobody cares, go cry somewhere else snowflake", ["trolling"]),
    ("election", "Triggered much? Your tears are delicious.", ["trolling"]),
    # personal data (private person) vs business numbers
    ("election", "The guy who keyed my car is Mark Dawson, his number is 07700 900812, call him and tell him what you think", ["personal_data"]),
    ("bridge", "My neighbour's email is j.harper1974@mailbox.example, ask her yourself", ["personal_data"]),
    ("flood", "For emergency pumping call AquaClear Ltd on 0161 496 0733, 24 hours, fair prices", ["promotion"]),
    ("match", "Tickets for the return leg, 40 each, call Dave on 07911 123456", ["promotion", "personal_data"]),
    # off topic
    ("match", "Does anyone know a good vet near the station? My rabbit stopped eating yesterday and I'm really worried about her.", ["off_topic"]),
    ("flood", "Happy birthday to my beautiful daughter Chloe who turns sixteen today, love you so much sweetheart, have the best day", ["off_topic"]),
    ("election", "Just finished watching the new season of that dragon show, honestly the finale was disappointing and the writing got lazy.", ["off_topic"]),
    # clean: SMS/chat style
    ("match", "ok lol see u at the pub later, save me a seat", []),
    ("flood", "Sorry I missed your call, stuck at my mum's, roads are still closed by the river", []),
    ("match", "Haha what a game, I'm still shaking. Call me when you're home", []),
    ("bridge", "I'll text you the details later, meeting is at 7 at the community hall about the bridge", []),
    # clean: civil disagreement, wiki-talk style
    ("election", "I disagree strongly with your reading of the poll. The margin of error is larger than the gap, so it is a tie.", []),
    ("election", "Please stop reverting my point, I cited the official figures; if you think they're wrong, show a source.", []),
    ("bridge", "This is frankly one of the worst decisions the council has made, and they should be voted out for it.", []),
    ("election", "The candidate's comments about immigrants were disgraceful and she should apologise.", []),
    ("election", "Calling opponents traitors is dangerous rhetoric, and both parties have done it.", []),
    # clean: news about violence, drugs, crime
    ("flood", "Police said two men were stabbed during looting in the valley on Sunday night, which is awful.", []),
    ("bridge", "The report says cocaine seizures at the port doubled last year. Where is the money for policing?", []),
    ("election", "The candidate wants to decriminalise cannabis; I think the evidence from Portugal supports her.", []),
    ("match", "A fan was punched and hospitalised after the derby, I hope the police catch whoever did it.", []),
    ("flood", "Many dogs drowned on the farms because nobody could reach them. Heartbreaking.", []),
    # clean: business talk with prices and numbers
    ("bridge", "240 million is about 1,900 per household. My council tax is already 1,650 a year.", []),
    ("flood", "Our insurance quote went from £400 to £1,200 after the last flood, it's madness.", []),
    ("match", "Season tickets are 650 now, they were 380 five years ago. Football is pricing out families.", []),
    ("bridge", "The ferry company charges 3.50 a trip, a monthly pass is 60. Still cheaper than parking.", []),
    ("flood", "Free sandbags are available at the town hall until 6pm, bring your council tax letter.", []),
    ("match", "Watch the highlights on the club's website, the second goal was superb.", []),
    ("election", "If you want to volunteer as a poll worker, the electoral office number is on the council site.", []),
    # clean: quoting, self-deprecation, heated sports
    ("match", "He called the keeper 'a useless clown' in the interview, which was unprofessional.", []),
    ("match", "I'm such an idiot, I forgot to record the game.", []),
    ("match", "That tackle was brutal, he's lucky he didn't get sent off.", []),
    ("match", "We killed them in the second half, absolutely destroyed their defence.", []),
    ("election", "Voters are not stupid, they're angry, and the parties should listen.", []),
    ("flood", "My dog was so scared of the thunder he hid under the bed all night.", []),
    ("bridge", "I agree with the last point, the audit should come first.", []),
    ("election", "Great article, thanks for explaining the voting system.", []),
    ("match", "Exactly what I was thinking.", []),
]

RU = [
    ("most", "Поздравляем! Ваш номер выиграл 50 000 рублей. Для получения приза отправьте СМС на номер 4545, стоимость 39 руб.", ["spam"]),
    ("most", "Заработок от 5000 в день без вложений, пишите в телеграм, всё расскажу", ["spam"]),
    ("most", "Ваша карта заблокирована. Для разблокировки перейдите по ссылке bank-help.example.ru", ["spam", "commercial_links"]),
    ("most", "Ремонт квартир под ключ недорого, гарантия 3 года, звоните 8 (495) 123-45-67", ["promotion"]),
    ("most", "Подписывайтесь на мой ютуб канал, там обзоры всех мостов города!", ["promotion"]),
    ("most", "Кредит за 15 минут без справок и поручителей, одобрение 99%!", ["spam"]),
    ("most", "Ты реально тупой или прикидываешься? Иди учи матчасть.", ["insult_threat"]),
    ("most", "Мэр — вор и ничтожество, таких гнать надо.", ["insult_threat"]),
    ("most", "Автор коммента — обычный диванный дурачок.", ["insult_threat"]),
    ("most", "Ещё раз напишешь такое — найду и ноги переломаю.", ["insult_threat"]),
    ("most", "Понаехали тут всякие чурки, скоро русских в городе не останется.", ["hate"]),
    ("most", "Бабы должны сидеть дома, а не в совете заседать.", ["hate"]),
    ("most", "Собак бездомных надо травить, всех до одной, я уже разложил отраву.", ["violence"]),
    ("most", "Соль, мефедрон, гашиш — доставка по городу, пиши в личку.", ["narcotics"]),
    ("most", "Ахаха, сиди плачь дальше, неудачник 😂", ["trolling"]),
    ("most", "Кто-нибудь знает хорошего стоматолога в центре? Зуб болит третий день, не могу спать.", ["off_topic"]),
    ("most", "Соседка, Иванова Ольга, телефон +7 916 555-23-41, она и писала жалобу.", ["personal_data"]),
    ("most", "Не согласен с вами: смета завышена, но мост городу нужен.", []),
    ("most", "Полиция сообщила о задержании наркокурьера с партией героина, хорошо что поймали.", []),
    ("most", "Проезд по новому мосту будет стоить 50 рублей, это нормально, в Казани так же.", []),
    ("most", "Депутаты опять всё провалят, как с набережной. Стыдно за город.", []),
    ("most", "Ок, созвонимся вечером, расскажу что было на слушаниях.", []),
    ("most", "Согласен с предыдущим комментатором, сначала аудит.", []),
    ("most", "Какой же я дурак, забыл сходить на собрание.", []),
    ("most", "Он назвал оппонента «клоуном», это некрасиво для чиновника.", []),
]


def write(name, rows, prefix, base):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for k, (art, text, labels) in enumerate(rows):
            ts = (base + datetime.timedelta(seconds=300 * (k + 1))).strftime("%Y-%m-%dT%H:%M:%SZ")
            f.write(json.dumps({"id": f"{prefix}-{k + 1}", "text": text, "article": art, "author": f"{prefix}-user-{k + 1}",
                                "ts": ts, "labels": sorted(labels), "source": "written for this project (CC0)"},
                               ensure_ascii=False) + "\n")


if __name__ == "__main__":
    write("blind6_en.jsonl", EN, "f", datetime.datetime(2026, 11, 9, 9, 0, 0))
    write("blind6_ru.jsonl", RU, "fr", datetime.datetime(2026, 11, 9, 9, 0, 0))
    print(len(EN), len(RU))
