"""Training text for the fourth tuning round (issue 15), written for this project (CC0).

After blind9's first run: comment-thread chatter the model mistook for adverts or hate (football talk with "free
kick" and "coach", greetings and family news, "they're all the same" about politicians, Russian "такие деньги"),
and the kinds of wording it missed: comparison-site and streaming adverts, service adverts with a web address,
cruelty and revenge fantasies worded as instructions, Russian first-person cruelty to animals, psychedelics
recommended or grown at home, superlative put-downs ("the thickest person on here"). Nothing here is copied from a
blind set; templates are filled at random so the model learns the construction, not the sentence.
"""

SPORT = ["free kick", "free transfer", "free header", "set piece", "corner", "penalty", "throw-in", "back four",
         "midfield", "keeper", "striker", "coach", "manager", "captain", "academy", "bench"]
SPORT_T = [
    "Our {a} was awful all season, we need a proper {b}.",
    "That {a} in the 80th minute should have been ours, the {b} was furious.",
    "Best {a} I've seen in years, the {b} deserves credit for that.",
    "We concede from every {a}, sack the {b} and get someone who can organise a defence.",
    "He scored from a {a} again, that's five this season",
    "Worst {a} of the season and the {b} just stood there",
    "Get a new {b} in January and sort the {a} out",
    "Free kicks, corners, throw-ins, we're useless at all of them",
    "Our {a} coach left in the summer and it shows",
    "Save of the season from the {b} in the last minute, top class",
]

GREETINGS = [
    "Happy birthday to my {p}, {n} years today and still my best friend ❤️",
    "Congratulations to my {p} on passing {x}, so proud of you!",
    "Love you {p}, thank you for everything you do for us",
    "Happy anniversary to the best {p} in the world, {n} years together",
    "Rest in peace {p}, we miss you every day",
    "Merry Christmas everyone and a happy new year to you all 🎄",
    "Good morning all, have a lovely day ☀️",
    "Sending love to my {p} who starts a new job today, you've got this!",
    "My {p} just had a baby girl, {n} pounds, mum and baby doing well 🥰",
    "Welcome home {p}, missed you so much",
]
PEOPLE = ["wife", "husband", "mum", "dad", "son", "daughter", "sister", "brother", "nan", "grandad", "best friend", "partner"]
EXAMS = ["her driving test", "his exams", "her degree", "the bar exam", "his GCSEs", "her nursing course"]

POLITICS_CLEAN = [
    "They're all the same, promise the earth and deliver nothing",
    "Both parties are the same, nothing changes whoever wins",
    "Politicians are all the same, they only care about the next election",
    "they are all the same, I'm not voting this time",
    "All the same to me, none of them will fix the NHS",
    "Every government is the same, taxes up and services down",
    "Same old promises every four years, they must think we're stupid",
    "These politicians never learn, and we never learn either",
]

RU_CLEAN = [
    "Такие деньги за один мост — это слишком.",
    "За такие деньги можно было построить три школы!", "такие цены сейчас везде, ничего не поделаешь",
    "Все они одинаковые, обещают и ничего не делают.", "Опять обещания, как и в прошлый раз.",
    "С днём рождения, папа! Здоровья тебе и счастья!", "Поздравляю сестру с окончанием университета, горжусь!",
    "Доброе утро всем, хорошего дня!", "Люблю тебя, мама, спасибо за всё ❤️",
    "Такие вещи надо обсуждать с жителями, а не решать за нас.", "Дороги почините сначала, потом мосты стройте",
    "Кот соседский опять орал всю ночь, но это же кот, что с него взять.",
    "Наш кот заболел, везли его к ветеринару через весь город по пробкам.",
    "Депутаты все одинаковые, выборы ничего не меняют.", "Деньги опять распилят, как всегда.",
    "Таких чиновников надо увольнять и судить.", "Воров надо сажать, а не переизбирать.",
    "Таких депутатов гнать надо на следующих выборах.", "Надо было строить мост ещё десять лет назад.",
]

SMS_CLEAN = [
    "Home safe, thanks for a lovely evening x", "Made it back safe, traffic was a nightmare. Night!", "Night night, speak tmrw x",
    "Got in safe, text u in the morning", "Landed safe, will call when I'm at the hotel", "Safe and sound, love u, night x",
    "Back home now, the roads were icy so took it slow", "Nite hun, sleep well x", "Are u home safe? Let me know",
    "Just got home, knackered. Night all", "Drive safe, roads are terrible tonight", "Safe trip home mate, cheers for the lift",
]

