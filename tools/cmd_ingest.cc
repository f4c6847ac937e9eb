// kg ingest: read articles, extract entities and facts, and write them into
// the database, whole documents per transaction. Extraction runs on --jobs
// threads; writes are serialised in input order.
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <functional>
#include <future>
#include <mutex>
#include <optional>
#include <thread>

#include <boost/asio/post.hpp>
#include <boost/asio/thread_pool.hpp>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "graph/status.h"
#include "ingest/extractor.h"
#include "ingest/fact_merger.h"
#include "ingest/reader.h"
#include "ingest/writer.h"
#include "tools/commands.h"
#include "tools/db_path.h"
#include "tools/flags.h"

namespace kg::tools {
namespace {

struct Totals {
  uint64_t documents = 0, bytes = 0, facts = 0, new_nodes = 0, new_edges = 0, merged_edges = 0,
           duplicates = 0, skipped = 0, warnings = 0;
};

struct Slot {
  std::optional<ingest::ExtractedDocument> doc;
  std::vector<std::string> warnings;
};

// One long-lived thread that writes a batch while the next is extracted
// (a thread per batch would also start allocator caches from cold each time).
class BackgroundWriter {
 public:
  explicit BackgroundWriter(ingest::Writer* writer) : writer_(writer), thread_([this] { Loop(); }) {}
  ~BackgroundWriter() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_ = true;
    }
    cv_.notify_all();
    thread_.join();
  }
  // Hands over a batch, to be committed with those before it unless
  // `commit` is false; the documents must stay alive until Wait() returns.
  void Start(std::vector<const ingest::ExtractedDocument*> docs, bool commit) {
    {
      std::lock_guard<std::mutex> lock(mu_);
      docs_ = std::move(docs);
      commit_ = commit;
      busy_ = true;
    }
    cv_.notify_all();
  }
  // Waits for the batch handed over last (if any); returns its counts.
  absl::StatusOr<ingest::WriteStats> Wait() {
    std::unique_lock<std::mutex> lock(mu_);
    cv_.wait(lock, [this] { return !busy_; });
    auto r = std::move(result_);
    result_ = ingest::WriteStats{};
    return r;
  }

 private:
  void Loop() {
    std::unique_lock<std::mutex> lock(mu_);
    for (;;) {
      cv_.wait(lock, [this] { return busy_ || stop_; });
      if (!busy_) return;
      std::vector<const ingest::ExtractedDocument*> docs = std::move(docs_);
      const bool commit = commit_;
      lock.unlock();
      auto r = writer_->Write(docs, static_cast<int64_t>(std::time(nullptr)), commit);
      lock.lock();
      result_ = std::move(r);
      busy_ = false;
      cv_.notify_all();
    }
  }

  ingest::Writer* writer_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::vector<const ingest::ExtractedDocument*> docs_;
  absl::StatusOr<ingest::WriteStats> result_ = ingest::WriteStats{};
  bool commit_ = true, busy_ = false, stop_ = false;
  std::thread thread_;  // last: starts after the members it uses
};

// Extraction threads kept for the whole run, so that each thread's memos
// (reader, segmenter, annotator) and allocator cache stay warm from batch to
// batch instead of starting cold in a new thread every batch.
class ExtractPool {
 public:
  explicit ExtractPool(size_t threads) : threads_(threads), pool_(threads) {}
  ~ExtractPool() { pool_.join(); }
  // Calls fn(i) for every i in [0, n), on the pool's threads and the
  // caller's; returns when all calls have returned.
  void Run(size_t n, const std::function<void(size_t)>& fn) {
    std::atomic<size_t> next{0};
    auto work = [&] {
      for (size_t i; (i = next.fetch_add(1)) < n;) fn(i);
    };
    std::vector<std::future<void>> done;
    for (size_t t = 0; t < threads_; ++t) {
      std::packaged_task<void()> task(work);
      done.push_back(task.get_future());
      boost::asio::post(pool_, std::move(task));
    }
    work();
    for (auto& d : done) d.get();
  }

 private:
  size_t threads_;
  boost::asio::thread_pool pool_;
};

