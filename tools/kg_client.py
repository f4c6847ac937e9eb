#!/usr/bin/python3
"""A small client of `kg serve` that knows only proto/kg.proto.

    tools/kg_client.py --spool SPOOL "MATCH (p:Person) RETURN p.name LIMIT 5"
    tools/kg_client.py --spool SPOOL --param who="To Lam" --format typed \\
        "MATCH (p:Person {name: \\$who})-[m:MET]-(q) RETURN q, m"

It compiles kg.proto with protoc (python3-protobuf must be installed), drops a
binary request into SPOOL/inbox (written aside, then renamed in), waits for
SPOOL/outbox, and prints the response: the rendered text for table/json/csv,
or the typed response in protobuf text format for --format typed. Exits 1 when
the response carries an error, 2 on timeout.
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))


def load_proto(proto_dir):
    out = tempfile.mkdtemp(prefix="kg-client-")
    subprocess.run(["protoc", "--python_out=" + out, "-I" + proto_dir,
                    os.path.join(proto_dir, "kg.proto")], check=True)
    sys.path.insert(0, out)
    import kg_pb2  # noqa: E402
    return kg_pb2


def set_value(value, text):
    """Reads VALUE as an int, float, true/false/null, else a string."""
    if text in ("true", "false"):
        value.bool_value = text == "true"
    elif text == "null":
        value.null_value = True
    else:
        try:
            value.int_value = int(text)
        except ValueError:
            try:
                value.float_value = float(text)
            except ValueError:
                value.string_value = text


def main():
    ap = argparse.ArgumentParser(description="Send one openCypher query to `kg serve`.")
    ap.add_argument("query")
    ap.add_argument("--spool", required=True, help="the folder given to kg serve --spool")
    ap.add_argument("--param", action="append", default=[], metavar="NAME=VALUE")
    ap.add_argument("--format", default="table", choices=["table", "json", "csv", "typed"])
    ap.add_argument("--sources", action="store_true", help="attach provenance to edges")
    ap.add_argument("--timeout", type=float, default=30.0, help="seconds to wait")
    ap.add_argument("--proto", default=os.path.join(HERE, "..", "proto"),
                    help="folder holding kg.proto")
    args = ap.parse_args()

    kg_pb2 = load_proto(args.proto)
    from google.protobuf import text_format

    req = kg_pb2.QueryRequest(id=str(uuid.uuid4()), query=args.query,
                              include_sources=args.sources)
    req.format = {"table": kg_pb2.OUTPUT_TABLE, "json": kg_pb2.OUTPUT_JSON,
                  "csv": kg_pb2.OUTPUT_CSV, "typed": kg_pb2.OUTPUT_TYPED}[args.format]
    for p in args.param:
        name, _, value = p.partition("=")
        set_value(req.parameters[name], value)

    name = "client-%s.pb" % req.id
    aside = os.path.join(args.spool, "." + name)
    with open(aside, "wb") as f:
        f.write(req.SerializeToString())
    os.rename(aside, os.path.join(args.spool, "inbox", name))

    answer = os.path.join(args.spool, "outbox", name)
    deadline = time.time() + args.timeout
    while not (os.path.exists(answer) and
               not os.path.exists(os.path.join(args.spool, "inbox", name))):
        if time.time() > deadline:
            print("no response after %.0f s (is `kg serve --spool %s` running?)"
                  % (args.timeout, args.spool), file=sys.stderr)
            return 2
        time.sleep(0.02)
    resp = kg_pb2.QueryResponse()
    with open(answer, "rb") as f:
        resp.ParseFromString(f.read())
    if resp.HasField("error"):
        e = resp.error
        where = " at line %d, column %d" % (e.line, e.column) if e.line else ""
        print("%s%s: %s" % (e.code, where, e.message), file=sys.stderr)
        return 1
    if args.format == "typed":
        print(text_format.MessageToString(resp, as_utf8=True), end="")
    else:
        print(resp.text, end="")
        print("%d rows (%.1f ms)" % (resp.stats.rows, resp.stats.parse_ms + resp.stats.plan_ms
                                      + resp.stats.execute_ms), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
