"""Training text for spam and promotion, written for this project (CC0): SMS-style prize and premium-rate spam,
comment-section get-rich-quick and phishing spam, social-media self-promotion and adverts, in English and Russian."""
import random

SPAM = """
Congratulations! You've won a £1000 Tesco voucher. To claim call 09061743806 now. 150ppm
URGENT! Your mobile number has been awarded a 2000 pound prize. Call 09058094597 from a landline. Claim code 3Q7. Valid 12hrs
FREE entry into our weekly draw to win FA Cup final tickets. Text FA to 87121 to receive entry question. Std txt rate. T&C's apply
WINNER!! As a valued network customer you have been selected to receive a £900 prize reward! To claim call 09061701461. Claim code KL341. Valid 12 hours only.
Had your mobile 11 months or more? U R entitled to update to the latest colour mobiles with camera for free! Call the mobile update co free on 08002986030
SIX chances to win CASH! From 100 to 20,000 pounds txt CSH11 and send to 87575. Cost 150p/day, 6days, 16+ TsandCs apply Reply HL 4 info
XXXMobileMovieClub: to use your credit, click the WAP link in the next txt message or click here
You have 1 new voicemail. Please call 08719181513 to listen
Your free ringtone is waiting to be collected. Simply text the password MIX to 85069 to verify. Get usher and britney. FML
Todays voda numbers ending 7548 are selected to receive a $350 award. If you have a match please call 08712300220 quoting claim code 4041 standard rates app
PRIVATE! Your 2003 account statement for shows 800 un-redeemed bonus points. To claim call 08719899230 identifier code 41685 expires 07/11/04
Urgent UR awarded a complimentary trip to EuroDisinc Trav, Aco&Entry41 Or £1000. To claim txt DIS to 87121 18+6*£1.50(moreFrmMob. ShrAcomOrSglSuplt)10, LS1 3AJ
Thanks for your subscription to Ringtone UK your mobile will be charged £5/month Please confirm by replying YES or NO. If you reply NO you will not be charged
Reply with your name and address and YOU WILL RECEIVE BY POST a weeks completely free accommodation at various global locations
You are a winner U have been specially selected 2 receive £1000 or a 4* holiday (flights inc) speak to a live operator 2 claim 0871277810910p/min (18+)
Sunshine Quiz! Win a super Sony DVD recorder if you can name the capital of Australia? Text MQUIZ to 82277. B
Want 2 get laid tonight? Want real Dogging locations sent direct 2 ur mob? Join the UK's largest Dogging Network by txting GRAVEL to 69888! Nt. ec2a. 31p.msg
Dear Voucher Holder, To claim this weeks offer, at your PC please go to http://www.e-tlp.co.uk/expressoffer Ts&Cs apply. To stop texts, txt STOP to 83021
Your unique user ID is 1172. For removal send STOP to 87239 customer services 08708034412
Hi I'm sue. I am 20 years old and work as a lapdancer. I love sex. Text me live - I'm i my bedroom now. text SUE to 89555. By TextOperator G2 1DA 150ppmsg 18+
Double mins and txts 4 6months FREE Bluetooth on Orange. Available on Sony, Nokia Motorola phones. Call MobileUpd8 on 08000839402 or call2optout
December only! Had your mobile 11mths+? You are entitled to update to the latest colour camera mobile for Free! Call The Mobile Update Co FREE on 08002986906
Get the official ENGLAND poly ringtone or colour flag on yer mobile for tonights game! Text TONE or FLAG to 84199. Optout txt ENG STOP Box39822 W111WX £1.50
Free Top ringtone -sub to weekly ringtone-get 1st week free-send SUBPOLY to 81618-?3 per week-stop sms-08718727870
IMPORTANT - You could be entitled up to £3,160 in compensation from mis-sold PPI on a credit card or loan. Please reply PPI for info or STOP to opt out
Your credit card has been compromised. Verify your details within 24 hours at secure-verify-account.example.com or it will be suspended
Your Amazon order could not be shipped. Update your payment method here: amzn-billing-update.example.net
We tried to deliver your parcel but no one was home. Reschedule delivery now: parcel-redeliver.example.org/track
Your bank account has been locked due to suspicious activity. Call +1 888 555 0142 immediately to unlock
I made $8,500 last month working only 3 hours a day from my laptop!! Go to easycashnow.example.com and see how
My cousin makes $97 an hour working from home on her phone. I never thought it was real but check it out www.homejob-online.example
I'm making over $12k a month part time. I kept hearing other people tell me how much money they can make online so I decided to look into it. Here is what I do: www.work-at-home.example
Start earning today!! No experience, no investment. Message me for details
Invest $300 and get $3,000 back in 7 days guaranteed, bitcoin mining pays daily, dm for info
Join our crypto trading group, 100% signals accuracy, join now t.me/profitsignals_vip
Ask me how I turned 500 into 20k in two months with forex, it's not luck, message me
Lose 20 pounds in 2 weeks with this one weird trick, doctors hate it! Click here
Cheap viagra and cialis online no prescription, best prices, worldwide delivery
Hot girls in your city are waiting, sign up free and meet tonight, link in bio
Get rich fast with our system, thousands of people already earn 5000 a week, limited places
Claim your free iPhone 15 now, only 3 left! Just pay shipping at free-phone-giveaway.example.com
Congratulations you are our 1,000,000th visitor! Click to claim your reward
Need cash urgently? Instant loans up to 5000, no credit checks, bad credit ok, text LOAN to 60777
You have won a brand new car in our lucky draw. To collect send your bank details and a processing fee of 200
Dear friend, I am a barrister and I have a client who died leaving 10.5 million dollars, I need your help to transfer the funds
Hello dear, I have a business proposal for you worth 4.5 million USD, kindly reply with your full name and phone number
Make money online from home, earn up to 300 per day, no skills needed, whatsapp me now
Work from home opportunity!!! Earn 1000 a week stuffing envelopes, send 30 for your starter kit
FREE MSG: We billed your mobile number by mistake. To claim your refund call 09050005321 now
Last chance! Claim ur £150 worth of discount vouchers today! Text SHOP to 85023 now! SavaMob, member offers mobile! T Cs 08717898035
Text STOP to opt out. Cost 25p per msg. You have won a guaranteed cash prize
Great news! You qualify for a government grant of up to £5,000. Apply now before the deadline at grants-uk-help.example
Bored housewives looking for fun, call 0906 999 0021 now (£1/min) 18+ only
Mobile club: choose any of the top quality items below from our catalogue for free, txt CLUB to 88600
""".strip().split("\n")

