// Demo content for the International (English) edition.
// Fictional news: places may be real, but people, companies and events are invented.

extension DemoEdition {
    static let english = DemoEdition(
        code: "en",
        name: "International",
        language: "en",
        timeZone: "Europe/London",
        isDefault: true,
        sections: englishSections,
        articles: englishArticles,
        galleries: englishGalleries
    )
}

private let englishSections: [DemoSection] = [
    DemoSection(key: "world", name: "World", slug: "world"),
    DemoSection(key: "business", name: "Business", slug: "business"),
    DemoSection(key: "science", name: "Science & Tech", slug: "science"),
    DemoSection(key: "sport", name: "Sport", slug: "sport"),
    DemoSection(key: "culture", name: "Culture", slug: "culture"),
    DemoSection(key: "opinion", name: "Opinion", slug: "opinion"),
    DemoSection(key: "planet", name: "Planet", slug: "planet"),
]

private let englishArticles: [DemoArticle] = [
    DemoArticle(
        key: "en-markets-rally-rates-hold",
        section: "business",
        title: "Shares climb and sterling slips as investors bet the next move is a cut",
        summary: "London's main index closed at a three-month high after the Bank of England kept rates on hold but signalled that its patience may soon run out.",
        body: """
Investors wasted little time interpreting the Bank of England's decision to leave borrowing costs unchanged. Within an hour of the announcement, the FTSE 100 had added more than one per cent and the pound had fallen half a cent against the dollar, as traders moved to price in a cut before the end of the year.

Housebuilders led the gains, with several rising by more than four per cent. Banks, which benefit from higher rates, lagged behind the wider market.

{{related:en-rates-decision-hold}}

"The statement was a hold on paper and a cut in spirit," said Ruth Adeyemi, chief markets strategist at Calder & Finch. "Three votes for a reduction is more than most people expected, and the market has taken that as the clearest signal yet."

Bond markets told a similar story. The yield on two-year government debt, which is sensitive to expectations for interest rates, fell to its lowest level since the spring.

Not everyone is convinced. Some analysts warned that wage growth remains stubborn and that a sharp rise in energy prices this winter could still push the committee to wait. "Markets have a habit of getting ahead of themselves," said Tobias Lund of the Northgate Institute. "The Bank has been very careful not to promise anything."
""",
        tags: ["Central banks", "Markets", "Inflation"],
        author: "Daniel Whitcombe",
        hoursAgo: 0,
        photo: DemoPhoto(scene: .skyline, caption: "Office towers in the City of London catch the late afternoon light as trading closes on Thursday.", credit: "Meridian Press / Clara Voss", alt: "Glass office towers of a financial district against an evening sky"),
        recommended: false,
        related: ["en-rates-decision-hold", "en-rates-preview", "en-opinion-rates-patience"]
    ),
    DemoArticle(
        key: "en-kestria-election-day",
        section: "world",
        title: "Kestria votes in its closest election in a generation",
        summary: "Polling stations opened across Kestria as voters choose between a prime minister promising continuity and a challenger who says the country has stalled.",
        body: """
Queues formed before dawn outside schools and town halls across Kestria on Sunday as voters began choosing a new parliament in what polls suggest is the tightest contest since the country's first free elections more than three decades ago.

Prime Minister Elena Varga, whose Civic Alliance has governed for eight years, cast her ballot in her home town of Ostrava Vale shortly after polls opened. "Whatever the result, today belongs to the people who are standing in these queues," she told reporters.

Her main rival, Matthias Korsen of the New Centre party, voted in the capital, Varnholm, where he has drawn large crowds with promises to cut energy bills and overhaul the health service.

{{related:en-kestria-polls-tighten}}

Election officials said turnout by midday stood at 38 per cent, several points higher than at the same stage four years ago. Long lines were reported in university towns, where younger voters have been targeted by both campaigns.

## What is at stake

- All 151 seats in the single-chamber parliament
- Control of a budget shaped by a costly energy transition
- The country's approach to migration along its eastern border

Polls close at 20:00 local time, with the first exit poll expected immediately afterwards. A full count is not expected before Monday morning.
""",
        tags: ["Elections", "Diplomacy"],
        author: "Ingrid Solberg",
        hoursAgo: 1,
        photo: DemoPhoto(scene: .crowd, caption: "Voters queue outside a polling station in central Varnholm shortly after polls opened on Sunday morning.", credit: "Northlight Agency / Jonas Ekberg", alt: "A crowd of people waiting in line seen from behind"),
        recommended: true,
        related: ["en-kestria-polls-tighten", "en-kestria-debate", "en-opinion-kestria-turnout"]
    ),
    DemoArticle(
        key: "en-storm-marisol-landfall",
        section: "world",
        title: "Hurricane Marisol makes landfall with 200km/h winds",
        summary: "The strongest storm of the season came ashore near the Mexican port of Puerto Alcázar overnight, cutting power to hundreds of thousands of homes.",
        body: """
Hurricane Marisol made landfall on Mexico's Gulf coast early on Tuesday as a category four storm, tearing roofs from buildings and flooding low-lying neighbourhoods along a 150km stretch of shoreline.

The eye of the storm crossed the coast just north of Puerto Alcázar, a fishing and oil port of 90,000 people, shortly after 03:00 local time. Sustained winds of 200km/h were recorded at the harbour before instruments failed.

"We heard the sea before we saw it," said Rosa Delgado, a shopkeeper who sheltered with her family in a school gymnasium. "By the time it was light the street outside had become a river."

{{related:en-storm-marisol-evacuations}}

State officials said more than 400,000 homes were without electricity and that several main roads had been cut by landslides inland. There were no confirmed deaths by mid-morning, a fact authorities credited to the evacuation of more than 120,000 people in the preceding two days.

Forecasters warned that the danger was far from over. Marisol is expected to weaken as it moves inland, but could still dump up to 500mm of rain on the mountains of the Sierra Madre Oriental, raising the risk of flash floods.

> "The wind is what people see on television. The water is what kills," said Andrés Molina of the regional civil protection agency.
""",
        tags: ["Storms", "Climate"],
        author: "Tomás Reyes",
        hoursAgo: 2,
        photo: DemoPhoto(scene: .storm, caption: "Storm clouds and driving rain sweep over the coast near Puerto Alcázar as Hurricane Marisol comes ashore.", credit: "Atlas Wire / Lucía Ferrer", alt: "Dark storm clouds with heavy rain and a flash of lightning over a coastline"),
        recommended: true,
        related: ["en-storm-marisol-evacuations", "en-storm-marisol-forms", "en-storm-insurers-brace"]
    ),
    DemoArticle(
        key: "en-rates-decision-hold",
        section: "business",
        title: "Bank of England holds rates but three policymakers vote for a cut",
        summary: "The Monetary Policy Committee kept its main rate unchanged for a fourth meeting, but a growing minority now believes inflation is under control.",
        body: """
The Bank of England left interest rates unchanged on Thursday, but the split among its policymakers suggested that the long wait for lower borrowing costs may be nearing its end.

Six members of the nine-strong Monetary Policy Committee voted to hold the rate, while three backed a quarter-point reduction. At the previous meeting only one member had voted for a cut.

In its statement, the committee said inflation had "fallen broadly in line with expectations" and that the labour market was "loosening gradually". It repeated that policy would need to remain restrictive "for sufficiently long", but dropped a line warning of upside risks from wage growth.

"This is a committee that is getting ready to move," said Priyanka Shah, an economist at Harlow Street Capital. "The question is no longer whether they cut, but whether they do it in one step or two before Christmas."

## Mortgage holders wait

For households, the decision means no immediate relief. Around 1.5 million fixed-rate mortgage deals are due to expire over the next year, many of them arranged when rates were close to zero.

Lenders have already begun trimming the cost of new fixed-rate loans in anticipation of cuts, according to the comparison site RateWise, but average two-year deals remain well above the levels of three years ago.
""",
        tags: ["Central banks", "Inflation", "Housing"],
        author: "Daniel Whitcombe",
        hoursAgo: 3,
        photo: DemoPhoto(scene: .city, caption: "Pedestrians pass the stone façades of the financial district in London on the morning of the interest-rate decision.", credit: "Meridian Press / Clara Voss", alt: "City street with tall buildings and lit windows"),
        recommended: true,
        related: ["en-rates-preview", "en-markets-rally-rates-hold", "en-housing-mortgage-squeeze"]
    ),
    DemoArticle(
        key: "en-port-strike-rotterdam",
        section: "business",
        title: "Dockworkers walk out at three North Sea ports as automation row deepens",
        summary: "A 48-hour strike has halted container traffic at ports in the Netherlands, Belgium and Germany, with unions warning of longer stoppages.",
        body: """
Container ships queued off the coast of the Netherlands on Monday after dockworkers at three of northern Europe's busiest ports began a coordinated 48-hour strike over plans to expand automated cranes and vehicles.

The walkout, organised by unions in Rotterdam, Antwerp and Hamburg, is the first time workers at all three ports have struck together. Terminal operators said loading and unloading had "effectively stopped" at most berths.

"This is not a fight against technology," said Marieke de Wit, a crane operator and union representative in Rotterdam. "It is a fight about who decides how it is introduced, and who pays the price when jobs disappear."

{{related:en-shipping-rates-surge}}

Operators argue that automation is essential to compete with ports in Asia and the Mediterranean, and say no permanent staff will lose their jobs. The unions want written guarantees covering the next ten years.

Freight forwarders warned that even a short stoppage would ripple through supply chains already stretched by disruption elsewhere. "Two days of strikes means a week of catching up," said Hendrik Vos of the logistics firm Vos & Kramer.

Talks between the two sides are due to resume on Wednesday.
""",
        tags: ["Trade", "Transport"],
        author: "Marco Bellini",
        hoursAgo: 8,
        photo: DemoPhoto(scene: .harbour, caption: "Idle cranes stand over stacked containers at a terminal in Rotterdam on the first day of the strike.", credit: "Harbourline Images / Pieter Haas", alt: "Container cranes and a cargo ship in a harbour at dusk"),
        recommended: true,
        related: ["en-shipping-rates-surge", "en-rail-freight-corridor"]
    ),
    DemoArticle(
        key: "en-cup-semifinal-marenna",
        section: "sport",
        title: "Marenna stun Vilamar with late winner to reach Continental Cup final",
        summary: "A stoppage-time header from 19-year-old Iker Salcedo sent Atlético Marenna through to their first continental final.",
        body: """
Atlético Marenna are one game away from the greatest night in their history after Iker Salcedo's header in the 94th minute sealed a 2-1 win over Sporting Vilamar and a 3-2 aggregate victory in the Continental Cup semi-final.

The teenager, who came on as a substitute with 20 minutes left, rose highest to meet a corner from captain Pablo Irurzun and send the ball in off the underside of the bar. The 38,000 crowd at the Estadio de la Ribera erupted.

"I closed my eyes and hoped," Salcedo said afterwards. "When I opened them, everybody was on top of me."

Vilamar had looked in control after Rui Matos put them ahead on the night early in the second half, but Marenna equalised through a penalty from Irurzun before the dramatic finale.

{{related:en-cup-lindholm-coach}}

Marenna, a club from a town of 60,000 people that was playing in the third tier a decade ago, will face FC Lindholm in the final. Their coach, Nerea Olaizola, said she would allow her players one night of celebration. "Tomorrow we start thinking about Lindholm," she said. "Tonight belongs to the town."
""",
        tags: ["Football", "Continental Cup"],
        author: "Owen Prichard",
        hoursAgo: 10,
        photo: DemoPhoto(scene: .stadium, caption: "Floodlights illuminate the Estadio de la Ribera as Marenna supporters celebrate the late winner.", credit: "Newsdesk / Sam Okoro", alt: "A floodlit football stadium at night with striped green pitch"),
        recommended: true,
        related: ["en-cup-lindholm-coach", "en-cup-quarterfinal-upset", "en-cup-fans-travel"]
    ),
    DemoArticle(
        key: "en-aurora-landing-site",
        section: "science",
        title: "Aurora-3 lander picks a ridge near the Moon's south pole for touchdown",
        summary: "Mission controllers have selected a landing zone on a sunlit ridge where scientists hope to find ice in nearby shadowed craters.",
        body: """
The team behind the Aurora-3 lunar mission has chosen its landing site: a gently sloping ridge close to the Moon's south pole that is bathed in sunlight for more than 80 per cent of the lunar year.

The spacecraft, which has been circling the Moon for nine days, will begin its descent on Saturday. If successful, it would be the first landing by a privately led European mission.

"We looked at more than forty candidate sites, and this was the one that kept coming out on top," said Dr Sofia Marchetti, Aurora-3's mission scientist. "It is flat enough to land on, bright enough to power us, and close enough to permanently shadowed craters to make the science worthwhile."

The lander carries a small drill and a spectrometer designed to detect water ice in the top metre of lunar soil. Such ice could one day provide drinking water, oxygen and rocket fuel for crewed missions.

{{related:en-aurora-lunar-orbit}}

The descent will be fully automated. Engineers on Earth, at the mission's control centre in Darmstadt, will be able to watch but not intervene during the final twelve minutes.

"It is the longest twelve minutes of any engineer's life," said flight director Karim Benali.
""",
        tags: ["Space", "Science"],
        author: "Priya Raman",
        hoursAgo: 12,
        photo: DemoPhoto(scene: .night, caption: "The Moon rises over the mission control centre in Darmstadt on the eve of Aurora-3's planned descent.", credit: "Meridian Press / Felix Auer", alt: "A starry night sky with a bright moon over dark rooftops"),
        recommended: false,
        related: ["en-aurora-lunar-orbit", "en-aurora-launch"]
    ),
    DemoArticle(
        key: "en-montvel-golden-lantern",
        section: "culture",
        title: "Quiet family drama 'The Salt Road' wins Montvel's Golden Lantern",
        summary: "Senegalese-French director Amara Diallo-Perrin took the festival's top prize for a film about three sisters crossing a dried-up lake.",
        body: """
The Salt Road, a slow and luminous portrait of three sisters walking across the cracked bed of a vanished lake, has won the Golden Lantern at the Montvel Film Festival, beating several far bigger productions.

Its director, Amara Diallo-Perrin, appeared close to tears as she accepted the award on the lakeside stage on Saturday night. "We made this film with eleven people and one truck," she said. "Thank you for looking at something small."

The jury, chaired by the Korean cinematographer Han Ji-won, praised the film's "patience and its absolute trust in the audience". The Grand Jury Prize went to Northern Lights, Southern Winds, a Norwegian-Chilean co-production about a fishing crew, while the best actor award went to Luca Ferrante for the courtroom drama The Verdict of Stones.

{{related:en-montvel-debut-director}}

The win is likely to give The Salt Road a significant boost ahead of its international release. Several distributors were reported to be in talks within minutes of the announcement.

Critics have broadly welcomed the decision. Writing in the festival daily, the critic Marta Koenig called it "the bravest choice this jury could have made, and the right one".
""",
        tags: ["Film", "Festivals", "Awards"],
        author: "Leila Haddad",
        hoursAgo: 16,
        photo: DemoPhoto(scene: .crowd, caption: "Festivalgoers gather on the lakeside terrace in Montvel ahead of the closing ceremony on Saturday evening.", credit: "Northlight Agency / Elise Marchand", alt: "Silhouettes of a crowd gathered in the evening"),
        recommended: true,
        related: ["en-montvel-debut-director", "en-montvel-opens", "en-opinion-cinema-screens"]
    ),
    DemoArticle(
        key: "en-storm-marisol-evacuations",
        section: "world",
        title: "More than 120,000 ordered to leave coast as Marisol strengthens",
        summary: "Mexican authorities opened hundreds of shelters along the Gulf coast as the hurricane intensified rapidly over unusually warm water.",
        body: """
Authorities in north-eastern Mexico ordered the evacuation of more than 120,000 people from coastal towns on Sunday as Hurricane Marisol strengthened from a category two to a category four storm in less than a day.

Buses ferried residents from fishing villages to schools, churches and sports halls turned into shelters further inland. In Puerto Alcázar, police with loudspeakers drove through the old harbour district urging people to leave.

"Some people don't want to go because they are afraid of looting," said Mayor Beatriz Olmedo. "I tell them: a television can be replaced. You cannot."

Forecasters at the regional weather service said the storm's rapid intensification had been fuelled by sea-surface temperatures nearly two degrees above the long-term average.

{{related:en-storm-marisol-forms}}

Supermarkets reported shortages of bottled water and batteries, and petrol stations on the main highway inland were overwhelmed. Oil companies evacuated staff from several offshore platforms and suspended production.

The army said it had placed 3,000 soldiers on standby along with helicopters and boats for rescue operations once the storm has passed.
""",
        tags: ["Storms", "Climate", "Migration"],
        author: "Tomás Reyes",
        hoursAgo: 20,
        photo: DemoPhoto(scene: .storm, caption: "Heavy clouds gather over the Gulf coast as residents of Puerto Alcázar leave ahead of Hurricane Marisol.", credit: "Atlas Wire / Lucía Ferrer", alt: "Grey storm clouds and rain over low buildings"),
        recommended: false,
        related: ["en-storm-marisol-landfall", "en-storm-marisol-forms", "en-opinion-storm-readiness"]
    ),
    DemoArticle(
        key: "en-offshore-wind-record",
        section: "planet",
        title: "Wind power supplies more than half of North Sea nations' electricity for a full week",
        summary: "Grid operators say offshore turbines produced a record share of power during a week of steady autumn gales.",
        body: """
Wind turbines generated more than half of the electricity used in Denmark, the Netherlands, Germany and the United Kingdom combined over the past seven days, according to figures released by grid operators on Friday, the first time the milestone has been passed for a full week.

A series of strong but steady autumn weather systems kept offshore farms turning close to full capacity, while mild temperatures kept demand in check.

"Weeks like this show what the system can already do," said Johanna Kerr of the consultancy GridNorth. "The challenge is the weeks when the wind doesn't blow, and we are not there yet."

Several new offshore farms have come online this year, including the 1.4-gigawatt Doggerhaven project, which began full operation in August.

The surge in output pushed wholesale power prices below zero for several hours on Wednesday night, meaning some generators were effectively paying to supply electricity. Analysts said the episode underlined the need for more storage and cross-border cables.

Environmental groups welcomed the figures but warned against complacency. "A record week is a headline," said Tamsin Reid of Blue Horizon. "What the climate needs is a record decade."
""",
        tags: ["Energy", "Climate", "Oceans"],
        author: "Sofia Lindqvist",
        hoursAgo: 24,
        photo: DemoPhoto(scene: .sea, caption: "Waves roll towards the shore of the Danish North Sea coast during a week of strong autumn winds.", credit: "Harbourline Images / Mads Kjær", alt: "Open sea with rolling waves under a bright sky"),
        recommended: false,
        related: ["en-opinion-storm-readiness", "en-glacier-retreat-alps", "en-battery-sodium-breakthrough"]
    ),
    DemoArticle(
        key: "en-storm-insurers-brace",
        section: "business",
        title: "Insurers brace for multibillion-dollar bill as Marisol nears coast",
        summary: "Reinsurance shares fell as analysts estimated that the hurricane could become one of the costliest storms ever to hit Mexico.",
        body: """
Shares in Europe's biggest reinsurers fell sharply on Monday as Hurricane Marisol headed towards Mexico's industrial Gulf coast, with early estimates putting insured losses anywhere between 6 and 14 billion dollars.

The storm's projected path crosses a string of ports, refineries and factories that supply car makers and chemical companies across North America.

"The range is huge because the track is still uncertain by fifty kilometres," said Elena Brandt, an insurance analyst at Kessler Bank. "Fifty kilometres is the difference between a bad week and a very bad year."

Industry executives say that repeated large storms are forcing a rethink of how coastal risk is priced. Several insurers have already withdrawn cover from parts of the coast or sharply increased premiums.

{{related:en-storm-season-forecast}}

Catastrophe bonds, which pay investors high returns but can be wiped out by a single disaster, also fell in value. One fund manager said buyers were "watching the radar more closely than the markets".

Oil prices rose by two per cent as several offshore platforms were evacuated.
""",
        tags: ["Storms", "Markets", "Climate"],
        author: "Marco Bellini",
        hoursAgo: 26,
        photo: DemoPhoto(scene: .city, caption: "Evening traffic moves through the business district of Monterrey as companies prepare for the storm.", credit: "Atlas Wire / Diego Santana", alt: "City street with office buildings at dusk"),
        recommended: false,
        related: ["en-storm-marisol-landfall", "en-storm-season-forecast"]
    ),
    DemoArticle(
        key: "en-rates-preview",
        section: "business",
        title: "What to expect from this week's Bank of England decision",
        summary: "Economists expect rates to stay on hold, but the number of votes for a cut could move markets.",
        body: """
The Bank of England is widely expected to keep interest rates unchanged on Thursday, but economists say the real news will be in the details of the vote and the tone of the accompanying statement.

Inflation has fallen for four consecutive months and now stands close to the Bank's target, helped by lower food and fuel prices. Wage growth, however, remains well above the level policymakers consider consistent with stable prices.

"The committee is divided between those who look at inflation and those who look at wages," said Henrik Dahl, chief economist at Baltic & Western. "Both sides have a point, which is why this is hard."

## Three things to watch

- **The vote split.** More than two votes for a cut would be read as a strong signal.
- **The language on wages.** Any softening would suggest growing confidence.
- **The growth forecast.** A downgrade would strengthen the case for lower rates.

Financial markets currently put the chance of a cut at this meeting at less than one in five, but expect at least one reduction before the end of the year.
""",
        tags: ["Central banks", "Inflation"],
        author: "Kwame Asante",
        hoursAgo: 28,
        photo: DemoPhoto(scene: .skyline, caption: "Morning haze hangs over the London skyline ahead of the Bank of England's interest-rate announcement.", credit: "Meridian Press / Clara Voss", alt: "City skyline with towers under a hazy morning sky"),
        recommended: false,
        related: ["en-rates-decision-hold", "en-inflation-eases-food", "en-opinion-rates-patience"]
    ),
    DemoArticle(
        key: "en-opinion-kestria-turnout",
        section: "opinion",
        title: "Whoever wins in Kestria, the real story is who turns up",
        summary: "A small country's election is being decided less by persuasion than by mobilisation, and that should worry both camps.",
        body: """
For weeks, Kestria's election has been described as a duel between two personalities: the steady, slightly weary Elena Varga and the energetic, impatient Matthias Korsen. That framing misses the point.

Almost every poll shows the two main parties within a couple of points of each other. Very few voters say they have changed their minds during the campaign. What is changing is who intends to vote at all.

Four years ago, barely half of Kestrians under 30 cast a ballot. This time, registration among young people has risen sharply, driven by anger over rents and the cost of heating. Older voters in rural districts, the backbone of the Civic Alliance, say they are less sure they will bother.

{{related:en-kestria-debate}}

That is a recipe for a result that surprises everybody. It is also a warning. A government elected on the strength of one generation's frustration, against the indifference of another, will struggle to build the consensus that a small country facing a costly energy transition needs.

The winners on Sunday night should remember that a majority of turnout is not the same as a majority of trust.
""",
        tags: ["Elections", "Energy"],
        author: "Hannah Okafor",
        hoursAgo: 30,
        photo: DemoPhoto(scene: .parliament, caption: "The domed parliament building in Varnholm, where the new chamber will convene after Sunday's vote.", credit: "Northlight Agency / Jonas Ekberg", alt: "A domed parliament building with columns"),
        recommended: false,
        related: ["en-kestria-debate", "en-kestria-polls-tighten", "en-kestria-election-day"]
    ),
    DemoArticle(
        key: "en-cup-fans-travel",
        section: "sport",
        title: "Thousands of fans plan overland trek to Continental Cup final",
        summary: "With flights sold out or unaffordable, supporters of both finalists are turning to trains, coaches and car-shares.",
        body: """
Supporters of Atlético Marenna and FC Lindholm are preparing to cross Europe by rail, road and ferry to reach the Continental Cup final, after flight prices to the host city of Lyon more than tripled within hours of the semi-finals.

Fan groups from Marenna have chartered two special trains, while Lindholm supporters have booked more than 40 coaches for a journey of almost 2,000 kilometres.

"My father did the same trip in 1979 to watch a friendly," said Lindholm fan Erik Nyström, who is travelling with his two sons. "It took him three days. We will do it in two, with better sandwiches."

Rail operators said they had added extra carriages on several routes. Organisers have set up a meeting point for fans arriving by train on the banks of the Saône.

Local authorities in Lyon expect around 70,000 visitors, though the stadium holds just 59,000. Fan zones with giant screens will be set up in two city parks.

Police said they did not expect trouble, noting that the two clubs have no history of rivalry. "They have never played each other," said a spokesman. "We would like to keep it that way off the pitch."
""",
        tags: ["Football", "Continental Cup", "Transport"],
        author: "Owen Prichard",
        hoursAgo: 34,
        photo: DemoPhoto(scene: .railway, caption: "A train heads south across open country; fan groups have chartered special services to the final in Lyon.", credit: "Newsdesk / Sam Okoro", alt: "Railway tracks stretching into the distance across open countryside"),
        recommended: false,
        related: ["en-cup-semifinal-marenna", "en-cup-lindholm-coach"]
    ),
    DemoArticle(
        key: "en-opinion-storm-readiness",
        section: "opinion",
        title: "We keep calling these storms unprecedented. They are not",
        summary: "Hurricanes like Marisol are exactly what scientists warned of. Coastal cities need to plan for them as the new normal.",
        body: """
Every hurricane season brings the same vocabulary. Storms are "unprecedented", "historic", "once in a generation". Then, a year or two later, another arrives that is just as strong.

Hurricane Marisol is a case in point. It intensified from a moderate storm to a major hurricane in under 24 hours, fed by a Gulf of Mexico that was far warmer than normal. That is precisely the kind of behaviour climate scientists have been predicting for twenty years.

The evacuation that preceded it was a genuine success, and the officials who organised it deserve credit. But evacuations save lives; they do not save livelihoods. Ports, fishing fleets and small businesses along the coast will take years to recover.

> Resilience is not a slogan. It is drainage, building codes and money spent before the storm, not after it.

Cities from Rotterdam to Puerto Alcázar have shown that it is possible to live with water if you design for it. That requires investment that rarely wins elections, because its benefits are invisible: the flood that did not happen, the hospital that kept its power.

Until we stop treating each storm as a surprise, we will keep paying for them as if they were.
""",
        tags: ["Storms", "Climate"],
        author: "Hannah Okafor",
        hoursAgo: 40,
        photo: DemoPhoto(scene: .harbour, caption: "Fishing boats moored in a Gulf coast harbour days before Hurricane Marisol arrived.", credit: "Atlas Wire / Diego Santana", alt: "Boats moored in a harbour with cranes in the background"),
        recommended: false,
        related: ["en-storm-marisol-evacuations", "en-storm-season-forecast", "en-storm-marisol-landfall"]
    ),
    DemoArticle(
        key: "en-ai-hospital-triage",
        section: "science",
        title: "AI triage tool cut emergency waiting times by a fifth, trial finds",
        summary: "A year-long study in six hospitals found that software helping nurses prioritise patients reduced delays without missing serious cases.",
        body: """
An artificial intelligence system that helps emergency department nurses decide which patients to see first reduced average waiting times by 21 per cent, according to a trial involving six hospitals in Scotland and the north of England.

The software, developed by the Edinburgh start-up Clarion Health, analyses vital signs, symptoms and medical history as patients arrive and suggests a priority level. Nurses can accept or override the recommendation.

Researchers said the tool did not miss any cases later found to be life-threatening, and that nurses overrode its suggestions in around 9 per cent of cases.

"The point is not to replace clinical judgement, it is to give it more time," said Professor Aileen McBride, who led the study, published in the journal Emergency Medicine Today.

{{related:en-ai-regulation-vote}}

Patient groups welcomed the results but called for transparency about how the system reaches its decisions. "People need to know that a human is still accountable," said Graham Pike of the Patients' Voice charity.

The NHS is now considering a wider rollout, which would require the system to be approved under new rules for high-risk medical software.
""",
        tags: ["AI", "Health", "Technology"],
        author: "Priya Raman",
        hoursAgo: 46,
        photo: DemoPhoto(scene: .laboratory, caption: "Equipment on a research bench at the Edinburgh laboratory where the triage software was tested.", credit: "Newsdesk / Ewan Grant", alt: "Laboratory bench with glass flasks and instruments"),
        recommended: false,
        related: ["en-ai-regulation-vote", "en-opinion-ai-humility"]
    ),
    DemoArticle(
        key: "en-kestria-debate",
        section: "world",
        title: "Varga and Korsen clash over energy bills in final Kestria debate",
        summary: "The prime minister and her challenger traded accusations over heating costs and the border in a bad-tempered televised encounter.",
        body: """
Kestria's two main candidates for prime minister clashed repeatedly over the cost of energy and the management of the country's eastern border in a final televised debate on Thursday night, three days before the election.

Matthias Korsen accused Elena Varga of leaving families "choosing between heating and eating" and promised to cap household energy prices for two years. Ms Varga said his plan would cost more than the entire defence budget and "send the bill to our children".

"You cannot freeze prices and build a new energy system at the same time," the prime minister said. Mr Korsen replied: "You cannot ask people to wait eight more years for a system that keeps them cold."

The exchange on migration was sharper still. Mr Korsen said the government had lost control of crossings in the snowbound north-east, while Ms Varga defended a new processing centre opened in the spring.

{{related:en-border-crossing-winter}}

A snap poll for the broadcaster KTV suggested that 44 per cent of viewers thought Mr Korsen had won, against 41 per cent for Ms Varga, a margin within the poll's error.

Smaller parties, which could become kingmakers in a hung parliament, were given a separate debate earlier in the evening.
""",
        tags: ["Elections", "Energy", "Migration"],
        author: "Ingrid Solberg",
        hoursAgo: 50,
        photo: DemoPhoto(scene: .parliament, caption: "The parliament in Varnholm is lit up on the night of the final televised debate.", credit: "Northlight Agency / Jonas Ekberg", alt: "A parliament building with a dome and columns at dusk"),
        recommended: false,
        related: ["en-kestria-polls-tighten", "en-kestria-campaign-launch", "en-opinion-kestria-turnout"]
    ),
    DemoArticle(
        key: "en-migration-summit-lisbon",
        section: "world",
        title: "European ministers agree to share asylum processing at Lisbon summit",
        summary: "Interior ministers from 22 countries signed a pact on joint reception centres, though several governments refused to join.",
        body: """
Interior ministers from 22 European countries agreed on Wednesday to jointly run asylum reception centres near the bloc's external borders, in what officials described as the most significant change to migration policy in a decade.

Under the Lisbon agreement, applications will be processed within twelve weeks at shared centres staffed by officials from several countries. Those granted protection will be distributed among participating states according to population and economic size.

"For the first time, no country is standing alone at the border," said Portugal's interior minister, who chaired the talks. Six governments declined to sign, arguing that the plan would encourage more arrivals.

Humanitarian organisations gave a cautious response. "Speed is welcome if it comes with fairness," said Amina Yusuf of the Refugee Legal Network. "Twelve weeks is not very long to prove that your life is in danger."

The agreement must still be approved by national parliaments, and officials acknowledged that the first centres are unlikely to open before next summer.

Kestria, where migration has become a central election issue, signed the pact, a move its opposition has promised to review.
""",
        tags: ["Migration", "Diplomacy"],
        author: "Leila Haddad",
        hoursAgo: 58,
        photo: DemoPhoto(scene: .crowd, caption: "Demonstrators gather outside the conference centre in Lisbon as interior ministers meet inside.", credit: "Meridian Press / Inês Cardoso", alt: "A crowd of people gathered outdoors"),
        recommended: false,
        related: ["en-opinion-migration-numbers", "en-border-crossing-winter", "en-kestria-debate"]
    ),
    DemoArticle(
        key: "en-cup-lindholm-coach",
        section: "sport",
        title: "Lindholm's Anders Bjørk: 'We are nobody's favourites, and we like it'",
        summary: "The Swedish club's coach says his young side will approach the Continental Cup final without fear after beating three bigger clubs.",
        body: """
Anders Bjørk does not do grand speeches. Asked how he would prepare FC Lindholm for the biggest match in the club's history, the 51-year-old Dane shrugged. "The same as always. We sleep, we eat, we train, we play."

Yet there is nothing ordinary about what his side have achieved. Lindholm, who finished fifth in the Swedish league last season, have knocked out three clubs with budgets many times larger on their way to the Continental Cup final.

"Every round, people told us this was where it stops," Bjørk said at the club's modest training ground on the edge of town. "We are nobody's favourites, and honestly, we like it."

{{related:en-cup-quarterfinal-upset}}

Central to their run has been a high-pressing style built around a midfield whose average age is just 22. Striker Oskar Lindahl has scored seven goals in the competition.

Bjørk was a journeyman defender in Denmark before moving into coaching, and spent nine years working with youth teams. He says those years taught him patience. "With young players, you must let them make mistakes. Then one day they stop making them, and they beat Rotterdam."
""",
        tags: ["Football", "Continental Cup"],
        author: "Owen Prichard",
        hoursAgo: 60,
        photo: DemoPhoto(scene: .stadium, caption: "Lindholm's training pitch under floodlights during an evening session ahead of the final.", credit: "Northlight Agency / Sven Ahlberg", alt: "Football pitch with floodlights and empty stands"),
        recommended: false,
        related: ["en-cup-quarterfinal-upset", "en-cup-semifinal-marenna", "en-cup-fans-travel"]
    ),
    DemoArticle(
        key: "en-storm-marisol-forms",
        section: "planet",
        title: "Tropical storm Marisol forms in the Caribbean and heads west",
        summary: "Forecasters say warm waters could allow the season's thirteenth named storm to become a major hurricane within days.",
        body: """
Tropical Storm Marisol formed in the western Caribbean on Friday, becoming the thirteenth named storm of an unusually active Atlantic hurricane season.

The storm was moving west-northwest at around 20km/h with maximum sustained winds of 75km/h. Forecasters said it was likely to cross the Yucatán Peninsula before emerging over the Gulf of Mexico, where waters are close to record temperatures.

"Everything in the environment is favourable for strengthening," said Dr Camila Ortega, a meteorologist at the University of Veracruz. "Warm water, low wind shear, plenty of moisture. The question is how fast."

Marine heatwaves have been recorded across large parts of the Gulf since July, with surface temperatures reaching 31C in places. Scientists say such conditions increase the likelihood of rapid intensification, in which a storm's winds increase by at least 55km/h in 24 hours.

{{related:en-storm-season-forecast}}

Governments in Belize and Mexico issued tropical storm watches for parts of their coastlines. Cruise lines diverted several ships.

The season runs until the end of November. With thirteen named storms already, it is on course to be among the ten most active on record.
""",
        tags: ["Storms", "Climate", "Oceans"],
        author: "Sofia Lindqvist",
        hoursAgo: 70,
        photo: DemoPhoto(scene: .sea, caption: "A heavy swell builds off the coast of Quintana Roo as Tropical Storm Marisol gathers strength offshore.", credit: "Atlas Wire / Lucía Ferrer", alt: "A rough sea with waves under a cloudy sky"),
        recommended: false,
        related: ["en-storm-season-forecast", "en-storm-marisol-evacuations", "en-coral-heatwave-bleaching"]
    ),
    DemoArticle(
        key: "en-aurora-lunar-orbit",
        section: "science",
        title: "Aurora-3 slips into orbit around the Moon after flawless engine burn",
        summary: "The European-led lander completed a critical 14-minute manoeuvre and is now circling the Moon ahead of a landing attempt.",
        body: """
The Aurora-3 spacecraft entered orbit around the Moon on Tuesday after firing its main engine for 14 minutes while out of contact with Earth behind the lunar far side.

Cheers broke out in the mission control room in Darmstadt when the signal returned on schedule, confirming that the burn had gone as planned.

"I have been doing this for twenty-five years and I still stopped breathing," said flight director Karim Benali. "The Moon does not give second chances."

The spacecraft, roughly the size of a small car, was launched five weeks ago on a slow, fuel-saving trajectory. It is now in an elliptical orbit that will be gradually lowered over the coming week.

{{related:en-aurora-launch}}

Aurora-3 is the first lunar mission led by Helion Space, a company founded in Turin seven years ago, with funding from the European Space Agency and several national agencies. If it lands safely, it will search for water ice near the Moon's south pole.

The team has released the first images from orbit, showing the heavily cratered terrain of the southern highlands in sharp relief.
""",
        tags: ["Space", "Science"],
        author: "Priya Raman",
        hoursAgo: 80,
        photo: DemoPhoto(scene: .night, caption: "A clear night sky over the Odenwald hills near Darmstadt, home to Aurora-3's mission control.", credit: "Meridian Press / Felix Auer", alt: "Night sky full of stars above a dark landscape"),
        recommended: true,
        related: ["en-aurora-launch", "en-aurora-landing-site"]
    ),
    DemoArticle(
        key: "en-inflation-eases-food",
        section: "business",
        title: "Inflation falls to two-year low as food prices cool",
        summary: "Consumer price growth slowed for a fourth month, with cheaper vegetables, bread and dairy offsetting higher rents.",
        body: """
Inflation in the UK fell to its lowest level in more than two years last month, helped by the biggest monthly drop in food prices since the pandemic.

Consumer prices rose by 2.3 per cent in the year to September, down from 2.7 per cent in August, according to official figures. Economists had expected a smaller decline.

Prices of vegetables, bread and dairy products all fell, reflecting a strong harvest across much of Europe and lower costs for fertiliser and transport. At street markets, traders said customers were beginning to return.

"People were buying one of everything, now they buy two," said Mo Rahman, who runs a fruit and vegetable stall in east London. "Not back to normal, but better."

Rents, however, continued to rise at close to record rates, and the cost of services such as hairdressing and restaurant meals remained stubbornly high.

The figures are likely to strengthen the hand of those on the Bank of England's rate-setting committee who argue that interest rates can soon be lowered.
""",
        tags: ["Inflation", "Central banks", "Agriculture"],
        author: "Kwame Asante",
        hoursAgo: 90,
        photo: DemoPhoto(scene: .market, caption: "Shoppers browse fruit and vegetable stalls at a street market in east London.", credit: "Newsdesk / Amira Saleh", alt: "A street market with striped awnings over stalls"),
        recommended: false,
        related: ["en-rates-preview", "en-rates-decision-hold", "en-drought-harvest-spain"]
    ),
    DemoArticle(
        key: "en-montvel-debut-director",
        section: "culture",
        title: "A first-time director, a desert and a camera: the breakout hit of Montvel",
        summary: "Yusuf Demir's debut feature, shot over forty days in the dunes, has become the most talked-about film of the festival.",
        body: """
Two years ago, Yusuf Demir was editing wedding videos in Izmir. This week, his first feature film received a twelve-minute standing ovation at the Montvel Film Festival and is being talked about as a contender for several prizes.

Where the Sand Remembers follows a retired geologist who returns to the desert where he worked as a young man to look for a colleague who vanished there. It was shot over forty days with a crew of nine and almost no artificial lighting.

"We had the sun and the sand. They were our whole budget," Demir said, laughing, on the terrace of the festival palace. "The sand got into everything: the camera, the food, my dreams."

Critics have praised the film's cinematography, which uses the shifting dunes almost as a second character.

{{related:en-montvel-opens}}

Demir, 34, funded the early stages of production through a crowdfunding campaign and a small grant from a regional film fund. A French sales agent has since acquired the international rights.

He says he has already begun writing his next film, set in a snowbound mountain village. "After the desert," he said, "I wanted to be cold."
""",
        tags: ["Film", "Festivals"],
        author: "Leila Haddad",
        hoursAgo: 95,
        photo: DemoPhoto(scene: .desert, caption: "Dunes at sunset in a still from 'Where the Sand Remembers', shot over forty days with a crew of nine.", credit: "Northlight Agency / Elise Marchand", alt: "Sand dunes under a warm evening sky"),
        recommended: false,
        related: ["en-montvel-golden-lantern", "en-montvel-opens"]
    ),
    DemoArticle(
        key: "en-opinion-rates-patience",
        section: "opinion",
        title: "The Bank of England has waited long enough",
        summary: "With inflation close to target and growth faltering, the case for keeping rates this high is getting harder to make.",
        body: """
Central bankers are trained to fear being too early. Cut rates before inflation is truly beaten and you risk a second wave of price rises that costs far more to defeat. That instinct has served the Bank of England reasonably well over the past two years.

But there is another error that gets less attention: being too late. Interest rates work with a lag of a year or more. A decision taken this autumn will be felt in the economy of next winter, when inflation is forecast to be at or below target.

Meanwhile, the costs of waiting are piling up. Business investment has fallen for three quarters. Housebuilding has slowed sharply. Households coming off cheap fixed-rate mortgages face increases of several hundred pounds a month.

{{related:en-housing-mortgage-squeeze}}

Wage growth remains the hawks' strongest argument, and it is a real one. Yet pay is rising fastest in sectors where workers were squeezed hardest by inflation. That is catch-up, not a spiral.

The Bank does not need to slash rates. A steady series of small cuts, clearly explained, would give households and businesses some relief without abandoning the fight against inflation. Patience is a virtue. It is not a policy.
""",
        tags: ["Central banks", "Inflation", "Housing"],
        author: "Daniel Whitcombe",
        hoursAgo: 100,
        photo: DemoPhoto(scene: .skyline, caption: "The skyline of the City of London seen from the south bank of the Thames at dusk.", credit: "Meridian Press / Clara Voss", alt: "A city skyline at dusk with lit windows"),
        recommended: false,
        related: ["en-rates-preview", "en-rates-decision-hold", "en-housing-mortgage-squeeze"]
    ),
    DemoArticle(
        key: "en-battery-sodium-breakthrough",
        section: "science",
        title: "Sodium battery lasts 10,000 cycles in lab test, raising hopes for cheap storage",
        summary: "Researchers in Uppsala say a new electrode design could make grid batteries that do without lithium and cobalt.",
        body: """
A battery built from abundant sodium rather than scarce lithium has survived more than 10,000 charging cycles in laboratory tests while keeping 90 per cent of its capacity, according to researchers at Uppsala University.

The result, published in the journal Energy Materials, could help make large batteries for storing wind and solar power significantly cheaper.

Sodium-ion batteries are already on the market, but they have struggled with short lifetimes, as their electrodes crack after repeated charging. The Uppsala team used a layered material that expands and contracts more gently.

"Think of it as the difference between a brick wall and a concertina," said Dr Linnea Aho, who led the work. "Ours can breathe."

{{related:en-offshore-wind-record}}

The researchers caution that the batteries store less energy by weight than lithium ones, making them unsuitable for cars or phones. For stationary storage, where weight matters less, that is less of a problem.

A spin-out company, Saltcell, hopes to build a pilot production line next year. "The materials cost a fraction of lithium," Dr Aho said. "If the lifetime holds up outside the lab, the economics change completely."
""",
        tags: ["Energy", "Science", "Technology"],
        author: "Ingrid Solberg",
        hoursAgo: 110,
        photo: DemoPhoto(scene: .laboratory, caption: "Glassware and test cells on a bench in the materials chemistry laboratory at Uppsala University.", credit: "Harbourline Images / Mads Kjær", alt: "Laboratory bench with flasks and scientific instruments"),
        recommended: false,
        related: ["en-offshore-wind-record", "en-quantum-startup-funding"]
    ),
    DemoArticle(
        key: "en-tennis-harbour-open",
        section: "sport",
        title: "Qualifier Mira Kovač storms to Harbour Open title in Sydney",
        summary: "The 20-year-old Croatian, ranked outside the top 150, won seven matches in nine days to claim her first tour title.",
        body: """
Mira Kovač began the week sleeping on a friend's sofa and playing qualifying matches in front of a few dozen spectators. She ended it holding the Harbour Open trophy after beating the second seed 6-4, 3-6, 7-5 in a tense final.

The 20-year-old from Split, ranked 163rd in the world, became the first qualifier to win the tournament in its 40-year history.

"I had a return ticket for Tuesday," she said. "I think I need to change it."

Kovač saved two match points in the second round and came from a set down in three of her seven matches. Her opponent in the final, Hanna Lindgren, praised her composure. "She played like she had nothing to lose, and then like she had everything to win," Lindgren said.

The victory will lift Kovač to around 85th in the rankings, guaranteeing her a place in the main draw of next year's major tournaments.

Her coach, her older brother Ante, said the family had scraped together savings to fund her season. "Now," he said, "we can afford a second racket string."
""",
        tags: ["Tennis", "Records"],
        author: "Owen Prichard",
        hoursAgo: 120,
        photo: DemoPhoto(scene: .city, caption: "Evening falls over the waterfront of Sydney where the Harbour Open final was played.", credit: "Newsdesk / Sam Okoro", alt: "City buildings near the water at dusk"),
        recommended: false,
        related: ["en-marathon-record-berlin", "en-cycling-mountain-stage"]
    ),
    DemoArticle(
        key: "en-opinion-cinema-screens",
        section: "opinion",
        title: "Festivals like Montvel keep cinema alive. They cannot do it alone",
        summary: "Small films are winning big prizes, then disappearing. The problem is not audiences but screens.",
        body: """
Each autumn, the Montvel Film Festival offers a reminder of what cinema can be: films made with little money and enormous conviction, watched by audiences who stay for the credits and argue about them afterwards.

Then the festival ends, and most of those films vanish. A handful secure a brief release in a few city-centre cinemas. Many go straight to streaming platforms, where they are buried beneath algorithms that favour the familiar.

This is not because people do not want to see them. Where independent cinemas survive, they are often full. The problem is that there are fewer of them every year, squeezed by rents and by distribution deals that reserve most screens for a few blockbusters.

{{related:en-montvel-golden-lantern}}

Several European countries already protect a share of screen time for domestic and independent films. Others provide tax breaks to small cinemas in the same way they support theatres or libraries.

Such measures are modest, and they work. If governments are willing to celebrate festival winners on the red carpet, they should be willing to make sure the public can actually see them.
""",
        tags: ["Film", "Festivals"],
        author: "Hannah Okafor",
        hoursAgo: 130,
        photo: DemoPhoto(scene: .night, caption: "Lights of the festival town of Montvel reflected in the lake after an evening screening.", credit: "Northlight Agency / Elise Marchand", alt: "A town at night with lit windows under a starry sky"),
        recommended: false,
        related: ["en-montvel-golden-lantern", "en-montvel-opens", "en-museum-reopens-lisbon"]
    ),
    DemoArticle(
        key: "en-kestria-polls-tighten",
        section: "world",
        title: "Kestria's ruling party loses poll lead as campaign enters final week",
        summary: "Three new surveys show the Civic Alliance and New Centre level, raising the prospect of a hung parliament.",
        body: """
Kestria's governing Civic Alliance has lost the polling lead it held for most of the year, according to three surveys published on Monday, setting up a knife-edge finish to the country's parliamentary election.

The polls put Prime Minister Elena Varga's party on between 29 and 31 per cent, level with or just behind Matthias Korsen's New Centre. The Greens and the rural Farmers' Union are both polling around 10 per cent, suggesting that neither main party would win a majority alone.

"The energy price shock last winter is the single biggest factor," said Dr Petra Hollis, a political scientist at Varnholm University. "Voters blame the government for the bills, even when the causes are international."

{{related:en-kestria-campaign-launch}}

Mr Korsen, a former mayor of the port city of Sundvik, has drawn big crowds at rallies in industrial towns. Ms Varga has focused on her record on jobs and the country's relationship with its European partners.

Coalition talks could take weeks. Both leaders have ruled out governing together, but neither has ruled out deals with smaller parties.
""",
        tags: ["Elections", "Energy"],
        author: "Ingrid Solberg",
        hoursAgo: 140,
        photo: DemoPhoto(scene: .parliament, caption: "Morning light on the dome of Kestria's parliament in Varnholm during the final week of the campaign.", credit: "Northlight Agency / Jonas Ekberg", alt: "A domed government building with columns under a blue sky"),
        recommended: false,
        related: ["en-kestria-campaign-launch", "en-kestria-debate", "en-opinion-kestria-turnout"]
    ),
    DemoArticle(
        key: "en-montvel-opens",
        section: "culture",
        title: "Montvel Film Festival opens with record 84 films in competition",
        summary: "The lakeside festival begins ten days of screenings with a programme that organisers call its most international ever.",
        body: """
The Montvel Film Festival opened on Wednesday evening with a gala screening on its floating lakeside stage, beginning ten days in which 84 films from 51 countries will compete for its prizes.

It is the largest competition in the festival's 46-year history. Organisers said almost a third of the films are by first- or second-time directors, and just under half are directed by women.

"We wanted a festival that looks outward," said artistic director Paolo Venturi. "Cinema is one of the last places where strangers sit together in the dark and agree to pay attention."

The opening film, a lavish period drama about a 19th-century glassmaker, received a polite rather than rapturous reception. Early buzz has centred instead on smaller titles, including a Turkish debut shot in the desert and a quiet Senegalese-French family drama.

The festival has also introduced a new section for films made for under 200,000 euros. "Money does not make films good," said Venturi. "Sometimes it just makes them long."

This year's jury is chaired by the Korean cinematographer Han Ji-won.
""",
        tags: ["Film", "Festivals"],
        author: "Leila Haddad",
        hoursAgo: 150,
        photo: DemoPhoto(scene: .night, caption: "Lights along the lakeside promenade in Montvel on the festival's opening night.", credit: "Northlight Agency / Elise Marchand", alt: "A waterfront town at night with lights"),
        recommended: false,
        related: ["en-montvel-debut-director", "en-montvel-golden-lantern"]
    ),
    DemoArticle(
        key: "en-housing-mortgage-squeeze",
        section: "business",
        title: "Mortgage 'cliff edge' looms for 1.5 million households",
        summary: "Borrowers whose cheap fixed-rate deals expire in the next year face average increases of more than £200 a month.",
        body: """
Around 1.5 million households in the UK will see their fixed-rate mortgage deals expire over the next twelve months, many of them moving from rates below two per cent to more than four, according to analysis by the consumer group HomeFair.

The typical borrower will pay an extra £220 a month, the group estimates, with those in London and the south-east facing rises of more than £350.

For Jess and Aaron Miller, who bought a terraced house in Bristol five years ago, the letter from their lender arrived in August. "We opened it at the kitchen table and just went quiet," Jess said. "It's the same as a second car payment."

{{related:en-rates-decision-hold}}

Brokers say many borrowers are choosing to extend the length of their mortgages to keep monthly payments down, a move that increases the total cost of borrowing.

Lenders insist that arrears remain low by historical standards. But debt charities report a rise in calls from homeowners, particularly self-employed workers whose incomes fluctuate.

"The people we hear from are not reckless," said Sunita Patel of the charity Money Harbour. "They did everything right. The rules just changed under them."
""",
        tags: ["Housing", "Central banks", "Inflation"],
        author: "Kwame Asante",
        hoursAgo: 160,
        photo: DemoPhoto(scene: .city, caption: "Terraced streets and apartment blocks in Bristol, where many homeowners are coming off cheap fixed-rate deals.", credit: "Newsdesk / Amira Saleh", alt: "Rows of city buildings with lit windows"),
        recommended: false,
        related: ["en-rates-decision-hold", "en-opinion-rates-patience"]
    ),
    DemoArticle(
        key: "en-grain-export-deal",
        section: "world",
        title: "Black Sea grain corridor deal extended for another year",
        summary: "The agreement guaranteeing safe passage for cargo ships carrying wheat and maize has been renewed after tense last-minute talks.",
        body: """
An agreement allowing grain ships to sail safely through the Black Sea has been extended for another twelve months, negotiators announced on Friday, easing fears of a new spike in global food prices.

The deal, brokered by Turkey and the United Nations, guarantees safe passage for cargo vessels leaving three ports, and provides for joint inspections of ships in Istanbul.

Talks had stalled over the inspection regime, and at one point delegates left the negotiating room. Agreement was reached shortly before dawn.

"Farmers in three continents can sleep a little better tonight," said Olufemi Adebayo, a UN official involved in the talks. "This corridor feeds people who have never heard of it."

Wheat futures fell by three per cent on the news. Analysts said the extension, together with a strong harvest in much of Europe, should keep prices stable through the winter.

Aid agencies, however, warned that drought in parts of southern Europe and North Africa meant some regions would still face shortages. "A corridor is only useful if there is something to put in it," said one.
""",
        tags: ["Trade", "Agriculture", "Diplomacy"],
        author: "Tomás Reyes",
        hoursAgo: 170,
        photo: DemoPhoto(scene: .field, caption: "Rows of harvested wheat stretch to the horizon on a farm in the Black Sea region.", credit: "Meridian Press / Inês Cardoso", alt: "A field with rows of crops stretching to the horizon under a wide sky"),
        recommended: false,
        related: ["en-drought-harvest-spain", "en-shipping-rates-surge", "en-inflation-eases-food"]
    ),
    DemoArticle(
        key: "en-cup-quarterfinal-upset",
        section: "sport",
        title: "Lindholm shock Rotterdam Athletic in Continental Cup quarter-final",
        summary: "The Swedish outsiders won 2-0 away from home to complete one of the competition's biggest upsets.",
        body: """
FC Lindholm produced one of the biggest shocks in the history of the Continental Cup on Thursday night, beating Rotterdam Athletic 2-0 in the Netherlands to win their quarter-final 3-1 on aggregate.

Rotterdam, three-time winners of the competition, dominated possession but were repeatedly caught out by Lindholm's quick breaks. Oskar Lindahl scored the first after 23 minutes, running on to a long pass from goalkeeper Viktor Sandberg. Substitute Amadou Koné added the second with ten minutes left.

"We knew they would have the ball. We wanted them to have it in places where it could not hurt us," said Lindholm coach Anders Bjørk.

Rotterdam's coach, Dirk Meulenbelt, was blunt. "We were slow and predictable, and they punished us. There is no excuse."

Several hundred Lindholm supporters, who had travelled by ferry and coach, sang long after the final whistle. The club's entire annual budget is estimated at less than Rotterdam's spending on one of their summer signings.

Lindholm will face either Porto Alegre Lusitano or Bayern Rostock in the semi-finals.
""",
        tags: ["Football", "Continental Cup"],
        author: "Owen Prichard",
        hoursAgo: 180,
        photo: DemoPhoto(scene: .stadium, caption: "The floodlit stadium in Rotterdam before Lindholm's famous quarter-final win.", credit: "Harbourline Images / Pieter Haas", alt: "A stadium with floodlights and a green striped pitch at night"),
        recommended: false,
        related: ["en-cup-lindholm-coach", "en-cup-semifinal-marenna"]
    ),
    DemoArticle(
        key: "en-shipping-rates-surge",
        section: "business",
        title: "Container shipping rates jump 40% as congestion spreads",
        summary: "The cost of moving goods from Asia to Europe has risen sharply, threatening higher prices for retailers before Christmas.",
        body: """
The cost of shipping a container from Shanghai to northern Europe has risen by 40 per cent in a month, according to the freight index compiled by Harwell Logistics, as congestion at several major ports and diversions around conflict zones tie up vessels.

A standard 40-foot container now costs around 5,800 dollars to ship on the route, compared with just over 4,000 dollars in early September.

Retailers warned that the increases would feed into prices for goods ranging from furniture to toys in the run-up to Christmas. "We have absorbed what we can," said Claire Dunmore, supply chain director at the homewares chain Nest & Co. "Some of this will reach customers."

Shipping lines say they are running short of vessels after sending many on longer routes. Waiting times to berth at some ports have reached four days.

Analysts at Kessler Bank said rates were likely to remain high until early next year, when a wave of new, larger ships ordered during the pandemic is due to enter service.

"There is plenty of capacity coming," said analyst Roberta Sims. "It is just not here yet."
""",
        tags: ["Trade", "Transport", "Inflation"],
        author: "Marco Bellini",
        hoursAgo: 190,
        photo: DemoPhoto(scene: .harbour, caption: "Container ships wait at anchor off a busy European port as congestion spreads across shipping routes.", credit: "Harbourline Images / Pieter Haas", alt: "A harbour with cranes and a large container ship"),
        recommended: false,
        related: ["en-port-strike-rotterdam", "en-rail-freight-corridor", "en-grain-export-deal"]
    ),
    DemoArticle(
        key: "en-ai-regulation-vote",
        section: "science",
        title: "European Parliament backs strict rules for AI in hospitals and schools",
        summary: "Lawmakers voted to require human oversight and independent audits for AI systems used in high-risk public services.",
        body: """
The European Parliament voted on Tuesday to tighten rules for artificial intelligence systems used in healthcare, education and public administration, requiring independent audits and a named human responsible for every decision affecting an individual.

The measures, passed by 412 votes to 198, build on existing European legislation and will apply to any AI system sold in the bloc that is classed as high-risk.

"If a machine helps decide whether you get a hospital bed or a school place, you have a right to know and a right to appeal," said the lawmaker who steered the proposals through parliament, Dutch MEP Sanne Verhoeven.

Technology companies warned that the rules would slow innovation. "Europe risks regulating itself out of the race," said a statement from the industry group Digital Futures Europe.

{{related:en-ai-hospital-triage}}

Patient and parent organisations broadly welcomed the vote. Hospitals testing AI tools said they needed clarity. "We want to use these systems responsibly," said one hospital director. "Clear rules help us do that."

The proposals must now be agreed with national governments before becoming law, a process expected to take at least a year.
""",
        tags: ["AI", "Technology", "Health"],
        author: "Priya Raman",
        hoursAgo: 200,
        photo: DemoPhoto(scene: .parliament, caption: "The European Parliament building in Strasbourg on the day of the vote on AI rules.", credit: "Meridian Press / Felix Auer", alt: "A large parliament building with a dome and columns"),
        recommended: false,
        related: ["en-ai-hospital-triage", "en-opinion-ai-humility", "en-quantum-startup-funding"]
    ),
    DemoArticle(
        key: "en-glacier-retreat-alps",
        section: "planet",
        title: "Alpine glaciers lost 4% of their ice this year, Swiss survey finds",
        summary: "A hot summer and little winter snow combined to produce the second-worst year on record for the Alps' glaciers.",
        body: """
Glaciers in the Swiss Alps lost around 4 per cent of their remaining volume this year, the second-largest annual loss since records began, according to the national glacier monitoring network.

A winter with unusually little snow left the ice exposed early, and a series of summer heatwaves, with the freezing level rising above 5,000 metres on several days, did the rest.

"Glaciers are the memory of the climate. This year they forgot a great deal," said glaciologist Dr Matthias Huber, who has measured the Rhône Glacier for two decades.

At several sites, researchers found that monitoring stakes drilled into the ice last year had melted out completely. Some smaller glaciers have effectively disappeared, leaving only scattered patches of dead ice.

{{related:en-coral-heatwave-bleaching}}

The loss has consequences far beyond the mountains. Glacial meltwater feeds rivers such as the Rhine and the Rhône in late summer, supporting shipping, farming and hydropower.

Scientists say that even if global warming is limited to the goals of the Paris agreement, about two-thirds of the Alps' glacier ice will disappear by the end of the century.

> "We are no longer studying how to save the glaciers," Dr Huber said. "We are documenting how they end."
""",
        tags: ["Climate", "Science", "Alps"],
        author: "Sofia Lindqvist",
        hoursAgo: 210,
        photo: DemoPhoto(scene: .mountains, caption: "Bare rock and thinning ice on the slopes above the Rhône Glacier in the Swiss canton of Valais.", credit: "Harbourline Images / Anna Keller", alt: "Mountain peaks with snow-capped ridges under a clear sky"),
        recommended: true,
        related: ["en-coral-heatwave-bleaching", "en-drought-harvest-spain", "en-offshore-wind-record"]
    ),
    DemoArticle(
        key: "en-aurora-launch",
        section: "science",
        title: "Aurora-3 lifts off on Europe's first private mission to the Moon",
        summary: "The lander was launched from French Guiana on a five-week journey to the lunar south pole.",
        body: """
A European-built spacecraft began its journey to the Moon on Wednesday night after a flawless launch from the spaceport at Kourou in French Guiana.

The Aurora-3 lander, built by the Turin-based company Helion Space, separated from its rocket 52 minutes after lift-off and unfolded its solar panels shortly afterwards.

"She is alive, she is talking to us, and she is on her way," said Helion's chief executive, Giulia Rinaldi, to applause in the mission control room.

Rather than flying directly, the spacecraft will take a longer, looping route that uses less fuel, reaching lunar orbit in around five weeks. The landing attempt is planned for a week later.

The mission cost around 280 million euros, a fraction of the cost of traditional government-built landers. Helion hopes it will show that smaller companies can deliver scientific instruments to the Moon reliably and cheaply.

Only a handful of countries have achieved a soft landing on the Moon, and several recent private attempts have ended in failure. "We know the odds," said Rinaldi. "We also know our machine."
""",
        tags: ["Space", "Science", "Technology"],
        author: "Priya Raman",
        hoursAgo: 230,
        photo: DemoPhoto(scene: .night, caption: "A clear night sky above the launch site at Kourou shortly before Aurora-3's lift-off.", credit: "Meridian Press / Felix Auer", alt: "A starry night sky with a bright moon over the horizon"),
        recommended: false,
        related: ["en-aurora-lunar-orbit", "en-aurora-landing-site"]
    ),
    DemoArticle(
        key: "en-drought-harvest-spain",
        section: "planet",
        title: "Spain's olive harvest falls by a third after second dry year",
        summary: "Farmers in Andalusia say the drought is forcing them to abandon trees that have been in their families for generations.",
        body: """
Olive production in Spain, the world's largest producer, is expected to fall by about a third this year after a second consecutive year of drought across the south of the country.

In the hills of Jaén province, where olive groves stretch from horizon to horizon, many trees are bearing only a handful of fruit. Reservoirs in the region are at less than a fifth of their capacity.

"My grandfather planted these trees. I have never seen them like this," said Antonio Ruiz, who farms 40 hectares near the town of Úbeda. "You can water a tomato. You cannot water a hillside."

The shortage has pushed olive oil prices to near-record levels, with supermarket prices across Europe up more than 50 per cent in two years.

{{related:en-grain-export-deal}}

Farmers' organisations are calling for emergency aid and investment in irrigation. Environmental groups argue that more irrigation would only drain already depleted aquifers, and say the sector must shift towards more drought-tolerant varieties.

Scientists at the University of Córdoba said that rainfall in the region had fallen by around 15 per cent over the past three decades, in line with climate projections for the Mediterranean.
""",
        tags: ["Agriculture", "Climate"],
        author: "Tomás Reyes",
        hoursAgo: 250,
        photo: DemoPhoto(scene: .field, caption: "Parched rows of olive trees in Jaén province under a hazy late summer sky.", credit: "Atlas Wire / Lucía Ferrer", alt: "Dry fields with rows of crops under a hazy sky"),
        recommended: false,
        related: ["en-grain-export-deal", "en-glacier-retreat-alps", "en-inflation-eases-food"]
    ),
    DemoArticle(
        key: "en-kestria-campaign-launch",
        section: "world",
        title: "Kestria's prime minister calls early election, promising 'a vote on the future'",
        summary: "Elena Varga said she wanted a fresh mandate for an energy transition that has divided the country.",
        body: """
Kestria's prime minister, Elena Varga, has called a parliamentary election for next month, six months ahead of schedule, saying the country needs a clear mandate for the next stage of its energy transition.

Speaking from the steps of the parliament in Varnholm, Ms Varga said the vote would be "a choice about the future, not a referendum on the past". Her Civic Alliance has governed the Baltic country of 4.2 million people for eight years.

The decision surprised many analysts, as polls show her party's once-comfortable lead narrowing. Some suggested she hoped to hold the vote before the full impact of winter energy bills is felt.

Opposition leader Matthias Korsen welcomed the announcement. "We have been asking for this for a year," he told a rally in the port city of Sundvik. "Finally, people get to decide."

Energy is expected to dominate the campaign. Kestria has committed to closing its last oil-shale power plant by the end of the decade and is building a large offshore wind farm, but households have faced some of the steepest price rises in Europe.

Migration along the country's eastern border and relations with its neighbours are also likely to feature prominently.
""",
        tags: ["Elections", "Energy"],
        author: "Ingrid Solberg",
        hoursAgo: 260,
        photo: DemoPhoto(scene: .crowd, caption: "Supporters crowd the square in front of the parliament in Varnholm as the election is announced.", credit: "Northlight Agency / Jonas Ekberg", alt: "A large crowd seen from behind in a city square"),
        recommended: false,
        related: ["en-kestria-polls-tighten", "en-kestria-debate"]
    ),
    DemoArticle(
        key: "en-opinion-ai-humility",
        section: "opinion",
        title: "The most useful AI in medicine will be the most modest",
        summary: "The best results so far have come from tools that help professionals rather than replace them. That should guide regulators.",
        body: """
The debate about artificial intelligence tends to swing between two poles: machines that will cure every disease, and machines that will end civilisation. In hospitals, the reality is much more mundane, and much more promising.

The tools that are showing real benefits are narrow and unglamorous. They flag a worrying pattern in an X-ray, help nurses sort a crowded waiting room, or transcribe notes so doctors can look at their patients instead of their screens.

What these tools have in common is that they leave the final decision with a human being who can be held accountable. They are designed to be overruled.

{{related:en-ai-hospital-triage}}

That principle should be at the heart of regulation. Rather than trying to define intelligence, lawmakers should ask simpler questions. Who is responsible when the system is wrong? Can its advice be challenged? Is it tested on patients like the ones it will be used on?

Developers sometimes treat such questions as obstacles. They are the opposite. A tool that doctors trust is one they will use. And in medicine, a modest tool that is used every day will save more lives than a brilliant one that sits on the shelf.
""",
        tags: ["AI", "Health"],
        author: "Hannah Okafor",
        hoursAgo: 270,
        photo: DemoPhoto(scene: .laboratory, caption: "Sample flasks and a microscope on a hospital research bench.", credit: "Newsdesk / Ewan Grant", alt: "A laboratory bench with glass flasks"),
        recommended: false,
        related: ["en-ai-hospital-triage", "en-ai-regulation-vote"]
    ),
    DemoArticle(
        key: "en-museum-reopens-lisbon",
        section: "culture",
        title: "Lisbon's maritime museum reopens after six-year restoration",
        summary: "The riverside museum, damaged by flooding, has returned with a new wing dedicated to the people who built and sailed the ships.",
        body: """
Lisbon's Museum of the Sea reopened on Saturday after a six-year restoration that has transformed the riverside building and shifted its focus from kings and explorers to shipbuilders, sailors and the people they carried.

The museum closed after a severe flood damaged its lower galleries. The renovation, costing 48 million euros, has raised the building's foundations and added a glass-walled wing overlooking the Tagus.

"For a century this museum told the story of the captains," said director Helena Matos. "Now it also tells the story of the carpenters, the cooks, the enslaved people in the hold. The sea belongs to all of them."

Highlights include a reconstructed 16th-century ship's galley, a collection of sailors' letters and a sound installation recreating the noise of the old docks.

Visitors queued along the waterfront from early morning. "I came here as a schoolboy," said Rui Fonseca, 72. "It was dusty and silent. Now it sounds like a harbour."

The museum expects to welcome 600,000 visitors in its first year.
""",
        tags: ["History", "Oceans"],
        author: "Leila Haddad",
        hoursAgo: 280,
        photo: DemoPhoto(scene: .harbour, caption: "Cranes and moored boats along the Tagus riverfront near Lisbon's newly reopened Museum of the Sea.", credit: "Meridian Press / Inês Cardoso", alt: "A harbour with boats and cranes at dusk"),
        recommended: false,
        related: ["en-novel-prize-winter", "en-opinion-cinema-screens"]
    ),
    DemoArticle(
        key: "en-storm-season-forecast",
        section: "planet",
        title: "Forecasters predict 'well above average' Atlantic hurricane season",
        summary: "Record ocean temperatures and a weakening El Niño could produce up to 23 named storms, scientists say.",
        body: """
This year's Atlantic hurricane season is likely to be one of the busiest on record, forecasters said on Thursday, citing exceptionally warm ocean waters and shifting patterns in the Pacific.

The seasonal outlook from the Atlantic Storm Research Consortium predicts between 18 and 23 named storms, of which up to 11 could become hurricanes and five could reach major hurricane strength.

An average season produces 14 named storms, seven hurricanes and three major hurricanes.

"The ocean is the fuel tank for these storms, and this year the tank is very full," said Dr Naomi Clarke, the consortium's lead forecaster.

## Why this year is different

- Sea-surface temperatures in the main development region are about 1C above average
- The fading of El Niño is expected to reduce wind shear, which normally tears storms apart
- A wetter-than-normal West African monsoon could seed more storm systems

Forecasters stressed that a busy season does not necessarily mean more landfalls. "It only takes one storm to make it a bad year for your town," Dr Clarke said.

Emergency agencies across the Caribbean and the Gulf of Mexico have urged residents to prepare evacuation plans early.
""",
        tags: ["Storms", "Climate", "Oceans"],
        author: "Sofia Lindqvist",
        hoursAgo: 300,
        photo: DemoPhoto(scene: .storm, caption: "A thunderstorm builds over the Gulf of Mexico at the start of the Atlantic hurricane season.", credit: "Atlas Wire / Diego Santana", alt: "Towering dark storm clouds with lightning over the sea"),
        recommended: false,
        related: ["en-storm-marisol-forms", "en-coral-heatwave-bleaching", "en-opinion-storm-readiness"]
    ),
    DemoArticle(
        key: "en-forest-fires-restoration",
        section: "planet",
        title: "Two years after the fires, Portugal's replanted forests take a different shape",
        summary: "Communities in the Serra da Estrela are replacing fast-growing eucalyptus with oak, chestnut and pine mosaics that burn less easily.",
        body: """
On the slopes of the Serra da Estrela, two summers after wildfires burned more than 25,000 hectares, the hillsides are green again. But the forest growing back is deliberately different from the one that was lost.

Instead of dense plantations of eucalyptus, valued for paper pulp but notoriously flammable, local landowners' associations are planting a patchwork of native oak, chestnut and maritime pine, broken up by firebreaks, meadows and grazing land.

"A forest that is all one thing burns like one thing," said forester Catarina Lopes, who coordinates the project for twelve villages. "A mosaic has places where fire slows down."

The work is slow and costly. Native trees grow more slowly and produce less income in the short term, and many plots belong to absentee owners who are hard to trace.

{{related:en-wolves-return-forest}}

The government is offering grants covering up to 80 per cent of replanting costs, and a scheme pays shepherds to graze goats along firebreaks. "The goats are our cheapest firefighters," said Lopes.

Scientists say the approach could serve as a model for other Mediterranean regions facing longer and more intense fire seasons.
""",
        tags: ["Climate", "Wildlife"],
        author: "Sofia Lindqvist",
        hoursAgo: 320,
        photo: DemoPhoto(scene: .forest, caption: "Young pines and native trees cover a hillside in the Serra da Estrela two years after the wildfires.", credit: "Meridian Press / Inês Cardoso", alt: "Layers of conifer trees on hillsides under a soft sky"),
        recommended: false,
        related: ["en-wolves-return-forest", "en-glacier-retreat-alps"]
    ),
    DemoArticle(
        key: "en-deep-sea-species",
        section: "science",
        title: "Expedition finds dozens of new species on undersea mountains off Chile",
        summary: "Researchers using a remotely operated vehicle discovered sponges, corals and a glass octopus on seamounts never explored before.",
        body: """
Scientists exploring a chain of underwater mountains off the coast of Chile have found more than 50 species that may be new to science, including deep-sea corals, sea spiders and a rare, nearly transparent glass octopus.

The 40-day expedition used a remotely operated vehicle to reach depths of up to 4,500 metres on the Salas y Gómez ridge, a chain of more than 100 seamounts in the south-east Pacific.

"Every dive felt like opening a door to a room no one had ever entered," said chief scientist Dr Valentina Ríos of the University of Concepción. "We found gardens of coral that are probably thousands of years old."

The seamounts lie partly outside national waters, and conservationists are pressing for them to be protected under the new high-seas treaty.

"We are discovering these ecosystems at the same moment that they are coming under pressure from fishing and potentially mining," said Dr Ríos. "Protection has to come first."

The team collected samples that will take several years to analyse. Identifying and formally describing each species can take a decade or more.
""",
        tags: ["Oceans", "Science", "Wildlife"],
        author: "Priya Raman",
        hoursAgo: 340,
        photo: DemoPhoto(scene: .sea, caption: "The research vessel's wake on the open Pacific above the Salas y Gómez ridge.", credit: "Harbourline Images / Mads Kjær", alt: "Open ocean with waves stretching to the horizon"),
        recommended: false,
        related: ["en-coral-heatwave-bleaching", "en-storm-marisol-forms"]
    ),
    DemoArticle(
        key: "en-rail-freight-corridor",
        section: "business",
        title: "New rail freight corridor aims to take a million lorries off Europe's roads",
        summary: "A 1,900km line linking Rotterdam with northern Italy will allow longer, heavier freight trains to run through the Alps.",
        body: """
European transport ministers on Monday opened the final section of an upgraded rail freight corridor linking the port of Rotterdam with Genoa, a project that officials say could take up to a million lorry journeys off the roads each year.

The 1,900km route, which runs along the Rhine and through new base tunnels under the Alps, can now carry trains up to 740 metres long, allowing each to carry the load of around 50 lorries.

"For thirty years we have talked about moving freight from road to rail. Now the rails are finally ready," said Dutch transport official Anouk Meijer at the opening ceremony in Basel.

Logistics firms welcomed the upgrade but said that bottlenecks remained, particularly at border crossings where differing signalling systems and rules can still delay trains for hours.

{{related:en-port-strike-rotterdam}}

Rail freight currently carries around 17 per cent of goods transported over land in the EU. The bloc's target is to raise that to 30 per cent by 2030.

"Trains are three times more energy-efficient than trucks," said analyst Paul Verbeek. "But companies will only switch when rail is as reliable as the motorway."
""",
        tags: ["Transport", "Trade", "Alps"],
        author: "Marco Bellini",
        hoursAgo: 360,
        photo: DemoPhoto(scene: .railway, caption: "Tracks of the upgraded freight corridor stretch south towards the Alps near Basel.", credit: "Newsdesk / Jan Vermeulen", alt: "Railway tracks in perspective stretching to distant hills"),
        recommended: false,
        related: ["en-port-strike-rotterdam", "en-shipping-rates-surge", "en-opinion-night-trains"]
    ),
    DemoArticle(
        key: "en-novel-prize-winter",
        section: "culture",
        title: "Debut novel set in a snowbound Arctic village wins the Meridian Prize",
        summary: "Ingrid Halvorsen's 'The Long Dark Months' was chosen from a shortlist of six for the £50,000 award.",
        body: """
A debut novel about a winter in a tiny Arctic fishing village has won this year's Meridian Prize for Fiction, one of the most valuable literary awards in the English-speaking world.

Ingrid Halvorsen's The Long Dark Months follows a schoolteacher who arrives in a settlement of 200 people just as the sun disappears for two months. The judges called it "a masterpiece of atmosphere and restraint".

Halvorsen, 41, grew up in northern Norway and wrote the novel in English, her second language, over seven years while working as a translator.

"I wanted to write about how people stay kind to each other when there is no light," she said at the award ceremony in London. "Which, I suppose, is a question for everywhere now."

The chair of the judges, the poet Maya Rosenthal, said the decision had been unanimous. "It is a quiet book that grows louder every time you think about it."

Sales of the novel, published by a small independent press, had already tripled since it was shortlisted. The publisher said it was ordering an emergency reprint.
""",
        tags: ["Books", "Awards"],
        author: "Leila Haddad",
        hoursAgo: 380,
        photo: DemoPhoto(scene: .snow, caption: "Snow covers a fishing settlement in northern Norway during the polar night, the setting of the prize-winning novel.", credit: "Northlight Agency / Sven Ahlberg", alt: "A snowy landscape with small houses and snow-covered trees"),
        recommended: false,
        related: ["en-museum-reopens-lisbon", "en-youth-orchestra-tour"]
    ),
    DemoArticle(
        key: "en-marathon-record-berlin",
        section: "sport",
        title: "Kenya's Ruth Wanjiru smashes course record in Berlin Marathon",
        summary: "The 26-year-old ran 2:13:41 in near-perfect conditions, the second-fastest women's marathon ever recorded.",
        body: """
Ruth Wanjiru broke the course record at the Berlin Marathon on Sunday, crossing the line in 2 hours 13 minutes and 41 seconds, the second-fastest time ever run by a woman over the distance.

The 26-year-old from Iten ran alone for the final 15 kilometres after dropping her pacemakers, and finished more than three minutes ahead of her nearest rival.

"I felt the record was possible at 30 kilometres," she said. "After that I just listened to my breathing and the crowd."

Cool, still weather and the flat course through the centre of the city helped produce fast times across the field. The men's race was won by Ethiopia's Dawit Bekele in 2:03:58.

Wanjiru took up running at 17 after her school's athletics coach noticed her running to class. She made her marathon debut only two years ago.

More than 45,000 runners took part, a record for the event. Organisers said the youngest finisher was 18 and the oldest 87.
""",
        tags: ["Athletics", "Records"],
        author: "Owen Prichard",
        hoursAgo: 400,
        photo: DemoPhoto(scene: .city, caption: "Morning light on the streets of central Berlin as runners pass through on the marathon route.", credit: "Newsdesk / Sam Okoro", alt: "City streets lined with buildings under a morning sky"),
        recommended: false,
        related: ["en-tennis-harbour-open", "en-cycling-mountain-stage"]
    ),
    DemoArticle(
        key: "en-coral-heatwave-bleaching",
        section: "planet",
        title: "Marine heatwave bleaches reefs across the Caribbean",
        summary: "Scientists report mass coral bleaching from Florida to Colombia as sea temperatures stay above 30C for weeks.",
        body: """
Coral reefs across the Caribbean are suffering one of the most severe bleaching events on record, scientists say, after weeks of unusually high sea temperatures.

Surveys by divers and satellites have found bleaching on reefs from the Florida Keys to Colombia's San Andrés islands. In some areas, more than 80 per cent of corals have turned white.

Bleaching occurs when stressed corals expel the colourful algae that live in their tissues and provide most of their food. Corals can recover if temperatures fall quickly, but prolonged heat kills them.

"We are seeing reefs that survived everything for centuries turning white in a fortnight," said marine biologist Dr Lena Castillo. "It is heartbreaking to dive on them."

{{related:en-storm-marisol-forms}}

The same warm waters are fuelling an active hurricane season. Ironically, scientists say, a passing storm can sometimes help reefs by stirring up cooler water from below, though it also causes physical damage.

Researchers in several countries have begun moving fragments of heat-tolerant corals to nurseries, hoping to breed more resilient reefs.
""",
        tags: ["Oceans", "Climate", "Wildlife"],
        author: "Sofia Lindqvist",
        hoursAgo: 430,
        photo: DemoPhoto(scene: .sea, caption: "Calm, unusually warm water off the coast of San Andrés in the western Caribbean.", credit: "Atlas Wire / Lucía Ferrer", alt: "Calm blue sea under a bright sky"),
        recommended: false,
        related: ["en-storm-season-forecast", "en-deep-sea-species", "en-glacier-retreat-alps"]
    ),
    DemoArticle(
        key: "en-airline-merger",
        section: "business",
        title: "Nordair and Baltic Skies agree merger to create regional airline giant",
        summary: "The combined carrier would fly 38 million passengers a year, but faces scrutiny from competition regulators.",
        body: """
Nordair and Baltic Skies have agreed to merge in a deal valuing the combined business at about 4.2 billion euros, creating the largest airline in northern Europe outside the major national carriers.

The merged airline will operate around 230 aircraft and carry an estimated 38 million passengers a year from hubs in Copenhagen, Stockholm and Riga.

"Scale is no longer optional in this industry," said Nordair's chief executive, Lars Ekdahl. "Together we can invest in quieter, cleaner aircraft that neither of us could afford alone."

The companies said there would be no immediate job cuts, but unions representing cabin crew said they would seek guarantees.

Competition regulators are expected to examine the deal closely, as the two airlines compete directly on more than 40 routes. Analysts said the carriers might have to give up some take-off and landing slots to win approval.

Passenger groups warned that fares on routes where the two airlines are currently rivals could rise. "Mergers are sold with promises of new planes," said one. "Passengers usually get higher prices."
""",
        tags: ["Transport", "Markets"],
        author: "Kwame Asante",
        hoursAgo: 440,
        photo: DemoPhoto(scene: .airport, caption: "A passenger jet lands at Copenhagen Airport, one of the merged airline's three hubs.", credit: "Harbourline Images / Mads Kjær", alt: "An airliner over a runway with runway lights"),
        recommended: false,
        related: ["en-rail-freight-corridor", "en-opinion-night-trains"]
    ),
    DemoArticle(
        key: "en-quantum-startup-funding",
        section: "science",
        title: "Dutch quantum computing start-up raises €300m in Europe's largest round",
        summary: "Qubitworks says the money will fund a machine with 1,000 error-corrected qubits by the end of the decade.",
        body: """
Qubitworks, a quantum computing company spun out of Delft University of Technology, has raised 300 million euros from investors, the largest funding round for a European quantum start-up to date.

The company builds processors based on tiny circuits cooled to a fraction of a degree above absolute zero. It says the new money will fund a machine capable of solving problems in chemistry and materials science that are beyond today's supercomputers.

"Quantum computing has been ten years away for thirty years," said co-founder Dr Emma de Jong. "We think it is now closer to five, and we intend to be first."

The round was led by a European sovereign technology fund, with participation from several pension funds and a Japanese industrial group.

Sceptics note that no quantum computer has yet solved a commercially useful problem faster than a conventional machine. "The science is real, the timelines are optimistic," said one investor who declined to take part.

Qubitworks employs 280 people and plans to double that number within two years.
""",
        tags: ["Technology", "Science", "Markets"],
        author: "Ingrid Solberg",
        hoursAgo: 470,
        photo: DemoPhoto(scene: .city, caption: "Evening in Delft, home to the quantum computing start-up's headquarters and laboratories.", credit: "Newsdesk / Jan Vermeulen", alt: "Town buildings with lit windows in the evening"),
        recommended: false,
        related: ["en-battery-sodium-breakthrough", "en-ai-regulation-vote"]
    ),
    DemoArticle(
        key: "en-opinion-night-trains",
        section: "opinion",
        title: "Bring back the night train, and make it affordable",
        summary: "Sleeper services are booked out across Europe. Governments should treat them as infrastructure, not nostalgia.",
        body: """
There is a particular pleasure in falling asleep in one country and waking up in another. Hundreds of thousands of Europeans have rediscovered it in recent years, as new sleeper services from Brussels, Vienna and Stockholm sell out weeks in advance.

And yet night trains remain fragile. Several new routes have been suspended after a single season. Tickets often cost more than a flight, and rolling stock is scarce and expensive.

The problem is not demand. It is that night trains are judged as if they were a commercial luxury, while airports and motorways are treated as public infrastructure.

{{related:en-rail-freight-corridor}}

A sleeper carriage that runs full every night takes dozens of short-haul flights out of the sky each week. Track access charges, which can make up a third of ticket costs, could be cut. Governments could jointly order carriages, as they once did for military aircraft.

None of this is radical. It simply recognises that the cleanest journey is often the slowest one, and that a continent which wants its citizens to fly less should give them a decent way to travel instead.
""",
        tags: ["Transport", "Climate"],
        author: "Daniel Whitcombe",
        hoursAgo: 480,
        photo: DemoPhoto(scene: .railway, caption: "Tracks lead towards the mountains at dusk on a European sleeper route.", credit: "Newsdesk / Jan Vermeulen", alt: "Railway line stretching toward mountains at dusk"),
        recommended: false,
        related: ["en-rail-freight-corridor", "en-airline-merger"]
    ),
    DemoArticle(
        key: "en-border-crossing-winter",
        section: "world",
        title: "Migrants stranded in snow on Kestria's eastern border as temperatures plunge",
        summary: "Aid groups say dozens of people, including children, have been trapped for days in forests between two border fences.",
        body: """
Aid workers say dozens of migrants, including at least eight children, have been stranded for several days in snow-covered forests along Kestria's eastern border, as temperatures fell to minus 15C overnight.

The group is believed to be trapped in a strip of land between border fences, unable to move forward into Kestria or back across the frontier.

"We can hear them at night. We bring blankets and soup to the fence, but we cannot reach them," said Anneli Koskinen, a volunteer with the local aid group Warm Hands.

Kestria's interior ministry said it was providing humanitarian assistance where possible, but accused its neighbour of deliberately pushing people towards the border. It said all asylum applications would be processed at a new centre in the town of Rautio.

{{related:en-migration-summit-lisbon}}

Human rights groups called on the government to allow the group to cross immediately. "Whatever the politics, no one should freeze to death at the edge of Europe," said a spokesperson for the Nordic Refugee Council.

The situation has become a flashpoint in the country's election campaign.
""",
        tags: ["Migration", "Elections", "Diplomacy"],
        author: "Ingrid Solberg",
        hoursAgo: 500,
        photo: DemoPhoto(scene: .snow, caption: "Snow-covered forest near the town of Rautio on Kestria's eastern border.", credit: "Northlight Agency / Sven Ahlberg", alt: "Snowy landscape with conifer trees and falling snow"),
        recommended: false,
        related: ["en-migration-summit-lisbon", "en-kestria-debate", "en-opinion-migration-numbers"]
    ),
    DemoArticle(
        key: "en-cycling-mountain-stage",
        section: "sport",
        title: "Colombian climber Julián Ospina seizes lead on brutal mountain stage",
        summary: "The 24-year-old attacked on the final climb of a 190km Alpine stage to take the race leader's jersey.",
        body: """
Julián Ospina took the overall lead of the Tour of the Alps on Thursday with a solo attack on the final climb of the race's hardest mountain stage.

The 24-year-old Colombian broke away from a small group of favourites with six kilometres remaining on the ascent to Passo Rosso, a 14km climb averaging 8.5 per cent, and finished 48 seconds ahead of his nearest rival.

"At altitude I feel at home," said Ospina, who grew up in the Andes at more than 2,500 metres. "When the road goes up, I go up."

The stage included four categorised climbs and more than 4,800 metres of climbing. Several riders abandoned in cold rain on the first descent.

Previous leader Tom Vanderberg of Belgium lost almost three minutes and admitted he had "nothing left" on the last climb.

With three stages remaining, Ospina leads by 1 minute 12 seconds. His team said it would focus on protecting his lead in the final individual time trial on Saturday.
""",
        tags: ["Cycling", "Alps"],
        author: "Owen Prichard",
        hoursAgo: 520,
        photo: DemoPhoto(scene: .mountains, caption: "Mountain ridges above Passo Rosso, where Ospina launched his decisive attack.", credit: "Newsdesk / Sam Okoro", alt: "Layered mountain ridges with snowy peaks"),
        recommended: false,
        related: ["en-marathon-record-berlin", "en-tennis-harbour-open"]
    ),
    DemoArticle(
        key: "en-youth-orchestra-tour",
        section: "culture",
        title: "Youth orchestra of refugees and local teenagers sells out European tour",
        summary: "The Harbour Strings, founded in a Greek port town, has played to full houses in six countries.",
        body: """
When the violinist Eleni Papadaki started giving free lessons in a community hall in the Greek port of Lavrio eight years ago, she had four students and two borrowed violins.

This month, the orchestra that grew from those lessons, the Harbour Strings, finished a sold-out tour of six European countries, playing to more than 20,000 people in concert halls and open-air venues.

The 60 musicians, aged 13 to 22, include young people who arrived in Greece as refugees from Syria, Afghanistan and Eritrea, as well as teenagers from the town itself.

"On stage no one asks where you are from. They only ask if you are in tune," said 17-year-old cellist Farid Ahmadi, who arrived in Greece aged nine.

The programme combined Beethoven and Dvořák with arrangements of Syrian and Afghan folk songs. At the final concert in Vienna, the audience demanded three encores.

Papadaki said the orchestra now hoped to open a permanent music school. "Talent is everywhere," she said. "Opportunity is not."
""",
        tags: ["Music", "Migration"],
        author: "Leila Haddad",
        hoursAgo: 550,
        photo: DemoPhoto(scene: .crowd, caption: "The audience gathers for an open-air concert by the Harbour Strings on the final night of their tour.", credit: "Meridian Press / Inês Cardoso", alt: "Silhouettes of a crowd at an evening concert"),
        recommended: false,
        related: ["en-opinion-migration-numbers", "en-novel-prize-winter"]
    ),
    DemoArticle(
        key: "en-opinion-migration-numbers",
        section: "opinion",
        title: "Europe's migration debate is stuck on the wrong numbers",
        summary: "Arguments about arrivals at the border ignore the much larger question of who will work in an ageing continent.",
        body: """
Politicians across Europe talk about migration in terms of a single number: how many people crossed a border without permission last month. It is an important figure. It is also a tiny fraction of the story.

The far bigger number is demographic. Within fifteen years, Europe's working-age population is projected to shrink by tens of millions. Hospitals, care homes, farms and building sites already struggle to fill vacancies.

These two conversations rarely meet. The same governments that campaign on closing borders quietly expand visa schemes for nurses and fruit pickers.

{{related:en-migration-summit-lisbon}}

An honest debate would separate the two questions. Asylum is a legal and moral obligation, and it needs fast, fair procedures. Labour migration is an economic choice, and it needs planning, training and integration, not just permits.

Conflating them serves those who want to frighten voters. Separating them might allow Europe to do something it has not managed for a generation: have a calm conversation about how it wants to grow old.
""",
        tags: ["Migration", "Elections"],
        author: "Hannah Okafor",
        hoursAgo: 560,
        photo: DemoPhoto(scene: .crowd, caption: "Commuters and travellers crowd a European station concourse during the evening rush hour.", credit: "Meridian Press / Inês Cardoso", alt: "A crowd of people seen from behind"),
        recommended: false,
        related: ["en-migration-summit-lisbon", "en-border-crossing-winter", "en-youth-orchestra-tour"]
    ),
    DemoArticle(
        key: "en-malaria-vaccine-trial",
        section: "science",
        title: "New malaria vaccine shows 80% protection in large African trial",
        summary: "A three-dose vaccine developed in Ghana and the UK protected children for at least two years in a study of 6,000 participants.",
        body: """
A malaria vaccine developed by researchers in Ghana and the UK protected around 80 per cent of young children from the disease for at least two years, according to the results of a large trial published on Wednesday.

The study involved about 6,000 children aged between five months and three years in Ghana, Burkina Faso, Mali and Tanzania.

Malaria kills more than 600,000 people each year, most of them children under five in sub-Saharan Africa.

"For the mothers in our trial villages, this is not a statistic. It is the difference between a child who goes to school and one who does not," said Professor Kwabena Owusu of the Kumasi Centre for Tropical Medicine, who co-led the study.

The vaccine targets a protein the malaria parasite uses to enter liver cells. Researchers said it can be produced at scale for a few dollars a dose by manufacturers in Africa and India.

Health agencies are reviewing the data. If approved, the vaccine could be added to childhood immunisation programmes within two years.
""",
        tags: ["Health", "Science"],
        author: "Priya Raman",
        hoursAgo: 600,
        photo: DemoPhoto(scene: .laboratory, caption: "Vials and glassware in a vaccine research laboratory in Kumasi, Ghana.", credit: "Atlas Wire / Kofi Mensah", alt: "Laboratory bench with glass flasks and sample vials"),
        recommended: false,
        related: ["en-ai-hospital-triage", "en-deep-sea-species"]
    ),
    DemoArticle(
        key: "en-water-treaty-central-asia",
        section: "world",
        title: "Central Asian states sign landmark deal to share shrinking river",
        summary: "Five governments agreed to jointly manage water from mountain glaciers that feed farms and cities across the region.",
        body: """
The five countries of Central Asia have signed an agreement to share and jointly manage water from the region's two great rivers, ending years of disputes over dams, irrigation and the dwindling flow from mountain glaciers.

The treaty, signed in the Kazakh city of Almaty, creates a joint commission with the power to set seasonal water allocations and to monitor flows in real time.

"Water does not know our borders," said the Uzbek envoy who led the negotiations. "For too long we behaved as if it did."

Upstream countries, which rely on hydropower in winter, and downstream countries, which need water for cotton and wheat in summer, have long clashed over when reservoirs should be emptied.

The deal includes a fund to modernise irrigation canals, which lose up to half of their water through leaks and evaporation.

Scientists warn that glaciers in the Tian Shan and Pamir mountains, which supply much of the rivers' summer flow, could lose a third of their ice by mid-century. "This agreement is about sharing less," said one hydrologist. "That is the hardest kind of agreement to make."
""",
        tags: ["Diplomacy", "Climate", "Agriculture"],
        author: "Tomás Reyes",
        hoursAgo: 610,
        photo: DemoPhoto(scene: .mountains, caption: "Snow-capped peaks of the Tian Shan above Almaty, source of much of the region's water.", credit: "Meridian Press / Felix Auer", alt: "Snow-capped mountain ridges above a valley"),
        recommended: false,
        related: ["en-glacier-retreat-alps", "en-drought-harvest-spain"]
    ),
    DemoArticle(
        key: "en-wolves-return-forest",
        section: "planet",
        title: "Wolves return to the forests of northern Germany after 150 years",
        summary: "A breeding pack has been confirmed in Lower Saxony's Lüneburg Heath, delighting conservationists and worrying farmers.",
        body: """
A wolf pack has raised pups in the forests of the Lüneburg Heath in northern Germany, wildlife officials confirmed this week, the latest sign of the animal's steady return to areas from which it was wiped out more than a century ago.

Camera traps recorded two adults and four pups moving through a pine forest near the village of Bispingen.

"Wolves are very good at coming back when we stop shooting them," said wildlife biologist Dr Jana Fischer. "The forests were always suitable. What changed was us."

Germany now has more than 180 wolf packs, mostly in the east and north. Their return has been celebrated by conservationists but has led to conflict with sheep and goat farmers, who have lost livestock to attacks.

State governments offer compensation and subsidies for electric fencing and guard dogs. Some farmers say the measures are not enough. "I am not against wolves," said shepherd Klaus Meyer. "I am against losing ten sheep in a night."

Officials say they will monitor the new pack closely and encourage farmers in the area to protect their flocks.
""",
        tags: ["Wildlife", "Agriculture"],
        author: "Sofia Lindqvist",
        hoursAgo: 650,
        photo: DemoPhoto(scene: .forest, caption: "Pine forest on the Lüneburg Heath, where camera traps recorded the wolf pack.", credit: "Harbourline Images / Anna Keller", alt: "Dense conifer forest under a pale sky"),
        recommended: false,
        related: ["en-forest-fires-restoration", "en-coral-heatwave-bleaching"]
    ),
    DemoArticle(
        key: "en-heatwave-oasis-towns",
        section: "planet",
        title: "Morocco's oasis towns run short of water as heat records tumble",
        summary: "Temperatures above 48C and years of low rainfall have left palm groves in the Drâa valley struggling to survive.",
        body: """
Temperatures in southern Morocco reached 48.6C this week, a national record for the month, as a prolonged heatwave deepened a water crisis in the oasis towns of the Drâa valley.

The valley's palm groves, which have sustained communities at the edge of the Sahara for centuries, depend on a river that has barely flowed for several years. Wells that once struck water at ten metres now have to be dug to forty or more.

"My father had 300 palms. I have fewer than 100 living," said farmer Hassan Aït Ali near Zagora. "The young people leave for the cities. Who can blame them?"

Officials have begun trucking drinking water to several villages. The government is building a desalination plant on the Atlantic coast, but the pipeline to the interior will take years to complete.

Climate scientists say North Africa is warming faster than the global average, and that heatwaves of this intensity have become around ten times more likely than in the pre-industrial era.
""",
        tags: ["Climate", "Agriculture"],
        author: "Tomás Reyes",
        hoursAgo: 700,
        photo: DemoPhoto(scene: .desert, caption: "Dunes at the edge of the Drâa valley near Zagora under a hazy, scorching sky.", credit: "Atlas Wire / Youssef Benali", alt: "Sand dunes under a hot hazy sky"),
        recommended: false,
        related: ["en-drought-harvest-spain", "en-water-treaty-central-asia"]
    ),
    // Scheduled pieces: publication time lies in the future, so readers must not see them yet.
    DemoArticle(
        key: "en-kestria-coalition-explainer",
        section: "world",
        title: "Explainer: how Kestria's new parliament will choose a prime minister",
        summary: "With no party expected to win a majority, here is how coalition talks work and how long they could take.",
        body: """
Kestria's election is over, but the country may have to wait weeks to learn who will lead its next government. Under the constitution, the president invites the leader of the largest party to try to form a coalition first.

That leader has 21 days to present a government and a programme to parliament. If they fail to win a vote of confidence, the president can invite another party leader to try.

## The likely combinations

- A **Civic Alliance–Greens** coalition, continuing much of the current government's energy policy
- A **New Centre–Farmers' Union** deal, which would need the support of at least one smaller party
- A minority government, supported vote by vote

"Kestrian politics is built for compromise, even when the campaign is not," said Dr Petra Hollis of Varnholm University.

The last time no government could be formed, in 2009, a second election was held within four months. Both main parties have said they want to avoid a repeat.

Until a new government is sworn in, Elena Varga will remain prime minister in a caretaker capacity.
""",
        tags: ["Elections", "Energy"],
        author: "Ingrid Solberg",
        hoursAgo: -5,
        photo: DemoPhoto(scene: .parliament, caption: "The parliament in Varnholm, where coalition talks will take place after the election.", credit: "Northlight Agency / Jonas Ekberg", alt: "A domed parliament building with columns"),
        recommended: false,
        related: ["en-kestria-election-day", "en-kestria-polls-tighten", "en-opinion-kestria-turnout"]
    ),
    DemoArticle(
        key: "en-cup-final-preview",
        section: "sport",
        title: "Continental Cup final preview: Marenna and Lindholm meet in a final nobody predicted",
        summary: "Two clubs that have never reached a European final meet in Lyon. Here is everything you need to know.",
        body: """
When the draw for the first round of the Continental Cup was made in August, bookmakers offered odds of 250-1 on Atlético Marenna winning the competition. FC Lindholm were 300-1. On Wednesday night, one of them will lift the trophy in Lyon.

It is the first final since the competition began in 1971 to feature two clubs that had never previously reached a European semi-final.

## How they got here

- **Marenna** have scored in every match, and came from behind in both legs against Sporting Vilamar
- **Lindholm** have kept five clean sheets and beaten three former champions

Marenna coach Nerea Olaizola will be without defender Jon Ugalde, who is suspended. Lindholm have a fully fit squad.

"Two teams who are not supposed to be here," said Lindholm's Anders Bjørk. "That is what football is for."

Kick-off is at 21:00 local time. Around 70,000 supporters are expected in the city, many of them having travelled overland.
""",
        tags: ["Football", "Continental Cup"],
        author: "Owen Prichard",
        hoursAgo: -30,
        photo: DemoPhoto(scene: .stadium, caption: "The stadium in Lyon that will host the Continental Cup final, under floodlights.", credit: "Newsdesk / Sam Okoro", alt: "A floodlit stadium with a green pitch at night"),
        recommended: false,
        related: ["en-cup-semifinal-marenna", "en-cup-lindholm-coach", "en-cup-fans-travel"]
    ),
]