# Everyday life the model had only ever seen inside adverts: bikes, cars, mornings, routines, shops, ages.
DAILY_CLEAN = [
    "My grandad is 85 and still walks the dog every morning", "She's 90 next week and still does the crossword every day",
    "Cycled to work every morning this week, the new lane on the high street helps", "Got my old bike out of the shed today, tyres were flat",
    "Mum still drives to the shops every Saturday at 80", "My son rides his bike to school now, so proud",
    "We walk along the river every evening, it's lovely in summer", "Bought a second-hand bike for my daughter, she loves it",
    "Still out in the garden every morning at 75, my dad never stops", "He's 60 today and still plays five-a-side on Tuesdays",
    "I run every morning before work, it clears my head", "Every morning the same queue at the bakery, worth it though",
    "My car failed its MOT today, brakes again", "Took the train into town today, first time in years",
    "Dad still swims in the lake every morning, even in winter", "We've had the same car for 15 years and it still runs",
    "Her bike was stolen outside the station last week", "Grandma turned 100 today, the whole street came out",
    "Мой дед в 80 лет каждое утро ездит на велосипеде", "Мама до сих пор каждое утро ходит на рынок",
    "Папе сегодня 70, а он всё ещё работает на даче", "Каждое утро одна и та же пробка на мосту",
    "Купили сыну велосипед, теперь сам ездит в школу", "Бабушке сегодня 90 лет, вся семья приехала",
]

TIME_CLEAN = [
    "Bake it for {n} minutes at 180 and let it cool before slicing.", "Took me {n} minutes to cross the old bridge this morning.",
    "The bus was {n} minutes late again, every single day this week.", "Simmer for {n} minutes, then add the cream.",
    "We waited {n} minutes for the ambulance, it's not the crews' fault.", "Queued {n} minutes for a pie at half time.",
    "Went to the market at the weekend, the prices have gone up again.", "Best weekend of the year, we won and the sun was out.",
    "Spent the weekend helping my parents clear the mud out of their kitchen.", "Half price tickets for kids this weekend, the club announced it on Friday.",
]

ADS_PROMO = [
    "Compare {n}+ {ins} quotes and save up to £{m} today",
    "Get the cheapest {ins} in minutes, compare and switch, save up to £{m}",
    "Looking for {ins}? We compare {n} providers so you don't have to, get your quote now",
    "Switch your {ins} today and save an average of £{m}, no forms, no fuss",
    "Best {ins} deals of the year, compare now before prices go up",
    "Watch every match live in HD, no subscription, no lag: {site}",
    "LIVE STREAM all games free here {site} no sign up",
    "Full match replays and live streams at {site}, free forever",
    "Damp and mould? We fix it for good, 10 year guarantee, free survey {site}",
    "Water damage specialists, fast drying, insurance approved, 24/7 call out {site}",
    "Blocked drains? Same-day service, no call-out fee, book at {site}",
    "Need a new kitchen? Family firm, 25 years' experience, free design visit, {site}",
    "Local removals from £{m}, fully insured, get a quote at {site}",
    "Handmade candles and gifts, 20% off this weekend only, shop at {site}",
    "Get fit in 30 days with my online programme, link in bio 💪",
    "Grow your Instagram to 10k followers fast, real people, DM for prices",
    "I review the best budget tech every week, new video up now, go check it out",
    "Drop a follow for daily football edits ⚽ I follow back",
]
INSURANCE = ["car insurance", "home insurance", "energy", "broadband", "pet insurance", "travel insurance",
             "mortgage", "mobile contract", "van insurance", "life insurance"]
SITES = ["www.quickdry-homes.co.uk", "bestdeals4u.com", "livefooty.tv", "streamzone.live", "www.fixitfast.net",
         "shop-candles.co.uk", "gomatch.live", "www.kitchenpros.com", "removals-north.co.uk", "damprepair.org"]

VIOLENCE_T = [
    "tie {t} to a lamp post and leave him there all night",
    "drag {t} out of the ground by his hair and kick him down the steps",
    "someone should put {t} in a bin and set it on fire",
    "lock {t} in a cage and throw rocks at him",
    "break both of {t}'s legs and leave him in the car park",
    "we should stamp on {t} till he stops moving",
    "throw {t} off the bridge with bricks tied to his feet",
    "hang {t} from the crossbar by his ankles and give him a good beating",
    "I'd love to see {t} kicked to the ground and stamped on",
    "put {t} in the boot and drive him into the river",
]
TARGETS = ["the ref", "the manager", "that councillor", "him", "their keeper", "the mayor", "that landlord",
           "the linesman", "their captain", "the referee"]
