"""Local emulator of the five imagery services, for tests, benchmarks and the demo.

    from imagery_hub.sandbox import Sandbox
    with Sandbox() as sb:
        print(sb.service_url("spexi"))

or from the command line: ``python -m sandbox --port 8765`` in the plugin folder.
Not shipped in the plugin zip.
"""

from .accounts import DEMO_CREDENTIALS  # noqa: F401
from .faults import Fault, parse_spec  # noqa: F401
from .server import HttpError, Request, Response, Sandbox, error_response, json_response  # noqa: F401
