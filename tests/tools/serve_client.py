#!/usr/bin/python3
"""End-to-end test of `kg serve` by a separate client that knows only proto/kg.proto.

Compiles kg.proto with protoc into a temporary folder, drives a real `kg serve`
process through its spool folder, and checks the responses. Run by
tests/tools/serve_test.cc:  serve_client.py KG_BIN PROTO_DIR SCENARIO
Exit status 0 on success; failures are printed.
"""
import os
import signal
import subprocess
import sys
import tempfile
import time

KG_BIN, PROTO_DIR, SCENARIO = sys.argv[1], sys.argv[2], sys.argv[3]
WORK = tempfile.mkdtemp(prefix="kg-serve-test-")

subprocess.run(["protoc", "--python_out=" + WORK, "-I" + PROTO_DIR,
                os.path.join(PROTO_DIR, "kg.proto")], check=True)
sys.path.insert(0, WORK)
import kg_pb2  # noqa: E402  (generated above)
from google.protobuf import text_format  # noqa: E402
from google.protobuf.internal import encoder, decoder  # noqa: E402

DB = os.path.join(WORK, "db")
SPOOL = os.path.join(WORK, "spool")
INBOX, OUTBOX = os.path.join(SPOOL, "inbox"), os.path.join(SPOOL, "outbox")
DONE, FAILED = os.path.join(SPOOL, "done"), os.path.join(SPOOL, "failed")
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what, flush=True)


def start(*extra, wait=True):
    log = open(os.path.join(WORK, "serve.log"), "a")
    p = subprocess.Popen([KG_BIN, "serve", "--db", DB, "--spool", SPOOL, "--poll-ms", "20",
                          *extra], stderr=log, stdout=log)
    deadline = time.time() + 20
    while wait and not os.path.isdir(FAILED) and time.time() < deadline:
        time.sleep(0.01)
    if wait:
        check(os.path.isdir(FAILED), "serve creates the spool folders")
    return p


def submit(name, data):
    """Writes a request the recommended way: elsewhere, then rename into the inbox."""
    tmp = os.path.join(SPOOL, "." + name)
    with open(tmp, "wb") as f:
        f.write(data)
    os.rename(tmp, os.path.join(INBOX, name))


def request(id_, query, **params):
    r = kg_pb2.QueryRequest(id=id_, query=query)
    for k, v in params.items():
        if isinstance(v, str):
            r.parameters[k].string_value = v
        elif isinstance(v, bool):
            r.parameters[k].bool_value = v
        elif isinstance(v, int):
            r.parameters[k].int_value = v
    return r


def delimited(messages):
    out = b""
    for m in messages:
        body = m.SerializeToString()
        out += encoder._VarintBytes(len(body)) + body
    return out


def wait_for(name, timeout=20.0):
    path = os.path.join(OUTBOX, name)
    deadline = time.time() + timeout
    while time.time() < deadline:
        gone = not os.path.lexists(os.path.join(INBOX, name))
        if os.path.exists(path) and gone:
            with open(path, "rb") as f:
                return f.read()
        time.sleep(0.02)
    check(False, "no response for %s within %.0fs" % (name, timeout))
    return None


def response(name, timeout=20.0):
    data = wait_for(name, timeout)
    r = kg_pb2.QueryResponse()
    if data is None:
        return r
    if name.endswith(".txtpb"):
        text_format.Parse(data.decode("utf-8"), r)
    else:
        r.ParseFromString(data)
    return r


def responses_stream(name, timeout=20.0):
    return decode_stream(wait_for(name, timeout) or b"")


def responses_stream_file(path):
    with open(path, "rb") as f:
        return decode_stream(f.read())


def decode_stream(data):
    out, pos = [], 0
    while pos < len(data):
        size, pos = decoder._DecodeVarint32(data, pos)
        r = kg_pb2.QueryResponse()
        r.ParseFromString(data[pos:pos + size])
        pos += size
        out.append(r)
    return out


