"""Clean training text, written for this project (CC0): the hard negatives a content model must keep — SMS chat,
video and music comments, talk-page disagreement, heated but civil politics, news about crime, violence and drugs,
business talk with prices and phone numbers of public offices, quoting abuse to condemn it, sports hyperbole,
swearing that attacks nobody, and Russian comments of the same kinds."""
import random

CLEAN = """
Ok lar, see you at home later
Sorry, I'll call you later, in a meeting now
Where are you? I'm at the station waiting
Haha that's so funny, can't wait to see you tomorrow
I'm going to be late, the traffic on the bridge is crazy
Did you get my text? Call me when you're free
Yeah I'm in, what time does the film start?
Mum says dinner at 7, don't be late
Can you pick up some milk on the way home please
Thanks for the lift yesterday, owe you one
I'll text you when I get there, phone's almost dead
Good morning! How was your weekend?
Lol no way, he actually said that?
Just got home, so tired, talk tomorrow
Happy birthday mate, have a great one!
Can't make it tonight, sorry, next week?
Are you coming to the match on Saturday?
Meet you outside the cinema at half 8
I've sent you the money for the tickets, 25 right?
Call me back when you get this, nothing urgent
This song never gets old
Who else is listening to this in 2025?
Her voice is absolutely amazing
This video made my day, thank you
The guitar solo at 3:20 gives me chills every time
I've watched this at least 50 times
Love from Brazil! Great song
The drummer is so underrated
This brings back so many memories
Best music video of all time, no contest
I came here after the news report, what a story
I disagree with the edit you made to the paragraph on funding; the source says something different.
Please add a citation for the claim about the budget, otherwise I'll remove it.
I've reverted the change because it removed sourced content. Let's discuss it here.
Thanks for fixing the table, it looks much better now.
The article is biased in my opinion, it only quotes one side.
Could someone check the figures in the second section? They don't match the report.
I think this section should be merged with the history section.
That's a fair point, I'll rewrite the lead paragraph.
Welcome! If you have questions about editing, ask on my talk page.
I strongly disagree with this decision and I hope the council reconsiders.
The government has completely failed on housing, and the numbers prove it.
This is the worst budget in a decade, and the opposition is right to say so.
The minister's answer was evasive and frankly insulting to the families affected.
Both parties are to blame for this mess, not just the one in power.
I voted for them last time and I regret it, they broke every promise.
The candidate's plan makes no sense; where is the money coming from?
Politicians never learn. Same promises every four years.
The police response was far too slow and someone should be held accountable.
I am furious about this, my street has flooded three times in five years.
The referee was terrible today and cost us the game.
We absolutely destroyed them in the second half, what a performance!
Our keeper was shocking, three goals he should have saved.
That tackle was a red card all day long.
The manager has to go, we've lost six in a row.
What a goal! I was screaming at the telly.
I'm such an idiot, left my umbrella on the bus again.
I felt so stupid asking the question, but the answer helped.
He called her a 'traitor' on television, which was a disgraceful thing to say.
The report quotes one protester shouting 'go home' at the migrants, which the police are investigating.
Calling people idiots online never changed anyone's mind.
Insulting the referee won't change the result.
Police arrested two men after a stabbing outside the nightclub on Saturday.
The trial heard that the victim was beaten with a metal bar.
Drug seizures at the border rose by 40 percent last year according to customs.
The documentary about the heroin epidemic was hard to watch but important.
Cannabis legalisation in Canada has not caused the disaster people predicted.
Harm reduction services save lives, the evidence is clear.
The mayor wants more police patrols after the shooting near the school.
Animal cruelty cases went up during the lockdowns, sadly.
My neighbour's dog was poisoned last year and the police did nothing.
Hate crimes against Muslims rose sharply after the attack, the report says.
The museum exhibition on the Holocaust is moving and every school should visit.
Immigrants make up a third of the nurses at our local hospital.
The debate on immigration needs facts, not slogans.
Women are still paid less than men for the same work in many sectors.
Gay marriage has been legal here for ten years and nothing bad happened.
The refugee family next door are lovely people, their kids play with mine.
Muslims and Christians worked together to fill sandbags in the valley.
The bridge will cost 240 million, that's about 1,800 for every household.
My rent went up from 950 to 1,200 a month this year.
Petrol is 1.65 a litre now, it was 1.20 two years ago.
A season ticket costs 650, a pint at the ground is 6.50. Madness.
We paid 3,500 for the new boiler and the installer was excellent.
The shop on the corner sells coffee for 2.80, cheaper than the chains.
For help with flood damage call the council helpline on 0800 123 4567.
The police non-emergency number is 101 if you want to report it.
Full details are on the council website, the consultation closes on Friday.
Free parking in the town centre this weekend for the Christmas market.
The food bank needs volunteers, they're open Tuesday and Thursday.
You can watch the full debate on the BBC website.
The tickets for the derby sold out in 20 minutes.
Our company had to lay off 30 people because of the energy costs.
Interest rates at 5% are crushing small businesses like mine.
Fuck yeah, what a game that was!
Shit, I missed the bus again.
Bloody hell, that was close.
Damn, the rain won't stop.
Holy crap, look at the size of that wave.
This weather is fucking miserable.
Kill the lights when you leave please.
The comedian absolutely killed it last night.
I'm dying to see the new stadium.
That exam murdered me, so hard.
We need to shoot the video before the light goes.
Let's hit the gym after work.
The bass in this track is sick.
That band is insane live.
The storm destroyed half the orchard.
The wolves killed three sheep on the farm last week.
Hunters shot a wild boar near the village.
Fishing season opens in May.
He was a brutal dictator who killed thousands.
The film is very violent, not for kids.
""".strip().split("\n")