SPAM_RU = """
Поздравляем! Вы выиграли iPhone 15. Для получения приза перейдите по ссылке и оплатите доставку 299 руб.
Ваша карта заблокирована. Срочно позвоните по номеру 8-800-555-12-34 для разблокировки
Заработок в интернете от 3000 рублей в день, без вложений! Подробности в личке
Работа на дому, 50 000 в месяц, свободный график, пиши в телеграм @easy_job_ru
Ваш номер выиграл в лотерею 100 000 рублей! Для получения отправьте СМС на короткий номер 7799
Кредит без отказа за 5 минут, без справок и поручителей! Звоните прямо сейчас
Пассивный доход от 5000 в день на криптовалюте, гарантия 100%, вступай в группу
Уважаемый клиент, на ваш счёт начислен бонус 5000 рублей, подтвердите по ссылке bonus-sber.example.ru
Хочешь зарабатывать как я? Я за месяц поднял 200 тысяч, пиши мне в личку расскажу
Мама, у меня проблемы, срочно переведи 15 тысяч на этот номер, потом объясню
Быстрые займы на карту под 0%, одобрение 99%, получите деньги за 10 минут
Бесплатные подарки для всех подписчиков! Переходи по ссылке в профиле и забирай
Ставки на спорт с гарантией выигрыша, договорные матчи, пиши в телеграм
Похудей на 10 кг за неделю без диет! Чудо-средство, заказывай пока действует скидка 70%
Розыгрыш! Вы стали победителем акции, для получения приза сообщите код из СМС
""".strip().split("\n")