def scenario_basic():
    server = start("--max-request-bytes", "100000", "--settle-ms", "300")
    try:
        # Writes through the interface itself.
        submit("a_setup.pb", request(
            "setup", "CREATE (a:Person {name: 'Tô Lâm'})-[:MET {date: '2024-09-25'}]->"
                     "(b:Person {name: 'Joe Biden'}) RETURN a.name AS a, b.name AS b")
            .SerializeToString())
        r = response("a_setup.pb")
        check(r.id == "setup", "setup id echoed: %r" % r.id)
        check(not r.HasField("error"), "setup succeeded: %s" % r.error)
        check(r.stats.nodes_created == 2 and r.stats.relationships_created == 1,
              "setup side effects: %s" % r.stats)
        check(os.path.exists(os.path.join(DONE, "a_setup.pb")), "setup request moved to done")

        # Binary request with a parameter; typed nodes, edges and paths come back.
        submit("b_typed.pb", request(
            "typed", "MATCH p = (a:Person {name: $who})-[m:MET]-(b) RETURN a, m, b.name AS name, p",
            who="Tô Lâm").SerializeToString())
        r = response("b_typed.pb")
        check(not r.HasField("error"), "typed query succeeded: %s" % r.error)
        check(list(r.columns) == ["a", "m", "name", "p"], "columns: %s" % list(r.columns))
        check(len(r.rows) == 1, "one row, got %d" % len(r.rows))
        if r.rows:
            a, m, name, p = r.rows[0].values
            check(a.WhichOneof("kind") == "node_value" and list(a.node_value.labels) == ["Person"],
                  "node value: %s" % a)
            check(a.node_value.properties["name"].string_value == "Tô Lâm", "node name")
            check(m.WhichOneof("kind") == "edge_value" and m.edge_value.type == "MET", "edge value")
            check(m.edge_value.properties["date"].string_value == "2024-09-25", "edge qualifier")
            check(name.string_value == "Joe Biden", "string value")
            check(len(p.path_value.nodes) == 2 and len(p.path_value.edges) == 1, "path value")
        check(r.stats.rows == 1, "stats.rows")

        # Text format request, CSV output text, limits.
        submit("c_text.txtpb", b'id: "text"\nquery: "UNWIND range(1, 10) AS i RETURN i"\n'
                               b'format: OUTPUT_CSV\nlimits { max_rows: 100 }\n')
        r = response("c_text.txtpb")
        check(r.id == "text" and not r.HasField("error"), "text request: %s" % r)
        check(len(r.rows) == 10 and r.rows[9].values[0].int_value == 10, "ten int rows")
        check(r.text.replace("\r\n", "\n") == "i\n" + "".join("%d\n" % i for i in range(1, 11)),
              "csv text: %r" % r.text)

        # A stream of three requests, one of them a syntax error.
        submit("d_batch.pbs", delimited([request("s1", "RETURN 1 AS x"),
                                         request("s2", "RETURN 1 +* 2 AS broken"),
                                         request("s3", "RETURN $n * 2 AS y", n=21)]))
        rs = responses_stream("d_batch.pbs")
        check([x.id for x in rs] == ["s1", "s2", "s3"], "stream ids: %s" % [x.id for x in rs])
        if len(rs) == 3:
            check(rs[0].rows[0].values[0].int_value == 1, "s1 value")
            check(rs[1].error.code == "SyntaxError", "s2 error code: %s" % rs[1].error)
            check(rs[1].error.line == 1 and rs[1].error.column > 0, "s2 position: %s" % rs[1].error)
            check(rs[2].rows[0].values[0].int_value == 42, "s3 value")
        check(os.path.exists(os.path.join(DONE, "d_batch.pbs")), "a query error is not malformed")

        # Odd files: all get an error response and land in failed/, none crash the server.
        submit("e_garbage.pb", b"\xff\xff\xff\xff\x0f not protobuf")
        wrong = kg_pb2.QueryResponse(id="x", columns=["a"])
        wrong.rows.add().values.add().int_value = 1
        wrong.stats.parse_ms = 2.5
        submit("f_wrongtype.pb", wrong.SerializeToString())
        submit("g_huge.pb", request("huge", "RETURN '" + "x" * 200000 + "'").SerializeToString())
        submit("h_unknown.json", b'{"query": "RETURN 1"}')
        submit("i_badtext.txtpb", b'id: "t" query: RETURN 1')
        os.symlink(os.path.join(DONE, "a_setup.pb"), os.path.join(INBOX, "j_link.pb"))
        full = delimited([request("ok", "RETURN 1 AS one"), request("cut", "RETURN 2")])
        submit("k_truncated.pbs", full[:-4])
        submit("l_empty.pb", b"")
        for name, needle in [("e_garbage.pb", "not a binary kg.QueryRequest"),
                             ("f_wrongtype.pb", "not a kg.QueryRequest"),
                             ("g_huge.pb", "over the limit"),
                             ("h_unknown.json", "unknown request file type"),
                             ("i_badtext.txtpb", "i_badtext.txtpb:1:"),
                             ("j_link.pb", "symbolic link"),
                             ("l_empty.pb", "no query")]:
            r = response(name)
            check(r.error.code == "BadRequest" and needle in r.error.message,
                  "%s: error %s" % (name, r.error))
            check(os.path.lexists(os.path.join(FAILED, name)), "%s moved to failed" % name)
        rs = responses_stream("k_truncated.pbs")
        check(len(rs) == 2 and rs[0].rows[0].values[0].int_value == 1 and
              rs[1].error.code == "BadRequest" and "truncated" in rs[1].error.message,
              "truncated stream: %s" % rs)
        check(os.path.exists(os.path.join(DONE, "a_setup.pb")), "symlink target untouched")

        # A slow writer directly in the inbox: not read until it settles.
        body = request("slow", "RETURN 'slow' AS s").SerializeToString()
        with open(os.path.join(INBOX, "m_slow.pb"), "wb") as f:
            f.write(body[:5])
            f.flush()
            time.sleep(0.15)
            f.write(body[5:])
        r = response("m_slow.pb")
        check(r.id == "slow" and not r.HasField("error"), "slow writer answered: %s" % r.error)

        check(server.poll() is None, "server still running after odd files")
        check(os.listdir(INBOX) == [], "inbox drained: %s" % os.listdir(INBOX))
    finally:
        server.send_signal(signal.SIGTERM)
        rc = server.wait(timeout=20)
        check(rc == 0, "serve exits 0 on SIGTERM, got %s" % rc)


