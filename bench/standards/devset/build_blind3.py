#!/usr/bin/env python3
"""Writes blind3_en.jsonl / blind3_ru.jsonl: a third blind round (written and labelled before the engine saw it),
mixing everyday insults, trolling, mild swearing, quotations of abuse and sarcasm. Written for this project, CC0.
"""
import json, os, datetime
HERE = os.path.dirname(os.path.abspath(__file__))
EN = [
    ("election", "Only an absolute imbecile would believe that manifesto", ["insult_threat"]),
    ("match", "The manager is clueless and the players are overpaid donkeys", ["insult_threat"]),
    ("bridge", "Councillor Hughes is a lying sack of crap", ["insult_threat"]),
    ("election", "You people are pathetic, seriously", ["insult_threat"]),
    ("flood", "The minister should be ashamed, what a spineless coward", ["insult_threat"]),
    ("match", "Get a brain, mate. You clearly don't have one.", ["insult_threat"]),
    ("election", "Go cry to your mommy, loser", ["trolling", "insult_threat"]),
    ("bridge", "Another genius in the comments who knows better than the engineers 🙄🤡", ["trolling"]),
    ("match", "Stay mad, your team is trash 😂😂", ["trolling"]),
    ("election", "Who asked? Literally nobody.", ["trolling"]),
    ("match", "This referee is a fucking disgrace", ["profanity"]),
    ("bridge", "What the f*** is wrong with this council", ["profanity"]),
    ("flood", "Shit happens but this was preventable", ["profanity"]),
    ("election", "Bullshit from start to finish", ["profanity"]),
    ("match", "Jesus christ what a bloody awful game", []),
    ("bridge", "Damn, 240 million. That's a lot of money.", []),
    ("election", "He literally called his opponent an 'idiot' on live TV, not a good look for a leader.", []),
    ("flood", "Whoever said 'the defences are fine' in 2019 should answer for it in an inquiry.", []),
    ("match", "Yeah sure, the ref is to blame for us being ninth. Totally. Nothing to do with the defending.", []),
    ("election", "Oh great, another tax cut for the rich. What could possibly go wrong.", []),
    ("bridge", "Brilliant, two years of roadworks. Just what the old town needed.", []),
    ("election", "The word 'traitor' gets thrown around too much in this campaign.", []),
    ("match", "Calling our keeper a clown is unfair, he saved us twice.", []),
    ("flood", "Reading the comments here makes me sad. People lost their homes, be kind.", []),
    ("election", "Fascism didn't start with camps, it started with words. Be careful with the rhetoric.", []),
    ("bridge", "My son is 12 and he's already asking why the council can't fix his school's roof.", []),
    ("match", "We shot ourselves in the foot with that substitution.", []),
    ("flood", "Our dog was so scared of the thunder she hid under the bed for two days.", []),
    ("election", "Kill the tax cut, fund the nurses. Simple.", []),
    ("bridge", "I'd hang a banner from the old bridge saying 'fix the schools first' if I could.", []),
    ("election", "The immigrants I know work harder than anyone in this town.", []),
    ("flood", "The Roma community in the east valley were hit worst and got help last, that's a scandal.", []),
    ("match", "Our African players were the best on the pitch again.", []),
    ("election", "Immigrants are not the problem, the housing shortage is.", []),
    ("bridge", "Burn the plans and start again with the ferry option.", []),
    ("election", "Should we storm the debate hall with questions? Yes, come to the town hall Q&A on Friday.", []),
    ("flood", "My teenage daughter volunteered all weekend filling sandbags, proud of her.", []),
    ("match", "The away fans set off flares, the police should ban them next season.", []),
]
RU = [
    ("most", "Мэр — абсолютный бездарь и лжец", ["insult_threat"]),
    ("most", "Депутаты — стадо баранов, голосуют как скажут", ["insult_threat"]),
    ("most", "Ты вообще головой думаешь или только жрёшь?", ["insult_threat"]),
    ("most", "Иди учи матчасть, диванный эксперт", ["trolling"]),
    ("most", "Ахахах, какой ты смешной, плак-плак", ["trolling"]),
    ("most", "Да ну нахер этот мост", ["profanity"]),
    ("most", "Сука, опять деньги распилят", ["profanity"]),
    ("most", "Это полный пиздец, а не управление городом", ["profanity"]),
    ("most", "Ёб твою мать, 240 миллионов!", ["profanity"]),
    ("most", "Чёрт, опять пробки будут.", []),
    ("most", "Блин, ну сколько можно обещать.", []),
    ("most", "Да уж, «прекрасный» проект, ничего не скажешь.", []),
    ("most", "Называть людей идиотами в комментариях — плохая идея, давайте спокойнее.", []),
    ("most", "Мигранты строят этот мост, между прочим, за копейки.", []),
    ("most", "Моей дочке 14, она уже спрашивает, почему в школе течёт крыша.", []),
    ("most", "Надо было сжечь эти планы и начать заново с паромом.", []),
    ("most", "Полиция должна наконец навести порядок с парковкой у стройки.", []),
    ("most", "Хрен редьки не слаще: что мост, что паром.", []),
]
def write():
    base = datetime.datetime(2026, 11, 5, 9, 0, 0)
    for name, rows, prefix in (("blind3_en.jsonl", EN, "c"), ("blind3_ru.jsonl", RU, "cr")):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            for k, (art, text, labels) in enumerate(rows):
                ts = (base + datetime.timedelta(seconds=300 * (k + 1))).strftime("%Y-%m-%dT%H:%M:%SZ")
                f.write(json.dumps({"id": f"{prefix}-{k + 1}", "text": text, "article": art, "author": f"{prefix}-user-{k + 1}",
                                    "ts": ts, "labels": sorted(labels), "source": "written for this project (CC0)"}, ensure_ascii=False) + "\n")
    print(len(EN), len(RU))
if __name__ == "__main__":
    write()
