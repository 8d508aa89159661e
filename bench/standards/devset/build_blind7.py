#!/usr/bin/env python3
"""Writes blind7_en.jsonl and blind7_ru.jsonl: the seventh blind round, written and labelled after the first tuning
round of the statistical layer and before the second, in the styles of SMS, video comments, talk pages and tweets.
Written for this project, CC0.
"""
import json, os, datetime
HERE = os.path.dirname(os.path.abspath(__file__))

EN = [
    # spam
    ("match", "FREEMSG: Our records show u r owed a refund of £250 on ur phone bill. Reply CASH now to 80608 to get it. 18+ 50p/msg", ["spam"]),
    ("flood", "Camera phone winner! You've been picked to get a Nokia upgrade free. Call 09050090044 now, lines close soon", ["spam"]),
    ("bridge", "Ur awarded a city break worth 600 quid! Txt BREAK to 61610. Std rates apply. Stop txt STOP", ["spam"]),
    ("election", "Guaranteed £500 cash or a mystery gift - call 0870 241 1821 now to find out which one is yours", ["spam"]),
    ("match", "I earn 6,000 dollars every month online with just my laptop, you can too, go to www.bizfromhome.example", ["spam", "commercial_links"]),
    ("flood", "Hurry!!! Only 24 hours left to claim your free Disney holiday. Text DISNEY to 82242", ["spam"]),
    ("bridge", "Loans for everyone, even with CCJs. Get up to 25,000 today, text LOAN to 66789", ["spam"]),
    ("election", "Your mobile has won a 2000 award in our prize draw! Call 08718 726 270 to claim, quote ref X29", ["spam"]),
    ("match", "Earn money fast from your phone!!! Join now, first 100 members get a bonus, www.cashapp-promo.example", ["spam", "commercial_links"]),
    ("flood", "Someone you know has a secret crush on you. To find out who, text CRUSH to 83383 now. 1.50/msg", ["spam"]),
    # promotion
    ("match", "hey check out my football freestyle vids on my channel, new one every tuesday!!", ["promotion"]),
    ("bridge", "Anyone who likes drone footage, I filmed the river from above, it's on my channel, please sub ❤️", ["promotion"]),
    ("flood", "we sell dehumidifiers at trade price, delivery same day across the valley, see our facebook page", ["promotion"]),
    ("election", "Looking for a print shop for your campaign leaflets? PrintPro does 5000 flyers for 89, order online", ["promotion"]),
    ("match", "Listen to my new rap about the derby on spotify, search MC Derbyday 🔥🔥", ["promotion"]),
    ("bridge", "I'm a local estate agent, if you're selling near the new bridge, values are going up, message me for a free valuation", ["promotion"]),
    ("flood", "Please visit my page for flood recovery tips, I post daily, and hit follow!", ["promotion"]),
    # insult / threat
    ("election", "you absolute clown, did you even finish school?", ["insult_threat"]),
    ("match", "Nobody asked for your opinion you smug prat", ["insult_threat"]),
    ("bridge", "The planning officer is an incompetent fool and a liar, sack him", ["insult_threat"]),
    ("election", "You're a bigoted old dinosaur and your time is over", ["insult_threat"]),
    ("match", "I swear if I see you at the ground I'll knock you out", ["insult_threat"]),
    ("flood", "How thick can one person be? Unbelievable, you're beyond help", ["insult_threat"]),
    ("election", "You're a paid shill, a liar and a hypocrite", ["insult_threat"]),
    ("match", "Go fuck yourself, you clueless twat", ["insult_threat", "profanity"]),
    # hate
    ("election", "Muslims are incompatible with western values, ban them all from entering", ["hate"]),
    ("flood", "Of course the travellers will steal the sandbags, it's in their nature", ["hate"]),
    ("match", "Women's football is a joke, women can't play sport, stick to the kitchen", ["hate"]),
    ("election", "Gay people shouldn't be allowed to teach in schools, they corrupt kids", ["hate"]),
    ("bridge", "Foreigners built it so it'll fall down in a year, they can't do anything right", ["hate"]),
    ("election", "Black people commit all the crime in this city, fact", ["hate"]),
    # violence
    ("match", "Hope someone waits for the ref outside and beats him senseless", ["violence"]),
    ("flood", "The looters should be shot on sight, no questions asked", ["violence"]),
    ("bridge", "Throw the councillors in the river and let them swim", ["violence"]),
    ("election", "Protesters blocking the road? Run them over, simple", ["violence"]),
    # narcotics
    ("match", "Nothing better than getting stoned before kick off 🍃", ["narcotics"]),
    ("flood", "Stuck at home with the flood, good thing I have a bag of weed and some edibles lol", ["narcotics"]),
    ("election", "Whoever needs some coke for the election night party, message me", ["narcotics"]),
    ("bridge", "Took some molly at the bridge festival last year, best night of my life, do it", ["narcotics"]),
    # personal data / business
    ("election", "The candidate's home phone is 01632 960 983, go and give him a piece of your mind", ["personal_data"]),
    ("flood", "Flood insurance claims: call our claims line free on 0800 028 4444, open 24/7", ["promotion"]),
    # off topic
    ("flood", "Does anyone have tips for getting a toddler to sleep through the night? We've tried everything and I'm exhausted.", ["off_topic"]),
    ("match", "My favourite recipe for banana bread uses three ripe bananas, brown sugar and a pinch of cinnamon, bake it for fifty minutes.", ["off_topic"]),
    # clean
    ("match", "hahaha that second goal was filthy, what a strike", []),
    ("match", "I'm so happy we won, going to celebrate with the lads tonight", []),
    ("flood", "Stay safe everyone, the water is still rising on Mill Lane", []),
    ("flood", "The river gauge is on the environment agency site, it updates every 15 minutes", []),
    ("bridge", "I think you're wrong about the ferry, it was cancelled for safety reasons, not money", []),
    ("bridge", "Can someone explain why we need a second bridge when the first one is half empty most of the day?", []),
    ("election", "The debate was a shambles, both of them dodged every question", []),
    ("election", "He said immigrants 'poison the blood' of the country; that's straight out of the 1930s and it's disgusting.", []),
    ("election", "I don't agree with her on anything but she's not stupid and she deserves respect.", []),
    ("election", "Calling every opponent a fascist cheapens the word.", []),
    ("match", "The keeper had a shocker, but he's saved us so many times this season.", []),
    ("match", "Fans were attacked with bottles outside the ground, the club must ban those responsible.", []),
    ("flood", "Police seized a van full of cannabis near the flooded farm, apparently it was growing in a barn.", []),
    ("flood", "We lost our cat in the flood, if anyone on Mill Lane sees a grey tabby please shout.", []),
    ("bridge", "Get well soon to the worker hurt on the site yesterday.", []),
    ("bridge", "Tolls will be 2.40 per crossing and 40 a month for residents, according to the plan.", []),
    ("election", "Text from the electoral office: polling stations open at 7am and close at 10pm.", []),
    ("match", "Won 20 quid on the derby, drinks are on me lads", []),
    ("match", "Subscribe to the club's channel if you want full match replays, they're free this season.", []),
    ("flood", "Call 999 if you're in danger, the council helpline is for everything else.", []),
    ("election", "Damn, didn't expect that result at all.", []),
    ("election", "This is the dumbest election campaign I can remember.", []),
    ("match", "i love u all, best fans in the world ❤️", []),
    ("bridge", "ok see u there at 6", []),
    ("flood", "so sad to see the photos, my nan lived on that street for 50 years", []),
]