def scenario_crash():
    n = 150
    # The pre-crash case: a response already durable for a request still in
    # the inbox (killed between writing it and moving the request).
    os.makedirs(INBOX)
    os.makedirs(OUTBOX)
    submit("pre.pb", request("pre", "RETURN 'again' AS x").SerializeToString())
    time.sleep(0.01)
    kept = kg_pb2.QueryResponse(id="pre", columns=["x"])
    kept.rows.add().values.add().string_value = "first run"
    with open(os.path.join(OUTBOX, "pre.pb"), "wb") as f:
        f.write(kept.SerializeToString())
    # A stale response from an earlier request of the same name must not
    # count as this one's answer.
    stale = kg_pb2.QueryResponse(id="stale")
    with open(os.path.join(OUTBOX, "reused.pb"), "wb") as f:
        f.write(stale.SerializeToString())
    time.sleep(0.01)
    submit("reused.pb", request("reused", "RETURN 'fresh' AS x").SerializeToString())

    for i in range(n):
        submit("q%04d.pb" % i, request("q%d" % i, "UNWIND range(1, 200) AS k RETURN $i AS i, "
                                       "count(k) AS c", i=i).SerializeToString())
    server = start("--quiet", wait=False)
    deadline = time.time() + 30
    while time.time() < deadline and len(os.listdir(DONE) if os.path.isdir(DONE) else []) < 20:
        time.sleep(0.005)
    server.kill()  # SIGKILL: no chance to tidy up
    server.wait()
    answered_before = len(os.listdir(DONE))
    check(0 < answered_before, "some requests answered before the crash")
    check(len(os.listdir(INBOX)) > 0, "the crash left work in the inbox (%d done)" % answered_before)

    server = start("--once", "--quiet", wait=False)
    rc = server.wait(timeout=60)
    check(rc == 0, "restart with --once exits 0, got %s" % rc)
    check(os.listdir(INBOX) == [], "inbox drained after restart: %s" % os.listdir(INBOX)[:5])
    check(os.listdir(FAILED) == [], "nothing failed")
    done = sorted(os.listdir(DONE))
    check(len(done) == n + 2, "every request in done exactly once: %d" % len(done))
    for i in range(n):
        name = "q%04d.pb" % i
        r = kg_pb2.QueryResponse()
        with open(os.path.join(OUTBOX, name), "rb") as f:
            r.ParseFromString(f.read())
        ok = (r.id == "q%d" % i and len(r.rows) == 1 and r.rows[0].values[0].int_value == i and
              r.rows[0].values[1].int_value == 200)
        check(ok, "%s answered correctly: %s" % (name, r))
    leftovers = [f for f in os.listdir(OUTBOX) if f.startswith(".")]
    check(leftovers == [], "no temporary files left: %s" % leftovers)
    pre = kg_pb2.QueryResponse()
    with open(os.path.join(OUTBOX, "pre.pb"), "rb") as f:
        pre.ParseFromString(f.read())
    check(pre.rows[0].values[0].string_value == "first run",
          "a request answered before the crash is not answered again")
    reused = kg_pb2.QueryResponse()
    with open(os.path.join(OUTBOX, "reused.pb"), "rb") as f:
        reused.ParseFromString(f.read())
    check(reused.id == "reused" and reused.rows[0].values[0].string_value == "fresh",
          "an older response of the same name is replaced: %s" % reused)


