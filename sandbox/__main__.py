"""Run the sandbox from the command line until interrupted.

    python -m sandbox [--port 8765] [--latency 0.1] [--bandwidth 1000000]
                      [--fault "status=503,times=2,path=/spexi/"] [--option key=value]
                      [--url-file sandbox.json]
"""

import argparse
import json
import signal
import threading

from .faults import Fault, parse_spec
from .server import Sandbox


def main(argv=None):
    parser = argparse.ArgumentParser(prog="sandbox", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, default=0, help="main port (0: any free port)")
    parser.add_argument("--cdn-port", type=int, default=0, help="port of the foreign 'CDN' host")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added to every answer")
    parser.add_argument("--bandwidth", type=float, default=0.0, help="bytes/second per connection")
    parser.add_argument("--fault", action="append", default=[], help="a fault rule spec (repeatable)")
    parser.add_argument("--option", action="append", default=[], help="service option key=value")
    parser.add_argument("--url-file", help="write the URLs as JSON to this file once listening")
    parser.add_argument("-v", "--verbose", action="store_true", help="log every request")
    args = parser.parse_args(argv)

    options = {}
    for item in args.option:
        key, _, value = item.partition("=")
        options[key] = value
    sandbox = Sandbox(port=args.port, cdn_port=args.cdn_port, options=options, verbose=args.verbose)
    if args.latency:
        sandbox.faults.add(Fault("latency", delay=args.latency))
    if args.bandwidth:
        sandbox.faults.add(Fault("bandwidth", rate=args.bandwidth))
    for spec in args.fault:
        sandbox.faults.add(parse_spec(spec))
    sandbox.start()
    info = {"url": sandbox.url, "cdn_url": sandbox.cdn_url}
    if args.url_file:
        with open(args.url_file, "w", encoding="utf-8") as fh:
            json.dump(info, fh)
    print(json.dumps(info), flush=True)

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    sandbox.stop()


if __name__ == "__main__":
    main()
