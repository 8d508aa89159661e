#!/usr/bin/env python3
"""Writes blind9_en.jsonl and blind9_ru.jsonl: the ninth blind round (issue 15, fourth tuning round), written and
labelled per COMMUNITY-STANDARDS.md after the third round and run once before any change it prompted.

Style: what public comment sections actually look like — news-site threads that wander off the article, YouTube
comments (emoji strings, run-ons with no full stop, channel plugs), tweets, SMS chat and SMS spam, Wikipedia talk
pages, forums — with the weight on the rules the hidden hold-out showed weakest: off_topic in real threads (next to
generic replies that stay on topic), no_sentences (emoji-only, keyboard mash, lone punctuation or a lone link,
long run-ons), flood (one author re-posting in a thread within minutes), commercial_links, spam and promotion in
social-media styles, violence, hate, narcotics and insults; plus hard clean cases. Written for this project, CC0.

Each row is (article, text, labels) or (article, text, labels, author, seconds_after_previous). Rows without an
author get a fresh author and come five minutes after the previous comment.
"""
import json, os, datetime
HERE = os.path.dirname(os.path.abspath(__file__))

EN = [
    # --- a real thread under the bridge article: on-topic, generic replies, and off-topic drift ---
    ("bridge", "240 million for a bridge while the library on my street closes at 4pm three days a week. Priorities.", []),
    ("bridge", "This. Exactly this.", []),
    ("bridge", "Agree with the comment above, the money would be better spent elsewhere.", []),
    ("bridge", "I drive through the old town every morning and it takes 40 minutes to do two miles, so honestly I'm glad.", []),
    ("bridge", "Does anyone know a good recipe for banana bread? Mine always comes out dry in the middle and burnt on top, I've tried lowering the oven temperature but nothing works.", ["off_topic"]),
    ("bridge", "Well said.", []),
    ("bridge", "Off topic but has anyone else's broadband been down since Sunday? Been on hold with customer service for an hour and a half and they keep telling me to restart the router.", ["off_topic"]),
    ("bridge", "Can someone explain why they can't just widen the existing one?", []),
    ("bridge", "Good question, I wondered the same thing.", []),
    ("bridge", "My daughter just passed her driving test on the third attempt, so proud of her, she was so nervous this morning she couldn't eat breakfast!", ["off_topic"]),
    ("bridge", "The consultation closed in March, the article should have mentioned that.", []),
    ("bridge", "lol same", []),
    # --- match thread ---
    ("match", "That penalty was never a penalty, he dived and VAR bottled it again.", []),
    ("match", "Couldn't agree more mate", []),
    ("match", "Our young lad in midfield was the best player on the pitch, shame about the result.", []),
    ("match", "Anyone selling a used PS5? Looking for one for my son's birthday next month, will pay cash and collect from anywhere in the north west.", ["off_topic"]),
    ("match", "What a header in the first half though 🔥", []),
    ("match", "Thoughts and prayers to everyone affected by the storm in the Philippines, my family there lost their roof last night and we still can't reach my aunt.", ["off_topic"]),
    ("match", "You're not wrong.", []),
    ("match", "Same old story every derby, we never turn up in the second half.", []),
    ("match", "Does anybody know how to get rid of mould in a bathroom ceiling? Bleach isn't working and the landlord won't do anything about it.", ["off_topic"]),
    ("match", "The manager has to go. Three derbies lost in a row.", []),
    # --- election thread ---
    ("election", "Housing is the only issue that matters to anyone under 35, and neither party has a credible plan.", []),
    ("election", "100% agree with you on this one.", []),
    ("election", "Just finished watching the new season of that dragon show and the ending was terrible, they completely ruined the main character after seven years of build-up.", ["off_topic"]),
    ("election", "Where do I find my polling station? Moved house in the summer.", []),
    ("election", "Check your poll card, it's printed on the back, or the council website has a postcode search.", []),
    ("election", "Happy birthday to my beautiful wife, 20 years together today and I love you more every day ❤️", ["off_topic"]),
    ("election", "Interesting point, hadn't thought about it that way.", []),
    ("election", "Is it just me or has the price of coffee gone completely mad? Paid 4.20 for a flat white in town this morning and it wasn't even hot.", ["off_topic"]),
    # --- flood thread ---
    ("flood", "Stay safe everyone in the valley, thinking of you all.", []),
    ("flood", "Thank you to the rescue teams, they worked through the night.", []),
    ("flood", "I lost my grey tabby cat in Wrexham last Tuesday, he is microchipped and answers to Milo, please share and check your sheds.", ["off_topic"]),
    ("flood", "Climate change is real and this proves it.", []),
    ("flood", "Word.", []),
    # --- no_sentences: emoji strings, keyboard mash, lone punctuation, lone links, run-ons ---
    ("match", "😂😂😂😂😂😂😂", ["no_sentences"]),
    ("match", "🔥🔥🔥⚽⚽👏👏👏", ["no_sentences"]),
    ("election", "🤡🤡🤡", ["no_sentences"]),
    ("match", "asdfghjkl", ["no_sentences"]),
    ("flood", "jjjjjjjjjjjjjjjjjj", ["no_sentences"]),
    ("election", "?????", ["no_sentences"]),
    ("bridge", "...", ["no_sentences"]),
    ("match", "https://www.youtube.com/watch?v=dQw4w9WgXcQ", ["commercial_links", "no_sentences"]),
    ("match", "this is why i love football honestly the way the whole stadium sang after the final whistle even though we lost gave me goosebumps my dad took me to my first game here when i was six and nothing beats it", ["no_sentences"]),
    ("election", "i dont care who wins they are all the same they promise everything before the vote and then do nothing for four years and we keep voting for them like idiots every time nothing ever changes in this country", ["no_sentences"]),
    ("flood", "my nan lives down there and she said the water came up to the second step and the fire brigade came in a boat and took her to the school hall where they gave everyone tea and blankets she is fine now", ["no_sentences"]),
    ("bridge", "so they want 240 million for a bridge but they cant fix the potholes on my road which have been there since 2019 and i have reported them six times and nobody from the council ever replied to a single email", ["no_sentences"]),
    # --- flood: one author re-posting within minutes ---
    ("match", "REF OUT! Disgraceful decision.", [], "fl-a", 60),
    ("match", "Ref out!! Disgraceful decision!!", ["flood"], "fl-a", 40),
    ("match", "ref out disgraceful decision", ["flood"], "fl-a", 35),
    ("match", "ref out!!!", ["flood"], "fl-a", 30),
    ("match", "ref out ref out ref out", ["flood"], "fl-a", 25),
    ("election", "Vote for the party that built the homes, not the one that talks about it.", [], "fl-b", 120),
    ("election", "Vote for the party that built the homes, not the one that talks about it.", ["flood"], "fl-b", 50),
    ("election", "Vote for the party that built the homes not the one that talks about it!!!", ["flood"], "fl-b", 50),
    ("election", "vote for the party that built the homes", ["flood"], "fl-b", 45),
    ("flood", "hello?", [], "fl-c", 200),
    ("flood", "hello??", ["flood"], "fl-c", 20),
    ("flood", "anyone", ["flood"], "fl-c", 20),
    ("flood", "hello", ["flood"], "fl-c", 20),
    ("flood", "hellooooo", ["flood"], "fl-c", 20),
    # an author who comments three times in a thread, each time saying something new: not flood
    ("bridge", "The cost estimate in the article is from 2023, it will be higher now.", [], "nf-d", 300),
    ("bridge", "Also the second bridge would land right next to the primary school, has anyone looked at that?", [], "nf-d", 240),
    ("bridge", "Found it: the council's traffic report is on page 14 of the meeting papers, it says 3,000 fewer cars a day.", [], "nf-d", 300),
    # --- commercial_links ---
    ("bridge", "Full breakdown of the costs here: www.bridgewatch-blog.com/costs-2026", ["commercial_links"]),
    ("election", "Join our Telegram for real election results before the media: t.me/realvotesnow", ["commercial_links", "promotion"]),
    ("match", "Watch all matches live free HD >>> footystreamz.live <<<", ["commercial_links", "promotion"]),
    ("flood", "Flood damage? We dry out homes fast, insurance approved. www.dryfix-restoration.co.uk", ["commercial_links", "promotion"]),
    ("election", "Source for the polling figure: https://en.wikipedia.org/wiki/Opinion_polling", ["commercial_links"]),
    ("match", "bit.ly/3xGoalz full highlights", ["commercial_links"]),
    # --- spam and promotion, social and SMS styles ---
    ("match", "I make $300 a day from home with just my phone, no experience needed, DM me 'INFO' to start 💰💰", ["spam"]),
    ("election", "Mrs Ellen earned $45,000 in 3 weeks trading bitcoin with her help. Contact her on WhatsApp +1 (415) 555-0193 🙏", ["spam", "commercial_links"]),
    ("flood", "WINNER!! As a valued network customer you have been selected to receive a £900 prize reward! To claim call 09061701461. Claim code KL341. Valid 12 hours only.", ["spam", "commercial_links"]),
    ("bridge", "Free entry in 2 a wkly comp to win FA Cup final tkts 21st May. Text FA to 87121 to receive entry question(std txt rate)", ["spam", "commercial_links"]),
    ("match", "Had your mobile 11 months or more? U R entitled to update to the latest colour mobiles with camera for Free! Call The Mobile Update Co FREE on 08002986030", ["spam", "commercial_links"]),
    ("election", "Follow me and I'll follow back 💯 #followback #f4f", ["promotion"]),
    ("match", "New music video out now on my channel, would mean the world if you checked it out 🙏🎶", ["promotion"]),
    ("flood", "Our roofing company offers a 20% discount for flood victims this month, free quotes, call Dave on 07700 900412", ["promotion", "commercial_links"]),
    ("bridge", "Get the best car insurance quotes in 2 minutes, compare 50+ insurers and save up to £400 today", ["promotion"]),
    ("election", "Earn money online!! Click the link in my bio, 100% legit, I got paid yesterday", ["spam"]),
    ("match", "hey check my channel out i do fifa packs every day road to 1k 🙏", ["promotion"]),
    ("flood", "Claim your free £50 Tesco voucher before midnight, just complete the survey, limited spots!", ["spam"]),
    # --- violence ---
    ("flood", "The RSPCA rescued 40 dogs from the flooded kennels, bless them and the volunteers.", []),
    ("match", "Next time their fans come here we'll stamp on their heads till they stop moving", ["violence"]),
    ("flood", "I drowned the neighbour's kittens in a bucket, they kept getting in my garden", ["violence"]),
    ("election", "Someone should smash his face in with a brick and see if he still smiles", ["violence"]),
    ("match", "tie the ref to a car and drag him round the pitch", ["violence"]),
    # --- hate ---
    ("election", "Muslims are a cancer on this country and the sooner they're gone the better", ["hate"]),
    ("flood", "Bet the valley's full of gypsies nicking everything from the empty houses, they're all thieves", ["hate"]),
    ("election", "women shouldn't be allowed to vote, they vote with their feelings", ["hate"]),
    ("match", "Typical blacks, ruin every club they play for", ["hate"]),
    ("election", "Jews control the media and the banks, open your eyes people", ["hate"]),
    ("election", "Trans people are mentally ill and should be kept away from children", ["hate"]),
    # --- narcotics ---
    ("match", "Anyone got a plug for some coke round the stadium Saturday? Paying well", ["narcotics"]),
    ("flood", "Xanax bars, percs, lean, all available, discreet shipping, telegram @pharmaboy", ["narcotics", "commercial_links"]),
    ("election", "honestly everyone should microdose shrooms at least once, changed my life", ["narcotics"]),
    ("match", "Selling bud, £10 a gram, hit me up on snap", ["narcotics"]),
    # --- insults and threats ---
    ("election", "You are genuinely the thickest person I've ever seen post on here", ["insult_threat"]),
    ("match", "Shut up you absolute muppet, you know nothing about football", ["insult_threat"]),
    ("election", "The councillor is a corrupt little weasel and everyone knows it", ["insult_threat"]),
    ("election", "Keep talking and see what happens when I find out where you live", ["insult_threat"]),
    ("match", "Go back under your bridge, troll, nobody cares about your opinion", ["insult_threat"]),
    ("election", "Your mum should have swallowed you", ["insult_threat"]),
    ("election", "Please stop editing this article. You are an ignorant bigot with no understanding of the subject.", ["insult_threat"]),
    ("flood", "You're a brainless sheep if you believe the climate nonsense", ["insult_threat"]),
    # --- hard clean cases ---
    ("election", "The polling company's methods are explained in detail on their site; search 'regional voting intention'.", []),
    ("match", "I could kill for a pie at half time, queues were ridiculous", []),
    ("match", "Their striker absolutely murdered us today, what a hat-trick.", []),
    ("flood", "The river killed two people in 2007, the defences should have been built then.", []),
    ("election", "Calling people 'idiots' for voting differently is exactly why nobody listens to either side.", []),
    ("bridge", "I'm an engineer: a 240 million bridge of that span is actually cheap by European standards.", []),
    ("flood", "Police say three men were arrested for looting and cannabis was found in the van.", []),
    ("match", "Call me old fashioned but I miss standing terraces.", []),
    ("election", "Text from my sister: 'polls close at 10, don't forget!' 😂", []),
    ("match", "Free kicks were our weakness all season, we need a set-piece coach.", []),
    ("election", "Won £20 on the bookies betting on a hung parliament last time, might do it again", []),
    ("flood", "The charity's number for flood victims is 0800 123 4567 if anyone needs help tonight.", []),
    ("bridge", "Thanks for reverting my edit, you're right that the source says 2025 not 2024.", []),
    ("match", "ok", []),
    ("election", "Oh look, another politician promising homes. Wake me up when one gets built.", []),
]