CLEAN_RU = """
Ок, созвонимся вечером
Я на остановке, буду через 10 минут
Спасибо за статью, очень интересно
Не согласен с автором, но написано честно
Мост нужен, но цена явно завышена
Когда уже сделают нормальные дороги?
Депутаты в очередной раз нас подвели, обидно
Полиция задержала двоих подозреваемых в нападении
Изъяли крупную партию наркотиков, молодцы
В городе участились кражи, будьте внимательны
Проезд подорожал до 60 рублей, ужас
Квартплата выросла на 15 процентов
Горячая линия мэрии: 8-800-100-20-30, звоните туда
Наши вчера разгромили соперника, красавцы!
Вратарь сегодня ужасно сыграл, два гола пропустил
Блин, опять дождь
Я дурак, забыл зонт дома
Сосед говорит, что мост будут строить пять лет
Мигранты работают на стройке, без них бы не справились
Согласен, сначала нужен аудит
Отличная новость для города
Спасибо волонтёрам за помощь пострадавшим от наводнения
Цены в магазинах растут каждый месяц
Фильм жестокий, но очень сильный
Он назвал соседа «вором», и тот подал в суд
Где можно посмотреть полный текст решения совета?
Поздравляю всех с праздником!
Кто пойдёт на митинг в субботу?
Хорошая песня, слушаю каждый день
""".strip().split("\n")

TOPICS = ["the bridge", "the new budget", "the flood defences", "the election", "the transfer window", "the new stadium",
          "the tram line", "school funding", "the hospital waiting lists", "the energy bills", "the housing plan",
          "the council tax rise", "the bus strike", "the new park", "the library closures", "the derby", "the penalty",
          "the heatwave", "the recycling scheme", "the speed cameras", "the audit", "the ferry"]
OPINIONS = ["I think {t} is a good idea", "honestly {t} is a mess", "I'm not convinced about {t}",
            "{t} was badly handled", "nobody asked us about {t}", "I support {t} but the cost worries me",
            "{t} is long overdue", "I don't understand why {t} took so long", "the article on {t} is spot on",
            "{t} will hurt families on low incomes", "{t} is the best news this year", "I completely disagree about {t}",
            "{t} is a disgrace and the people responsible should resign", "the debate about {t} is getting silly",
            "whoever planned {t} clearly never took a bus", "{t} has been a disaster from start to finish"]
