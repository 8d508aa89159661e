"""Training text for insult_threat, hate, violence, narcotics and trolling, written for this project (CC0), in the
styles of comment sections, talk pages and social media, English and Russian. The point of these lines is to teach a
classifier what abuse looks like, so they are offensive by design."""
import random

INSULT = """
You are a pathetic loser with no life, get off the internet
Go away you ignorant little troll, nobody wants you here
You're too stupid to understand the article, don't bother commenting
What an absolute moron. Read a book for once
Stop being such a dick and grow up
Get a life you sad little man
You suck and so does your opinion
Shut up, nobody asked you, you clown
you are a liar and a coward, simple as that
Your mother should have aborted you
You're fat, ugly and stupid, no wonder nobody likes you
Only a complete idiot would write something this dumb
I will find you and make you pay for this
Watch your back, I know where you work
Keep it up and you'll end up in hospital
If I ever see you in person I'll break your jaw
Die in a fire you worthless piece of trash
You are the most annoying person on this site, seriously get lost
You're a disgrace to the human race
Listen here you brainless twit, the facts are against you
What a sad pathetic excuse for a journalist this author is
The mayor is a corrupt scumbag who should rot in jail
That referee is a blind, useless cheat
You are a retard, plain and simple
Go fuck yourself you stupid cunt
Fuck you and your stupid edits, asshole
You're a piece of shit and everyone knows it
Suck my dick you fucking loser
Shut the fuck up, you dumb bitch
You are such a douchebag, nobody can stand you
Hey moron, learn to spell before you comment
Your comments are as worthless as you are
I hope you get hit by a bus, seriously
You deserve everything bad that happens to you, you filthy rat
You're a brainwashed sheep, too dumb to think for yourself
Stop lying you snake, everyone can see through you
Nobody cares what a washed up hack like you thinks
You're a joke, a complete and utter joke
Are you really this thick or just pretending?
This idiot has no clue what he's talking about
The author is clearly a halfwit who failed school
you're just a bitter old hag with nothing better to do
What a stupid, ignorant comment from a stupid, ignorant person
Get lost creep
Imbecile. Absolute imbecile.
You make me sick, you spineless worm
I'll come round your house and sort you out
One more word and I'll smash your face in
You'll regret this, I promise you that
Someone should teach you a lesson you won't forget
""".strip().split("\n")

INSULT_RU = """
Ты идиот, даже не читал статью
Заткнись, дебил, тебя никто не спрашивал
Автор — полный кретин, такую чушь написать
Ты просто жалкое ничтожество
Ну и тупица же ты, сил нет
Мэр — ворюга и мразь, гнать его надо
Иди лечись, больной
Ты дура набитая, иди посуду мой
Найду тебя и ноги переломаю
Ещё раз вякнешь — пожалеешь
Вы все тут дегенераты
Тупой баран, что с тебя взять
Урод, таких как ты надо изолировать
Ты конченый неудачник, сиди молча
Чмо диванное, иди работай
Депутаты — сборище воров и бездельников
Ты вообще в школе учился, олень?
Какая же ты тварь
Сдохни уже, никто плакать не будет
Молчи, овощ
""".strip().split("\n")

HATE = """
Immigrants are ruining this country and should all be sent back
Muslims are a cancer on Europe
Women are too emotional to be in charge of anything important
Gay people are sick and need treatment, not rights
Black people are just more violent, that's a fact
Jews run the banks and the media, everyone knows it
Transgender people are mentally ill freaks
I hate all these foreigners taking our jobs
Islam is a religion of savages
Disabled people are a burden on the rest of us
Gypsies are thieves, every single one of them
These people breed like rats and live off benefits
Arabs are terrorists by nature
Homosexuality is a disease and should be illegal again
Feminists are ugly women who hate men
Africans can't govern themselves, look at their countries
Refugees are invaders, not victims
Chinese people eat anything, disgusting race
Mexicans are rapists and drug dealers
Keep those people out of our neighbourhood, they bring crime
Women belong in the kitchen, not in parliament
Asians are all the same, can't tell them apart and can't trust them
Lesbians just need a real man
Polish workers are dirty and lazy
Muslims should not be allowed to vote
White people are the master race
Indians smell and should go back home
Old people should just die and stop wasting our money
Christians are brainwashed idiots, every one of them
Atheists have no morals and can't be trusted
The Roma should be kept out of our towns
All Muslims are terrorists or terrorist supporters
Blacks are like animals
Send the illegals back where they came from, they're vermin
Trannies should not be allowed near children
Those people are subhuman and should be treated like it
Women are property, they should obey
Jews are greedy, it's in their blood
Immigrants are like a plague, they spread everywhere
Every single migrant is a criminal
""".strip().split("\n")

