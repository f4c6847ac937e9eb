// kg serve: answers kg.QueryRequest files dropped into a spool folder.
//
// Life of a request file DIR/inbox/NAME:
//   1. it is read once its mtime is --settle-ms old (writers that rename
//      into the inbox are never seen half-written);
//   2. every request in it is answered and the responses are written to
//      DIR/outbox/NAME durably (temporary file, fsync, rename, fsync dir);
//   3. only then is NAME moved to DIR/done (or DIR/failed when malformed).
// A crash between 2 and 3 leaves NAME in the inbox with a response newer
// than it; a restart sees that and only moves it, so each request is
// answered exactly once. A crash before 2 answers it again on restart.
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

#include "graph/graph_store.h"
#include "query/engine.h"
#include "tools/commands.h"
#include "tools/db_path.h"
#include "tools/request_file.h"

namespace kg::tools {
namespace {

std::atomic<bool> g_stop{false};
void OnSignal(int) { g_stop = true; }

constexpr char kServeUsage[] =
    "usage: kg serve [--db PATH] --spool DIR [--once] [--poll-ms N] [--settle-ms N]\n"
    "                [--max-request-bytes N] [--quiet]\n\n"
    "Answers kg.QueryRequest files (proto/kg.proto) dropped into DIR/inbox:\n"
    "  NAME.pb     one binary request      NAME.txtpb  one text-format request\n"
    "  NAME.pbs    a stream of requests, each preceded by its size (varint)\n"
    "The responses go to DIR/outbox/NAME in the same encoding; the request then\n"
    "moves to DIR/done, or to DIR/failed with an error response when malformed.\n"
    "Write a request elsewhere (or as a .tmp / dot file) and rename it into the\n"
    "inbox. Stop with Ctrl-C or SIGTERM; --once answers what is there and exits.\n";

struct ServeFlags {
  std::string db, spool;
  bool once = false, quiet = false;
  int64_t poll_ms = 100, settle_ms = 50;
  int64_t max_request_bytes = 16 << 20;
};

absl::Status ParseServeFlags(const Args& args, ServeFlags* f, bool* help) {
  for (size_t i = 0; i < args.size(); ++i) {
    std::string a = args[i], value;
    size_t eq = a.find('=');
    bool has_inline = a.rfind("--", 0) == 0 && eq != std::string::npos;
    if (has_inline) {
      value = a.substr(eq + 1);
      a = a.substr(0, eq);
    }
    auto take = [&](std::string* out) -> absl::Status {
      if (has_inline) {
        *out = value;
      } else if (i + 1 < args.size()) {
        *out = args[++i];
      } else {
        return absl::InvalidArgumentError(a + " needs a value");
      }
      return absl::OkStatus();
    };
    auto take_int = [&](int64_t* out) -> absl::Status {
      std::string s;
      absl::Status st = take(&s);
      if (!st.ok()) return st;
      char* end = nullptr;
      long long v = std::strtoll(s.c_str(), &end, 10);
      if (s.empty() || *end != '\0' || v < 0) {
        return absl::InvalidArgumentError(a + " takes a non-negative number, not '" + s + "'");
      }
      *out = v;
      return absl::OkStatus();
    };
    absl::Status st;
    if (a == "--help" || a == "-h") {
      *help = true;
    } else if (a == "--db") {
      st = take(&f->db);
    } else if (a == "--spool") {
      st = take(&f->spool);
    } else if (a == "--once") {
      f->once = true;
    } else if (a == "--quiet") {
      f->quiet = true;
    } else if (a == "--poll-ms") {
      st = take_int(&f->poll_ms);
    } else if (a == "--settle-ms") {
      st = take_int(&f->settle_ms);
    } else if (a == "--max-request-bytes") {
      st = take_int(&f->max_request_bytes);
    } else {
      return absl::InvalidArgumentError("unknown argument '" + args[i] + "'");
    }
    if (!st.ok()) return st;
  }
  if (!*help && f->spool.empty()) return absl::InvalidArgumentError("--spool DIR is required");
  return absl::OkStatus();
}

bool Ignored(const std::string& name) {
  auto ends = [&](const char* s) {
    std::string suffix(s);
    return name.size() >= suffix.size() &&
           name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  return name.empty() || name[0] == '.' || ends(".tmp") || ends(".part");
}

int64_t MtimeNs(const struct stat& st) {
  return static_cast<int64_t>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
}

int64_t NowNs() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

// Temporary files of responses a crash interrupted (".NAME.tmp-PID").
void RemoveStaleTemporaries(const std::string& dir) {
  DIR* d = opendir(dir.c_str());
  if (d == nullptr) return;
  while (struct dirent* e = readdir(d)) {
    std::string name = e->d_name;
    if (name.size() > 1 && name[0] == '.' && name.find(".tmp-") != std::string::npos) {
      unlink((dir + "/" + name).c_str());
    }
  }
  closedir(d);
}

class Server {
 public:
  Server(const ServeFlags& flags, graph::GraphStore* store)
      : flags_(flags), store_(store), engine_(store) {}

  // One pass over the inbox. Returns the number of files handled; sets
  // *pending when a file was left for later (still settling).
  absl::StatusOr<int> Pass(bool* pending) {
    std::vector<std::string> names;
    DIR* d = opendir(Dir("inbox").c_str());
    if (d == nullptr) return absl::InternalError("cannot read " + Dir("inbox"));
    while (struct dirent* e = readdir(d)) {
      std::string name = e->d_name;
      if (name != "." && name != ".." && !Ignored(name)) names.push_back(name);
    }
    closedir(d);
    std::sort(names.begin(), names.end());
    int handled = 0;
    for (const auto& name : names) {
      if (g_stop) break;
      absl::StatusOr<bool> done = Handle(name, pending);
      if (!done.ok()) return done.status();
      handled += *done;
    }
    return handled;
  }

 private:
  std::string Dir(const char* sub) const { return flags_.spool + "/" + sub; }

  void Log(const std::string& line) const {
    if (!flags_.quiet) std::fprintf(stderr, "kg serve: %s\n", line.c_str());
  }

  absl::StatusOr<bool> Handle(const std::string& name, bool* pending) {
    const std::string in = Dir("inbox") + "/" + name;
    const std::string out = Dir("outbox") + "/" + name;
    struct stat st;
    if (lstat(in.c_str(), &st) != 0) return false;  // gone meanwhile
    if (S_ISREG(st.st_mode) && NowNs() - MtimeNs(st) < flags_.settle_ms * 1'000'000) {
      *pending = true;  // may still be being written
      return false;
    }
    Encoding enc = EncodingForPath(name);
    Encoding out_enc = enc == Encoding::kUnknown ? Encoding::kBinary : enc;

    // Recovery: a response newer than the request is this request's answer,
    // written before a crash; finish by moving the request.
    struct stat ost;
    if (lstat(out.c_str(), &ost) == 0 && MtimeNs(ost) >= MtimeNs(st)) {
      bool failed = true;
      if (auto bytes = ReadRequestFile(out, UINT64_MAX); bytes.ok()) {
        if (auto rs = DecodeResponses(*bytes, out_enc); rs.ok()) {
          failed = std::any_of(rs->begin(), rs->end(), [](const kg::QueryResponse& r) {
            return r.error().code() == "BadRequest";
          });
        }
      }
      absl::Status s = MoveDurably(in, Dir(failed ? "failed" : "done") + "/" + name);
      if (!s.ok()) return s;
      Log(name + ": already answered before a restart; moved to " + (failed ? "failed" : "done"));
      return true;
    }

    std::vector<kg::QueryResponse> responses;
    bool malformed = false;
    auto data = ReadRequestFile(in, static_cast<uint64_t>(flags_.max_request_bytes));
    if (!data.ok()) {
      responses.push_back(ErrorResponse("", "BadRequest", std::string(data.status().message())));
      malformed = true;
    } else {
      ParsedRequests parsed = ParseRequests(*data, enc, name);
      for (const auto& req : parsed.requests) {
        responses.push_back(AnswerRequest(engine_, *store_, req));
      }
      if (!parsed.error.ok()) {
        responses.push_back(ErrorResponse("", "BadRequest", std::string(parsed.error.message())));
        malformed = true;
      }
    }
    absl::StatusOr<std::string> bytes = EncodeResponses(responses, out_enc);
    if (!bytes.ok()) return bytes.status();
    absl::Status s = WriteFileDurably(out, *bytes);
    if (!s.ok()) return s;
    s = MoveDurably(in, Dir(malformed ? "failed" : "done") + "/" + name);
    if (!s.ok()) return s;
    int errors = 0;
    for (const auto& r : responses) errors += r.has_error();
    Log(name + ": " + std::to_string(responses.size()) + " response(s), " +
        std::to_string(errors) + " error(s) -> " + (malformed ? "failed" : "done"));
    return true;
  }

  const ServeFlags& flags_;
  graph::GraphStore* store_;
  query::Engine engine_;
};

}  // namespace

int RunServe(const Args& args) {
  ServeFlags flags;
  bool help = false;
  absl::Status st = ParseServeFlags(args, &flags, &help);
  if (help) {
    std::fputs(kServeUsage, stdout);
    return 0;
  }
  if (!st.ok()) {
    std::fprintf(stderr, "kg serve: %s\n\n%s", std::string(st.message()).c_str(), kServeUsage);
    return 1;
  }
  std::signal(SIGINT, OnSignal);
  std::signal(SIGTERM, OnSignal);
  for (const char* sub : {"", "/inbox", "/outbox", "/done", "/failed"}) {
    std::string dir = flags.spool + sub;
    if (mkdir(dir.c_str(), 0755) != 0 && errno != EEXIST) {
      return ReportStatus("serve", absl::InvalidArgumentError("cannot create " + dir));
    }
  }
  auto store = OpenDb(ResolveDbPath(flags.db), OpenMode::kWrite);
  if (!store.ok()) return ReportStatus("serve", store.status());
  RemoveStaleTemporaries(flags.spool + "/outbox");

  Server server(flags, store->get());
  if (!flags.quiet) {
    std::fprintf(stderr, "kg serve: watching %s/inbox (database %s)\n", flags.spool.c_str(),
                 (*store)->path().c_str());
  }
  while (!g_stop) {
    bool pending = false;
    absl::StatusOr<int> handled = server.Pass(&pending);
    if (!handled.ok()) return ReportStatus("serve", handled.status());
    if (flags.once && *handled == 0 && !pending) break;
    if (*handled == 0) {
      std::this_thread::sleep_for(
          std::chrono::milliseconds(pending ? std::min<int64_t>(flags.poll_ms, 20) : flags.poll_ms));
    }
  }
  return 0;
}

int AnswerRequestFile(const std::string& db_flag, const std::string& request_path,
                      const std::string& response_path) {
  Encoding in_enc = EncodingForPath(request_path);
  Encoding out_enc = EncodingForPath(response_path);
  if (out_enc == Encoding::kUnknown) out_enc = Encoding::kBinary;
  std::vector<kg::QueryResponse> responses;
  bool failed = false;
  auto data = ReadRequestFile(request_path, uint64_t{1} << 30);
  if (!data.ok()) {
    responses.push_back(ErrorResponse("", "BadRequest", std::string(data.status().message())));
    failed = true;
  } else {
    ParsedRequests parsed = ParseRequests(*data, in_enc, request_path);
    if (!parsed.requests.empty()) {
      // Read-only (no lock, works beside a running writer) unless a request writes.
      bool writes = false;
      query::Engine parser_only(nullptr);
      for (const auto& req : parsed.requests) {
        auto prepared = parser_only.Prepare(req.query());
        writes |= prepared.ok() && query::StatementWrites(**prepared);
      }
      auto store = OpenDb(ResolveDbPath(db_flag), writes ? OpenMode::kWrite : OpenMode::kRead);
      if (!store.ok()) return ReportStatus("query", store.status());
      query::Engine engine(store->get());
      for (const auto& req : parsed.requests) {
        responses.push_back(AnswerRequest(engine, **store, req));
        failed |= responses.back().has_error();
      }
    }
    if (!parsed.error.ok()) {
      responses.push_back(ErrorResponse("", "BadRequest", std::string(parsed.error.message())));
      failed = true;
    }
  }
  auto bytes = EncodeResponses(responses, out_enc);
  if (!bytes.ok()) {
    return ReportStatus("query", absl::InvalidArgumentError(
                                     request_path + " holds " + std::to_string(responses.size()) +
                                     " requests; write the responses to a .pbs file"));
  }
  absl::Status s = WriteFileDurably(response_path, *bytes);
  if (!s.ok()) return ReportStatus("query", s);
  for (const auto& r : responses) {
    if (r.has_error()) {
      std::fprintf(stderr, "kg query: %s%s: %s\n", r.id().empty() ? "" : (r.id() + ": ").c_str(),
                   r.error().code().c_str(), r.error().message().c_str());
    }
  }
  return failed ? 1 : 0;
}

}  // namespace kg::tools