REASONS = ["the numbers don't add up", "my family has lived here for 30 years", "we were promised the opposite",
           "the last project ran two years late", "it costs {m} and nobody explained why", "prices went up by {p}%",
           "the report says otherwise", "the experts were ignored", "it affects thousands of people",
           "my kids go to school nearby", "I drive that road every day", "it's our money they're spending",
           "the consultation lasted only {d} days", "I lost {m} because of it", "the old one worked fine"]
MONEYS = ["240 million", "£3,000", "$1,200", "1.5 billion", "€800", "450 a month", "12,000 euros", "90p per trip", "200 quid"]


def clean_templates(rng, n):
    out = []
    for _ in range(n):
        s = rng.choice(OPINIONS).format(t=rng.choice(TOPICS))
        if rng.random() < .7:
            s += rng.choice([", ", " because ", ". ", " — "]) + rng.choice(REASONS).format(
                m=rng.choice(MONEYS), p=rng.randint(3, 60), d=rng.randint(5, 30))
        s = s[0].upper() + s[1:] + rng.choice([".", "!", "", "?", " 🙄", " smh"])
        out.append(s)
    return out


SMS_BITS = ["ok", "lol", "see u later", "where r u", "call me", "on my way", "running late", "home now", "got it",
            "thanks", "love u", "what time", "can't talk", "at work", "nvm", "miss u", "good night", "u ok?",
            "brb", "gonna be 10 mins", "wanna grab food", "the bus is late again", "text me when ur back"]


def sms_templates(rng, n):
    out = []
    for _ in range(n):
        k = rng.randint(1, 3)
        out.append(" ".join(rng.choice(SMS_BITS) for _ in range(k)).capitalize() + rng.choice(["", ".", "!", " :)", " x", " 😂"]))
    return out


MEDIA_BITS = ["This song is a masterpiece", "Still listening in {y}", "Who's here after the news?", "Love this so much",
              "The chorus is so catchy", "My favourite band ever", "This video deserves more views",
              "Came back here after {n} years", "The best live performance I've seen", "Such a beautiful voice",
              "Goosebumps every time", "This was my childhood", "Played this at my wedding", "The lyrics hit different now"]


def media_templates(rng, n):
    return [rng.choice(MEDIA_BITS).format(y=rng.randint(2015, 2026), n=rng.randint(2, 12)) + rng.choice(["", "!", " ❤️", " 🔥", "."])
            for _ in range(n)]


NEWS_BITS = ["Police are appealing for witnesses after a man was {v} in {place}",
             "A {age}-year-old has been charged after {x} of cocaine were found in a car in {place}",
             "The court heard the defendant {v2} the victim before fleeing",
             "Campaigners say {g} face discrimination in the job market, the study found",
             "The survey found that {g} are under-represented in parliament",
             "Officers seized cannabis plants worth {m} from a house in {place}",
             "Residents say drug dealing near the park has got worse, and want more patrols",
             "The charity helps {g} who arrived with nothing to find work and housing"]
PLACES = ["the town centre", "Leeds", "the high street", "a car park", "the valley", "Station Road", "the estate"]
GROUPS_NEUTRAL = ["immigrants", "women", "disabled people", "Muslims", "older workers", "refugees", "black graduates",
                  "gay couples", "Jewish families"]


def news_templates(rng, n):
    out = []
    for _ in range(n):
        out.append(rng.choice(NEWS_BITS).format(v=rng.choice(["stabbed", "assaulted", "attacked", "shot"]),
                                                v2=rng.choice(["punched", "kicked", "threatened", "attacked"]),
                                                place=rng.choice(PLACES), age=rng.randint(17, 60), x=rng.choice(["2kg", "500g", "3 kilos"]),
                                                g=rng.choice(GROUPS_NEUTRAL), m=rng.choice(MONEYS)) + ".")
    return out