absl::Status Ingest(const std::string& db_path, const std::string& data_dir, int jobs, bool dry_run,
                    const std::string& facts_out, bool quiet, const std::vector<std::string>& inputs_arg) {
  KG_ASSIGN_OR_RETURN(auto inputs, ingest::ListInputs(inputs_arg));
  if (inputs.empty()) return absl::InvalidArgumentError("no input files");
  KG_ASSIGN_OR_RETURN(auto extractor, ingest::Extractor::Load(data_dir));
  std::unique_ptr<graph::GraphStore> store;
  std::optional<ingest::Writer> db_writer;
  // Texts are fingerprinted as the database's documents are (a dry run has
  // none: the current algorithm), so that stored ones are recognised.
  graph::FingerprintAlgorithm fingerprint = graph::FingerprintAlgorithm::kXxh3_128;
  if (!dry_run) {
    KG_ASSIGN_OR_RETURN(store, OpenDb(db_path, OpenMode::kWrite));
    db_writer.emplace(store.get());
    fingerprint = store->fingerprint_algorithm();
  }
  std::unique_ptr<std::ofstream> facts_file;
  std::optional<ingest::FactMerger> merger;
  if (!facts_out.empty()) {
    facts_file = std::make_unique<std::ofstream>(facts_out);
    if (!*facts_file) return absl::InvalidArgumentError(absl::StrCat(facts_out, ": cannot write"));
    merger.emplace();
  }
  const bool progress = !quiet && isatty(2) && inputs.size() > 1;
  const auto t0 = std::chrono::steady_clock::now();
  auto elapsed = [&] {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  };
  Totals tot;
  // Documents are extracted in parallel a batch at a time and written in
  // input order, one transaction per kCommitBatches batches (whole documents
  // only; a larger commit's keys are denser in the memtables, which makes
  // inserting them cheaper, while extracted documents are held only a batch
  // at a time). Writing a batch overlaps with extracting the next one.
  const size_t batch = 256;
  // 8 (2,048 documents): ~1.2% fewer instructions than 4 on the 100 MB
  // corpus (memtable inserts), for ~+20 MiB peak memory (~195 -> ~212 MiB).
  constexpr size_t kCommitBatches = 8;
  std::vector<Slot> writing;  // the batch the writer thread holds
  std::optional<BackgroundWriter> writer;
  if (store) writer.emplace(&*db_writer);
  auto join_writer = [&]() -> absl::Status {
    if (!writer) return absl::OkStatus();
    KG_ASSIGN_OR_RETURN(ingest::WriteStats written, writer->Wait());
    tot.duplicates += written.duplicates;
    tot.new_nodes += written.new_nodes;
    tot.new_edges += written.new_edges;
    tot.merged_edges += written.merged_edges;
    return absl::OkStatus();
  };
  ExtractPool pool(std::min(static_cast<size_t>(jobs), std::min(batch, inputs.size())) - 1);
  for (size_t base = 0; base < inputs.size(); base += batch) {
    size_t n = std::min(batch, inputs.size() - base);
    std::vector<Slot> slots(n);
    pool.Run(n, [&](size_t i) {
      auto raw = ingest::ReadDocument(inputs[base + i], &slots[i].warnings, fingerprint);
      if (raw) slots[i].doc = extractor->Extract(*raw);
    });
    KG_RETURN_IF_ERROR(join_writer());
    std::vector<const ingest::ExtractedDocument*> ready;
    for (size_t i = 0; i < n; ++i) {
      Slot& s = slots[i];
      for (const auto& w : s.warnings) {
        std::fprintf(stderr, "%skg ingest: warning: %s\n", progress ? "\r\033[K" : "", w.c_str());
        ++tot.warnings;
      }
      if (!s.doc) {
        ++tot.skipped;
        continue;
      }
      ++tot.documents;
      tot.bytes += s.doc->bytes;
      tot.facts += s.doc->facts.size();
      if (merger) merger->Add(*s.doc);
      ready.push_back(&*s.doc);
    }
    writing = std::move(slots);  // keeps the documents `ready` points into alive
    const bool last = base + n == inputs.size();
    if (writer) writer->Start(std::move(ready), last || (base / batch + 1) % kCommitBatches == 0);
    if (progress) {
      double t = std::max(elapsed(), 1e-6);
      std::fprintf(stderr, "\r\033[Kfiles %zu/%zu  %.1f MB  facts %llu  %.1f MB/s  %.0f docs/s",
                   base + n, inputs.size(), tot.bytes / 1e6, static_cast<unsigned long long>(tot.facts),
                   tot.bytes / 1e6 / t, (tot.documents + tot.skipped) / t);
      std::fflush(stderr);
    }
  }
  KG_RETURN_IF_ERROR(join_writer());
  if (progress) std::fprintf(stderr, "\r\033[K");
  if (merger) {
    merger->WriteJsonl(*facts_file);
    facts_file->close();
    if (!*facts_file) return absl::InternalError(absl::StrCat(facts_out, ": write failed"));
  }
  double t = std::max(elapsed(), 1e-6);
  if (!quiet) {
    auto n = [](uint64_t count, const char* one, const char* many) {
      return absl::StrCat(count, " ", count == 1 ? one : many);
    };
    std::fprintf(stderr, "kg ingest: %s (%.2f MB) in %.2f s, %.1f MB/s%s: %s, %s, %s, %s, %llu already ingested, "
                 "%llu skipped, %s\n",
                 n(tot.documents, "document", "documents").c_str(), tot.bytes / 1e6, t, tot.bytes / 1e6 / t,
                 dry_run ? " (dry run, nothing written)" : "", n(tot.facts, "fact", "facts").c_str(),
                 n(tot.new_nodes, "new node", "new nodes").c_str(), n(tot.new_edges, "new edge", "new edges").c_str(),
                 n(tot.merged_edges, "merged edge", "merged edges").c_str(),
                 static_cast<unsigned long long>(tot.duplicates), static_cast<unsigned long long>(tot.skipped),
                 n(tot.warnings, "warning", "warnings").c_str());
  }
  return absl::OkStatus();
}

}  // namespace

