#!/usr/bin/env python3
"""Writes the labelled development set for the Standards engine (stdlib only).

Every comment and article here was written for this project and is released under CC0; no third-party text is
copied. Cases cover every rule with positives, negatives and near misses (words that look like a violation but are
not), in English plus Russian, Spanish, German, French and others. Labels follow COMMUNITY-STANDARDS.md, not the
engine: a comment's labels are the rules a careful moderator would say it breaks.

Output (beside this script): articles.jsonl, comments_en.jsonl (English edition), comments_ru.jsonl (Russian
edition). Each comment line carries its gold `labels` and a `note` on what it tests; the check command ignores both.
"""
import json, os, datetime

HERE = os.path.dirname(os.path.abspath(__file__))

ARTICLES = [
    {"id": "bridge", "title": "Council approves new river bridge despite budget worries",
     "text": "The city council voted on Tuesday to build a second bridge across the river, a project estimated at 240 million. "
             "Supporters say the bridge will cut traffic in the old town and shorten commutes for thousands of residents. "
             "Opponents on the council warned that the budget for schools and libraries will be squeezed for years, and asked "
             "why the cheaper option of a new ferry line was dropped. The mayor said construction should start next spring and "
             "that federal grants would cover a third of the cost. Local shop owners near the planned bridge site fear two years "
             "of noise and closed roads. An independent audit of the transport budget is due in March."},
    {"id": "flood", "title": "Flooding forces hundreds from their homes in the valley",
     "text": "Heavy rain over the weekend caused the river to burst its banks, flooding streets and farms across the valley. "
             "Emergency services evacuated more than 600 people, and schools were closed on Monday. Farmers say the harvest is "
             "lost in many fields. Scientists link the stronger storms to climate change and warn that flood defences built in "
             "the 1970s are no longer enough. The regional government promised emergency payments to families and businesses "
             "and said it would review the insurance rules. Volunteers have been filling sandbags and delivering food and water "
             "to elderly residents."},
    {"id": "match", "title": "United lose the derby after a late penalty",
     "text": "United lost the derby 2-1 on Saturday after a penalty in the last minute of the match. The home side had led "
             "at half time through a header from their young striker, but the visitors equalised after the break and won the "
             "game with a penalty awarded after a video review. The manager criticised the referee and the decision, saying "
             "the contact was minimal. Fans booed the team off the pitch. United now sit ninth in the league, eleven points "
             "behind the leaders, and face a cup game on Wednesday."},
    {"id": "election", "title": "Voters head to the polls in a close regional election",
     "text": "Voters in the region elect a new parliament on Sunday, with polls showing the two largest parties almost level. "
             "The campaign has focused on housing, healthcare waiting lists and taxes. The governing party promises to build "
             "twenty thousand homes and cut income tax; the opposition wants to hire more nurses and raise taxes on large "
             "companies. Turnout at the last election was low, and both parties have spent the final week trying to reach "
             "young voters. Results are expected late on Sunday night."},
    {"id": "most", "title": "Городской совет одобрил строительство нового моста",
     "text": "Городской совет во вторник проголосовал за строительство второго моста через реку стоимостью около 240 миллионов. "
             "Сторонники проекта говорят, что мост разгрузит движение в старом центре и сократит дорогу на работу для тысяч "
             "жителей. Противники предупреждают, что бюджет на школы и библиотеки будет урезан на годы, и спрашивают, почему "
             "отказались от более дешёвого варианта с новой паромной линией. Мэр заявил, что строительство начнётся весной, "
             "а федеральные гранты покроют треть расходов. Владельцы магазинов рядом с площадкой опасаются двух лет шума и "
             "перекрытых улиц."},
]

