"""The credentials the sandbox accepts, one account per service.

Tests and the demo read them from here; nothing else in the plugin knows them.
"""

import base64

MAPFLOW_EMAIL = "demo@imagery-hub.test"
MAPFLOW_KEY = "sandbox-mapflow-key"

DEMO_CREDENTIALS = {
    "spexi": {"secret": "sk_sandbox_spexi_0123456789"},
    "mapillary": {"secret": "MLY|4242|0123456789abcdef0123456789abcdef",
                  "client_id": "U2FuZGJveFYyQ2xpZW50OjQyNDI", "user_token": "eyJzYW5kYm94Ijp0cnVlfQ.djI.c2ln"},
    "mapflow": {"secret": base64.b64encode(f"{MAPFLOW_EMAIL}:{MAPFLOW_KEY}".encode()).decode()},
    "eosda": {"secret": "apk." + "0123456789abcdef" * 4},
    "imago": {"username": "demo@imagery-hub.test", "secret": "sandbox-imago-password",
              "token": "sandbox-imago-api-token"},
}


def secret(service):
    return DEMO_CREDENTIALS[service]["secret"]
