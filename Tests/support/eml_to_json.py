#!/usr/bin/env python3
"""Reads one .eml file and prints what a mail reader would show, as JSON, using Python's own e-mail parser, so
the Swift tests check MIMEBuilder's output against an independent decoder.

Output: {"headers": {name: [decoded values]}, "from": [[name, address]], "to": [...], "reply_to": [...],
         "content_type": "...", "parts": [{"content_type", "charset", "transfer_encoding", "text"}],
         "defects": [...], "max_line_length": n, "bare_line_feeds": n}
"""

import email
import email.policy
import email.utils
import json
import sys


def main():
    with open(sys.argv[1], "rb") as source:
        raw = source.read()
    message = email.message_from_bytes(raw, policy=email.policy.default)
    lines = raw.split(b"\r\n")
    result = {
        "headers": {},
        "from": email.utils.getaddresses(message.get_all("From", [])),
        "to": email.utils.getaddresses(message.get_all("To", [])),
        "reply_to": email.utils.getaddresses(message.get_all("Reply-To", [])),
        "content_type": message.get_content_type(),
        "parts": [],
        "defects": [repr(defect) for part in message.walk() for defect in part.defects],
        "max_line_length": max(len(line) for line in lines),
        "bare_line_feeds": sum(line.count(b"\n") for line in lines),
    }
    for name, value in message.items():
        result["headers"].setdefault(name, []).append(str(value))
    for part in message.walk():
        if part.is_multipart():
            continue
        result["parts"].append({
            "content_type": part.get_content_type(),
            "charset": part.get_content_charset(),
            "transfer_encoding": part.get("Content-Transfer-Encoding", ""),
            "text": part.get_content(),
        })
    json.dump(result, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