def examples(rng):
    texts = CLEAN + CLEAN_RU + clean_templates(rng, 700) + sms_templates(rng, 250) + media_templates(rng, 150) + news_templates(rng, 200)
    return [(t, []) for t in texts]


# Hard negatives added after the first blind round (blind6): prices and rises, criticism of things rather than people,
# swearing at situations, and private numbers quoted in complaints (personal data, but no advert).
THINGS = ["the government's response", "the defending", "the service on this line", "the new timetable", "our midfield",
          "the council's plan", "this season", "the second half", "the app update", "the coverage of the storm",
          "the minister's answer", "the budget", "the refereeing", "the whole campaign", "the broadband here",
          "the heating in our flat", "the traffic this morning", "the queue at the hospital", "the match"]
BAD = ["pathetic", "useless", "a joke", "rubbish", "a disgrace", "embarrassing", "terrible", "shocking", "awful",
       "a shambles", "abysmal", "laughable", "a complete mess", "diabolical", "garbage", "dreadful", "clueless"]
SWEAR = ["fucking", "bloody", "damn", "shit", "crap", "effing", "sodding", "goddamn"]


def criticism_templates(rng, n):
    out = []
    for _ in range(n):
        t = rng.choice(THINGS)
        f = rng.choice(["{T} was {b}", "{T} has been {b}, frankly", "honestly {t} is {b}", "{T} is {s} {b}",
                        "what a {s} mess {t} is", "{T}? {B}.", "{T} was {b} again, {s} typical",
                        "our striker is {b}, sell him", "the keeper was {b} today", "that was {s} {b} from start to finish"])
        s = f.format(t=t, T=t[0].upper() + t[1:], b=rng.choice(BAD), B=rng.choice(BAD).capitalize(), s=rng.choice(SWEAR))
        out.append(s[0].upper() + s[1:] + rng.choice([".", "!", "", " smh", " 🙄"]))
    return out


ITEMS = ["season ticket", "train fare", "council tax", "rent", "electricity bill", "pint", "bus pass", "loaf of bread",
         "car insurance", "nursery place", "parking permit", "gym membership", "tram ticket", "water bill"]


def price_templates(rng, n):
    out = []
    for _ in range(n):
        cur = rng.choice(["£", "$", "€", ""])
        a = rng.randint(2, 900); b = a + rng.randint(1, 400)
        f = rng.choice(["My {i} went from {c}{a} to {c}{b}, a {p}% rise.", "The {i} is {c}{b} now, it used to be {c}{a}.",
                        "{c}{b} for a {i}? Ridiculous.", "We pay {c}{a} a month for the {i} and it keeps going up.",
                        "The {i} costs {c}{b} here, {c}{a} in the next town.", "{p}% more for the {i} this year, wages up {q}%.",
                        "Paid {c}{b} for the {i} last week, robbery.", "If the {i} goes up another {p}% I'm moving."])
        out.append(f.format(i=rng.choice(ITEMS), c=cur, a=a, b=b, p=rng.randint(3, 80), q=rng.randint(1, 9)))
    return out


RU_THINGS = ["проезд", "квартплата", "свет", "бензин", "хлеб", "абонемент", "парковка", "садик", "ремонт дороги", "билет на матч"]


