import Foundation

/// Phrase patterns for the rules that can only be suspected, plus promotion and spam cues.
/// Each line: `rule weight | pattern` (see `PhraseMatcher`). A rule is reported when its strongest match reaches
/// `SuspectedRules.threshold`; weaker cues only count together. Patterns are written for precision: a word that
/// has an innocent everyday use is only listed inside a phrase that removes the doubt.
enum SuspectedLexicon {
    static let english = """
    // insult_threat — insults aimed at someone
    insult_threat 0.9 | (you|u|you're|youre|ur) ~3 (idiot|idiots|moron|morons|imbecile|imbeciles|cretin|cretins|retard|retards|dumbass|dumbasses|scumbag|scumbags|halfwit|dimwit|nitwit|numbskull|douchebag|douche|lowlife|bastard|bastards|loser|losers|clown|clowns|buffoon|ignoramus|jackass|pig|pigs|scum|trash|garbage|coward|cowards|hypocrite|liar|fool|twit|muppet|prat|pillock|plonker)
    insult_threat 0.85 | (you|u|you're|youre) (are|r)? ~2 (stupid|dumb|pathetic|brainless|retarded|worthless|disgusting|ignorant|mentally ill|delusional|braindead)
    insult_threat 0.75 | (idiot|idiots|moron|morons|imbecile|imbeciles|cretin|cretins|dumbass|dumbasses|scumbag|scumbags|retard|retards|retarded|halfwit|halfwits|dimwit|dimwits|nitwit|nitwits|numbskull|douchebag|douchebags|lowlife|lowlifes|bastard|bastards|dipshit|buffoon|buffoons|imbecilic|moronic|braindead)
    insult_threat 0.8 | (you|you're|youre|he's|hes|she's|shes|he is|she is|they are|is a|are a|total|fucking|absolute) ~1 (piece|pieces) of (shit|garbage|trash|crap|filth|work)
    insult_threat 0.85 | (hope|wish|pray) ~3 (gets|get) (cancer|aids|killed|shot|raped|hit by a bus|run over|hit by a truck)
    insult_threat 0.85 | (hope|wish|pray) ~3 (dies|die) (painfully|slowly|horribly|in a fire|soon|a painful death|in agony|alone)
    insult_threat 0.85 | (i'd|id|i would|i will|i'll|ill|i want to|i wanna|i'm gonna|im gonna|gonna|love to|like to) ~2 (smash|punch|kill|stab|shoot|strangle|beat|slap|kick|break) (his|her|their|your|ur) ~1 (face|head|skull|teeth|ass|neck|legs|jaw|nose)
    insult_threat 0.75 | (total|complete|absolute|such an|such a|an|a|you|you're|youre|what an|what a) (asshole|arsehole|assholes|bastard|jerk|dickhead|prick|cunt|twat|wanker|douchebag|tosser|knobhead|dick)
    insult_threat 0.8 | waste of (oxygen|space|skin|air)
    insult_threat 0.8 | (sack|bag|pile|lump) of (crap|shit|garbage|lies|lard)
    insult_threat 0.7 | get a (brain|clue|grip) ~3 (you|mate|pal|dude|bro|idiot|clearly|obviously)?
    insult_threat 0.75 | (you|u) (clearly|obviously|evidently)? (don't|dont|do not) have (one|a brain|a clue|any brains)
    insult_threat 0.75 | (is|are|was|were|'s) (a|an|such a|such an|total|complete|absolute|just a|nothing but a|nothing but|bunch of|pack of)? ~1 (liar|liars|hypocrite|hypocrites|clown|clowns|loser|losers|crook|crooks|buffoon|buffoons|imbecile|imbeciles|moron|morons|idiot|idiots|scumbag|scumbags|lowlife|lowlifes|psycho|psychopath|sociopath|lunatic|lunatics|halfwit|halfwits|dimwit|dimwits|dunce|dunces|nutjob|nutcase|degenerate|degenerates|pervert|perverts|puppet|puppets|thug|thugs|pos|jackass|jackasses|dumbass|dumbasses|weasel|weasels)
    insult_threat 0.8 | (he|she|they|you|people|voters|liberals|conservatives|democrats|republicans|politicians|trumpers|leftists|fans|supporters|folks|men|women|everyone|anyone|whoever) ~1 (is|are|'re|were|was|must be|seem|seems) (so|too|really|just|very|truly|incredibly|completely|totally|utterly|plain|simply)? (stupid|dumb|ignorant|brainless|idiotic|moronic|clueless|gullible|brainwashed|delusional|deranged|retarded|imbeciles|morons|idiots)
    insult_threat 0.85 | (someone|somebody|they|we) (should|needs to|need to|ought to|gotta) (shoot|kill|hang|stab|beat|lynch|strangle|execute) (him|her|them|you|that guy|this guy)
    insult_threat 0.85 | (deserves|deserve) (a bullet|to be shot|to die|to hang|to be hanged|death|to be beaten|a beating)
    insult_threat 0.85 | (you're|youre|you are|ur) (dead|going to die|gonna die|next)
    insult_threat 0.7 | go to hell
    insult_threat 0.75 | (little|pathetic|corrupt|lying|useless|slimy|spineless|worthless|greedy) (weasel|weasels|rat|rats|worm|worms|toad|snake|snakes|parasite|parasites|pig|pigs|scumbag|scumbags|crook|crooks|maggot|maggots|cockroach|leech|leeches)
    insult_threat 0.75 | (stupid|dumb|ignorant|pathetic|disgusting|worthless|useless|brainless|filthy) (people|person|woman|man|women|men|bitch|cow|pig|idiot|fool|clown|loser|old man|old woman|hag|morons)
    insult_threat 0.9 | (i'll|ill|we'll|i'm|im) ~1 (gonna|going)? ~1 (kill|hurt|shoot|stab|strangle|murder|beat|slap|punch) (you|u|ya|him|her|them|your)
    insult_threat 0.9 | (i|we) ~1 (will|gonna|shall|wanna|would|going|want) ~2 (kill|shoot|stab|strangle|murder|punch) (you|u|ya|him|her|them)
    insult_threat 0.9 | (i|we) (will|'ll|shall) (find|get) (you|u)
    insult_threat 0.95 | (i|we) know where (you|u|he|she|they) (live|lives|work|works)
    insult_threat 0.8 | watch your back
    insult_threat 0.85 | teach ~3 a lesson (he|she|they|you|u) (won't|wont|will never|never) forget
    insult_threat 0.85 | (find|found|find out|finding out) where ~3 (lives|live|works|work|sleeps)
    insult_threat 0.8 | pay (him|her|you|them|u) a (visit|little visit|house call)
    insult_threat 0.85 | (hope|wish|pray) (you|u|he|she|they|your|his|her) ~2 (die|dies|dead|rot|burn|suffer|get cancer|gets cancer|get killed|gets killed|get shot|gets shot|get raped|gets raped|croak|croaks)
    insult_threat 0.85 | (should|deserves|deserve|ought) ~2 be (shot|hanged|hung|killed|executed|lynched|beaten|strung up|put down|raped)
    insult_threat 0.8 | (you|u|you're|youre) ~1 (will|'ll)? ~1 (pay|regret|be sorry) for (this|that|it)
    insult_threat 0.8 | (you're|youre|you) ~1 dead (meat|man)
    insult_threat 0.8 | (shut|close) (your|ur) (mouth|trap|pie hole|piehole)
    // trolling — aggressive, humiliating, baiting
    trolling 0.75 | (shut up|shut the hell up|stfu|gtfo)
    trolling 0.8 | (nobody|no one|noone) (cares|asked) (lol|lmao|mate|bro|dude|pal|buddy|sweetie|you|u|ya|for your opinion|about your opinion|about you|what you think|what u think)
    trolling 0.75 | (you're|youre|you are|ur) all (sheep|sheeple|idiots|morons|clowns|brainwashed|npcs|bots|snowflakes|losers)
    trolling 0.8 | cry (more|harder|about it|me a river)
    trolling 0.8 | (cope|seethe) (and|harder|more)
    trolling 0.8 | (cope|seethe|mald) (and|harder)? (seethe|mald|dilate)
    trolling 0.7 | ok boomer
    trolling 0.7 | (enjoy|taste|drink) (your|the|those|these) (tears|salt|liberal tears|tears of defeat)
    trolling 0.75 | (another|yet another|oh look another|found another|we have another) (genius|expert|einstein|rocket scientist|armchair expert|keyboard warrior|mastermind)
    trolling 0.6 | who asked
    trolling 0.6 | literally (nobody|no one|noone)
    trolling 0.7 | go cry (to|in|about)
    trolling 0.7 | (get lost|piss off|sod off|bugger off|take a hike|go away troll|go cry|cry harder|stay mad|seethe harder|cope and seethe)
    trolling 0.8 | (lol|lmao|lmfao|rofl|haha|hahaha|hahahaha) ~2 (you|u|ur|you're) ~1 (mad|butthurt|triggered|lost|salty|crying|seething)
    trolling 0.75 | (triggered|butthurt) (much|snowflake|snowflakes|liberal|liberals|leftist|leftists|libtard|libtards)
    trolling 0.75 | (snowflake|snowflakes|libtard|libtards|libtardism|sheeple|soyboy|soyboys|cuck|cucks|cuckservative|cuckservatives|demonrat|demonrats|repugs|trumptard|trumptards|magat|magats|leftard|leftards|normie|normies|npc|npcs)
    trolling 0.8 | go back to (your|ur|ya) (mom's|moms|mommy's|mother's)? ~1 (basement|cave|hole|bridge)
    trolling 0.7 | (get a life|touch grass|go touch grass|learn to read|can you even read|do you even read)
    trolling 0.7 | (imagine|fancy) being this (stupid|dumb|ignorant|brainwashed)
    trolling 0.75 | (imagine|fancy) (crying|whining|complaining|moaning|seething|being mad|being upset|getting upset|getting triggered) ~2 (about|over)
    trolling 0.75 | (lol|lmao|haha) ~2 (losers|idiots|morons|clowns|sheep)
    // hate — slurs and dehumanising groups
    hate 0.9 | (nigger|niggers|nigga|niggas|kike|kikes|faggot|faggots|fag|fags|tranny|trannies|chink|chinks|spic|spics|wetback|wetbacks|raghead|ragheads|towelhead|towelheads|gook|gooks|kaffir|kaffirs|paki|pakis|coon|coons|beaner|beaners|dyke|dykes|shemale|shemales|zipperhead|porch monkey|sand nigger|golliwog|jigaboo|yid|yids|heeb|heebs|gypo|gyppo)
    hate 0.9 | (muslims|muslim|islam|jews|jew|jewish|blacks|gays|gay people|homosexuals|homos|lesbians|trans people|transgenders|transgender people|immigrants|migrants|refugees|arabs|mexicans|gypsies|roma|asians|chinese|africans|feminists|christians|hindus|indians|foreigners|latinos|hispanics|catholics|women|females|black people|white people|whites|jihadis|somalis|pakistanis|negroes|negros) ~2 (are|r|is) ~3 (animals|vermin|parasites|subhuman|subhumans|savages|filth|scum|rats|cockroaches|a disease|a plague|a cancer|inferior|criminals|terrorists|rapists|trash|garbage|dogs|pigs|apes|monkeys|a virus|an infestation|invaders|degenerates|perverts|mentally ill|an abomination|abominations|less than human|not human|breeding like rats)
    hate 0.8 | (muslims|jews|blacks|gays|homosexuals|immigrants|migrants|refugees|arabs|mexicans|gypsies|roma|asians|africans|foreigners|latinos|hispanics|somalis|pakistanis|negroes|jihadis|illegals) ~10 (vermin|parasites|cockroaches|rats|subhuman|subhumans|savages|infestation|invaders|animals)
    hate 0.85 | (deport|exterminate|gas|expel|eradicate|sterilize|sterilise|ban|kill|shoot|hang|purge) (all|every|these|those|the)? ~1 (muslims|jews|blacks|gays|homosexuals|lesbians|trans people|transgenders|immigrants|migrants|refugees|arabs|mexicans|gypsies|roma|asians|africans|christians|hindus|foreigners|latinos|hispanics|catholics|somalis|negroes)
    hate 0.85 | (muslims|jews|blacks|gays|homosexuals|lesbians|trans people|immigrants|migrants|refugees|arabs|mexicans|gypsies|roma|asians|africans|foreigners|latinos|hispanics|somalis|negroes|them) (should|must|need to|ought to) ~1 (be)? ~1 (deported|exterminated|gassed|sterilized|sterilised|banned|killed|removed|wiped out|shot|hanged|locked up|thrown out|kicked out|go back)
    hate 0.85 | go back to (your|their|ur) (own)? (country|countries|jungle|desert|cave|shithole)
    hate 0.85 | (women|woman|females|girls) (belong|should stay|should be) (in|at) the (kitchen|home)
    hate 0.85 | (women|woman|females) (are|r) ~2 (property|objects|dumber|stupider|inferior|less intelligent|good for nothing|only good for)
    hate 0.85 | (filthy|dirty|stinking|smelly|bloody|fucking|damn|typical) (gypsy|gypsies|jew|jews|muslim|muslims|immigrant|immigrants|migrant|migrants|arab|arabs|paki|pakis|mexican|mexicans|negro|negroes|gay|gays|homo|homos|queer|queers|foreigner|foreigners|refugee|refugees|roma|chinaman|chinamen|black|blacks)
    hate 0.8 | (inferior|subhuman|mongrel|lesser) (race|races|people|breed)
    hate 0.85 | (gay|gays|homosexuality|homosexuals|trans|transgenderism) ~2 (is|are) ~2 (a disease|a sin and should|a mental illness|an abomination|perversion|unnatural and)
    hate 0.8 | (the jews|jews|zionists) ~2 (control|run|own) ~2 (the media|the banks|the world|everything|the government|hollywood)
    // extremism — extremist slogans and calls for illegal acts
    extremism 0.95 | (sieg|seig) heil
    extremism 0.95 | heil hitler
    extremism 0.9 | (white power|white pride worldwide|race war|racewar|day of the rope|rahowa|gas the jews|gas the kikes|hitler was right)
    extremism 0.9 | (join|support|joining|supporting) ~1 (isis|isil|daesh|al qaeda|alqaeda|al-qaeda|the caliphate|hamas|hezbollah|taliban|the jihad|jihad|the klan|the kkk|kkk)
    extremism 0.9 | death to (america|israel|the jews|jews|infidels|the infidels|traitors|all|kafirs|the west|muslims|christians|the government|cops)
    extremism 0.85 | (burn|bomb|blow up|attack|storm|torch|firebomb|shoot up) (the|a|that|this|every|all)? ~1 (mosque|mosques|synagogue|synagogues|church|churches|parliament|capitol|embassy|police station|government buildings|white house|kremlin|school|schools|refugee center|refugee centre|abortion clinic)
    extremism 0.85 | (let's|lets|we should|we must|time to|need to|we need to) ~1 (riot|take up arms|burn it all down|burn it down|revolt|overthrow the government|start shooting|storm the|kill them all|lynch them|hang them)
    extremism 0.8 | (take|taking|took) up arms
    extremism 0.8 | storm the (count|counting|parliament|capitol|senate|legislature|town hall|city hall|polling stations|count centres|count centers|courthouse|police station|ministry)
    extremism 0.85 | (armed|violent|bloody) (uprising|revolution|insurrection|jihad) (now|is the only|is needed|is coming|is the answer)
    extremism 0.85 | (hang|shoot|execute|lynch|kill) (all)? (the)? (traitors|politicians|journalists|judges|cops|police officers|senators|mps|democrats|republicans|liberals|conservatives|feds)
    extremism 0.9 | (how to|how do you|i'll show you how to|learn to) (make|build) ~1 (a)? (bomb|bombs|pipe bomb|pipe bombs|explosive|explosives|molotov|molotovs|molotov cocktail|ied|ieds)
    extremism 0.85 | (make|throw|bring) (some)? (molotovs|molotov cocktails|pipe bombs)
    extremism 0.85 | kill (all|every) (the)? ~1 (muslims|jews|christians|infidels|immigrants|blacks|whites|gays|cops|liberals|conservatives|russians|ukrainians|americans)
    // minors — sexualising children
    minors 0.9 | (child|children|kid|kids|minor|minors|underage|preteen|preteens|toddler|toddlers|schoolgirl|schoolgirls|schoolboy|loli|lolis|little girl|little girls|little boy|little boys) (porn|pornography|nudes|nude pics|sex videos|sex pics)
    minors 0.85 | (sexy|hot|fuckable|seductive|bangable) ~2 (child|children|kid|kids|minor|minors|underage|preteen|preteens|schoolgirl|schoolgirls|little girl|little girls|little boy|12 year old|13 year old|14 year old|12yo|13yo|14yo|15yo)
    minors 0.85 | (age of consent|consent age) (should|must) be (lowered|abolished|12|13|14)
    minors 0.8 | (schoolgirl|schoolgirls|little girl|little girls|little boy|little boys|underage girls|underage girl|teen girls|preteen|preteens|12 year olds|13 year olds|14 year olds|12 year old|13 year old|14 year old) ~3 (is|are|so|very|really|looks|look)? ~1 (sexy|hot|fuckable|seductive|bangable|doable)
    minors 0.9 | (year olds|year old|minors|underage|kids|teens|schoolgirls|girls) (are|is) fair game
    minors 0.8 | (pedophilia|paedophilia|pedophiles|paedophiles|pedos) (is|are) ~2 (fine|ok|okay|natural|normal|love|not a crime|harmless)
    minors 0.85 | (beat|beating|hit|slap|whip) (your|the|their)? (kids|children|child|kid|baby|toddler) ~2 (until|till|hard|bloody|to death|senseless|black and blue)
    minors 0.85 | (cp|c p) (links|link|trade|trading|collection)
    // violence — describes violence, cruelty to animals
    violence 0.85 | (i|we|i've|we've|i'd|we'd|i'll|we'll) ~3 (tortured|torture|kicked|kick|drowned|drown|poisoned|poison|skinned|skin|burned|burn|hanged|hang|strangled|strangle|shot|shoot|stabbed|stab|beat|beaten|run over|ran over|mutilated) ~2 (a|the|my|his|her|their|that|those|these|some|stray|little|neighbor's|neighbour's)? ~1 (cat|cats|dog|dogs|puppy|puppies|kitten|kittens|animal|animals|horse|horses|pigeon|pigeons|stray|strays|pets)
    violence 0.8 | (should|let's|lets|gonna|going to|love to|like to|want to|fun to|enjoy) ~2 (torture|torturing|kick|kicking|drown|drowning|poison|poisoning|skin|skinning|burn|burning|hang|hanging|shoot|shooting|strangle|strangling|set fire to) ~2 (the|all|those|these|stray|little|some)? ~1 (cat|cats|dog|dogs|puppy|puppies|kitten|kittens|animals|strays|pigeons|horses)
    violence 0.8 | (beat|beaten|beating|kick|kicked|kicking|stomp|stomped|stomping) ~4 (to death|to a pulp|senseless|half to death|unconscious|until he bled|until she bled|into a coma|black and blue|within an inch of)
    violence 0.85 | (smash|smashed|crush|crushed|bash|bashed|cave|caved|stomp|stomped|kick|kicked) (his|her|their|your) (skull|head|face|teeth|brains) in
    violence 0.85 | (gouge|gouged|gouging) (out)? (his|her|their|your) eyes
    violence 0.85 | (slit|cut|slash|slashed|slitting) (his|her|their) (throat|throats)
    violence 0.8 | (rip|ripped|tear|tore|cut|chop|chopped|hack|hacked) (off)? (his|her|their) (head|heads|limbs|fingers|arms|legs|balls|guts|tongue|ears) (off|out)
    violence 0.8 | (blood|brains|guts) (was|were)? ~1 (splattered|sprayed|spilling|gushing|everywhere) ~2 (everywhere|all over)
    violence 0.8 | (burn|burned|burnt|skinned|boiled|buried) (him|her|them|it|the dog|the cat|the kitten|the puppy) alive
    violence 0.8 | (dog|cock) (fight|fights|fighting) (is|are) ~1 (fun|great|awesome|entertaining|the best)
    // suicide — methods or incitement
    suicide 0.9 | (kill|off|end|unalive) (yourself|urself|yourselves|your self)
    suicide 0.9 | (kys|kms|neck yourself|rope yourself|go die|drink bleach)
    suicide 0.9 | (go|just|please|pls) (hang|shoot|drown|hurt|cut) (yourself|urself|yourselves)
    suicide 0.85 | (should|ought to|needs to|need to|can|could) ~2 (go)? (hang|kill|shoot|off|drown) (himself|herself|themselves|yourself|urself|yourselves)
    suicide 0.85 | (you|u) should ~2 (die|end it all|end your life|commit suicide|jump off|not exist|not be alive)
    suicide 0.9 | (do|make) (the world|us all|everyone|us) a (favor|favour) and (die|kill|jump|end|disappear|hang)
    suicide 0.85 | (how|best way|easiest way|painless way|quickest way|fastest way) to (kill myself|commit suicide|end my life|kill yourself|end your life|hang yourself|hang myself)
    suicide 0.85 | (slit|cut|slash|slitting|cutting) (my|your) (wrists|wrist|veins)
    suicide 0.8 | (hang|hanging|hanged) (myself|yourself)
    suicide 0.8 | (overdose|overdosing|od) on ~3 (pills|tylenol|paracetamol|sleeping pills|insulin|painkillers|antidepressants)
    suicide 0.8 | (i|i'm|im|i've) ~2 (want|going|planning|decided|ready) to (kill myself|end it all|end my life|commit suicide|jump off)
    suicide 0.85 | (suicide|killing yourself|ending it) (is|would be) ~1 (the answer|the best option|the only option|the solution|a good idea|worth it)
    // narcotics — promotion, sale, how to make or use
    narcotics 0.85 | (buy|order|get|selling|sell|sale|cheap|vendor|plug|dealer|delivery|ship|shipping) ~3 (weed|cannabis|marijuana|cocaine|coke|meth|methamphetamine|crystal meth|mdma|molly|ecstasy|lsd|acid tabs|heroin|fentanyl|ketamine|xanax|oxy|oxycodone|oxycontin|adderall|percocet|shrooms|dmt|mephedrone|amphetamine|amphetamines|opioids|pills|oxys|xans|percs|carts|dabs|edibles) ~3 (online|here|now|cheap|discreet|fast|today|dm|telegram|whatsapp|wickr|from me|link|shipping|delivery|worldwide|available)
    narcotics 0.9 | (weed|cannabis|marijuana|cocaine|coke|meth|mdma|molly|ecstasy|lsd|heroin|fentanyl|ketamine|xanax|oxycodone|oxycontin|adderall|percocet|shrooms|dmt|mephedrone|amphetamine|pills|carts|dabs|edibles) (for sale|available|in stock|delivered|shipped|discreetly)
    narcotics 0.9 | (dm|text|message|contact|hmu|hit me up|telegram|whatsapp|wickr|snap) ~3 (for|to buy|to order|to get) ~2 (weed|cannabis|cocaine|coke|meth|mdma|molly|ecstasy|lsd|heroin|fentanyl|ketamine|xanax|oxy|oxys|adderall|percs|shrooms|dmt|pills|carts|plugs|the plug)
    narcotics 0.9 | how to (make|cook|synthesize|synthesise|extract|brew) ~2 (meth|crack|lsd|dmt|ghb|mdma|heroin|cocaine|fentanyl|methamphetamine|mephedrone|amphetamine|dope)
    narcotics 0.85 | everyone should (try|do|take) ~1 (lsd|mdma|shrooms|acid|cocaine|dmt|meth|heroin|ketamine|molly)
    narcotics 0.8 | (cocaine|meth|heroin|mdma|lsd|ketamine|fentanyl|molly|ecstasy|crack) (is|are) ~1 (awesome|amazing|great|harmless|fun|the best|totally safe|perfectly safe)
    // promotion — third parties' products and services (cues; several combine)
    promotion 0.85 | (check|check out|visit|follow|like|subscribe to|join|sub to|checkout) (my|our) ~2 (channel|facebook|fb|blog|site|website|page|shop|store|youtube|podcast|book|instagram|insta|tiktok|telegram|group|profile|course|courses|app|stream|twitch|onlyfans|patreon|newsletter|music|mixtape|soundcloud|etsy|business)
    promotion 0.85 | follow (me|us) on (instagram|insta|twitter|tiktok|telegram|youtube|facebook|twitch|onlyfans|snapchat|x)
    promotion 0.8 | (we|i) (offer|provide|sell|deliver|supply) ~3 (services|products|prices|discounts|delivery|loans|consultations|repairs|cleaning|solutions|packages|followers|likes|views|essays|seo|backlinks)
    promotion 0.6 | (best|lowest|cheapest|unbeatable|affordable|great|competitive) (prices|price|deals|rates|offers)
    promotion 0.8 | (discount|promo|coupon|referral|voucher|invite|invitation) (code|codes|link)
    promotion 0.7 | use (my|the|code|promo) ~1 code
    promotion 0.6 | (order|buy|shop|book|register|sign up|download) (now|today|online|here)
    promotion 0.65 | (call|contact|dm|pm|message|text|whatsapp|email|inbox) (us|me) (now|today|for|on|at|via) ~2 (details|info|information|orders|prices|more|booking|appointment|inquiries|enquiries|quote|free)?
    promotion 0.6 | (free|fast|express|worldwide) (shipping|delivery)
    promotion 0.6 | (limited|special|exclusive) (time)? (offer|deal|deals|promotion)
    promotion 0.8 | (my|our) ~1 (company|firm|agency|shop|store|business|clinic|salon|team|service) ~1 (offers|provides|sells|can help|specializes|specialises|delivers|guarantees|does|fixes)
    promotion 0.7 | free (quote|quotes|estimate|estimates|consultation|consultations|trial|sample|samples|delivery)
    promotion 0.6 | (fully insured|licensed and insured|family business|family-run business|family run business|no call out fee|no callout fee)
    promotion 0.7 | (we|i) (do|offer|provide) ~3 (extensions|roofs|roofing|repairs|renovations|cleaning|removals|plumbing|driveways|decorating|landscaping|catering|tutoring|web design|seo)
    promotion 0.6 | join (my|our) (telegram|whatsapp|group|channel|discord|community|team)
    promotion 0.8 | (link|links) (is|are)? (in|on) (my|the) (bio|profile)
    promotion 0.75 | (visit|go to|check) (our|my) (website|site|store|shop|page|profile)
    promotion 0.7 | (buy|get) (followers|likes|views|subscribers|reviews)
    promotion 0.5 | # off
    promotion 0.8 | (new|my|our|latest) (book|album|single|course|ebook|product|app|collection|novel|song|video) ~1 (is)? (out now|available now|out today|available on|now available|launches|dropping)
    promotion 0.7 | (grab|get|order|buy) your (copy|copies|tickets|ticket) (today|now|here)
    promotion 0.7 | available on all (platforms|good platforms|streaming platforms|major platforms)
    promotion 0.5 | (sale|discount|discounts|deal|deals) (today|now|ends)
    // spam — get-rich-quick, mass mailing, scams (cues; reject needs several)
    spam 0.9 | (earn|earned|earning|earnings|make|making|made|get|getting|receive|received|paid|pays|paying|profit|profits) ~3 # ~3 (a|per|every|each|in a|in one|in just|within|daily|weekly|monthly|last|this) ~1 (day|week|month|hour|days|weeks|hours|months|daily|weekly|monthly)
    spam 0.8 | (crypto|forex|betting|trading|stock|bitcoin|football|sports) (signals|tips|picks) ~4 (join|accurate|guaranteed|profit|profits|win|winning|vip|telegram|whatsapp|today|now)
    spam 0.7 | 100 ~1 (accurate|guaranteed|legit|legitimate|sure|safe|real|risk free|risk-free|success)
    spam 0.6 | (online|simple|easy|small) (tasks|jobs|surveys) ~4 (from|on) (home|my phone|your phone|your laptop|the comfort)
    spam 0.9 | (my|our) (neighbor|neighbour|friend|aunt|mom|mother|sister|cousin|uncle|wife|husband|brother|roommate|best friend|sister-in-law|daughter|son|mum) ~4 (makes|made|earns|earned|is making|has been making|gets paid|getting paid|received|got paid|without having|working online|online job)
    spam 0.7 | (click|visit|go to|check|open) (here|this link|the link|link below|below link|this site|this website|following link|the following|link in|my profile)
    spam 0.6 | (passive|extra|additional|online|residual|side) income
    spam 0.5 | (financial|financially) (freedom|free|independent|independence)
    spam 0.8 | (no|without) (experience|investment|skills|special skills|prior experience) (needed|required|necessary|is required|is needed)
    spam 0.5 | (work|working|job|jobs) from (home|the comfort)
    spam 0.7 | from the comfort of (your|my) (home|own home|couch|house)
    spam 0.7 | (easy|fast|quick|free|extra) (money|cash|dollars)
    spam 0.9 | (get|become|getting) rich (quick|quickly|fast|overnight)
    spam 0.9 | (double|triple|multiply) your (money|investment|bitcoin|btc|crypto|income|savings)
    spam 0.8 | (bitcoin|btc|crypto|cryptocurrency|forex|binary options|binary) ~1 (investment|investing|trading|mining|trader|broker|platform|expert|account manager) ~4 (profit|profits|returns|earned|made|manager|expert|signals|recommend|guaranteed|helped me|changed my life)
    spam 0.85 | (guaranteed|guarantee|guaranteeing) (profit|profits|returns|income|results|payout|payouts|approval|earnings)
    spam 0.7 | (limited|few|only) ~1 (spots|places|slots|seats|vacancies) (left|available|remaining)
    spam 0.5 | (act|register|sign up|join|apply) (now|today|fast|quickly|immediately)
    spam 0.9 | (free spins|no deposit bonus|welcome bonus|casino bonus|deposit bonus|online casino|best casino|casino online)
    spam 0.9 | (viagra|cialis|levitra|weight loss pills|diet pills|male enhancement|penis enlargement|replica watches|fake diplomas|fake passports)
    spam 0.9 | (mass mailing|mass emailing|bulk email|bulk emails|bulk sms|email blast|email blasts|mailing list for sale|email database|email databases|email list for sale|email lists|sms blast)
    spam 0.85 | (loan|loans|credit) ~2 (approved|approval within|instant approval|guaranteed|no credit check|bad credit ok|same day)
    spam 0.85 | (spell caster|spellcaster|love spell|love spells|powerful spell|spell to bring)
    spam 0.9 | (brought|bring|bringing) back my (ex|husband|wife|lover|boyfriend|girlfriend)
    spam 0.8 | (recover|recovered|recovery) ~2 (lost|stolen|scammed) ~2 (funds|crypto|bitcoin|money)
    spam 0.85 | (this|here) is what i do ~3 (work|job|earn|income|money|website|site|link)
    spam 0.8 | (i|we) (am|are) (now)? (making|earning) ~2 (over|more than|up to)? #
    spam 0.7 | (work|job|jobs) (online|at home) ~4 (earn|earning|pays|paying|salary|income|#)
    spam 0.6 | (dear|hello) (friend|friends|sir|madam|beloved)
    spam 0.9 | (this|the|my|that) (system|method|app|program|platform|site|website|strategy) ~1 (paid|pays|made|earned|gave|gives|sent) (me|us)
    spam 0.8 | (premium|netflix|spotify|disney|iptv|hbo|streaming) (accounts|account|subscriptions|logins)
    spam 0.6 | (dm|pm|message|inbox|text) (me|us)? for (price|prices|details|more info|info|the price)
    spam 0.6 | (urgent|claim now|claim your|claim it now|before midnight|expires today|act fast|act now|don't miss out)
    spam 0.8 | (claim|collect) ~2 (your)? ~1 (grant|refund|prize|reward|payout|compensation|bonus|gift|money|cash|#) ~3 (now|today|here|at|before|online)
    spam 0.6 | (link|links|details|info) (is|are)? (in|on) (my|the) (profile|bio|page)
    spam 0.7 | (whatsapp|telegram|text|contact|email) ~2 (him|her|them) (on|via|at|now)
    """