private let englishGalleries: [DemoGallery] = [
    DemoGallery(
        key: "week-in-pictures-en",
        title: "This Week in Pictures",
        summary: "A hurricane on the Gulf coast, a knife-edge election, a football fairy tale and a lunar mission: the week's news in photographs.",
        hoursAgo: 6,
        photos: [
            DemoPhoto(scene: .storm, caption: "Lightning splits the sky over the Gulf of Mexico as Hurricane Marisol approaches Puerto Alcázar on Monday night.", credit: "Atlas Wire / Lucía Ferrer", alt: "Storm clouds with lightning over the sea"),
            DemoPhoto(scene: .crowd, caption: "Voters queue in the early morning outside a school in Varnholm, Kestria, on election day.", credit: "Northlight Agency / Jonas Ekberg", alt: "A queue of people seen from behind"),
            DemoPhoto(scene: .stadium, caption: "Atlético Marenna players celebrate under the floodlights after reaching the Continental Cup final on Thursday.", credit: "Newsdesk / Sam Okoro", alt: "A floodlit stadium at night"),
            DemoPhoto(scene: .harbour, caption: "Container cranes stand idle at the port of Rotterdam during Monday's dockworkers' strike.", credit: "Harbourline Images / Pieter Haas", alt: "Cranes and a container ship in a harbour"),
            DemoPhoto(scene: .night, caption: "The Moon over Darmstadt, Germany, where engineers are guiding the Aurora-3 lander towards the lunar south pole.", credit: "Meridian Press / Felix Auer", alt: "A bright moon in a starry night sky"),
            DemoPhoto(scene: .skyline, caption: "The City of London at dusk on Thursday, after the Bank of England held interest rates.", credit: "Meridian Press / Clara Voss", alt: "A city skyline at dusk"),
            DemoPhoto(scene: .sea, caption: "Waves driven by autumn gales break off the Danish coast, during a record week for wind power.", credit: "Harbourline Images / Mads Kjær", alt: "Rolling waves on the open sea"),
            DemoPhoto(scene: .market, caption: "Stallholders set out produce at a Saturday market in Hackney, east London, as food prices fall.", credit: "Newsdesk / Amira Saleh", alt: "Market stalls with striped awnings"),
            DemoPhoto(scene: .snow, caption: "Fresh snow blankets the forest near Rautio on Kestria's eastern border on Wednesday.", credit: "Northlight Agency / Sven Ahlberg", alt: "A snowy forest landscape"),
            DemoPhoto(scene: .airport, caption: "A plane takes off at sunset from Copenhagen Airport as autumn schedules begin.", credit: "Harbourline Images / Mads Kjær", alt: "An airliner climbing above a runway at sunset"),
        ]
    ),
    DemoGallery(
        key: "en-storm-season-from-the-air",
        title: "Storm season from the air",
        summary: "From the warm waters where storms are born to the coastlines they strike: the Atlantic hurricane season seen from above.",
        hoursAgo: 44,
        photos: [
            DemoPhoto(scene: .sea, caption: "Unusually warm water in the western Caribbean, where Tropical Storm Marisol formed last week.", credit: "Atlas Wire / Lucía Ferrer", alt: "Open sea under a bright sky"),
            DemoPhoto(scene: .storm, caption: "A wall of cloud advances towards the Yucatán coast as Marisol crosses the peninsula.", credit: "Atlas Wire / Diego Santana", alt: "Dark storm clouds over land"),
            DemoPhoto(scene: .harbour, caption: "Fishing boats crowd into the inner harbour at Puerto Alcázar on Sunday as crews seek shelter.", credit: "Atlas Wire / Lucía Ferrer", alt: "Boats moored in a harbour with cranes"),
            DemoPhoto(scene: .city, caption: "Streets in central Puerto Alcázar are deserted after the evacuation order on Sunday evening.", credit: "Atlas Wire / Diego Santana", alt: "Empty city street at dusk"),
            DemoPhoto(scene: .storm, caption: "Rain bands lash the coast north of Puerto Alcázar in the hours before landfall.", credit: "Meridian Press / Inês Cardoso", alt: "Heavy rain under dark clouds"),
            DemoPhoto(scene: .field, caption: "Flooded farmland in the state of Tamaulipas a day after the hurricane passed.", credit: "Atlas Wire / Lucía Ferrer", alt: "Flat fields stretching to the horizon under a grey sky"),
            DemoPhoto(scene: .mountains, caption: "Clouds pile up against the Sierra Madre Oriental as Marisol's remnants bring torrential rain inland.", credit: "Atlas Wire / Diego Santana", alt: "Mountain ridges under heavy cloud"),
            DemoPhoto(scene: .airport, caption: "A relief flight lands at Tampico airport carrying water and generators on Wednesday.", credit: "Newsdesk / Sam Okoro", alt: "A plane landing on a runway"),
        ]
    ),
]