def ru_templates(rng, n):
    out = []
    for _ in range(n):
        f = rng.choice(["{t} подорожал до {b} рублей, было {a}", "Платим за {t} {b} руб. в месяц, каждый год дороже",
                        "{T} стоит {b} рублей, это нормально?", "Цена на {t} выросла на {p}%, а зарплата нет",
                        "Мост за {b} миллионов, а дороги в ямах", "Игра была {bad}, защита {bad2}",
                        "Решение совета {bad}, но посмотрим что будет", "{T} — {bad}, как всегда",
                        "Согласен с вами насчёт {t}, надо разбираться", "Ответ мэрии {bad}, никто ничего не объяснил"])
        t = rng.choice(RU_THINGS)
        out.append(f.format(t=t, T=t.capitalize(), a=rng.randint(20, 900), b=rng.randint(900, 5000), p=rng.randint(5, 70),
                            bad=rng.choice(["ужасное", "провальное", "позорное", "слабое", "странное", "отвратительное"]),
                            bad2=rng.choice(["никакая", "дырявая", "позорная", "слабая"])))
    return out


PRIVATE = ["Call the mayor at home, his number is {ph}, let him answer for it",
           "My neighbour Steve keeps parking on my drive, his mobile is {ph}",
           "The landlord's number is {ph}, he never picks up",
           "This is my ex's number {ph}, tell her what you think",
           "Звоните мэру домой: {ph}, пусть ответит",
           "Соседка с третьего этажа, её номер {ph}, это она жаловалась",
           "Телефон приёмной мэрии: {ph}, звонил, никто не берёт",
           "I rang the council on {ph} and waited 40 minutes"]


def private_templates(rng, n):
    out = []
    for _ in range(n):
        ph = rng.choice([f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}", f"+7 9{rng.randint(10, 99)} {rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}",
                         f"({rng.randint(200, 999)}) 555-{rng.randint(1000, 9999)}", f"8 ({rng.randint(400, 999)}) {rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"])
        out.append(rng.choice(PRIVATE).format(ph=ph))
    return out


_examples_v1 = examples


def examples(rng):
    extra = criticism_templates(rng, 300) + price_templates(rng, 250) + ru_templates(rng, 250) + private_templates(rng, 80)
    return _examples_v1(rng) + [(t, []) for t in extra]


# Second person without an insult, and everyday lines with words the first model over-read ("needs", "hit", "shot").
YOU_CLEAN = """
Thank you for the article
Thank you so much, this was really helpful
You make a good point about the budget
You're right, I hadn't thought of that
Are you going to the meeting tonight?
See you at the match on Saturday
You should read the full report, it's worth it
I agree with you on the ferry
Do you know when the consultation closes?
Thanks, you've saved me a trip to the council office
You can find the timetable on the website
If you live near the river, check the flood map
You have a point, but the numbers say otherwise
Have you tried calling the helpline?
You guys did a great job with the sandbags
Hope you and your family are safe
Did you see the second goal? Unreal
You're welcome, glad it helped
Could you share the link to the source?
I think you misread the article, it says 240 million not billion
Ref needs glasses, honestly
The team needs a new striker
The bridge needs repairs, not a replacement
Our town needs more buses, not more roads
The keeper needs to come off his line more
What this city needs is affordable housing
He hit the post twice in the first half
That shot from outside the box was incredible
The storm hit the coast overnight
Prices hit a record high this month
Great shot of the valley in the photo
The new album is a hit
She took a shot at the mayor in her speech, fair enough
I need a coffee before I read any more of this
Who needs a lift to the stadium?
We need answers, not excuses
Anyone got a spare ticket for Saturday?
Message me if you want to join the litter pick
DM the club if you want to volunteer
Hit me up if you're going to the protest, we can go together
Check out the photos on the council's page, the damage is incredible
Subscribing to the newsletter was the best way to follow the election
I bought a new bike for 300 and it's been great
Best pizza I've had in years at the place on King Street, honestly
Spring is finally here, the park looks beautiful
The new tram line is a game changer for commuters
My grandad still talks about the 1966 final
I can't believe how much the town has changed
Lovely photos, thanks for sharing
Our street party raised 400 for the flood victims
""".strip().split("\n")


_examples_v2 = examples


def examples(rng):
    return _examples_v2(rng) + [(t, []) for t in YOU_CLEAN] + [(t + rng.choice(["!", ".", " :)"]), []) for t in YOU_CLEAN]