RU_VIOLENCE = [
    "Поймал соседского пса и утопил в бочке, больше не лает", "Кошку повесил во дворе, достала орать",
    "Котят утопил в ведре, нечего плодиться", "Привязал кота к забору и бил палкой, пусть знает",
    "Собаку отравил, теперь тихо во дворе", "Голубей травлю на балконе, пусть дохнут",
    "Щенка выкинул из окна, надоел скулить", "Облил кипятком бездомную кошку, пусть знает",
    "Бродячих собак надо стрелять и вешать на заборах", "Кота задушил, не жалко",
    "Судью бы привязать к машине и протащить по городу", "Этого депутата бы в багажник и в реку",
]
NARC = [
    "try {d} once in your life, best thing I ever did",
    "microdosing {d} got me through a hard year, you should all try it",
    "grow your own {d} at home, it's easy: get spores, sterilise the jars and wait",
    "{d} is the best high there is, take it at a festival and thank me later",
    "you haven't lived until you've done {d}, seriously try it",
    "been microdosing {d} every morning for a month, never felt better, recommend",
    "easiest way to make {d} at home, I'll send you the guide",
    "I can get you {d} by tonight, message me",
]
DRUGS = ["shrooms", "acid", "LSD", "mushrooms", "MDMA", "ketamine", "DMT", "molly", "psilocybin", "mescaline"]
NARC_CLEAN = [
    "Scientists are testing psilocybin for depression, early results look promising",
    "The police found mushrooms and cannabis in the flat, two men were arrested",
    "Microdosing is a fad, there's no good evidence it does anything",
    "My cousin ended up in hospital after taking something at a festival, please be careful",
    "Legalising cannabis would take money away from the gangs, that's my view",
    "I picked wild mushrooms in the woods with my grandad, we made soup",
    "Drug deaths in the region doubled in ten years, the article should have mentioned it",
]
INSULT_T = [
    "Might be the {s} comment I've read all year, congratulations",
    "Easily the {s} take on this whole thread, well done",
    "You might be the {s} poster on this site",
    "Honestly the {s} person in this comment section",
    "That's the {s} thing anyone has ever written, and you wrote it",
    "Are you always this {a} or is today special?",
    "Crawl back under your rock, {n}",
    "Nobody asked you, you {a} {n}",
]
SUPER = ["thickest", "dumbest", "most brainless", "stupidest", "most clueless", "most pathetic", "dimmest", "thickest"]
ADJ = ["thick", "dim", "clueless", "pathetic", "brainless", "gormless", "dense"]
NOUNS = ["troll", "muppet", "clown", "halfwit", "numpty", "plonker", "loser"]
INSULT_CLEAN = [
    "That's the best take on this whole thread, well done",
    "You are genuinely the nicest person I've met on here",
    "Easily the most sensible comment in this section",
    "Honestly the clearest explanation in this comment section",
    "The thickest fog I've seen in years on the bridge this morning",
    "Our keeper had the dumbest luck today, ball hit the post twice",
    "The troll under the bridge was my favourite story as a kid",
    "Trolls love these articles, just ignore them and they go away",
]


def examples(rng):
    data = []
    for _ in range(40):
        data.append((rng.choice(SPORT_T).format(a=rng.choice(SPORT), b=rng.choice(SPORT)), []))
    for _ in range(40):
        data.append((rng.choice(GREETINGS).format(p=rng.choice(PEOPLE), n=rng.randint(2, 40), x=rng.choice(EXAMS)), []))
    data += [(t, []) for t in POLITICS_CLEAN + RU_CLEAN + NARC_CLEAN + INSULT_CLEAN + SMS_CLEAN + DAILY_CLEAN]
    for _ in range(20):
        data.append((rng.choice(TIME_CLEAN).format(n=rng.randint(5, 90)), []))
    for _ in range(30):
        data.append((rng.choice(ADS_PROMO).format(n=rng.choice([20, 40, 50, 100]), ins=rng.choice(INSURANCE),
                                                  m=rng.choice([150, 200, 350, 400, 500]), site=rng.choice(SITES)),
                     ["promotion"]))
    for _ in range(40):
        data.append((rng.choice(VIOLENCE_T).format(t=rng.choice(TARGETS)), ["violence"]))
    data += [(t, ["violence"]) for t in RU_VIOLENCE]
    for _ in range(40):
        data.append((rng.choice(NARC).format(d=rng.choice(DRUGS)), ["narcotics"]))
    for _ in range(40):
        data.append((rng.choice(INSULT_T).format(s=rng.choice(SUPER), a=rng.choice(ADJ), n=rng.choice(NOUNS)),
                     ["insult_threat"]))
    return data