RU = [
    ("most", "240 миллионов на мост, а в нашей школе крыша течёт третий год.", []),
    ("most", "Полностью согласен с предыдущим комментарием.", []),
    ("most", "Вот именно.", []),
    ("most", "Кто-нибудь знает хорошего ветеринара на левом берегу? Кошка третий день ничего не ест и всё время спит, очень переживаю.", ["off_topic"]),
    ("most", "Не по теме, но подскажите, где сейчас можно недорого поменять резину на зимнюю, везде очереди на неделю вперёд.", ["off_topic"]),
    ("most", "А почему нельзя просто расширить старый мост? Кто-нибудь объяснит?", []),
    ("most", "Хороший вопрос.", []),
    ("most", "😡😡😡😡", ["no_sentences"]),
    ("most", "ааааааааааааа", ["no_sentences"]),
    ("most", "опять деньги распилят как всегда никто ничего не построит через пять лет скажут что денег не хватило и попросят ещё столько же а мы будем стоять в пробках и дальше как стояли всю жизнь", ["no_sentences"]),
    ("most", "Мост нужен, но не за такие деньги!", [], "ru-fl", 100),
    ("most", "Мост нужен, но не за такие деньги!", ["flood"], "ru-fl", 30),
    ("most", "мост нужен но не за такие деньги", ["flood"], "ru-fl", 30),
    ("most", "не за такие деньги!!!", ["flood"], "ru-fl", 30),
    ("most", "Заработок в интернете от 5000 рублей в день без вложений, пиши в личку!", ["spam"]),
    ("most", "Вы выиграли iPhone 15! Для получения приза отправьте СМС на номер 4446, стоимость 30 руб.", ["spam", "commercial_links"]),
    ("most", "Ремонт квартир под ключ, быстро и недорого, звоните 8 (495) 123-45-67", ["promotion", "commercial_links"]),
    ("most", "Подписывайтесь на мой телеграм канал, там вся правда про этот мост t.me/pravda_most", ["promotion", "commercial_links"]),
    ("most", "Ты тупой или притворяешься? Читать научись сначала", ["insult_threat"]),
    ("most", "Мэр вор и бездарь, гнать его надо", ["insult_threat"]),
    ("most", "Понаехали тут чурки, весь город загадили", ["hate"]),
    ("most", "Соседского кота поймал и повесил, больше не будет орать", ["violence"]),
    ("most", "Есть шишки и меф, доставка по городу, пиши в телегу", ["narcotics"]),
    ("most", "Я бы убил за нормальную дорогу до работы, честное слово.", []),
    ("most", "Депутаты опять голосовали без обсуждения, это неправильно.", []),
    ("most", "Спасибо автору за статью, очень подробно.", []),
    ("most", "С днём рождения, мама! Люблю тебя очень сильно, ты у меня самая лучшая на свете ❤️", ["off_topic"]),
]


def write(name, rows, prefix, base):
    t = base
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for k, row in enumerate(rows):
            art, text, labels = row[:3]
            if len(row) > 3:
                author, dt = row[3], row[4]
            else:
                author, dt = f"{prefix}-user-{k + 1}", 300
            t = t + datetime.timedelta(seconds=dt)
            f.write(json.dumps({"id": f"{prefix}-{k + 1}", "text": text, "article": art, "author": author,
                                "ts": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "labels": sorted(labels),
                                "source": "written for this project (CC0)"}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    write("blind9_en.jsonl", EN, "j", datetime.datetime(2026, 11, 30, 9, 0, 0))
    write("blind9_ru.jsonl", RU, "jr", datetime.datetime(2026, 11, 30, 9, 0, 0))
    print(len(EN), len(RU))
