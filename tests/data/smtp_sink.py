#!/usr/bin/env python3
"""A local SMTP server for the mail tests: aiosmtpd on 127.0.0.1:PORT, writing every message it
receives to OUTDIR as NNNN.eml (with X-Envelope-From/To headers added on top). Prints READY once it
listens; stops when its standard input closes.

usage: smtp_sink.py PORT OUTDIR [--starttls CERT KEY | --tls CERT KEY] [--auth USER PASSWORD] [--login-only]
Recipients whose address starts with "nobody@" are refused (550)."""
import os
import ssl
import sys

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Sink:
    def __init__(self, outdir):
        self.outdir = outdir
        self.count = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.startswith("nobody@"):
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        path = os.path.join(self.outdir, "%04d.eml" % self.count)
        head = ("X-Envelope-From: %s\r\nX-Envelope-To: %s\r\n"
                % (envelope.mail_from, ",".join(envelope.rcpt_tos))).encode()
        with open(path + ".part", "wb") as f:
            f.write(head + envelope.original_content)
        os.rename(path + ".part", path)
        return "250 Message accepted for delivery"


def main():
    args = sys.argv[1:]
    port, outdir = int(args[0]), args[1]
    options = {}
    controller_options = {}
    i = 2
    while i < len(args):
        if args[i] in ("--starttls", "--tls"):
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(args[i + 1], args[i + 2])
            if args[i] == "--starttls":
                options["tls_context"] = context
                options["require_starttls"] = True
            else:
                controller_options["ssl_context"] = context
            i += 3
        elif args[i] == "--auth":
            user, password = args[i + 1].encode(), args[i + 2].encode()

            def authenticator(server, session, envelope, mechanism, auth_data):
                ok = isinstance(auth_data, LoginPassword) and auth_data.login == user \
                    and auth_data.password == password
                # handled=False: aiosmtpd answers 535 itself (with the default, it would stay silent).
                return AuthResult(success=ok, handled=False)

            options["authenticator"] = authenticator
            options["auth_required"] = True
            i += 3
        elif args[i] == "--login-only":
            options["auth_exclude_mechanism"] = ["PLAIN"]
            i += 1
        else:
            sys.exit("unknown option " + args[i])
    # Implicit TLS is invisible to aiosmtpd 1.4 (it only knows STARTTLS): AUTH must be allowed "without TLS".
    if "authenticator" in options and "tls_context" not in options:
        options["auth_require_tls"] = False
    controller = Controller(Sink(outdir), hostname="127.0.0.1", port=port, **controller_options, **options)
    controller.start()
    print("READY", flush=True)
    try:
        sys.stdin.read()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
