"""A real OpenID Connect provider (oidc-provider-mock, on Authlib) on a free port of 127.0.0.1, for the tests.

Prints "READY <port>" once it listens and stops when its standard input closes, so it cannot outlive the test or
the CI script that started it. Users and their claims are set with PUT /users/<sub>; its own pages sign them in.
"""
import argparse
import os
import sys
import threading
from datetime import timedelta

os.environ.setdefault("AUTHLIB_INSECURE_TRANSPORT", "1")  # plain http on loopback only

try:
    import oidc_provider_mock
    import werkzeug.serving
except ImportError:
    print("MISSING oidc-provider-mock", flush=True)
    sys.exit(3)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--token-max-age", type=int, default=3600)
    args = parser.parse_args()
    app = oidc_provider_mock.app(require_nonce=True, access_token_max_age=timedelta(seconds=args.token_max_age))
    server = werkzeug.serving.make_server("127.0.0.1", args.port, app, threaded=True)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True).start()
    print(f"READY {server.server_port}", flush=True)
    sys.stdin.read()
    server.shutdown()


if __name__ == "__main__":
    main()
