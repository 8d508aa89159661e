#!/usr/bin/env python3
"""Writes blind8_en.jsonl: the eighth blind round, written after the second tuning round and run before the third:
SMS chat and SMS spam side by side (abbreviations, numbers and times in both), video comments (praise next to channel
plugs), talk-page replies (disagreement next to abuse) and tweets. Written for this project, CC0.
"""
import json, os, datetime
HERE = os.path.dirname(os.path.abspath(__file__))

EN = [
    ("match", "k i'll b there at 8, txt me when u leave ur house", []),
    ("match", "Wat time u finish work 2day? Mum wants us 4 dinner", []),
    ("flood", "Hey sorry missed ur call, phone was on silent. Ring u back in 10", []),
    ("bridge", "Gonna be late, bus didn't come. Save me a seat pls", []),
    ("match", "Did u get the tickets? I owe u 25 yeah", []),
    ("flood", "Are u ok? Saw the news about the river, text me back", []),
    ("election", "lol u always say that, cya tmrw", []),
    ("match", "Ur a legend for getting those tickets mate", []),
    ("bridge", "Nah dont worry about it, we can go next week instead", []),
    ("flood", "Got home safe, roads were awful. Night x", []),
    ("match", "URGENT! We are trying to contact U. Todays draw shows that you have won a £800 prize GUARANTEED. Call 09050001808 from land line. Claim M95. Valid12hrs only", ["spam"]),
    ("flood", "Free game of the week! Reply GAME to 89080 to get it sent to ur mobile, 3 per wk, 16+", ["spam"]),
    ("bridge", "You are being contacted by our dating service by someone you know! To find out who it is, call from a land line 09058098002. PoBox1 W14RG 150p", ["spam"]),
    ("election", "Congrats! 1 year special cinema pass for 2 is yours. call 09061209465 now! C Suprman V, Matrix3, StarWars3, etc all 4 FREE! bx420-ip4-5we. 150pm. Dont miss out!", ["spam"]),
    ("match", "Sorry, I'll call later in meeting", []),
    ("match", "Check out this video on YouTube: this is the best goal ever, link in my channel", ["promotion"]),
    ("match", "Guys please visit my channel and subscribe, i upload every day!! 😊", ["promotion"]),
    ("match", "This goal still gives me chills, watched it 100 times", []),
    ("match", "Who's watching this in 2026? 🙋", []),
    ("match", "I'm trying to reach 500 subscribers, can you help me? check my videos", ["promotion"]),
    ("match", "The commentator's reaction is priceless 😂", []),
    ("election", "I've reverted your change because the source doesn't say that. Please discuss before editing again.", []),
    ("election", "Stop vandalising the page, you pathetic little moron, get a life", ["insult_threat"]),
    ("election", "Who the fuck do you think you are? Stay away from my edits, dickhead", ["insult_threat", "profanity"]),
    ("election", "Thanks for your note. I agree the section needs better sources, I'll look tomorrow.", []),
    ("election", "You're a nazi and a liar and everyone here knows it", ["insult_threat"]),
    ("election", "I will hunt you down, you're dead", ["insult_threat"]),
    ("election", "Islam should be wiped off the face of the earth", ["hate"]),
    ("election", "can't stand how these immigrants act like they own the place, go home", ["hate"]),
    ("election", "gays should not be allowed to adopt, kids need a mum and a dad, it's sick", ["hate"]),
    ("election", "Honestly the debate tonight was a car crash, neither of them had a plan", []),
    ("election", "So proud of my sister who just got elected to the council! 🎉", []),
    ("match", "lmao this ref is blind, give him some glasses", []),
    ("match", "Rolled a fat one for the second half, let's go 💨", ["narcotics"]),
    ("flood", "pills and powder, same day drop across town, snapchat me", ["narcotics"]),
    ("match", "Their fans should get a good kicking, I'll bring the lads", ["violence"]),
    ("flood", "If my neighbour's dog barks one more time I'm poisoning it", ["violence"]),
    ("bridge", "Cash for your old car, any condition, we collect, call 0800 587 2233", ["promotion"]),
    ("bridge", "Anyone know if the bridge consultation is online? Can't get to the town hall", []),
    ("flood", "Amazing work by the firefighters, they saved 30 people from the estate", []),
]


def write(name, rows, prefix, base):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for k, (art, text, labels) in enumerate(rows):
            ts = (base + datetime.timedelta(seconds=300 * (k + 1))).strftime("%Y-%m-%dT%H:%M:%SZ")
            f.write(json.dumps({"id": f"{prefix}-{k + 1}", "text": text, "article": art, "author": f"{prefix}-user-{k + 1}",
                                "ts": ts, "labels": sorted(labels), "source": "written for this project (CC0)"},
                               ensure_ascii=False) + "\n")


if __name__ == "__main__":
    write("blind8_en.jsonl", EN, "i", datetime.datetime(2026, 11, 11, 9, 0, 0))
    print(len(EN))
