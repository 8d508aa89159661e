#!/usr/bin/env python3
"""Writes blind5_en.jsonl: a fifth blind round (written and labelled before the engine saw it) in the style of
newspaper comment sections: political name-calling, toxic but unprofane replies, and clean replies that use the same
vocabulary. Written for this project, CC0.
"""
import json, os, datetime
HERE = os.path.dirname(os.path.abspath(__file__))
EN = [
    ("election", "What a dumb thing to say. Do you even read before you post?", ["insult_threat"]),
    ("election", "Only brainwashed sheep vote for that clown.", ["insult_threat"]),
    ("election", "The governor is a corrupt, lying thief and should be in prison.", ["insult_threat"]),
    ("election", "Shut your mouth, you ignorant fool.", ["insult_threat"]),
    ("election", "People like you are the reason this country is going down the drain. Idiots.", ["insult_threat"]),
    ("election", "You are too stupid to understand basic economics, so don't bother.", ["insult_threat"]),
    ("election", "Typical leftist snowflake nonsense.", ["trolling"]),
    ("election", "Enjoy your tears on Monday, losers 😂", ["trolling"]),
    ("election", "The opposition leader is a senile old fool who can't string a sentence together.", ["insult_threat"]),
    ("election", "Somebody needs to teach that candidate a lesson he won't forget, if you know what I mean.", ["insult_threat"]),
    ("match", "Our striker is useless, absolutely useless. Sell him.", []),
    ("match", "The ref was awful today, worst performance I have seen in years.", []),
    ("election", "That is a stupid policy and it will hurt families.", []),
    ("election", "The governor has been accused of corruption twice; the trials are still pending.", []),
    ("election", "I think the candidate is wrong about taxes, and here is why: the numbers don't add up.", []),
    ("election", "Politicians lie, that's nothing new, but this campaign has been especially dishonest.", []),
    ("election", "Don't be a fool, check the figures yourself before Sunday.", []),
    ("election", "The debate was dumb, honestly. Nobody learned anything.", []),
    ("election", "He's not a clown, he's a very smart operator and that's what worries me.", []),
    ("election", "I used to think voters were stupid, now I think they're just tired.", []),
    ("election", "Tears of joy on Monday if the nurses' plan wins!", []),
    ("election", "Stop calling each other idiots and look at the housing numbers.", []),
]
def write():
    base = datetime.datetime(2026, 11, 7, 9, 0, 0)
    with open(os.path.join(HERE, "blind5_en.jsonl"), "w", encoding="utf-8") as f:
        for k, (art, text, labels) in enumerate(EN):
            ts = (base + datetime.timedelta(seconds=300 * (k + 1))).strftime("%Y-%m-%dT%H:%M:%SZ")
            f.write(json.dumps({"id": f"e-{k + 1}", "text": text, "article": art, "author": f"e-user-{k + 1}",
                                "ts": ts, "labels": sorted(labels), "source": "written for this project (CC0)"}, ensure_ascii=False) + "\n")
    print(len(EN))
if __name__ == "__main__":
    write()