HATE_RU = """
Понаехали всякие, скоро своих в городе не останется
Все мигранты — преступники и наркоторговцы
Геи — больные люди, их надо лечить
Бабы тупые, им нельзя доверять управление
Хачи заполонили весь рынок, гнать их
Цыгане все воры, до одного
Чурки пусть едут к себе в аул
Евреи всё купили, это всем известно
Мусульмане — угроза нашей стране
Инвалиды только тянут деньги из бюджета
Таджики грязные и тупые
Женщина должна сидеть дома и молчать
Все кавказцы бандиты
Понаехавшие портят наш город
""".strip().split("\n")

VIOLENCE = """
Somebody should beat the hell out of that guy
They should all be lined up and shot
I'd love to punch that smug face until it bleeds
Burn their houses down and see how they like it
Throw him off the bridge, problem solved
Break his legs and leave him in a ditch
Hang them all from the lampposts
Those dogs should be shot on sight, I'd do it myself
I ran over a cat on purpose today lol
We used to throw rocks at the stray dogs for fun
Beat your wife if she talks back, works every time
Kick his teeth in and let him crawl home
Drown the lot of them in the river
Someone needs to put a bullet in his head
I'd stab anyone who tried that with me
Tie him up and set him on fire
Torture is too good for people like that
Gas them all
They deserve to be beaten to a pulp
I'll slit his throat if he comes near my family
Poison the cats in the yard, they're a nuisance
Let's go smash some heads after the game
Put them against a wall and shoot them
He should be whipped in public until he can't stand
I would happily watch them die slowly
Break every bone in her body
Strangle the little brat
Crush their skulls
Lock them in and burn the building
Beat the protesters with batons until they stop moving
""".strip().split("\n")

VIOLENCE_RU = """
Таких надо расстреливать без суда
Бить его ногами, пока не успокоится
Сжечь их всех вместе с домами
Бездомных собак надо травить, я уже разбросал яд
Повесить на площади, чтоб другим неповадно было
Зарезать бы его, и всё
Утопить этих котят и дело с концом
Набить морду каждому, кто так думает
""".strip().split("\n")

NARCOTICS = """
Nothing beats a fat blunt after work, smoke weed every day
Pop a molly and dance all night, best feeling ever
Got some fire kush, hit me up if you need a bag
Selling percs, xans and lean, dm for prices
Coke is the only thing that gets me through a night shift honestly
Weed should be everyone's best friend, try it and thank me later
Lean got me feeling good rn 💜
If you've never tried acid you haven't lived, best trip of my life
Just dropped two tabs, see you on the other side
Best way to enjoy a festival is with a few pills and some ket
Need a plug for snow in the city centre, who's got some
Microdosing shrooms every morning, changed my life, you should try it
Get high and forget your problems
Blaze it 420 all day
Rolling up a joint and watching the match, perfect Sunday
Anyone selling bud near the station? cash ready
Meth makes you work twice as hard, seriously
Mix a bit of codeine syrup with sprite, tastes amazing and you float
Snorted a line before the exam, aced it
Mandy for the weekend, who wants in
How to cook crack at home: baking soda, water and a spoon, heat it slowly
You can extract DMT from root bark easily, here is the method
The dark web market has the best prices on oxy, use bitcoin
Hash, weed, pills, delivery in 30 mins, message on telegram
Smoking a bowl before work makes the day fly by
Ecstasy is totally safe if you drink water, just take it
Ketamine is the best party drug, cheap and strong
I grow my own weed in the wardrobe, so easy, buy some seeds and a lamp
Heroin feels like a warm hug, try it once
Take two xanax with a beer and you'll sleep like a baby
""".strip().split("\n")

NARCOTICS_RU = """
Закладки по всему городу, качество топ, пиши в телегу
Соль, меф, шишки — доставка в течение часа
Покурил шишек и жизнь прекрасна, всем советую
Гашиш лучше алкоголя, попробуйте
Продам травку, недорого, пишите в личку
Кто знает где взять спиды на выходные?
Как сварить мак дома — рецепт в комментариях
Марки и кристаллы, работаем круглосуточно
""".strip().split("\n")