# (article, text, labels, note) — English edition. Labels are rule ids.
EN = [
    # ---- clean comments (including near misses) ----
    ("bridge", "Agreed.", [], "short reply"),
    ("bridge", "Thanks for the clear explanation of the costs.", [], ""),
    ("bridge", "240 million for a bridge when the schools are falling apart? The council has its priorities wrong.", [], ""),
    ("bridge", "I commute across the old bridge every day and the traffic is awful. A second crossing is long overdue.", [], ""),
    ("bridge", "The ferry option was cheaper and could have been running within a year. Why was it dropped without a public debate?", [], ""),
    ("bridge", "Federal grants covering a third still leaves the city paying 160 million. Where is that money coming from?", [], ""),
    ("bridge", "My shop is two streets from the site. Two years of closed roads could finish us off.", [], ""),
    ("bridge", "I'd like to see the independent audit before anyone signs a contract.", [], ""),
    ("bridge", "The NATO summit, the EU budget and now the USA trade talks: the council should not pretend it works in isolation.", [], "acronyms"),
    ("bridge", "Has anyone checked how the Scunthorpe bridge project went? Their costs doubled.", [], "Scunthorpe"),
    ("bridge", "Let me assess the numbers: 240m divided by 80,000 households is about 3,000 each.", [], "assess"),
    ("bridge", "The council documents are public at the city website, page 14 has the traffic study.", [], ""),
    ("bridge", "As a civil engineer I can tell you these projects always run over budget, usually by 20 to 40 percent.", [], ""),
    ("bridge", "Good news for cyclists if they include a proper bike lane. Do we know if they will?", [], ""),
    ("bridge", "I remember the dot com bubble; this feels like the same kind of optimism about growth.", [], "dot com era"),
    ("bridge", "The mayor said the same thing about the tram in 2015 and it opened in 2021.", [], ""),
    ("bridge", "Call your councillor if you care about this, the vote on the budget is not final.", [], "call without number"),
    ("bridge", "The report mentions 1,500,000 vehicles a year crossing the old bridge, which sounds low.", [], "big number"),
    ("bridge", "Quick question: will the bridge have a footpath on both sides?", [], ""),
    ("bridge", "I am so tired of hearing that there is no money for libraries while this gets approved in a week.", [], ""),
    ("bridge", "Build it. The old town has been choking on traffic for decades.", [], ""),
    ("bridge", "The cocktail bar on the corner will lose half its terrace to the works, the owner told me.", [], "cocktail"),
    ("bridge", "Honestly, the consultation was a joke, nobody from our street was asked.", [], "joke about consultation"),
    ("bridge", "You can read the full 300-page plan on the council site, it is surprisingly readable.", [], ""),
    ("bridge", "The class of 1999 at my school paid for the old footbridge with a bake sale. Times have changed.", [], "class"),
    ("bridge", "Why not both, the ferry now and the bridge later?", [], ""),
    ("bridge", "Sure, and who will pay for the maintenance in 30 years? Not the people voting today.", [], ""),
    ("bridge", "Construction noise is a real health issue, I hope they limit the working hours.", [], ""),
    ("bridge", "\"We will deliver on time and on budget\" said every mayor ever. I'll believe it when I see it.", [], "quote"),
    ("bridge", "Pass the budget, fix the schools, build the bridge. It's not rocket science.", [], ""),
    ("bridge", "The estimate of 240 million is for the structure only; land purchase and roads are extra according to the annex.", [], ""),
    ("bridge", "This is the first time I agree with the opposition on anything 😂", [], "emoji"),
    ("bridge", "Shocking how little coverage this got before the vote. Thank you for reporting it.", [], ""),
    ("flood", "Thoughts are with everyone in the valley. Stay safe.", [], ""),
    ("flood", "The flood defences were built for a climate that no longer exists. We need to invest now.", [], ""),
    ("flood", "My parents were evacuated on Sunday night. The volunteers were amazing, they brought food and blankets.", [], ""),
    ("flood", "Insurance companies will find a way not to pay, they always do.", [], ""),
    ("flood", "Farmers lose the harvest and the government promises 'emergency payments' that arrive a year later.", [], ""),
    ("flood", "If you want to help, the Red Cross is collecting donations at the town hall.", [], ""),
    ("flood", "Climate change is real and these storms are proof. How many more floods before we act?", [], ""),
    ("flood", "Building houses on the flood plain was always a terrible idea, and the planners knew it.", [], ""),
    ("flood", "The river reached 4.2 metres on Sunday, the highest since 1968 according to the gauge.", [], "decimal number"),
    ("flood", "Sandbags are available at the fire station on Mill Road until 8 pm tonight.", [], "road without address"),
    ("flood", "My dog was terrified of the water, we had to carry him out through the kitchen window.", [], "dog, not cruelty"),
    ("flood", "The damage to the old bridge looks serious, I hope the engineers check it before it reopens.", [], ""),
    ("flood", "Drowned fields, dead livestock and no help for a week. The region deserves better.", [], "violence-like words"),
    ("flood", "We were told to boil water for three days. Does anyone know if that still applies?", [], ""),
    ("flood", "Good on the volunteers. Humanity at its best.", [], ""),
    ("flood", "This killed the harvest for a second year in a row; some farms will not survive it.", [], "killed"),
    ("flood", "The insurance rules need a complete review, not just a 'look'.", [], ""),
    ("flood", "The schools reopened today, at least in the north of the valley.", [], ""),
    ("flood", "Global warming deniers are very quiet this week.", [], ""),
    ("flood", "I saw a man carrying his neighbour's cat through waist-deep water. Heroes everywhere.", [], "cat rescue"),
    ("match", "What a frustrating game. We were the better side for an hour.", [], ""),
    ("match", "That penalty was never a penalty. The VAR review took four minutes and still got it wrong.", [], ""),
    ("match", "Ninth in the league with this squad is a disaster. The manager has to go.", [], ""),
    ("match", "The young striker was the only bright spot, what a header!", [], ""),
    ("match", "Football is not a matter of life and death, it is more important than that. Still hurts.", [], ""),
    ("match", "The referee had a shocking game but we can't blame him for the second half.", [], ""),
    ("match", "Booing your own players never helps. Support them or stay home.", [], ""),
    ("match", "We destroyed them in the first half and then just stopped playing.", [], "destroyed"),
    ("match", "Eleven points behind with this fixture list? We can still finish in the top four.", [], ""),
    ("match", "The cup game on Wednesday is a chance to reset. Rotate the squad.", [], ""),
    ("match", "GOAL!", [], "short caps"),
    ("match", "LOL what a game", [], "short caps"),
    ("match", "Kill the game off when you're 1-0 up, that's the lesson. Every good team does it.", [], "kill the game"),
    ("match", "Their keeper was unbelievable, three world-class saves.", [], ""),
    ("match", "I've been going to the stadium for 40 years and I have never seen the fans so angry.", [], ""),
    ("match", "The shooting practice must be terrible, we had 18 shots and scored once.", [], "shots"),
    ("match", "Stupid decision by the ref, but our defending was even worse.", [], "stupid decision"),
    ("match", "Ha, the manager's post-match interview was a masterclass in blaming others.", [], ""),
    ("election", "I will vote for whoever builds more homes. Rent is eating half my salary.", [], ""),
    ("election", "Both parties promise the world every four years and deliver nothing.", [], ""),
    ("election", "More nurses please. My mother waited nine months for a hip operation.", [], ""),
    ("election", "Cutting income tax while waiting lists grow is madness.", [], ""),
    ("election", "Turnout will be low again, young people don't believe voting changes anything.", [], ""),
    ("election", "I work from home now and the housing plan does nothing for people outside the cities.", [], "work from home"),
    ("election", "The polls were wrong last time by five points. Don't trust them.", [], ""),
    ("election", "Taxing large companies sounds good until they move their headquarters abroad.", [], ""),
    ("election", "My friend makes less than the minimum wage as a carer. That's the real issue in this election.", [], "friend makes"),
    ("election", "Teachers earn 30,000 a year here, less than in any neighbouring region.", [], "earn amount"),
    ("election", "Which party has a plan for public transport? Neither manifesto says much.", [], ""),
    ("election", "Results expected late Sunday, I'll be up all night again.", [], ""),
    ("election", "Twenty thousand homes over five years is not ambitious, it's the bare minimum.", [], ""),
    ("election", "Read both manifestos before you vote, they are shorter than you think.", [], ""),
    ("election", "The debate last night was a shouting match. Neither leader answered a single question.", [], ""),
    ("election", "Healthcare, housing, taxes. Same three issues for thirty years.", [], ""),
    ("election", "The governing party's record on housing speaks for itself: prices doubled.", [], ""),
    ("election", "Voting by post is easy, you can still register until Thursday.", [], ""),
    ("election", "I'm a nurse and I'd vote for anyone who fixes the staffing crisis, honestly.", [], ""),
    ("election", "Salut tout le monde!", [], "short foreign greeting"),
    ("election", "Gracias for the coverage, very helpful.", [], "short foreign word"),
    ("election", "The slogan 'Liberté, égalité, fraternité' would look good on both manifestos.", [], "foreign quote"),
    ("election", "Does anyone know which party wants to abolish the property tax? I can't find it.", [], ""),
    ("election", "Free school meals for every child would be a cheap way to help families.", [], "free"),
    ("election", "Here is the official list of polling stations: https://elections.gov.example/stations", ["commercial_links"], "link"),
    # ---- off_topic ----
    ("match", "Does anyone have a good recipe for sourdough bread? Mine keeps collapsing in the oven after the second rise and I have tried three different flours.", ["off_topic"], ""),
    ("election", "My cat refuses to eat the new dry food we bought and keeps scratching the sofa every morning, any advice from other owners would be welcome.", ["off_topic"], ""),
    ("flood", "Looking forward to the new season of my favourite cooking programme, the chef from Lyon is brilliant and her desserts look incredible.", ["off_topic"], ""),
    ("match", "The new smartphone camera is incredible, battery lasts two days, screen is bright, definitely worth the upgrade from my old model.", ["off_topic"], ""),
    # ---- hate ----
    ("election", "Immigrants are parasites who should be deported, every last one of them.", ["hate"], ""),
    ("flood", "Muslims are animals and this country would be better without them.", ["hate"], ""),
    ("election", "Go back to your own country, nobody wants you here.", ["hate"], ""),
    ("election", "Women belong in the kitchen, not in parliament.", ["hate"], ""),
    ("match", "Their striker is a filthy gypsy, the fans were right to chant it.", ["hate"], ""),
    ("election", "Gays are a disease on this society.", ["hate"], ""),
    ("election", "The Jews control the media and the banks, wake up people.", ["hate"], ""),
    ("bridge", "These migrants are vermin and they breed like rats.", ["hate"], ""),
    # ---- extremism ----
    ("election", "Sieg heil! Only the white race can save this country.", ["extremism"], ""),
    ("election", "If they win we should storm the parliament and hang the traitors.", ["extremism"], ""),
    ("election", "Join the jihad, brothers, the caliphate needs you.", ["extremism"], ""),
    ("flood", "Death to the government, burn down their offices tonight.", ["extremism"], ""),
    ("election", "Time to take up arms, voting never changed anything.", ["extremism"], ""),
    ("bridge", "Here is how to make a pipe bomb, we can use it on the site opening day.", ["extremism"], ""),
    # ---- minors ----
    ("election", "That schoolgirl in the campaign ad is so sexy, 14 year olds are fair game.", ["minors"], ""),
    ("flood", "Anyone trading child porn links, message me.", ["minors"], ""),
    ("election", "The age of consent should be lowered to 12, kids can decide for themselves.", ["minors"], ""),
    ("match", "Beat your kids until they bleed, that's how you raise real men.", ["minors"], ""),
    # ---- insult_threat ----
    ("match", "You are an idiot if you think that was a penalty.", ["insult_threat"], ""),
    ("election", "Only a complete moron would vote for that party.", ["insult_threat"], ""),
    ("bridge", "The mayor is a lying scumbag and everyone knows it.", ["insult_threat"], ""),
    ("election", "I know where you live, keep writing and see what happens.", ["insult_threat"], ""),
    ("match", "I hope the referee gets cancer and dies.", ["insult_threat"], ""),
    ("match", "The referee should be shot for that decision.", ["insult_threat"], ""),
    ("election", "You're a pathetic little troll with nothing to say.", ["insult_threat"], ""),
    ("bridge", "I'll punch you in the face if I see you at the next council meeting.", ["insult_threat"], ""),
    ("flood", "What a stupid woman, the minister has no clue about anything.", ["insult_threat"], ""),
    ("election", "The candidate is a brainless clown and so are his voters.", ["insult_threat"], ""),
    # ---- disrespect_outlet ----
    ("election", "Newsdesk is a propaganda rag, nobody should read this garbage.", ["disrespect_outlet"], ""),
    ("bridge", "This site is a joke, the journalists here are clowns.", ["disrespect_outlet"], ""),
    ("flood", "What a rag. Cancelled my subscription today.", ["disrespect_outlet"], ""),
    ("match", "Your paper is trash and your sports reporters know nothing about football.", ["disrespect_outlet"], ""),
    ("election", "Presstitutes, all of you. Newsdesk just prints whatever the government says.", ["disrespect_outlet"], ""),
    # ---- personal_data ----
    ("bridge", "If you want to complain, the planner's private number is 555-867-5309, call him at home.", ["personal_data"], ""),
    ("election", "Her email is anna.kovacs@mailbox.example, tell her what you think of her vote.", ["personal_data"], ""),
    ("bridge", "The mayor lives at 42 Elm Street, apartment 3, go and protest there.", ["personal_data"], ""),
    ("flood", "Send money for the victims to my friend's card 4539 1488 0343 6467, he will pass it on.", ["personal_data"], ""),
    ("flood", "Donate directly: IBAN DE89 3704 0044 0532 0130 00, account of the farmer who lost everything.", ["personal_data"], ""),
    ("match", "The referee's phone is +44 7911 123456, let him know how you feel.", ["personal_data"], ""),
    ("election", "His passport number is 533380006, I saw it on the form.", ["personal_data"], ""),
    ("election", "Contact the candidate's wife on (212) 555-0187, she answers every evening.", ["personal_data"], ""),
    # ---- violence ----
    ("flood", "My neighbour and I drowned the stray kittens in a bucket, too many of them anyway.", ["violence"], ""),
    ("bridge", "We should poison all the stray dogs near the building site, problem solved.", ["violence"], ""),
    ("match", "Their fans deserved it, our lads beat one of them to a pulp after the match, blood everywhere.", ["violence"], ""),
    ("election", "I'd love to smash his skull in and watch him bleed.", ["violence", "insult_threat"], ""),
    ("flood", "I kicked the neighbour's dog until it stopped whining.", ["violence"], ""),
    # ---- suicide ----
    ("match", "The manager should just kill himself after that performance. Actually, go kill yourself, coach.", ["suicide"], ""),
    ("election", "Do the world a favour and die, you and your voters.", ["suicide"], ""),
    ("flood", "If you lost everything, the easiest way to end your life is pills, I can tell you which ones.", ["suicide"], ""),
    ("match", "kys referee", ["suicide"], ""),
    # ---- commercial_links ----
    ("election", "Full analysis on my blog: https://myblog.example.net/election-analysis", ["commercial_links"], ""),
    ("bridge", "Cheaper bridges are built elsewhere, see www.bridgefacts.org for the data.", ["commercial_links"], ""),
    ("flood", "Photos of the flood here: floodphotos dot com", ["commercial_links"], "obfuscated"),
    ("match", "Watch the penalty again at sportsclips.tv/derby-penalty", ["commercial_links"], "bare domain"),
    # ---- promotion ----
    ("flood", "Water damage? Our company offers fast drying and repairs, best prices in the valley. Call us today for a free quote.", ["promotion"], ""),
    ("match", "Check out my YouTube channel for match analysis every week! Subscribe and share.", ["promotion"], ""),
    ("election", "Follow me on Instagram for daily political memes, link in bio.", ["promotion"], ""),
    ("bridge", "Use promo code BRIDGE20 for 20% off at our cafe during construction!", ["promotion"], ""),
    # ---- profanity ----
    ("match", "What a fucking joke of a penalty.", ["profanity"], ""),
    ("match", "This team is shit and the manager is worse.", ["profanity"], ""),
    ("bridge", "240 million? Are they f*cking serious?", ["profanity"], "masked"),
    ("election", "Bullsh1t promises from both sides as usual.", ["profanity"], "leet"),
    ("flood", "The insurance companies are a bunch of c.u.n.t.s", ["profanity"], "separators"),
    ("match", "Fuuuuck this referee", ["profanity"], "stretched"),
    ("election", "What a load of s**t.", ["profanity"], "masked"),
    ("match", "The keeper was a total asshole to the fans after the match.", ["profanity", "insult_threat"], ""),
    ("election", "Oh for fuck's sake, another tax promise.", ["profanity"], ""),
    ("match", "Mierda de partido, el árbitro es un cabrón.", ["profanity", "foreign_language"], "spanish"),
    ("bridge", "What a piece of shit plan, honestly.", ["profanity"], ""),
    # ---- spam ----
    ("election", "My aunt earns $7,500 a month working from home on her laptop, no experience needed. Check this site: cashdaily.example.com", ["spam", "commercial_links"], ""),
    ("flood", "Lost your savings? I made $4,000 a week with this bitcoin trading platform, guaranteed profits, contact Mr. Evans on WhatsApp +1 202 555 0143.", ["spam"], ""),
    ("match", "Earn up to $350 per day from home!!! Limited spots available, register now at easy-earnings.example.biz", ["spam", "commercial_links"], ""),
    ("bridge", "Bulk email service: send 1 million emails per day to your customers, email databases for sale, cheapest prices.", ["spam"], ""),
    ("election", "Thanks to the spell caster Dr. Ade who brought back my ex husband in 48 hours, contact him now.", ["spam"], ""),
    # ---- malware_links ----
    ("match", "Watch the match free, download the player here: http://freestream.example.ru/player_setup.exe", ["malware_links", "commercial_links"], ""),
    ("election", "Free download of the full election software crack + keygen: https://mega.nz/file/8dKs9#aA", ["malware_links", "commercial_links"], ""),
    ("flood", "Flood map app, install the apk from http://203.0.113.7/floodmap.apk", ["malware_links", "commercial_links"], ""),
    # ---- caps ----
    ("election", "THIS ELECTION IS RIGGED AND EVERYONE KNOWS IT, WAKE UP PEOPLE!!!", ["caps"], ""),
    ("match", "SACK THE MANAGER NOW, WE HAVE HAD ENOUGH OF THIS RUBBISH", ["caps"], ""),
    ("bridge", "WHY DOES NOBODY ASK WHERE THE MONEY FOR SCHOOLS WILL COME FROM? DISGRACEFUL.", ["caps"], ""),
    ("flood", "HELP IS NEEDED IN THE NORTH OF THE VALLEY, NOBODY HAS COME TO OUR STREET YET", ["caps"], ""),
    # ---- no_sentences ----
    ("bridge", "i dont understand why they keep building bridges when the schools have no money and the roads are full of holes and the buses never come on time and the mayor just smiles for the cameras and nobody asks him anything and then they wonder why nobody votes and the council keeps raising taxes every year and we get nothing back for it", ["no_sentences"], ""),
    ("election", "both parties are the same they promise homes and nurses and lower taxes every time and then after the election nothing happens and we wait another four years and the prices go up and the wages stay the same and the young people leave the region for the cities and nobody in the government cares about it at all honestly", ["no_sentences"], ""),
    ("flood", "we lost everything in the flood the house the car the garden my fathers tools all of it gone and the insurance says we are not covered because the river is not a flood zone on their old maps which is a lie because it floods every ten years and everybody knows it here", ["no_sentences"], ""),
    # ---- foreign_language ----
    ("election", "Este gobierno no ha hecho nada por la vivienda y los jóvenes no pueden pagar el alquiler.", ["foreign_language"], "es"),
    ("flood", "Die Regierung hat viel zu spät reagiert, viele Familien haben alles verloren.", ["foreign_language"], "de"),
    ("bridge", "Ce pont va coûter beaucoup trop cher et les écoles vont encore payer le prix.", ["foreign_language"], "fr"),
    ("match", "Che partita terribile, l'arbitro ha rovinato tutto con quel rigore.", ["foreign_language"], "it"),
    ("election", "Os dois partidos prometem casas todos os anos e nunca constroem nada.", ["foreign_language"], "pt"),
    ("flood", "Rząd powinien natychmiast pomóc rolnikom, którzy stracili całe zbiory.", ["foreign_language"], "pl"),
    ("bridge", "Этот мост никому не нужен, лучше бы отремонтировали старые дороги и школы.", ["foreign_language"], "ru"),
    ("election", "Обидві партії обіцяють житло, але нічого не будують вже багато років.", ["foreign_language"], "uk"),
    ("flood", "الفيضانات دمرت المنازل والمزارع والحكومة لم تفعل شيئا للمتضررين حتى الآن", ["foreign_language"], "ar"),
    ("match", "这场比赛太令人失望了，裁判的判罚完全不公平，球迷们都很生气。", ["foreign_language"], "zh"),
    ("election", "Beide partijen beloven al jaren nieuwe woningen maar er gebeurt helemaal niets.", ["foreign_language"], "nl"),
]