YOU_FRAMES = ["What do you think about {t}?", "Do you know when {t} starts?", "Have you seen the news about {t}?",
              "I think you're right about {t}", "You can read more about {t} on the council site",
              "If you care about {t}, come to the meeting", "Thank you for writing about {t}",
              "You might be interested in the report on {t}", "Did you vote on {t}?", "Are you for or against {t}?",
              "Where did you hear that about {t}?", "You obviously know a lot about {t}, thanks",
              "I hope you're right about {t}", "Would you support {t} if it cost less?", "You and I both remember {t}",
              "Can you explain {t} to me?", "You make it sound simple but {t} is complicated",
              "Honestly you nailed it about {t}", "Don't you think {t} was rushed?", "Why do you think {t} failed?"]
LOVE = ["I love you {w}", "Love you {w}, see you soon", "Miss you {w}", "Happy birthday {w}, love you", "Thank you {w} for everything",
        "Night {w}, love you x", "Proud of you {w}", "Can't wait to see you {w}"]
WHO = ["mum", "dad", "babe", "grandma", "sis", "bro", "mate", "guys", "everyone", "darling"]


def you_templates(rng, n):
    out = [rng.choice(YOU_FRAMES).format(t=rng.choice(TOPICS)) for _ in range(n)]
    out += [rng.choice(LOVE).format(w=rng.choice(WHO)) for _ in range(n // 4)]
    return out


_examples_v3 = examples


def examples(rng):
    return _examples_v3(rng) + [(t, []) for t in you_templates(rng, 300)]


# Links and long unpunctuated comments that are not adverts (the second tuning pass on blind6 and the older sets).
LINK_CLEAN = ["Full report here: {u}", "Source: {u}", "The council's own figures are at {u}", "Here's the map of the flooded streets {u}",
              "You can read the judgement at {u}", "Original interview: {u}", "The petition is at {u} if anyone wants to sign",
              "Полная версия документа: {u}", "Источник: {u}", "Карта перекрытий тут {u}", "Watch the goal again here {u}",
              "Better article on the same story: {u}", "The minutes of the meeting {u}", "Photos from the rally {u}"]
LINK_URLS = ["https://www.gov.example.uk/report.pdf", "council.example.org/minutes", "https://news.example.com/story/123",
             "www.bbc.example/sport", "https://proekt.example.ru/doc", "floodmap.example.net", "https://youtu.example/watch?v=abc",
             "https://en.wikipedia.example/wiki/Bridge", "t.me/citynews_example"]
RU_LONG = ["мост строить надо но не за такие деньги потому что в городе и так все разваливается дороги в ямах",
           "я живу рядом с рекой и каждый год одно и то же вода заходит в подвал а администрация ничего не делает",
           "вчера смотрел матч наши играли плохо защита вообще не работала и тренера давно пора менять",
           "почему никто не спрашивает жителей что им нужно сначала школы и больницы а потом уже мосты",
           "цены растут зарплаты стоят на месте и ещё хотят поднять налоги на имущество это вообще нормально",
           "в нашем районе третий год обещают построить поликлинику и ничего не меняется одни обещания"]


def link_templates(rng, n):
    return [rng.choice(LINK_CLEAN).format(u=rng.choice(LINK_URLS)) for _ in range(n)]


_examples_v4 = examples


def examples(rng):
    return _examples_v4(rng) + [(t, []) for t in link_templates(rng, 150) + RU_LONG]


# Russian everyday comments, built from clauses, so that Russian function words stop looking like spam.
RU_CLAUSES = ["мост нужен городу", "денег на школы опять нет", "в центре невозможно проехать", "я живу в этом районе двадцать лет",
              "дороги в ямах", "а больницы без врачей", "мэрия как всегда молчит", "на слушания никого не позвали",
              "вода в подвале уже третий день", "соседи помогали друг другу", "волонтёры привезли воду и еду",
              "наши проиграли по делу", "судья ошибся с пенальти", "тренер опять поставил не тех",
              "цены в магазинах растут", "зарплата не меняется", "автобусы ходят раз в час", "на выборы пойду обязательно",
              "кандидаты обещают одно и то же", "статья хорошая и честная", "я не согласен с автором", "это всё уже было",
              "посмотрим что будет весной", "главное чтобы достроили", "в прошлом году было то же самое",
              "у нас во дворе снова раскопали трубы", "в школе у сына нет учителя физики", "никто ничего не объясняет",
              "по телевизору об этом молчат", "хорошо что хоть кто-то пишет", "жалко людей которые всё потеряли",
              "надо спросить у жителей", "проект можно было сделать дешевле", "паром был бы быстрее",
              "в субботу будет митинг у администрации", "я звонил в управу и мне ничего не ответили"]
RU_JOIN = [", ", " и ", " но ", " а ", " потому что ", ", хотя ", " — ", ". ", " и при этом "]


def ru_clause_templates(rng, n):
    out = []
    for _ in range(n):
        k = rng.randint(1, 5)
        s = rng.choice(RU_CLAUSES)
        for _ in range(k - 1):
            s += rng.choice(RU_JOIN) + rng.choice(RU_CLAUSES)
        out.append(s[0].upper() + s[1:] + rng.choice([".", "", "!", "...", " 😡", "?"]))
    return out


_examples_v5 = examples


def examples(rng):
    return _examples_v5(rng) + [(t, []) for t in ru_clause_templates(rng, 400)]


# Groups spoken of neutrally or warmly, and violent words used about games and work (after the unit tests' near misses).
GROUP_CLEAN = ["are essential workers in this valley", "are our neighbours and friends", "have lived here for generations",
               "deserve the same rights as everyone else", "are under-represented on the council", "face more discrimination in hiring, the study says",
               "helped fill sandbags all weekend", "run half the shops on the high street", "make up a third of the nurses",
               "were the first to volunteer after the flood", "pay their taxes like everyone", "are not a monolith, they vote in many ways",
               "were targeted in the attack and the community is in shock", "should be consulted before the council decides",
               "are some of the hardest working people I know", "organised the food bank", "are welcome here"]
GROUPS_ALL = ["immigrants", "Muslims", "Jews", "black people", "gay people", "women", "refugees", "Travellers", "Arabs",
              "Mexicans", "Asian families", "trans people", "Africans", "Pakistanis", "Poles", "Romanians", "Hindus",
              "Chinese students", "foreign workers", "migrants", "disabled people", "Catholics", "Somalis", "Roma", "older people"]
SPORT_VIOLENT = ["Kill the game off when you're 1-0 up", "We need to kill the game off earlier", "Shoot on sight, he never does",
                 "They murdered us on the counter attack", "We'll destroy them on Saturday", "Our striker should just shoot more",
                 "The defence got slaughtered", "He was butchered by that tackle, clear penalty", "Just smash it into the net",
                 "That free kick was a bullet", "Go for the kill in the second half", "They got hammered 5-0",
                 "The fans were killing themselves laughing", "We got crushed at home again", "Hang on to the lead, lads",
                 "Burn the lot of them with pace down the wing", "Beat them 3-0, easy", "Knock them out of the cup"]


def group_clean_templates(rng, n):
    out = []
    for _ in range(n):
        g = rng.choice(GROUPS_ALL)
        s = rng.choice(["{G} {p}", "Honestly, {g} {p}", "Remember that {g} {p}", "The report says {g} {p}", "{G} {p}, and that matters"]) \
            .format(g=g, G=g[0].upper() + g[1:], p=rng.choice(GROUP_CLEAN))
        out.append(s + rng.choice([".", "", "!"]))
    return out


_examples_v6 = examples


def examples(rng):
    return _examples_v6(rng) + [(t, []) for t in group_clean_templates(rng, 300) + SPORT_VIOLENT + [s + "!" for s in SPORT_VIOLENT]]