PROMO = """
Check out my channel, I post football edits every week! Would really appreciate a sub
Hey everyone, please check out my new song on youtube, just search my name, thanks!!
I just uploaded a cover of this song, would love if you guys could check it out and subscribe
Subscribe to my channel for daily gaming videos, road to 1k subs 🙏
Please like and subscribe to my channel, I'm a small youtuber trying to grow
Go check out my music video, link in my bio, it means a lot 🔥
Hi guys I'm a 17 year old rapper, check out my mixtape on soundcloud and tell me what you think
Follow me on instagram for more content like this @daily.memes.hub
Visit my page for more cooking recipes, new one every day
If you like this, you'll love my channel, I review every new phone
I make beats, check out my channel if you need one for your next track
Shameless plug: my podcast talks about local politics every Friday, search Town Talk on spotify
Our shop has 30% off all winter jackets this week, visit us on the high street or order online
Best pizza in town at Luigi's, free delivery over 20, order now on our website
We do roofing, guttering and repairs, free quotes, 20 years experience, call Smith & Sons on 01632 960 735
Looking for a reliable plumber? Call us 24/7, no call-out fee, fair prices guaranteed
Need a website for your business? We build professional sites from 399, message us today
Get 20% off your first order with code WELCOME20 at our store
Try our new energy drink, now in every supermarket, you'll never go back to coffee
Book your holiday with SunTrips, the best deals to Spain and Greece, prices from 199 per person
Our law firm handles injury claims on a no win no fee basis, call for a free consultation
Buy our handmade soaps on etsy, all natural ingredients, link in profile
Driving lessons from 25 an hour, first lesson free, text Mike's Driving School on 07700 900 321
Join my online fitness program, 12 weeks to a new you, sign up at fitwithjess.example.com
New restaurant opening on King Street this Saturday, come try our burgers, first 50 customers eat free
Use my referral link to get 10 free on your first ride!
Get the app now and save 15% on your groceries, available on android and iphone
Gardening services, lawn mowing and hedge trimming, reasonable rates, call 0161 496 0123
Selling my used bike, great condition, 150 or best offer, message me if interested
Cleaning company, homes and offices, insured, free estimates, whatsapp +44 7700 900 888
Watch my reaction video to this match, link below, hope you enjoy it lads
I wrote an ebook about saving money on energy bills, it's free this week on amazon
Visit our showroom for the best deals on used cars, finance available
Hey guys, I'm new to youtube, I do make-up tutorials, please show some love and subscribe
Check out my blog for more photos of the valley, I post every week
Our agency offers SEO and social media marketing, grow your business today
""".strip().split("\n")

PROMO_RU = """
Подписывайтесь на мой канал, каждый день новые видео про город!
Заходите на мой ютуб, там обзоры футбольных матчей, буду рад подписке
Ремонт квартир под ключ, гарантия, выезд замерщика бесплатно, звоните 8 (812) 555-44-33
Натяжные потолки от 299 руб. за кв.м, монтаж за 1 день, скидки пенсионерам
Доставка пиццы за 30 минут, закажи на нашем сайте и получи колу в подарок
Продаю велосипед в хорошем состоянии, 15000, пишите в личку
Грузоперевозки по городу и области, недорого, грузчики, звоните
Курсы английского онлайн, первый урок бесплатно, записывайтесь по ссылке в профиле
Подписывайтесь на наш телеграм-канал, там все новости района первыми
Юридическая помощь, консультация бесплатно, большой опыт, звоните в любое время
Салон красоты «Лилия» приглашает, скидка 20% на все услуги до конца месяца
Уборка квартир и офисов, быстро и качественно, цены от 2000 рублей
""".strip().split("\n")

