"""Third round of training text (after blind8's first run), written for this project (CC0): the registers real
comments come in — SMS chat with its abbreviations next to SMS spam, video comments next to channel plugs, talk-page
replies next to talk-page abuse, tweets — so that the model learns the offer, not the register."""
import random

SMS_HAM = """
Ok lar i'll see u there, joking wif u only
U dun say so early... u c already then say
Nah i dont think he goes there, he lives around here tho
I'm gonna be home soon and i dont want to talk about this anymore tonight k?
Sorry i'll call later, in a meeting
Hey r u still up? cant sleep
Yup ok i go home look at the timings then i msg u again
Oops i'll let u know when my roommate's done
K da, i'll come by 7 and pick u up
Aight, text me when ur outside
Did u catch the bus? Im at the stop now
Gr8, see u 2moro then
Lol ur so random, luv u
Wen ur free call me, need 2 ask u sumthing
Cant talk now, will call u l8r
Im on the train, reach in 20 mins
Pls buy milk n bread on ur way home
Hows ur exam? Hope it went well
Ya i got ur msg, will do it tmr
Happy bday bro!! Have a gr8 one
Mum says u have to call nan back, she rang twice
Where r u? We r waiting at the entrance
Just woke up lol, what time is the game
My phone died, im at Tom's, home by 11
Txt me the address again pls, lost it
I'll pay u back the 20 on friday ok
Ok no prob, take ur time
Gud mrng, hav a nice day dear
R u coming 2 the party 2nite?
Thanx 4 the lift, u saved me
Call me wen u get this, its about the car
Can u send me the pics from last night
U free on sat? Thinking of going to the match
Sry cant make it, work till 9
Ill be there in 5, order me a coffee
Just got ur text, yeah sounds good
Haha no way, did he really say that
Mate the train's cancelled again, gonna be late
Got 2 tickets 4 the cinema, u in?
Miss u, come home soon x
""".strip().split("\n")

SMS_SPAM = """
URGENT! We are trying to contact U. Todays draw shows that you have won a prize GUARANTEED. Call our claims line from a landline
Our records indicate u may be entitled to 5000 pounds in compensation for the accident you had. To claim reply CLAIM
Ur cash-balance is currently 500 pounds - to maximize ur cash-in now send CASH to 86688 only 150p/msg
You have won a guaranteed 1000 cash or a 2000 prize. To claim yr prize call our customer service representative
Congratulations ur awarded either a yr supply of CDs or gift vouchers & free entry 2 our monthly draw txt MUSIC to 87066
Get a FREE mobile video player FREE movie. To collect text GO to 89105. Free & easy to do
PRIVATE! Your account statement for your mobile shows unredeemed points. To claim call the number below. Identifier code
Dear Dave, this is your final notice to collect your 4* Tenerife holiday or 5000 cash award! Call from a landline
FREE RINGTONE text FIRST to 87131 for a poly or text GET to 87131 for a true tone! Help? 0845 2814032 16 after 1st free
Call FREEPHONE now for your free offer of a top phone. Text MOB to 87070
XCLUSIVE clubsaisai 2morow soiree speciale zouk! Free entry if u txt now!
Want a new video phone? 750 anytime any network mins, half price line rental, camcorder, reply or call now
Hi its Kate how r u? I have a surprise 4 u, call me now on the number below 60p/min
Thanks 4 ur continued support. Ur q this week: what is the capital of France? Reply with ur answer to win
SMS. ac Blind Date 4U!: Rodds1 is 21/m from Aberdeen, UK. Check Him out, txt ROD to 83118
Sorry I missed your call let's talk when you have the time. I'm on 07090201529
Your 2 free polyphonic ringtones are waiting, just text POLY to 88877 now, 3 per week
Win the newest Harry Potter book. Answer the question & text your answer to 80086 Harry
As a SIM subscriber, you are selected to receive a Bonus! Get it delivered to your door, txt the word OK to No 88222
Last chance! Claim your FREE holiday voucher now, call before the offer closes
""".strip().split("\n")

VIDEO_HAM = """
This song never gets old, listening in 2026
Her voice gives me goosebumps every single time
Best music video ever made, no debate
Anyone else here after the match highlights?
The dance at 2:40 is insane
I remember hearing this on the radio as a kid
Who's still watching this? 🙋‍♀️
This deserves way more views
Played this at my graduation, so many memories
The drummer is a beast
I can't stop watching this lol
Shakira never misses
Pure nostalgia ❤️
The crowd singing along gives me chills
Came for the song, stayed for the comments
""".strip().split("\n")

VIDEO_PROMO = """
Check out this video on YouTube, my new dance cover, please like and share
Hey everyone! I'm a new singer, please check my channel and tell me what you think
Subscribe to me and I will subscribe back, sub4sub
Please help me reach 1000 subscribers, I make covers of songs like this
Go check my channel out, I do reaction videos every day
If you like this song you will love my remix, it's on my channel
Check out my page for free beats, link in bio
Visit my channel for the best football skills compilations
I'm 14 and I make music, please give my channel a chance 🙏
Like this comment if you want more, and check my videos out
""".strip().split("\n")