def scenario_oneshot():
    # A write request creates the database; a stream answers several at once.
    req = os.path.join(WORK, "setup.pbs")
    with open(req, "wb") as f:
        f.write(delimited([request("w", "CREATE (:Person {name: 'Lương Cường'})"),
                           request("r", "MATCH (p:Person) RETURN p.name AS name")]))
    out = os.path.join(WORK, "setup-out.pbs")
    p = subprocess.run([KG_BIN, "query", "--db", DB, "--request", req, "--response", out],
                       capture_output=True, text=True)
    check(p.returncode == 0, "kg query --request with a stream exits 0: %s" % p.stderr)
    rs = responses_stream_file(out)
    check(len(rs) == 2 and rs[0].stats.nodes_created == 1 and
          rs[1].rows[0].values[0].string_value == "Lương Cường", "stream answers: %s" % rs)
    req = os.path.join(WORK, "one.txtpb")
    with open(req, "w") as f:
        f.write('id: "one" query: "RETURN $x + 1 AS y" parameters { key: "x" value { int_value: 41 } }')
    out = os.path.join(WORK, "one.pb")
    p = subprocess.run([KG_BIN, "query", "--db", DB, "--request", req, "--response", out],
                       capture_output=True, text=True)
    check(p.returncode == 0, "kg query --request exits 0: %s" % p.stderr)
    r = kg_pb2.QueryResponse()
    with open(out, "rb") as f:
        r.ParseFromString(f.read())
    check(r.id == "one" and r.rows[0].values[0].int_value == 42, "one-shot answer: %s" % r)
    with open(req, "w") as f:
        f.write('id: "bad" query: "RETURN nosuchvar"')
    out = os.path.join(WORK, "bad.txtpb")
    p = subprocess.run([KG_BIN, "query", "--db", DB, "--request", req, "--response", out],
                       capture_output=True, text=True)
    check(p.returncode == 1, "a failing query exits 1, got %d" % p.returncode)
    r = kg_pb2.QueryResponse()
    with open(out) as f:
        text_format.Parse(f.read(), r)
    check(r.id == "bad" and r.error.code != "" and r.error.line == 1, "error response: %s" % r)


{"basic": scenario_basic, "crash": scenario_crash, "oneshot": scenario_oneshot}[SCENARIO]()
if failures:
    print("%d check(s) failed; work folder %s" % (len(failures), WORK))
    try:
        with open(os.path.join(WORK, "serve.log")) as f:
            print("--- serve log (tail) ---\n" + "".join(f.readlines()[-30:]))
    except OSError:
        pass
    sys.exit(1)
subprocess.run(["rm", "-rf", WORK])
print("ok")
