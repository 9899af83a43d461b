"""A mail server for plenum's tests: aiosmtpd on loopback, writing each
message it accepts as a JSON file (envelope, headers, bodies, attachments)
into a folder the test reads. `rules.json` in that folder, read at every
recipient, lists addresses to refuse for good (550) or for now (451), and
a delay before each message is accepted.

Usage: smtp_sink.py PORT FOLDER
"""

import asyncio
import email
import email.policy
import json
import os
import sys

from aiosmtpd.smtp import SMTP


class Sink:
    def __init__(self, folder):
        self.folder = folder
        self.count = 0

    def rules(self):
        try:
            with open(os.path.join(self.folder, "rules.json")) as f:
                return json.load(f)
        except FileNotFoundError:
            return {}

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        rules = self.rules()
        if address in rules.get("refuse", []):
            return "550 5.1.1 <%s>: no such mailbox here" % address
        if address in rules.get("later", []):
            return "451 4.7.1 <%s>: try again later" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        delay = self.rules().get("delay", 0)
        if delay:
            await asyncio.sleep(delay)
        msg = email.message_from_bytes(envelope.original_content or envelope.content, policy=email.policy.default)
        text = msg.get_body(preferencelist=("plain",))
        html = msg.get_body(preferencelist=("html",))
        attachments = []
        for part in msg.iter_attachments():
            attachments.append({
                "filename": part.get_filename(),
                "content_type": part.get_content_type(),
                "params": dict(part.get_params() or []),
                "content": part.get_content() if part.get_content_maintype() == "text" else None,
            })
        self.count += 1
        record = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "from": str(msg["From"]),
            "to": str(msg["To"]),
            "reply_to": str(msg["Reply-To"]) if msg["Reply-To"] else None,
            "subject": str(msg["Subject"]),
            "message_id": str(msg["Message-ID"]),
            "text": text.get_content() if text else None,
            "html": html.get_content() if html else None,
            "attachments": attachments,
        }
        name = "%d-%06d.json" % (os.getpid(), self.count)
        tmp = os.path.join(self.folder, "." + name)
        with open(tmp, "w") as f:
            json.dump(record, f)
        os.rename(tmp, os.path.join(self.folder, name))
        return "250 2.0.0 Ok: queued as %d" % self.count


async def main(port, folder):
    loop = asyncio.get_running_loop()
    sink = Sink(folder)
    server = await loop.create_server(lambda: SMTP(sink, hostname="sink.test"), "127.0.0.1", port)
    print("READY", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]), sys.argv[2]))