TALK_HAM = """
I've reverted the change, the source does not support it. Please discuss here first.
Thanks for the message, you're right, I'll fix the citation.
Please stop removing sourced material without an explanation.
I think the lead is too long, can we shorten it?
Could you explain why you deleted the table? It was useful.
Welcome to the project! Feel free to ask if you need help editing.
Your edit has been undone because it looked like a test. Use the sandbox for experiments.
I don't agree that the section is biased, but I'm happy to add the other view with a source.
Regarding the block, you can appeal on your talk page following the instructions.
The image has no licence information, so it may be deleted.
""".strip().split("\n")

TALK_ABUSE = """
Stop vandalising my page you worthless troll, get a life
Who the hell do you think you are deleting my work, you pathetic loser
You're a biased piece of crap admin and everyone knows it
Go to hell, you power-tripping little nerd
I will find out where you live and make you regret this
You're an idiot who knows nothing about the subject, stop editing
Fuck off and die you sad bastard
You are a disgusting excuse for a human being
Block me all you want, you're still a braindead moron
I hope you get cancer you nazi scum
""".strip().split("\n")

TWEETS_HATE = """
these immigrants need to go back where they came from #sendthemhome
Islam is a cancer and should be wiped out of the west
I don't trust any muslim, not one
gays are disgusting, keep that away from my kids
women belong in the kitchen lmao
feminists are ugly and stupid, fact
all these refugees are rapists in waiting
black people are the problem in this country
jews run everything, open your eyes
trannies are mentally ill, period
""".strip().split("\n")

VIOLENCE3 = """
Their fans should get a good kicking, bring the lads
If the neighbour's dog barks once more I'm poisoning it
I'll put my fist through his face next time I see him
Someone should torch the council offices with them inside
Let's jump them after the match
Wipe them off the face of the earth
That cat keeps coming in my garden, going to drown it
Beat him until he can't walk
Shoot every one of the rioters
I'd break his neck with my bare hands
""".strip().split("\n")

NARCOTICS4 = """
Rolled a fat one for the second half 💨
Puff puff pass, match day tradition
Blazed before the gig, so good
Getting lit on bud and beers tonight
Best weed in the city, hit my line
""".strip().split("\n")

ADS_SERVICE = """
Cash for your old car, any condition, free collection, call our freephone number
We buy houses for cash, fast completion, call today
Scrap gold wanted, best prices paid, visit our shop on the high street
Skip hire from 99, next day delivery, call now
Wedding cars for hire, chauffeur included, ring for a quote
""".strip().split("\n")


def examples(rng):
    data = [(t, []) for t in SMS_HAM + VIDEO_HAM + TALK_HAM]
    data += [(t, ["spam"]) for t in SMS_SPAM]
    data += [(t, ["promotion"]) for t in VIDEO_PROMO + ADS_SERVICE]
    data += [(t, ["insult_threat"]) for t in TALK_ABUSE]
    data += [(t, ["hate"]) for t in TWEETS_HATE]
    data += [(t, ["violence"]) for t in VIOLENCE3]
    data += [(t, ["narcotics"]) for t in NARCOTICS4]
    return data


# Shouting and pleading that sell nothing (after round three flagged "NO BRIDGE!!! FIX OUR SCHOOLS FIRST!!!").
SHOUT_CLEAN = """
NO BRIDGE!!! FIX THE ROADS FIRST!!!
STOP WASTING OUR MONEY!!! HOW MANY TIMES DO WE HAVE TO SAY IT
WHAT A GOAL!!! GET IN!!!
VOTE THEM OUT!!! ENOUGH IS ENOUGH
SAVE OUR LIBRARY!!! SIGN THE PETITION AT THE TOWN HALL
UNBELIEVABLE!!! 3 POINTS!!!
WHERE IS THE MONEY FOR SCHOOLS??? WHERE???
CALL YOUR COUNCILLOR AND TELL THEM NO!!!
FREE THE PARKING!!! NOBODY CAN AFFORD 5 POUNDS AN HOUR
THIS IS A DISGRACE!!! 14 MONTHS ON A WAITING LIST
Nurses please, not tax cuts. My dad waited 9 months for his hip.
Please, please fix the potholes before someone gets hurt
We need more doctors, not more roads, please listen
Hospitals first, bridges later. 18 months waiting for a scan is not normal.
Please share this so the council sees how many of us are angry
""".strip().split("\n")

_examples_v1 = examples


def examples(rng):
    return _examples_v1(rng) + [(t, []) for t in SHOUT_CLEAN]