PRIZES = ["£1000 cash", "a £500 Tesco voucher", "a FREE iPhone", "£2000", "a brand new car", "$750", "a 4* holiday",
          "FREE tickets", "a £250 Amazon gift card", "£5000 cash prize", "a Samsung Galaxy", "an all-inclusive cruise"]
ACTIONS = ["call {prem}", "text {word} to {short}", "txt {word} to {short}", "reply {word} to {short}",
           "call {prem} now", "visit {url}", "go to {url}", "send {word} to {short}", "ring {prem}"]
URGENCY = ["now", "today", "before midnight", "Valid 12hrs only", "Offer ends soon", "Hurry, limited time",
           "Expires 24hrs", "Don't miss out", "Last chance", "Claim today"]
OPENERS = ["Congratulations!", "URGENT!", "WINNER!!", "FreeMsg:", "Dear customer,", "Final attempt to contact u!",
           "Important notice:", "You have been selected!", "SPECIAL OFFER:", "Good news!", "Hey, this is Jen from PrizeDesk,"]
TAILS = ["T&Cs apply", "18+", "150p/msg", "£1.50/wk", "std rates apply", "to opt out txt STOP", "Cost 10p/min",
         "Box 334 SK38 xh", "£3/week", "16+ only", ""]
WORDS = ["WIN", "CLAIM", "PRIZE", "GO", "YES", "CASH", "FREE", "PLAY", "TONE", "CHAT", "GIFT", "BONUS"]
URLS = ["claim-now.example.com", "www.win-prize.example", "freegift.example.net/claim", "bit.ly/3xPr1ze",
        "www.txtwin.example.co.uk", "promo-rewards.example.org"]


def premium(rng):
    return rng.choice(["090", "0906", "0871", "0870", "0905", "0844"]) + "".join(str(rng.randint(0, 9)) for _ in range(7 if rng.random() < .6 else 8))


def spam_templates(rng, n):
    out = []
    for _ in range(n):
        act = rng.choice(ACTIONS).format(prem=premium(rng), word=rng.choice(WORDS), short=rng.randint(60000, 89999),
                                         url=rng.choice(URLS))
        parts = [rng.choice(OPENERS),
                 rng.choice(["You have won", "U have won", "Ur mobile has been awarded", "You are guaranteed",
                             "You have been selected to receive", "Your number won", "Claim your", "You could win"]),
                 rng.choice(PRIZES) + rng.choice([".", "!", "!!", ""]),
                 "To claim " + act if rng.random() < .5 else act.capitalize(),
                 rng.choice(URGENCY) + rng.choice([".", "!", ""]), rng.choice(TAILS)]
        if rng.random() < .3:
            parts.insert(rng.randint(1, 4), "Claim code " + rng.choice("ABCDEFGHK") + str(rng.randint(100, 999)) + ".")
        out.append(" ".join(p for p in parts if p))
    return out


MONEY = ["$500 a day", "£300 a day", "$8,000 a month", "$95 an hour", "5k a week", "£2,000 a week", "$15k last month"]
HOW = ["working from home", "with this simple app", "trading crypto", "with forex signals", "from my phone",
       "doing online surveys", "with no experience", "in just 2 hours a day"]
CTA = ["check {url}", "visit {url}", "dm me for details", "message me on whatsapp", "click the link in my bio",
       "ask me how", "go to {url} to start", "join at {url}", "inbox me"]


def getrich_templates(rng, n):
    out = []
    for _ in range(n):
        who = rng.choice(["I make", "I'm making", "My mom makes", "I earned", "Start earning", "You can earn",
                          "My neighbour earns", "People are making"])
        out.append(f"{who} {rng.choice(MONEY)} {rng.choice(HOW)}{rng.choice(['!', '!!', '.', ''])} "
                   f"{rng.choice(CTA).format(url=rng.choice(URLS))}")
    return out