    static let russian = """
    // insult_threat
    insult_threat 0.9 | (ты|вы|сам|сама|сами) ~2 (идиот|идиотка|идиоты|дебил|дебилка|дебилы|кретин|кретины|придурок|придурки|тупица|дура|дурак|дураки|урод|уроды|мразь|тварь|твари|ничтожество|клоун|клоуны|скотина|быдло|чмо|лох|лохи|ублюдок|гнида|падла|козел|мудак|шлюха|баран|овца|недоумок|даун|олень|пустобрех|пустобрёх)
    insult_threat 0.85 | (ты|вы) ~1 (тупой|тупая|тупые|больной|больная|конченый|конченая|конченые|убогий|убогая|убогие|жалкий|жалкая|ничтожный|безмозглый|безмозглая)
    insult_threat 0.8 | (тупой|тупая|тупые|тупорылый|тупорылая|тупорылые|безмозглый|безмозглые|конченый|конченые|конченая|вонючий|вонючие) (баран|бараны|овца|овцы|идиот|идиоты|мэр|депутат|депутаты|чиновник|чиновники|автор|народ|быдло|старик|баба|бабы|урод|уроды|козел|козлы|скот|свинья|свиньи)
    insult_threat 0.8 | (он|она|они|мэр|автор|депутаты|чиновники|власти) ~1 (просто|полный|полная|полные|настоящий|настоящие|конченый|конченые)? (идиот|идиоты|дебил|дебилы|кретин|кретины|придурок|придурки|дурак|дураки|дура|клоун|клоуны|мразь|мрази|твари|ублюдок|ублюдки|ничтожество|ничтожества|козел|козлы|скот|скоты|свинья|свиньи|воры|ворюги)
    insult_threat 0.8 | (стадо|стада) (баранов|овец|идиотов|дебилов|свиней|скота)
    insult_threat 0.75 | (ты|вы) ~2 (головой|мозгом|мозгами|башкой) ~1 (думаешь|думаете|думал|думала|соображаешь)
    insult_threat 0.75 | (ворюга|ворюги|жулье|жульё|пиздабол|пиздаболы|балабол|балаболы|шлюха|шлюхи|мудак|мудаки|урод|уроды|козлы|сволочь|сволочи)
    insult_threat 0.75 | (идиот|идиоты|идиотов|дебил|дебилы|дебилов|кретин|кретины|придурок|придурки|мразь|мрази|тварь|твари|ублюдок|ублюдки|урод|уроды|ничтожество|быдло|чмо|гнида|гниды|падла|скотина|скоты|недоумок|недоумки|дегенерат|дегенераты|выродок|выродки|подонок|подонки|отморозок|отморозки)
    insult_threat 0.9 | (убью|прибью|урою|зарежу|пристрелю|придушу|закопаю)
    insult_threat 0.9 | (я|мы) ~1 (тебя|вас|его|ее|их) ~1 (убью|убьем|найду|найдем|прибью|урою|зарежу|пристрелю|закопаю|достану|достанем)
    insult_threat 0.9 | (чтоб|чтобы) (ты|вы|он|она|они|тебе|вам|ему|ей|им) ~1 (сдох|сдохли|сдохла|сдохнуть|сгорел|сгорела|сгорели|сгнил|сгнили|сгнила|подавился|подавились|провалился)
    insult_threat 0.85 | (сдохни|сдохните|сгори|сгорите|сгнийте)
    insult_threat 0.85 | (расстрелять|повесить|казнить|убить|посадить на кол) (его|ее|их|тебя|вас|всех)
    insult_threat 0.85 | (мэра|депутатов|чиновников|автора|журналиста|журналистов|его|ее|её|их|тебя|вас) бы (повесить|расстрелять|убить|пристрелить|утопить|закопать|прибить|сжечь)
    insult_threat 0.85 | (повесить|расстрелять|пристрелить|утопить|закопать|прибить) бы (мэра|депутатов|чиновников|автора|журналиста|его|ее|её|их|тебя|вас)
    insult_threat 0.9 | (я|мы) знаю где (ты|вы|он|она) (живешь|живете|живет|работаешь|работает)
    // trolling
    trolling 0.8 | (заткнись|заткнитесь|завали|завалите|завались)
    trolling 0.8 | (пошел|пошла|пошли|иди|идите|катись|катитесь|вали|валите) (вон|лесом|отсюда|нафиг|к черту|к чёрту|в баню)
    trolling 0.75 | (никому|всем) (не интересно|неинтересно|плевать|пофиг|по барабану) (твое|твоё|ваше|что ты|что вы)
    trolling 0.7 | (порвался|порвало|бомбит|подгорело|пригорело|бугурт|горит) ~2 (тебя|у тебя|у вас|вас|пукан)
    trolling 0.75 | (ватник|ватники|ватников|ватная|укроп|укропы|либераст|либерасты|либерастов|свидомит|свидомиты|колорад|колорады|совок|совки|пятая колонна|кремлебот|кремлеботы|нашист|нашисты|зомбоящик)
    trolling 0.7 | (учи|выучи|учите) (матчасть|русский|уроки)
    trolling 0.7 | (ржу|ору) (не могу|с вас|с тебя|с этих|с этого|в голос)
    trolling 0.7 | (бугага*|гыгы*|азаза*|хахаха с|лолка|лошки|лошара)
    trolling 0.7 | (школота|хомячки|хомячок|рыдай|плак-плак|бомбануло|бомбит|подгорает|порвался|ору с тебя|ору с вас|иди проспись|иди лесом|пошел вон|пошла вон)
    // hate
    hate 0.9 | (жид|жиды|жидов|жидам|жидовка|жидовский|жидовские|хач|хачи|хачей|хачам|чурка|чурки|чурок|чуркам|черножопый|черножопые|черножопых|хохол|хохлы|хохлов|хохлам|хохлушка|пиндос|пиндосы|пиндосов|пидорас|пидорасы|пидорасов|педик|педики|педиков|кацап|кацапы|кацапов|москаль|москали|москалей|узкоглазый|узкоглазые|чучмек|чучмеки|нерусь|понаехавшие|чернож|хачье|хачьё|жидовье|жидовьё|ниггер|ниггеры)
    hate 0.85 | (мусульмане|мусульман|евреи|евреев|негры|негров|чернокожие|геи|геев|гомосексуалисты|гомики|лгбт|мигранты|мигрантов|приезжие|приезжих|кавказцы|кавказцев|цыгане|цыган|азиаты|таджики|таджиков|узбеки|узбеков|киргизы|женщины|бабы|украинцы|русские|армяне|грузины|азербайджанцы|чеченцы|арабы|китайцы|американцы|гастарбайтеры) ~3 (животные|скоты|скот|паразиты|недочеловеки|мразь|твари|грязь|мусор|звери|обезьяны|тараканы|крысы|нелюди|отбросы|преступники|террористы|второй сорт|низшая раса|дикари|дикие|вырожденцы|больные|извращенцы|должны сдохнуть)
    hate 0.85 | (выгнать|выслать|депортировать|уничтожить|истребить|перебить|расстрелять|мочить|гнать|вешать|убивать|резать) (всех|этих)? ~1 (мусульман|евреев|негров|геев|гомиков|мигрантов|приезжих|кавказцев|цыган|таджиков|узбеков|черных|хачей|жидов|хохлов|москалей|чурок|понаехавших|гастарбайтеров|азиатов|армян|чеченцев|арабов)
    hate 0.8 | (бабы|женщины) ~1 (дуры|тупые|глупые|должны сидеть|место на кухне|созданы для)
    hate 0.85 | (гомосексуализм|гомосексуальность|геи|лгбт) ~2 (это)? ~1 (болезнь|извращение|мерзость|патология|зараза)
    hate 0.8 | (едут|понаехали|понаедут) (тут|сюда)? ~1 (всякие|толпами|эти)
    // extremism
    extremism 0.95 | (хайль|зиг) (гитлер|хайль)
    extremism 0.9 | (слава|да здравствует) (джихаду|халифату|игил|гитлеру|рейху)
    extremism 0.9 | смерть (жидам|евреям|неверным|ментам|америке|чиновникам|хохлам|москалям|русским|украинцам|кафирам|предателям)
    extremism 0.9 | (бей|бейте|бить|режь|режьте|мочи|мочите) (жидов|хохлов|москалей|черных|хачей|чурок|ментов|неверных|евреев|цыган|мусульман|геев)
    extremism 0.85 | (взорвать|поджечь|сжечь|захватить|штурмовать) (мечеть|мечети|синагогу|синагоги|церковь|церкви|храм|администрацию|здание правительства|кремль|думу|посольство|школу|отделение полиции|военкомат|военкоматы)
    extremism 0.85 | (свергнуть|свержение|свергать) ~1 (власть|власти|правительство|режим|президента) ~1 (силой|оружием|с оружием|насильственно|силовым путем)
    extremism 0.85 | (вооруженное|вооружённое|кровавое) (восстание|восстанию|свержение)
    extremism 0.85 | (выходите|выходим|выйдем) ~2 (с оружием|с коктейлями|с битами|с арматурой)
    extremism 0.85 | (коктейль|коктейли|коктейлями) молотова
    extremism 0.85 | (как сделать|как собрать|как изготовить) ~1 (бомбу|взрывчатку|взрывное устройство|коктейль молотова|самодельную бомбу)
    extremism 0.85 | (россия для русских|украина для украинцев|белая сила|белая раса превыше|арийская раса)
    extremism 0.85 | (вешать|расстреливать|резать|мочить|убивать) (всех)? ~1 (чиновников|депутатов|ментов|полицейских|журналистов|предателей|судей|коммунистов|либералов)
    extremism 0.85 | (вступайте|вступай|присоединяйтесь) ~2 (игил|джихад|халифат|талибан|аль каида)
    // minors
    minors 0.9 | (детское|детского|детским) (порно|порнографии|порнография)
    minors 0.85 | (сексуальная|сексуальные|горячая|горячие|аппетитная|аппетитные|соблазнительная) ~2 (школьница|школьницы|малолетка|малолетки|девочка|девочки|малышка|малолетняя|несовершеннолетняя)
    minors 0.8 | (педофилия|педофилы) ~2 (это)? ~1 (нормально|норма|естественно|любовь|не преступление)
    minors 0.85 | (бить|пороть|избивать) (детей|ребенка|ребёнка|ребенка) ~2 (до крови|ремнем|ремнём|надо|нужно|полезно)
    // violence
    violence 0.85 | (мучить|мучать|замучить|замучил|замучили|утопить|утопил|утопила|утопили|повесить|повесил|повесили|отравить|отравил|отравили|живьем|живьём|сжечь|сжег|сжёг|сожгли|избить|избил|забить|забил|пнуть|пнул|расстрелял|пристрелил) ~2 (кошку|кошек|котят|котенка|котёнка|кота|котов|собаку|собак|щенков|щенка|щенят|животных|животное|голубей|лошадь|бездомных собак|бродячих собак|бродячих)
    violence 0.8 | (надо|нужно|следует|хочу|хочется|буду|будем|давайте) ~1 (травить|отстреливать|стрелять|топить|вешать|мучить|убивать|душить) ~1 (собак|кошек|котят|бродячих|бездомных|голубей|животных)
    violence 0.85 | (перерезать|перерезал|перерезали|вспороть|вспорол) (ему|ей|им|тебе)? ~1 (горло|глотку|живот|брюхо)
    violence 0.8 | (забить|избить|запинать|забили|избили|запинали) (его|ее|её|их|тебя)? ~1 (до смерти|до полусмерти|ногами до)
    violence 0.8 | (отрезать|отрубить|отрезал|отрубил|оторвать) (ему|ей|им|тебе)? ~1 (голову|руки|пальцы|уши|яйца|язык)
    violence 0.8 | (содрать|сдирать|содрал) ~2 кожу
    violence 0.8 | (выколоть|выколол|выдавить) ~1 глаза
    // suicide
    suicide 0.9 | (убейся|убейтесь|выпились|выпились|выпилитесь|повесься|повесьтесь|застрелись|застрелитесь|утопись|утопитесь|вскройся|вскройтесь|самовыпились)
    suicide 0.85 | (как|способ|способы|лучший способ|легкий способ|лёгкий способ) ~2 (покончить с собой|совершить самоубийство|самоубийства|суицида|уйти из жизни|свести счеты|свести счёты)
    suicide 0.85 | (вскрыть|вскрыл|вскрою|порезать) ~1 (себе)? ~1 вены
    suicide 0.8 | (наглотаться|наглотался|наглоталась) ~1 таблеток
    suicide 0.8 | (хочу|собираюсь|решил|решила|пора) ~1 (покончить с собой|повеситься|умереть|выпилиться|свести счеты с жизнью|спрыгнуть с крыши)
    suicide 0.85 | (тебе|вам) (лучше|стоит|пора) ~1 (повеситься|умереть|сдохнуть|застрелиться|выпилиться|покончить с собой)
    // narcotics
    narcotics 0.9 | (закладка|закладки|закладку|закладок|закладчик|закладчики|кладмен|кладмены)
    narcotics 0.85 | (купить|куплю|продам|продаю|заказать|закажи|доставка|в наличии|недорого|оптом|качественный|качественная|чистый|чистая) ~3 (мефедрон|мефедрона|меф|мефа|спайс|спайса|гашиш|гашиша|амфетамин|амфетамина|кокаин|кокаина|героин|героина|марихуану|марихуана|травку|травка|шишки|экстази|мдма|лсд|наркотики|наркоту|наркота|вещества|скорость|альфу|альфа пвп|метадон|метадона|гидру)
    narcotics 0.9 | (как|способ) ~1 (сварить|приготовить|изготовить|вырастить|синтезировать) ~2 (мет|метамфетамин|мефедрон|амфетамин|героин|коноплю|марихуану|крокодил|винт|лсд)
    narcotics 0.85 | (гидра|hydra|омг|кракен|блэкспрут|блекспрут|мега) ~1 (магазин|шоп|сайт|ссылка|зеркало|онион|onion)
    narcotics 0.8 | (пиши|пишите|обращайтесь|заходи|заходите) ~3 (за|по) ~1 (товаром|веществами|кладами|закладками|стаффом|стафом)
    // promotion
    promotion 0.85 | (подписывайтесь|подпишитесь|подписывайся|заходите|заходи|переходите|переходи|вступайте|вступай) ~3 (канал|каналу|канале|группу|группе|страницу|страничку|сайт|сайте|ссылке|профиль|профиле|блог|магазин|телеграм|ютуб|инстаграм|тикток|паблик)
    promotion 0.6 | (наш|мой|нашем|моем|моём|наши|мои) ~1 (канал|магазин|сайт|сервис|блог|телеграм|каталог|интернет магазин|паблик|группа)
    promotion 0.6 | (подписывайтесь|подпишитесь|подписывайся|подписываемся)
    promotion 0.8 | (промокод|промокоду|промокодом|промокоды|реферальная ссылка|реферальной ссылке)
    promotion 0.5 | (скидка|скидки|скидку|акция|распродажа) ~3 (только|до|сегодня|успейте|#)
    promotion 0.7 | (звоните|звони|пишите|обращайтесь|тел|телефон) ~1 #
    promotion 0.7 | (ремонт|уборка|доставка|установка|перевозка|натяжные потолки|окна пвх) ~3 (недорого|под ключ|качественно|быстро|гарантия|дешево|дёшево)
    promotion 0.6 | (скидка|скидки|скидку) ~1 #
    promotion 0.8 | (звоните|пишите|обращайтесь|пиши|звони) ~2 (нам|мне|по телефону|в личку|в лс|в личные|в директ|в вотсап|в ватсап|в телеграм|в вайбер)
    promotion 0.85 | (предлагаем|предлагаю|оказываем|окажу|продаю|продам|продаем|выполним|выполню|изготовим|сделаем) ~3 (услуги|услугу|товар|товары|ремонт|помощь|кредит|кредиты|займ|займы|доставку|продвижение|раскрутку|подписчиков|лайки|отзывы|дипломы|справки)
    promotion 0.7 | (доставка|отправка|доставим|отправим) по (всей|россии|рф|снг|миру|стране)
    promotion 0.7 | (низкие|лучшие|выгодные|доступные|приятные) цены
    promotion 0.8 | (успейте|успей) (купить|заказать|записаться|получить)
    // spam
    spam 0.9 | (заработок|заработать|зарабатываю|зарабатывать|зарабатываем|получаю|получать|доход|зарабатывает|заработал|заработала) ~4 # ~3 (в|за|каждый) (день|сутки|неделю|месяц|час|дней|недели)
    spam 0.85 | (без|не нужны|не нужно|не требуется|не требуются) (вложений|опыта|вложения|опыт|знаний|навыков)
    spam 0.6 | работа (на дому|в интернете|онлайн|удаленно|удалённо|с телефона)
    spam 0.6 | (пассивный|дополнительный|стабильный|высокий) (доход|заработок)
    spam 0.7 | (быстрые|легкие|лёгкие|халявные) деньги
    spam 0.85 | (массовая|массовые|e-mail|email) (рассылка|рассылки|рассылку)
    spam 0.85 | (базы|база) (email|e-mail|емейлов|почт|телефонов|номеров)
    spam 0.8 | (казино|фриспины|фриспинов|бонус за регистрацию|бонус на депозит|букмекер)
    spam 0.85 | (кредит|займ|займы|кредиты|деньги) (без отказа|без проверки|на карту за|онлайн без|без справок|без залога)
    spam 0.7 | (переходи|переходите|жми|жмите|кликай|кликайте) (по ссылке|сюда|на ссылку)
    spam 0.8 | (бонус|бонусом|бонусы|фрибет|фрибетом) ~3 (за регистрацию|на первый депозит|новым игрокам|при регистрации)
    spam 0.7 | (ставки на спорт|букмекерская контора|онлайн казино|игровые автоматы)
    spam 0.6 | (ссылка|ссылке|ссылку) (в профиле|в шапке профиля|в био|в описании)
    spam 0.9 | (моя|мой) (соседка|сосед|подруга|друг|тетя|тётя|мама|сестра|брат|знакомая|знакомый|жена|муж) ~4 (зарабатывает|заработала|заработал|получает|получила)
    spam 0.8 | (удвоить|утроить|приумножить) (деньги|капитал|вложения|депозит)
    spam 0.85 | (гарантированный|гарантированная|гарантированно) (доход|прибыль|заработок|выигрыш)
    spam 0.7 | (инвестиции|инвестиций|криптовалюта|биткоин|трейдинг|форекс) ~3 (прибыль|доход|процентов|гарантированно|заработок)
    """