# Sequences with timing: flood (one author, many messages) and flash mobs (many accounts, one text).
FLOOD_EN = [
    ("match", "ref is blind", [], 0),
    ("match", "blind blind blind", [], 40),
    ("match", "lol", ["flood"], 70),
    ("match", "lol", ["flood"], 90),
    ("match", "asdfgh", ["flood"], 110),
    ("match", "BLIND", ["flood"], 130),
    ("match", "ref is blind", ["flood"], 150),
]
FLASH_EN = [
    ("election", "Vote NO on Sunday! The governing party lied about housing and they will lie again!", 0),
    ("election", "Vote no on Sunday!! The governing party lied about housing and they will lie again", 60),
    ("election", "VOTE NO ON SUNDAY. the governing party lied about housing and they will lie again 🗳️", 130),
    ("election", "Vote NO on Sunday! The governing party lied about housing & they'll lie again!", 200),
]

RU = [
    ("most", "Согласен.", [], "short"),
    ("most", "Мост нужен, в центре невозможно проехать в час пик.", [], ""),
    ("most", "240 миллионов на мост, а в школах течёт крыша. Странные приоритеты у совета.", [], ""),
    ("most", "Паром был бы дешевле и быстрее, почему этот вариант даже не обсуждали?", [], ""),
    ("most", "Я работаю рядом со стройкой, два года шума — это серьёзно.", [], ""),
    ("most", "Интересно, кто будет платить за обслуживание моста через двадцать лет.", [], ""),
    ("most", "Спасибо за статью, в других СМИ об этом почти не писали.", [], ""),
    ("most", "Мэр обещал то же самое про трамвай, и его строили шесть лет.", [], ""),
    ("most", "Хорошо бы сделать нормальную велодорожку на новом мосту.", [], ""),
    ("most", "Оскорблять друг друга в комментариях не нужно, давайте обсуждать проект.", [], "оскорблять"),
    ("most", "Город потребляет всё больше бюджета на транспорт, а результата нет.", [], "потребляет"),
    ("most", "Себастьян из нашего двора говорит, что мост построят не раньше чем через пять лет.", [], "Себастьян"),
    ("most", "Федеральные гранты покроют только треть, остальное заплатим мы с вами.", [], ""),
    ("most", "NATO, ЕС и США тут ни при чём, это чисто городской вопрос.", [], "acronyms"),
    ("most", "Подробности есть в отчёте на сайте мэрии, страница 12.", [], ""),
    ("most", "Владельцы магазинов правы, перекрытые улицы убьют малый бизнес.", [], "убьют"),
    # positives
    ("most", "Совет опять украл деньги, бля, сколько можно.", ["profanity"], ""),
    ("most", "Да пошли они нахуй со своим мостом.", ["profanity"], ""),
    ("most", "Мэр — п*здабол и вор.", ["profanity", "insult_threat"], "masked"),
    ("most", "Это просто xуйня, а не проект.", ["profanity"], "homoglyph"),
    ("most", "Ты идиот, если веришь мэру.", ["insult_threat"], ""),
    ("most", "Депутаты — дебилы и ворюги.", ["insult_threat"], ""),
    ("most", "Я знаю, где ты живёшь, автор, жди гостей.", ["insult_threat"], ""),
    ("most", "Мигранты — это паразиты, их надо выгнать всех.", ["hate"], ""),
    ("most", "Понаехали тут чурки, весь город загадили.", ["hate"], ""),
    ("most", "Заработок от 5000 рублей в день без вложений! Пиши в личку, работа на дому.", ["spam"], ""),
    ("most", "Звоните мэру домой: +7 916 123-45-67, пусть ответит за мост.", ["personal_data"], ""),
    ("most", "Пишите ему на почту ivan.petrov@mail.example, он должен знать.", ["personal_data"], ""),
    ("most", "МЭР ОПЯТЬ ВРЁТ, НИКАКОГО МОСТА НЕ БУДЕТ, ВСЁ РАЗВОРУЮТ", ["caps"], ""),
    ("most", "This bridge is a total waste of money and the mayor should resign immediately.", ["foreign_language"], "en in ru edition"),
    ("most", "Цей міст нікому не потрібен, краще б відремонтували старі дороги та школи.", ["foreign_language"], "uk in ru edition"),
    ("most", "Газетёнка продажная, журналюги пишут что им скажут.", ["disrespect_outlet"], ""),
    ("most", "Подписывайтесь на мой телеграм канал, там вся правда о мосте!", ["promotion"], ""),
    ("most", "Закладки мефедрона по всему городу, пиши в телеграм.", ["narcotics"], ""),
    ("most", "Заткнись уже, никому не интересно твоё мнение.", ["trolling"], ""),
    ("most", "Убейся об стену, автор.", ["suicide"], ""),
    ("most", "Подробнее тут: https://bridge-news.example.ru/most", ["commercial_links"], ""),
]