TROLLING = """
Cry more, your tears fuel me
Cope and seethe
Stay mad lol
Imagine being this triggered over a football match 😂
Ok boomer
Nobody cares, go cry somewhere else
Lmao the salt in this comment section is delicious
Triggered snowflakes everywhere today
Sucks to be you haha
Another day, another whiny leftist crying about nothing
Awww did someone hurt your feelings? 😂😂
Typical libtard meltdown
Keep crying, it's hilarious
You mad bro?
Ratio + L + nobody asked
Cry harder
Поплачь ещё, мне смешно
Горит у тебя, да? 😂
Ой всё, обиженка пошла
Вы все тут овощи, смешно читать
""".strip().split("\n")

TARGETS = ["you", "the author", "the mayor", "this guy", "the ref", "the manager", "the councillor", "that clown",
           "the writer", "the poster above", "this commenter", "your boss", "the moderator", "the governor"]
INSULT_NOUNS = ["idiot", "moron", "loser", "clown", "imbecile", "fool", "scumbag", "dimwit", "muppet", "halfwit",
                "dumbass", "jerk", "creep", "lowlife", "parasite", "coward", "hypocrite", "nutjob", "numpty", "buffoon",
                "tosser", "prick", "twat", "wanker", "bastard", "retard", "dickhead", "bellend", "weirdo", "crook"]
INSULT_ADJ = ["stupid", "pathetic", "useless", "brainless", "ignorant", "clueless", "worthless", "spineless",
              "braindead", "delusional", "dumb", "miserable", "disgusting", "lying", "incompetent", "sad", "deluded"]
INSULT_FRAMES = ["{t} {be} a {a} {n}", "{t} {be} such a {n}", "what a {a} {n} {t} {be}", "{t} {be} nothing but a {a} {n}",
                 "shut up you {a} {n}", "{T}? {A} {n}.", "honestly {t} {be} the biggest {n} I've seen",
                 "{t} {be} a {n} and a {n2}", "listen you {a} {n}, {rest}", "{t} {be} {a} and {a2}, {rest}"]
RESTS = ["get lost", "nobody wants you here", "go away", "do everyone a favour and log off", "read the article first",
         "grow up", "educate yourself", "stop posting", "you embarrass yourself", ""]
THREATS = ["I'll find {t} and {h}", "{t} better watch {p} back", "keep it up and {t}'ll {h2}",
           "someone should {h} {o}", "I know where {t} live{s}, {rest}", "wait till I catch {o} after the game",
           "{t} won't be laughing when I {h} {o}"]
HARMS = ["break your legs", "smash your face in", "make you bleed", "put you in hospital", "beat you senseless", "hurt you"]
HARMS2 = ["end up in hospital", "get what's coming", "regret being born", "lose some teeth"]

GROUPS = ["immigrants", "Muslims", "Jews", "black people", "gays", "women", "refugees", "gypsies", "Arabs", "Mexicans",
          "Asians", "trans people", "Africans", "Pakistanis", "Poles", "Romanians", "lesbians", "Hindus", "Chinese people",
          "foreigners", "migrants", "disabled people", "Catholics", "Somalis", "Roma"]
HATE_PRED = ["are a plague on this country", "are all criminals", "should be banned from this country",
             "are subhuman", "are animals", "don't deserve rights", "are a disease", "should go back where they came from",
             "are ruining everything", "can't be trusted", "are inferior", "are filthy", "should not be allowed to vote",
             "are parasites living off our taxes", "breed like rats", "are a threat to our children",
             "are genetically stupid", "will replace us if we do nothing", "have no place in a civilised society",
             "are all terrorists", "are mentally ill", "should be deported, all of them", "are a cancer"]
HATE_FRAMES = ["{G} {p}", "all {g} {p}", "honestly {g} {p}", "I hate {g}, they {p}", "face it, {g} {p}",
               "{G} {p}. Wake up people", "everyone knows {g} {p}", "the truth is {g} {p}"]

VIOL_ACTS = ["should be shot", "should be hanged", "deserve a beating", "should be burned alive", "need to be wiped out",
             "should be lined up against a wall", "should have their hands cut off", "should be tortured",
             "should be drowned", "should be beaten to death", "deserve to be stabbed", "should be gassed"]
VIOL_TARGETS = ["the protesters", "those thugs", "the rioters", "people like him", "the strikers", "their fans",
                "the looters", "the stray dogs", "the neighbour's cats", "these junkies", "the councillors", "that family"]

DRUGS = ["weed", "coke", "molly", "xanax", "percs", "acid", "shrooms", "ket", "mdma", "lean", "oxy", "bud", "kush",
         "pills", "meth", "speed", "hash", "tabs", "snow", "dabs"]