int RunIngest(const Args& args) {
  std::string db, data = ingest::DefaultDataDir(), facts_out;
  int64_t jobs = static_cast<int64_t>(std::max(1u, std::thread::hardware_concurrency()));
  bool dry_run = false, quiet = false, explain = false;
  FlagParser flags("ingest", "ingest [--db PATH] [--data DIR] [--jobs N] [--dry-run] [--facts-out FILE] FILE|DIR|- ...",
                   "Reads plain-text articles (files, directories recursively, - for stdin), extracts\n"
                   "people, countries, organisations, events, documents and places and the facts\n"
                   "between them, and adds them to the database in transactions of whole documents\n"
                   "(up to 2,048 each: a killed ingest leaves every document of the commits before).\n"
                   "Documents already ingested (same text) are skipped. Warnings name the file.\n"
                   "Exit status: 0 done (even with skipped files), 1 usage or input error, 2 internal error.");
  flags.AddString("db", &db, "database directory (default $KG_DB, else ./kg.db)");
  flags.AddString("data", &data, "lexicon and rule directory (default $KG_DATA, else the built-in ingest/data)");
  flags.AddInt("jobs", &jobs, "extraction threads (default: all cores)");
  flags.AddBool("dry-run", &dry_run, "extract only; do not open or write the database");
  flags.AddString("facts-out", &facts_out, "also write the extracted facts as JSONL (the export format)");
  flags.AddBool("quiet", &quiet, "no progress and no summary");
  flags.AddBool("explain", &explain, "print each sentence's entities and the facts with their rules; writes nothing");
  flags.AllowPositional("FILE|DIR|-", "articles to read");
  if (absl::Status s = flags.Parse(args); !s.ok()) return ReportStatus("ingest", s);
  if (flags.help_requested()) return flags.PrintHelp();
  if (flags.positional().empty()) {
    return ReportStatus("ingest", absl::InvalidArgumentError("no input files (try --help)"));
  }
  if (explain) {
    auto inputs = ingest::ListInputs(flags.positional());
    if (!inputs.ok()) return ReportStatus("ingest", inputs.status());
    auto x = ingest::Extractor::Load(data);
    if (!x.ok()) return ReportStatus("ingest", x.status());
    for (const auto& path : *inputs) {
      std::vector<std::string> warnings;
      auto raw = ingest::ReadDocument(path, &warnings);
      for (const auto& w : warnings) std::fprintf(stderr, "kg ingest: warning: %s\n", w.c_str());
      if (raw) std::fputs((*x)->Explain(*raw).c_str(), stdout);
    }
    return 0;
  }
  if (jobs < 1 || jobs > 256) return ReportStatus("ingest", absl::InvalidArgumentError("--jobs must be 1..256"));
  return ReportStatus("ingest", Ingest(ResolveDbPath(db), data, static_cast<int>(jobs), dry_run, facts_out,
                                       quiet, flags.positional()));
}

}  // namespace kg::tools
