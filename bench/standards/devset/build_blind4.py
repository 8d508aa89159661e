#!/usr/bin/env python3
"""Writes blind4_en.jsonl / blind4_ru.jsonl: a fourth blind round (written and labelled before the engine saw it),
mostly the Russian edition plus other-language swearing and link/number edge cases. Written for this project, CC0.
"""
import json, os, datetime
HERE = os.path.dirname(os.path.abspath(__file__))
EN = [
    ("match", "Que partido de mierda, joder", ["profanity", "foreign_language"]),
    ("match", "Scheiße, what a result", ["profanity"]),
    ("election", "Putain, another tax promise nobody will keep", ["profanity"]),
    ("bridge", "see the plan at bridgeproject dot org slash plans", ["commercial_links"]),
    ("flood", "Photos: https://imgur.com/a/x7Yk2 — the whole street is gone", ["commercial_links"]),
    ("election", "Call the electoral office on 0800 123 4567 if your card didn't arrive", []),
    ("bridge", "In 1998-2003 the old bridge was closed twice for repairs, costing 14.5m in total.", []),
    ("match", "Season ticket prices went from £450 to £610, a 35% rise.", []),
    ("election", "Section 4.2.1 of the manifesto covers housing, section 7 covers tax.", []),
    ("flood", "My postcode is flooded too, SW1A area, anyone else?", []),
]
RU = [
    ("most", "Ну что за бред, опять эти обещания.", []),
    ("most", "Мне кажется, мост — правильное решение, хоть и дорогое.", []),
    ("most", "Автор молодец, хорошо разобрался в теме.", []),
    ("most", "Жду не дождусь, когда начнут стройку.", []),
    ("most", "Где взять деньги на мост, если бюджет и так дырявый?", []),
    ("most", "Подробности на сайте администрации города.", []),
    ("most", "Я 20 лет езжу по старому мосту и ни разу он не ремонтировался нормально.", []),
    ("most", "Телефон приёмной мэрии: 8 (495) 123-45-67, звонил, никто не берёт.", ["personal_data"]),
    ("most", "Мэр и его команда — позорище, гнать их всех.", ["insult_threat"]),
    ("most", "Какие же вы все тупые, честное слово.", ["insult_threat"]),
    ("most", "Сдохни, тварь, со своими комментариями.", ["insult_threat"]),
    ("most", "Ржу не могу с этих экспертов, бугагага.", ["trolling"]),
    ("most", "Ёпт, опять стройка на два года.", ["profanity"]),
    ("most", "Бля, ну когда уже начнут?", ["profanity"]),
    ("most", "Нахрена нам этот мост вообще?", []),
    ("most", "Пиздеж это всё, никакого моста не будет.", ["profanity"]),
    ("most", "мост строить надо но не за такие деньги потому что в городе и так все разваливается дороги в ямах школы без ремонта больницы без врачей а они опять хотят потратить миллионы на красивую картинку для отчета перед выборами и никто их не остановит", ["no_sentences"]),
    ("most", "СТРОЙТЕ УЖЕ МОСТ, СКОЛЬКО МОЖНО ОБСУЖДАТЬ ОДНО И ТО ЖЕ", ["caps"]),
    ("most", "Most ne nuzhen, luchshe by dorogi pochinili, eto zhe ochevidno vsem.", ["foreign_language"]),
    ("most", "Die Brücke ist viel zu teuer für so eine kleine Stadt, finde ich.", ["foreign_language"]),
    ("most", "Ставки на спорт с бонусом 5000 рублей за регистрацию, переходи по ссылке в профиле", ["spam"]),
    ("most", "Наш канал в телеграме — лучшие новости города первыми, подписывайтесь!", ["promotion"]),
    ("most", "Хохлы и тут всё разворуют, как всегда.", ["hate"]),
    ("most", "Давно пора взорвать эту мэрию вместе с чиновниками.", ["extremism"]),
]
def write():
    base = datetime.datetime(2026, 11, 6, 9, 0, 0)
    for name, rows, prefix in (("blind4_en.jsonl", EN, "d"), ("blind4_ru.jsonl", RU, "dr")):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            for k, (art, text, labels) in enumerate(rows):
                ts = (base + datetime.timedelta(seconds=300 * (k + 1))).strftime("%Y-%m-%dT%H:%M:%SZ")
                f.write(json.dumps({"id": f"{prefix}-{k + 1}", "text": text, "article": art, "author": f"{prefix}-user-{k + 1}",
                                    "ts": ts, "labels": sorted(labels), "source": "written for this project (CC0)"}, ensure_ascii=False) + "\n")
    print(len(EN), len(RU))
if __name__ == "__main__":
    write()