EXTRA_EN_POS = [
    ("match", "Nobody cares about your opinion, cry more.", ["trolling"], ""),
    ("election", "Triggered much, snowflake? Cope harder.", ["trolling"], ""),
    ("election", "Lol you mad? Go back to your mom's basement.", ["trolling"], ""),
    ("match", "Shut up, nobody asked you.", ["trolling"], ""),
    ("election", "Buy weed online, discreet shipping worldwide, DM me on telegram.", ["narcotics"], ""),
    ("flood", "How to cook meth at home: all you need is in this thread.", ["narcotics"], ""),
    ("match", "Cocaine is awesome, everyone should try it once.", ["narcotics"], ""),
]


def write():
    base = datetime.datetime(2026, 11, 1, 9, 0, 0)
    def ts(sec):
        return (base + datetime.timedelta(seconds=sec)).strftime("%Y-%m-%dT%H:%M:%SZ")

    with open(os.path.join(HERE, "articles.jsonl"), "w", encoding="utf-8") as f:
        for a in ARTICLES:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")

    def dump(name, rows, flood=None, flash=None, prefix="en"):
        out = []
        t = 0
        for k, (art, text, labels, note) in enumerate(rows):
            t += 420
            out.append({"id": f"{prefix}-{k + 1}", "text": text, "article": art, "author": f"{prefix}-member-{k + 1}",
                        "ts": ts(t), "labels": sorted(set(labels)), "note": note, "source": "written for this project (CC0)"})
        if flood:
            start = t + 3600
            for k, (art, text, labels, offset) in enumerate(flood):
                out.append({"id": f"{prefix}-flood-{k + 1}", "text": text, "article": art, "author": f"{prefix}-flooder",
                            "ts": ts(start + offset), "labels": labels, "note": "flood sequence",
                            "source": "written for this project (CC0)"})
        if flash:
            start = t + 7200
            for k, (art, text, offset) in enumerate(flash):
                out.append({"id": f"{prefix}-flash-{k + 1}", "text": text, "article": art, "author": f"{prefix}-mob-{k + 1}",
                            "ts": ts(start + offset), "labels": ["flash_mob"],
                            "note": "flash mob", "source": "written for this project (CC0)"})
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            for row in out:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        return len(out)

    n_en = dump("comments_en.jsonl", EN + EXTRA_EN_POS, FLOOD_EN, FLASH_EN, "en")
    n_ru = dump("comments_ru.jsonl", RU, None, None, "ru")
    print(f"wrote {n_en} English-edition and {n_ru} Russian-edition comments")


if __name__ == "__main__":
    write()