# Calling a thing stupid is not an insult; years and wins are not offers (found by probing after round three).
THING_WORDS = ["law", "decision", "policy", "idea", "rule", "plan", "question", "debate", "system", "scheme", "design",
               "timetable", "budget", "proposal", "tax", "bridge plan", "transfer", "tactic", "substitution", "campaign"]
STUPID = ["stupid", "idiotic", "dumb", "moronic", "ridiculous", "brainless", "asinine", "daft", "silly", "insane", "crazy"]
HISTORY = ["Women's suffrage was won in {y} for some women and ten years later for all",
           "The club won the league in {y} and again in {z}", "The bridge was opened in {y} and rebuilt in {z}",
           "Free school meals were introduced in {y}", "The flood of {y} was worse, my grandparents lost everything",
           "The party won 42 seats in {y} and lost them all in {z}", "Our team won 3-1 in {y}, I was there",
           "The law was passed in {y} and changed in {z}"]


def thing_templates(rng, n):
    out = []
    for _ in range(n):
        f = rng.choice(["This is a {s} {t} and it should be scrapped", "Such a {s} {t}, honestly", "What a {s} {t}",
                        "The {t} is {s}, nobody thought it through", "{S} {t}. Who signed this off?",
                        "Honestly the most {s} {t} I've seen this year", "That {t} was {s} and everyone knows it"])
        s = f.format(s=rng.choice(STUPID), S=rng.choice(STUPID).capitalize(), t=rng.choice(THING_WORDS))
        out.append(s[0].upper() + s[1:] + rng.choice([".", "!", ""]))
    for _ in range(n // 3):
        y = rng.randint(1900, 2024)
        out.append(rng.choice(HISTORY).format(y=y, z=y + rng.randint(1, 30)) + ".")
    return out


_examples_v2 = examples


def examples(rng):
    return _examples_v2(rng) + [(t, []) for t in thing_templates(rng, 200)]


# Russian, built from parts, for the rules whose Russian training text was thinnest (after the third round).
RU_TARGETS = ["ты", "автор", "мэр", "этот депутат", "комментатор выше", "судья", "тренер", "админ"]
RU_INSULTS = ["идиот", "дебил", "придурок", "кретин", "дурачок", "клоун", "ничтожество", "тупица", "баран", "олень",
              "лох", "чмо", "урод", "недоумок", "бездарь", "хам", "мразь", "дегенерат"]
RU_ADJ = ["обычный", "конченый", "полный", "жалкий", "диванный", "тупой", "безмозглый", "продажный"]
RU_GROUPS = ["мигранты", "приезжие", "цыгане", "кавказцы", "таджики", "геи", "бабы", "евреи", "мусульмане", "узбеки"]
RU_HATE = ["все воры", "тут не нужны", "должны убираться", "заполонили город", "хуже животных", "портят всё",
           "не люди", "должны сидеть молча", "пусть валят к себе", "от них одна грязь"]
RU_VIOL = ["пристрелить", "перестрелять", "избить", "повесить", "сжечь", "утопить", "отравить", "переломать ноги"]
RU_VICTIMS = ["бродячих собак", "этих котов", "таких людей", "митингующих", "соседского пса", "всех этих тварей"]
RU_DRUGS = ["травки", "шишек", "гашиша", "мефа", "солей", "марок", "спидов"]
RU_CLEAN_NEAR = ["Сосед назвал его «дебилом», это грубо", "Не надо называть людей идиотами", "Я сам дурак, забыл про собрание",
                 "Полиция изъяла партию гашиша", "Собак из приюта раздали в хорошие руки", "Мигранты работают на стройке моста",
                 "В городе много приезжих студентов, это хорошо", "Судья ошибся, но он не вор", "Тренер сделал странные замены"]


def ru_templates(rng, n):
    data = []
    for _ in range(n):
        t = rng.choice(RU_TARGETS)
        data.append((f"{t.capitalize()} — {rng.choice(RU_ADJ)} {rng.choice(RU_INSULTS)}" + rng.choice(["", ".", "!", ", сил нет"]), ["insult_threat"]))
        data.append((f"{rng.choice(RU_GROUPS).capitalize()} {rng.choice(RU_HATE)}" + rng.choice(["", ".", "!"]), ["hate"]))
        data.append((f"{rng.choice(RU_VICTIMS).capitalize()} надо {rng.choice(RU_VIOL)}" + rng.choice(["", ", и проблема решена", ", всех до одного"]), ["violence"]))
        data.append((rng.choice(["Покурил", "Взял", "Закинулся", "Продаю", "Есть немного"]) + f" {rng.choice(RU_DRUGS)}" +
                     rng.choice([", кайф", ", пишите в личку", " перед работой, всем советую", ", доставка по городу"]), ["narcotics"]))
    data += [(t, []) for t in RU_CLEAN_NEAR] + [(t + "!", []) for t in RU_CLEAN_NEAR]
    return data


_examples_v3 = examples


def examples(rng):
    return _examples_v3(rng) + ru_templates(rng, 60)
