#!/usr/bin/env python3
"""A small real SMTP server for the mail transport tests (aiosmtpd).

Listens on 127.0.0.1 only and prints "READY <port>" once it accepts connections (use --port 0 for a free port).
Stops on SIGTERM/SIGINT, and when its standard input reaches end of file, so it never outlives the test that
started it with a pipe as standard input.
Accepted messages are written byte for byte, as received after dot-unstuffing, into a Maildir, preceded by
Return-Path and X-Envelope-To headers that record the envelope.

  --tls-cert/--tls-key  offer STARTTLS with this certificate
  --implicit-tls        speak TLS from the first byte instead (SMTPS, needs --tls-cert/--tls-key)
  --auth USER:PASS      require AUTH (PLAIN or LOGIN), which the server only accepts after STARTTLS
  --reject-rcpt ADDR    answer 550 to RCPT TO for this address (repeatable)
  --tempfail            answer 451 to MAIL FROM
  --transcript FILE     append every line the client sends, marked "plain" or "tls"
"""

import argparse
import asyncio
import mailbox
import os
import signal
import ssl
import sys

try:
    from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword
except ImportError:
    print("MISSING aiosmtpd: run `pip install aiosmtpd` for this interpreter", flush=True)
    sys.exit(3)


class Handler:
    def __init__(self, maildir, reject, tempfail):
        self.maildir = mailbox.Maildir(maildir, create=True)
        self.reject = {address.lower() for address in reject}
        self.tempfail = tempfail

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        if self.tempfail:
            return "451 4.3.0 Temporary failure, try again later"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in self.reject:
            return f"550 5.1.1 <{address}>: Recipient address rejected"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        envelope_headers = (
            f"Return-Path: <{envelope.mail_from}>\r\n"
            f"X-Envelope-To: {', '.join(envelope.rcpt_tos)}\r\n"
        ).encode("utf-8")
        self.maildir.add(envelope_headers + envelope.original_content)
        return "250 2.0.0 Message accepted for delivery"


class Authenticator:
    def __init__(self, credentials):
        user, _, password = credentials.partition(":")
        self.user = user.encode("utf-8")
        self.password = password.encode("utf-8")

    def __call__(self, server, session, envelope, mechanism, auth_data):
        ok = (isinstance(auth_data, LoginPassword)
              and auth_data.login == self.user and auth_data.password == self.password)
        # handled=False: aiosmtpd itself answers 535 on failure (with the default it would answer nothing).
        return AuthResult(success=ok, handled=False)


class RecordingSMTP(SMTP):
    """Records what the client sends, and whether it was sent inside TLS, so tests can prove that no
    credentials travel in clear."""

    transcript_path = None

    implicit_tls = False

    def data_received(self, data):
        if self.transcript_path:
            phase = "tls" if self.implicit_tls or self._tls_protocol is not None else "plain"
            with open(self.transcript_path, "ab") as transcript:
                for line in data.splitlines():
                    transcript.write(phase.encode() + b" " + line + b"\n")
        super().data_received(data)


def tls_context(cert, key):
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    return context


async def serve(args):
    handler = Handler(args.maildir, args.reject_rcpt, args.tempfail)
    RecordingSMTP.transcript_path = args.transcript
    RecordingSMTP.implicit_tls = args.implicit_tls
    options = {"hostname": "newsdesk-test-smtp"}
    server_tls = None
    if args.implicit_tls:
        server_tls = tls_context(args.tls_cert, args.tls_key)
    elif args.tls_cert:
        options["tls_context"] = tls_context(args.tls_cert, args.tls_key)
    if args.auth:
        # aiosmtpd only sees TLS it started itself (STARTTLS); with implicit TLS the whole connection is encrypted.
        options.update(authenticator=Authenticator(args.auth), auth_required=True,
                       auth_require_tls=not args.implicit_tls)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: RecordingSMTP(handler, **options), "127.0.0.1", args.port,
                                      ssl=server_tls)
    port = server.sockets[0].getsockname()[1]
    stop = asyncio.Event()
    # A parent may start us with these signals blocked (Foundation's Process does); unblock them so they work.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM, signal.SIGINT})
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    if not sys.stdin.isatty():
        loop.add_reader(sys.stdin.fileno(), lambda: stop.set() if not os.read(sys.stdin.fileno(), 4096) else None)
    print(f"READY {port}", flush=True)
    await stop.wait()
    server.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--maildir", required=True)
    parser.add_argument("--tls-cert")
    parser.add_argument("--tls-key")
    parser.add_argument("--implicit-tls", action="store_true")
    parser.add_argument("--auth", metavar="USER:PASS")
    parser.add_argument("--reject-rcpt", action="append", default=[], metavar="ADDRESS")
    parser.add_argument("--tempfail", action="store_true")
    parser.add_argument("--transcript", metavar="FILE")
    args = parser.parse_args()
    if bool(args.tls_cert) != bool(args.tls_key):
        parser.error("--tls-cert and --tls-key go together")
    if args.implicit_tls and not args.tls_cert:
        parser.error("--implicit-tls needs --tls-cert and --tls-key")
    asyncio.run(serve(args))


if __name__ == "__main__":
    main()