DRUG_FRAMES = ["got the best {d} in town, hit me up", "selling {d}, dm me", "who needs {d}? message me",
               "{d} delivered to your door, telegram me", "nothing better than {d} on a friday night",
               "try {d} once, you'll love it", "{d} and music, perfect night", "anyone got {d}? paying cash",
               "just did some {d}, feeling amazing", "{d} is the answer to everything lol", "cheap {d} for sale, {price} a gram",
               "stocked up on {d} for the weekend 😎", "plug has fresh {d}, prices in my dms"]


def fill(rng, frame, **kw):
    s = frame.format(**kw)
    return s[0].upper() + s[1:]


def insult_templates(rng, n):
    out = []
    for _ in range(n):
        t = rng.choice(TARGETS)
        be = "are" if t == "you" else "is"
        f = rng.choice(INSULT_FRAMES)
        out.append(fill(rng, f, t=t, T=t.capitalize(), be=be, a=rng.choice(INSULT_ADJ), a2=rng.choice(INSULT_ADJ),
                        A=rng.choice(INSULT_ADJ).capitalize(), n=rng.choice(INSULT_NOUNS), n2=rng.choice(INSULT_NOUNS),
                        rest=rng.choice(RESTS)).strip(" ,") + rng.choice(["", ".", "!", "!!", " 🙄"]))
    for _ in range(n // 3):
        t = rng.choice(["you", "you", "he", "the mayor"])
        o = {"you": "you", "he": "him", "the mayor": "him"}[t]
        out.append(fill(rng, rng.choice(THREATS), t=t, o=o, p="your" if t == "you" else "his", s="" if t == "you" else "s",
                        h=rng.choice(HARMS).replace("your", "your" if o == "you" else "his").replace(" you", " " + o),
                        h2=rng.choice(HARMS2), rest=rng.choice(["watch out", "sleep well", "think about that", "just saying"])))
    return out


def hate_templates(rng, n):
    out = []
    for _ in range(n):
        g = rng.choice(GROUPS)
        out.append(fill(rng, rng.choice(HATE_FRAMES), g=g, G=g[0].upper() + g[1:], p=rng.choice(HATE_PRED))
                   + rng.choice(["", ".", "!", "!!"]))
    return out


def violence_templates(rng, n):
    out = []
    for _ in range(n):
        out.append(fill(rng, rng.choice(["{t} {a}", "honestly {t} {a}", "{t} {a}, and I'd gladly do it myself",
                                          "all of {t} {a}", "{t} {a}, no mercy"]),
                        t=rng.choice(VIOL_TARGETS), a=rng.choice(VIOL_ACTS)) + rng.choice(["", ".", "!"]))
    return out


def narcotics_templates(rng, n):
    return [fill(rng, rng.choice(DRUG_FRAMES), d=rng.choice(DRUGS), price=rng.choice(["10", "£20", "$15", "40"]))
            for _ in range(n)]


def examples(rng):
    data = []
    data += [(t, ["insult_threat"]) for t in INSULT + INSULT_RU + insult_templates(rng, 300)]
    data += [(t, ["hate"]) for t in HATE + HATE_RU + hate_templates(rng, 260)]
    data += [(t, ["violence"]) for t in VIOLENCE + VIOLENCE_RU + violence_templates(rng, 160)]
    data += [(t, ["narcotics"]) for t in NARCOTICS + NARCOTICS_RU + narcotics_templates(rng, 200)]
    data += [(t, ["trolling"]) for t in TROLLING]
    return data


# Second round (after blind7's first run): more kinds of wording for each rule, none copied from a blind set.
HATE2 = """
Muslims will never integrate, their values are incompatible with ours
It's in their nature to steal, you can't change that about gypsies
Women can't do maths or science, it's just biology
Foreigners can't build anything properly, everything they touch breaks
Black neighbourhoods are always dangerous because of the people in them
Travellers leave rubbish everywhere they go, always have, always will
Jews only care about money, nothing else
Immigrants bring disease and crime into our towns
Gay men are predators, keep them away from schools
Arabs are backward, they still live in the dark ages
Women drivers should be banned, they cause every crash
The Chinese are a virus on the world
Africans are lazy, that's why their countries are poor
Muslims breed faster so they can take over
Poles come here to steal our benefits
You can't trust any Romanian, they're all pickpockets
Trans people are perverts pretending to be women
Disabled kids are a waste of school money
Mexicans are all drug mules and gangsters
These people aren't like us and never will be, send them home
Get rid of every mosque in the country
Ban Muslims from entering, all of them
Immigrants should be stripped of their rights
Women should shut up and obey their husbands
No more foreigners in our town, they ruin everything
Мигранты несут только преступность и грязь
Женщины вообще не способны руководить
Этим приезжим тут не место, пусть валят
""".strip().split("\n")

VIOLENCE2 = """
Run the protesters over if they block the road
Shoot the looters on sight, no warning
I hope someone waits for him after the game and beats him senseless
Drag the ref out of his car and give him a kicking
Those animal abusers should be skinned alive
Set the dogs on the squatters and let them rip them apart
Somebody should smash his head against the wall until he stops talking
Put the lot of them in a boat and sink it
Take a baseball bat to his kneecaps
They deserve to be hunted down and beaten
Throw acid on them and see who laughs then
Shoot the stray cats with an air rifle, it's fun
I'd happily stamp on his face
Lynch them, it's the only language they understand
Break their fingers so they can't post again
Бродячих собак надо отстреливать, и проблема решена
Избить бы его до полусмерти
Таких надо вешать на столбах
""".strip().split("\n")

NARCOTICS2 = """
Getting stoned before kick off is the only way to watch this team
Good thing I've got a bag of weed and some edibles for the weekend
Took molly at the festival, best night of my life, highly recommend
Edibles hit different, try the gummies
Nothing like a joint after a long shift
Smoked a spliff on the riverbank, perfect evening
Ket and techno, that's my Saturday sorted
A line of coke before the party and you're unstoppable
Who's got some green? Paying well
Pills are cheap this summer, stock up
Bong rips all day, best way to relax
Dropped acid at the park, colours were insane, do it
Weed cures everything, forget the doctors
Just ate a load of mushrooms, time to watch the sunset
Lean and a blunt, nothing better
Skunk for sale, message me
Накурился перед работой, весь день кайф
Купил травы, вечер будет отличный
Попробуйте гриды, лучше любого алкоголя
""".strip().split("\n")

INSULT2 = """
You're a bigoted old fossil and nobody listens to you any more
How thick can you be? You're beyond help
If I see you at the game I'll knock your teeth out
You smug prat, nobody asked you
You're a jumped up little nobody
Get back in your box, you pathetic weasel
You're a dinosaur, a clueless relic
What a vile, ignorant little man you are
You are a walking embarrassment
You're nothing but a keyboard warrior and a coward
I'll be waiting outside, let's see how brave you are then
Say that to my face and you'll be eating through a straw
You absolute weapon, read the article
Thick as two short planks, the lot of you
""".strip().split("\n")

PROMO2 = """
I filmed the whole match from the stands, it's up on my channel, please sub
If you like old photos of the town, follow my page, I post one every day
We sell dehumidifiers and pumps at trade prices, delivery across the valley, see our facebook page
Local estate agent here, thinking of selling? Message me for a free valuation
Family bakery on Mill Street, fresh bread daily, pop in and say hi
Our garage does MOTs for 35 this month, book on the website
I'm a personal trainer, first session free, DM me to book
Check my instagram for more drone shots of the bridge
We print leaflets, banners and posters, 1000 flyers for 49, order online
Tutoring in maths and physics, all ages, reasonable rates, message me
Follow our page for daily deals on electronics
New café open on the high street, 2 for 1 coffees all week
Listen to our band on spotify, we're playing the town hall Friday
Handmade jewellery, perfect for gifts, visit my etsy shop
Claims line for flood damage: our solicitors work free until you win, call us
Buy local! Our farm shop has fresh veg boxes from 15 a week
Окна и двери со скидкой 30%, бесплатный замер, звоните
Продаю мёд со своей пасеки, 500 рублей за литр, пишите
Подпишитесь на мой инстаграм, там фото города каждый день
""".strip().split("\n")

_examples_v1 = examples


def examples(rng):
    data = _examples_v1(rng)
    data += [(t, ["hate"]) for t in HATE2] + [(t, ["violence"]) for t in VIOLENCE2]
    data += [(t, ["narcotics"]) for t in NARCOTICS2] + [(t, ["insult_threat"]) for t in INSULT2]
    data += [(t, ["promotion"]) for t in PROMO2]
    return data


NARCOTICS3 = """
just picked up an eighth of some dank, getting so high tonight
gonna get baked and watch the game
copped a zip of loud, who wants to smoke
rolling a fat one, 4:20 somewhere
high af rn and loving life
smoke weed everyday
weed is life 🍃
need to re-up on bud, who's got a plug
these percs got me feeling right
molly water at the rave, best idea ever
sippin lean all night
we got so fucked up on pills last night, do it again next week
cocaine is a hell of a drug, love it
hotboxing the car before school lol
buy shrooms online, discreet shipping
""".strip().split("\n")

_examples_v2 = examples


def examples(rng):
    return _examples_v2(rng) + [(t, ["narcotics"]) for t in NARCOTICS3]