CHANNELS = ["my channel", "my new video", "my youtube channel", "my music", "my latest track", "my page",
            "my tiktok", "my stream", "my podcast", "my art page", "my new song", "my cover of this song"]
ASKS = ["please check out", "go check out", "pls subscribe to", "check out", "come watch", "have a listen to",
        "show some love to", "take a look at", "follow", "give a chance to"]
WHY = ["it would mean a lot", "road to 1k subs", "thanks in advance", "you won't regret it", "new videos every week",
       "I'm just starting out", "any support helps", "link in bio", "", "🙏", "🔥🔥"]


def promo_templates(rng, n):
    out = []
    for _ in range(n):
        s = f"{rng.choice(['Hey guys', 'Hi everyone', 'Yo', 'Hello', '', 'Guys'])} {rng.choice(ASKS)} {rng.choice(CHANNELS)}, {rng.choice(WHY)}".strip(" ,")
        out.append(s[0].upper() + s[1:])
    return out


BUSINESSES = [("plumbing", "Valley Plumbing"), ("roof repairs", "TopRoof Ltd"), ("carpet cleaning", "FreshClean"),
              ("removals", "MoveIt Vans"), ("driving lessons", "Pass First"), ("wedding photography", "Lens & Love"),
              ("tax returns", "Simple Accounts"), ("dog grooming", "Pawfect"), ("garden care", "Green Thumb"),
              ("IT support", "PC Rescue"), ("damp proofing", "DryHome")]
OFFERS = ["free quotes", "20% off this month", "no call-out fee", "prices from 49", "fully insured",
          "same day service", "first visit free", "best prices in town", "24/7 emergency service"]


def ad_templates(rng, n):
    out = []
    for _ in range(n):
        kind, name = rng.choice(BUSINESSES)
        contact = rng.choice([f"call {name} on 0{rng.randint(1000, 1999)} {rng.randint(100000, 999999)}",
                              f"visit {name.lower().replace(' ', '').replace('&', 'and')}.example.com",
                              f"message us on facebook", f"whatsapp 07{rng.randint(100, 999)} {rng.randint(100000, 999999)}",
                              "book online today", f"search {name} on google"])
        out.append(f"{rng.choice(['Need', 'Looking for', 'We offer', 'Affordable', 'Professional'])} {kind}? "
                   f"{rng.choice(OFFERS).capitalize()}, {rng.choice(OFFERS)}, {contact}{rng.choice(['!', '.', ''])}")
    return out


def examples(rng):
    spam = SPAM + SPAM_RU + spam_templates(rng, 260) + getrich_templates(rng, 120)
    promo = PROMO + PROMO_RU + promo_templates(rng, 140) + ad_templates(rng, 140)
    return [(t, ["spam"]) for t in spam] + [(t, ["promotion"]) for t in promo]


SPAM2 = """
Ur awarded a weekend break for 2! Txt BREAK to 61610 to claim. Std rates. Stop txt STOP
You've been picked for a free phone upgrade, call 09050090044 before lines close
Someone has a crush on you! Text CRUSH to 83383 to find out who. 1.50/msg
Refund due: u r owed 250 on ur bill, reply CASH to 80608 now. 18+
Mystery gift or 500 cash guaranteed, call 0870 241 1821 to find out which
Loans even with bad credit, up to 25k today, text LOAN to 66789
Want to know who viewed your profile? Reply VIEW to 81303. 3/wk
Get paid 40 per survey from your sofa, sign up now at survey-cash.example
Act now! This exclusive offer expires at midnight, claim your reward at bonus-today.example
""".strip().split("\n")

_examples_v1 = examples


def examples(rng):
    return _examples_v1(rng) + [(t, ["spam"]) for t in SPAM2]