RU = [
    ("most", "Вы выиграли 10 000 рублей! Чтобы забрать выигрыш, отправьте СМС с кодом на номер 5533", ["spam"]),
    ("most", "Лёгкий заработок на ставках, от 2000 в день, ссылка в профиле", ["spam"]),
    ("most", "Окна ПВХ со скидкой 40%, замер бесплатно, звоните 8 (800) 555-35-35", ["promotion"]),
    ("most", "Подпишитесь на мой канал про стройку, там видео с моста каждую неделю", ["promotion"]),
    ("most", "Ты идиот или просто тролль? Иди отсюда", ["insult_threat"]),
    ("most", "Депутат этот — вор и лжец, таких сажать надо", ["insult_threat"]),
    ("most", "Приезжие только гадят, выгнать их всех из города", ["hate"]),
    ("most", "Покурил травки перед работой, день пролетел незаметно, всем рекомендую", ["narcotics"]),
    ("most", "Бродячих собак пристрелить всех, и проблема решена", ["violence"]),
    ("most", "Ну и дебилы у нас в совете сидят", ["insult_threat"]),
    ("most", "Не согласен, мост нужен, но смета странная", []),
    ("most", "Где посмотреть схему объезда на время стройки?", []),
    ("most", "Билет на паром стоит 80 рублей, а по мосту будет бесплатно", []),
    ("most", "Полиция задержала наркодилера у школы, давно пора", []),
    ("most", "Позвонил на горячую линию 8-800-200-00-00, ответили быстро", []),
    ("most", "Ну вы даёте, ребята, отличный репортаж", []),
    ("most", "Ох, как же я устал от этих пробок", []),
    ("most", "Спасибо, что пишете об этом, больше никто не пишет", []),
]


def write(name, rows, prefix, base):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for k, (art, text, labels) in enumerate(rows):
            ts = (base + datetime.timedelta(seconds=300 * (k + 1))).strftime("%Y-%m-%dT%H:%M:%SZ")
            f.write(json.dumps({"id": f"{prefix}-{k + 1}", "text": text, "article": art, "author": f"{prefix}-user-{k + 1}",
                                "ts": ts, "labels": sorted(labels), "source": "written for this project (CC0)"},
                               ensure_ascii=False) + "\n")


if __name__ == "__main__":
    write("blind7_en.jsonl", EN, "g", datetime.datetime(2026, 11, 10, 9, 0, 0))
    write("blind7_ru.jsonl", RU, "gr", datetime.datetime(2026, 11, 10, 9, 0, 0))
    print(len(EN), len(RU))