    static let others = """
    // Spanish, German, French: the clearest cases only.
    insult_threat 0.85 | (eres|sois|eres un|eres una) ~1 (idiota|imbécil|imbecil|estúpido|estupido|estúpida|subnormal|retrasado|basura|payaso|tonto|tonta|gilipollas)
    insult_threat 0.8 | (du|ihr|sie) ~1 (idiot|vollidiot|trottel|depp|arschloch|wichser|hurensohn|missgeburt|schwachkopf|spast|penner)
    insult_threat 0.8 | (vollidiot|vollidioten|missgeburt|schwachkopf|spast|spasti)
    insult_threat 0.85 | (t'es|tu es|vous êtes|vous etes|espèce de|espece de) ~1 (idiot|idiote|con|conne|débile|debile|abruti|abrutie|crétin|cretin|imbécile|imbecile|connard|connasse|minable|ordure)
    insult_threat 0.8 | (abruti|abrutis|crétin|crétins|imbécile|imbéciles|ordure|ordures|sale con)
    hate 0.9 | (maricón|maricon|maricones|sudaca|sudacas|moro de mierda|kanake|kanaken|neger|bougnoule|bougnoules|youpin|youpins|sale arabe|sale juif|sale noir|bicot)
    extremism 0.9 | (muerte a|tod den|mort aux) (los judíos|judios|juden|juifs|infieles|ungläubigen|infidèles)
    suicide 0.9 | (mátate|matate|suicídate|suicidate|bring dich um|töte dich|tue toi|tue-toi|va te pendre|pendez-vous|ahórcate|ahorcate)
    spam 0.9 | (gana|ganar|verdienen|verdiene|gagner|gagnez) ~3 # ~3 (al|por|pro|par) (día|dia|semana|mes|tag|woche|monat|jour|semaine|mois)
    """

    /// Every phrase pattern of the engine, matched in one pass: these, the outlet references, the personal-data
    /// phrases and the malware cues.
    static let matcher = PhraseMatcher([english, russian, others, OutletDetector.patterns, PersonalDataDetector.phrases,
                                        LinkRules.malwareCues, CooccurrenceLexicon.patterns].joined(separator: "\n"))
}
