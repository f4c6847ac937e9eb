#include "graph/graph_store.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "graph/key_format.h"
#include "rocksdb/db.h"

namespace kg::graph {
namespace {

namespace fs = std::filesystem;

std::unique_ptr<GraphStore> OpenMem() {
  Options o;
  o.in_memory = true;
  auto s = GraphStore::Open("/mem/db", o);
  EXPECT_TRUE(s.ok()) << s.status();
  return std::move(s).value();
}

// A fresh directory under the test temp dir, removed at the end.
class TempDir {
 public:
  TempDir() {
    const char* base = std::getenv("TEST_TMPDIR");
    path_ = fs::path(base ? base : fs::temp_directory_path().string()) /
            ("kg_graph_test_" + std::to_string(getpid()) + "_" + std::to_string(counter_++));
    fs::remove_all(path_);
  }
  ~TempDir() { fs::remove_all(path_); }
  std::string path() const { return path_.string(); }

 private:
  static inline int counter_ = 0;
  fs::path path_;
};

Source Src(std::string doc, uint32_t start, uint32_t end) {
  return Source{std::move(doc), start, end, "sentence " + std::to_string(start)};
}

TEST(GraphStore, UpsertEntityIsStableAndMergesAliases) {
  auto store = OpenMem();
  auto tx = store->Begin().value();
  NodeId a = tx->UpsertEntity("Person", "Tô Lâm", {"Mr. To Lam"}).value();
  NodeId b = tx->UpsertEntity("Person", "To Lam", {"Tô Lâm", "Mr. To Lam"}).value();
  EXPECT_EQ(a, b);
  EXPECT_EQ(a, keys::EntityId("Person", "to lam"));
  NodeId c = tx->UpsertEntity("Country", "To Lam", {}).value();
  EXPECT_NE(a, c);
  ASSERT_TRUE(tx->Commit().ok());
  auto n = store->GetNode(a).value();
  ASSERT_TRUE(n.has_value());
  EXPECT_EQ(n->labels, std::vector<std::string>{"Person"});
  EXPECT_EQ(*n->props.at("name").string_or_null(), "Tô Lâm");
  PropertyValue::List want = {PropertyValue("Mr. To Lam"), PropertyValue("Tô Lâm")};
  EXPECT_EQ(n->props.at("aliases"), PropertyValue(want));
}

TEST(GraphStore, AliasLookupWithAndWithoutDiacritics) {
  auto store = OpenMem();
  auto tx = store->Begin().value();
  NodeId p = tx->UpsertEntity("Person", "Lương Cường", {"President Luong Cuong"}).value();
  NodeId us = tx->UpsertEntity("Country", "United States", {"U.S.", "USA"}).value();
  // Reads inside the transaction see its own writes.
  EXPECT_EQ(tx->FindByName("luong cuong").value(), std::vector<NodeId>{p});
  ASSERT_TRUE(tx->Commit().ok());
  EXPECT_EQ(store->FindByName("LUONG CUONG").value(), std::vector<NodeId>{p});
  EXPECT_EQ(store->FindByName("Lương Cường").value(), std::vector<NodeId>{p});
  EXPECT_EQ(store->FindByName("president lương cuong").value(), std::vector<NodeId>{p});
  EXPECT_EQ(store->FindByName("the U.S.").value(), std::vector<NodeId>{us});
  EXPECT_EQ(store->FindByName("usa", "Country").value(), std::vector<NodeId>{us});
  EXPECT_TRUE(store->FindByName("usa", "Person").value().empty());
  EXPECT_TRUE(store->FindByName("Luong").value().empty());
  auto prefixed = store->NamesWithPrefix("luong", 10).value();
  ASSERT_EQ(prefixed.size(), 1u);
  EXPECT_EQ(prefixed[0].first, "luong cuong");
  // Changing aliases updates the index.
  tx = store->Begin().value();
  ASSERT_TRUE(tx->SetNodeProperty(us, "aliases", PropertyValue::List{"America"}).ok());
  ASSERT_TRUE(tx->Commit().ok());
  EXPECT_TRUE(store->FindByName("USA").value().empty());
  EXPECT_EQ(store->FindByName("america").value(), std::vector<NodeId>{us});
}

TEST(GraphStore, SameFactFromManyDocumentsIsOneEdgeWithManySources) {
  auto store = OpenMem();
  auto tx = store->Begin().value();
  NodeId a = tx->UpsertEntity("Person", "To Lam", {}).value();
  NodeId b = tx->UpsertEntity("Person", "Joe Biden", {}).value();
  EdgeId e1 = tx->UpsertFact(a, "MET", b, {{"date", "2024"}}, Src("d1", 0, 10)).value();
  EdgeId e2 = tx->UpsertFact(a, "MET", b, {{"date", "2024-09-25"}}, Src("d2", 5, 20)).value();
  // Symmetric: the reverse direction is the same edge.
  EdgeId e3 = tx->UpsertFact(b, "MET", a, {{"place", "New York"}}, Src("d3", 1, 2)).value();
  // Same (doc, start, end): not a new source.
  EdgeId e4 = tx->UpsertFact(a, "MET", b, {}, Src("d1", 0, 10)).value();
  EXPECT_EQ(e1, e2);
  EXPECT_EQ(e1, e3);
  EXPECT_EQ(e1, e4);
  ASSERT_TRUE(tx->Commit().ok());
  auto edge = store->GetEdge(e1).value();
  ASSERT_TRUE(edge.has_value());
  EXPECT_EQ(edge->src, a);  // stored in the direction first written
  EXPECT_EQ(edge->props.at("date"), PropertyValue("2024-09-25"));  // more precise date wins
  EXPECT_EQ(edge->props.at("place"), PropertyValue("New York"));
  auto sources = store->GetEdgeSources(e1).value();
  ASSERT_EQ(sources.size(), 3u);
  EXPECT_EQ(sources[0].doc, "d1");
  EXPECT_EQ(sources[0].sentence, "sentence 0");
  auto stats = store->Stats().value();
  EXPECT_EQ(stats.edges, 1u);
  EXPECT_EQ(stats.sources, 3u);
  EXPECT_EQ(stats.nodes, 2u);
  EXPECT_EQ(stats.edges_by_type.at("MET"), 1u);
  EXPECT_EQ(store->FindFact(b, "MET", a, {}).value(), std::optional<EdgeId>(e1));
}

TEST(GraphStore, DefiningQualifiersMakeSeparateEdges) {
  auto store = OpenMem();
  auto tx = store->Begin().value();
  NodeId vn = tx->UpsertEntity("Country", "Vietnam", {}).value();
  NodeId unsc = tx->UpsertEntity("Organization", "UN Security Council", {}).value();
  NodeId lam = tx->UpsertEntity("Person", "To Lam", {}).value();
  NodeId cpv = tx->UpsertEntity("Organization", "Communist Party of Vietnam", {}).value();
  EdgeId t1 = tx->UpsertFact(vn, "MEMBER_OF", unsc, {{"start", "2008"}, {"end", "2009"}},
                             Src("d1", 0, 1)).value();
  EdgeId t2 = tx->UpsertFact(vn, "MEMBER_OF", unsc, {{"start", "2020"}, {"end", "2021"}},
                             Src("d1", 2, 3)).value();
  EdgeId t2b = tx->UpsertFact(vn, "MEMBER_OF", unsc,
                              {{"start", "2020"}, {"end", "2021"}, {"role", "non-permanent"}},
                              Src("d2", 2, 3)).value();
  EXPECT_NE(t1, t2);
  EXPECT_EQ(t2, t2b);
  EdgeId gs = tx->UpsertFact(lam, "HOLDS_OFFICE", cpv, {{"title", "General Secretary"}},
                             Src("d1", 4, 5)).value();
  EdgeId other = tx->UpsertFact(lam, "HOLDS_OFFICE", cpv, {{"title", "Politburo member"}},
                                Src("d1", 4, 5)).value();
  EXPECT_NE(gs, other);
  // MEMBER_OF is not symmetric: the reverse is another edge.
  EdgeId rev = tx->UpsertFact(unsc, "MEMBER_OF", vn, {{"start", "2008"}, {"end", "2009"}},
                              Src("d1", 0, 1)).value();
  EXPECT_NE(rev, t1);
  // Required defining qualifier.
  auto missing = tx->UpsertFact(lam, "HOLDS_OFFICE", cpv, {}, Src("d1", 0, 1));
  EXPECT_EQ(missing.status().code(), absl::StatusCode::kInvalidArgument);
  ASSERT_TRUE(tx->Commit().ok());
  EXPECT_EQ(store->GetEdge(t2b).value()->props.at("role"), PropertyValue("non-permanent"));
  int n = 0;
  ASSERT_TRUE(store->ForEachAdjacent(vn, Direction::kOut, "MEMBER_OF", [&](const Adjacent& a) {
    EXPECT_EQ(a.neighbor, unsc);
    EXPECT_EQ(a.type, "MEMBER_OF");
    ++n;
    return true;
  }).ok());
  EXPECT_EQ(n, 2);
  n = 0;
  ASSERT_TRUE(store->ForEachAdjacent(unsc, Direction::kIn, {}, [&](const Adjacent&) {
    ++n;
    return true;
  }).ok());
  EXPECT_EQ(n, 2);
}

TEST(GraphStore, ReingestingTheSameDocumentChangesNothing) {
  auto store = OpenMem();
  auto ingest = [&store](const std::string& fp) {
    auto tx = store->Begin().value();
    if (tx->FindDocument(fp).value().has_value()) {
      tx->Rollback();
      return;
    }
    NodeId a = tx->UpsertEntity("Country", "Vietnam", {"Viet Nam"}).value();
    NodeId b = tx->UpsertEntity("Country", "Cuba", {}).value();
    ASSERT_TRUE(tx->UpsertFact(a, "DIPLOMATIC_RELATIONS", b, {{"start", "1960-12-02"}},
                               Src("doc1", 3, 40)).ok());
    ASSERT_TRUE(tx->RecordDocument({"doc1", fp, 1700000000, 1, 2}).ok());
    ASSERT_TRUE(tx->Commit().ok());
  };
  ingest("abc");
  uint64_t gen = store->Generation();
  auto before = store->Stats().value();
  ingest("abc");
  auto after = store->Stats().value();
  EXPECT_EQ(store->Generation(), gen);
  EXPECT_EQ(before.nodes, after.nodes);
  EXPECT_EQ(before.edges, after.edges);
  EXPECT_EQ(before.sources, after.sources);
  EXPECT_EQ(after.documents, 1u);
  // Upserting the same facts again (without the fingerprint check) is also
  // a no-op on counts.
  auto tx = store->Begin().value();
  NodeId a = tx->UpsertEntity("Country", "Vietnam", {"Viet Nam"}).value();
  NodeId b = tx->UpsertEntity("Country", "Cuba", {}).value();
  ASSERT_TRUE(tx->UpsertFact(b, "DIPLOMATIC_RELATIONS", a, {}, Src("doc1", 3, 40)).ok());
  ASSERT_TRUE(tx->Commit().ok());
  auto again = store->Stats().value();
  EXPECT_EQ(again.edges, 1u);
  EXPECT_EQ(again.sources, 1u);
  auto docs = store->Documents().value();
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].doc_id, "doc1");
  EXPECT_EQ(docs[0].facts, 1u);
}

TEST(GraphStore, RollbackAndUncommittedWritesLeaveNoTrace) {
  auto store = OpenMem();
  {
    auto tx = store->Begin().value();
    ASSERT_TRUE(tx->UpsertEntity("Country", "Laos", {}).ok());
    tx->Rollback();
  }
  {
    auto tx = store->Begin().value();
    ASSERT_TRUE(tx->UpsertEntity("Country", "Laos", {}).ok());
  }  // destroyed without commit
  EXPECT_TRUE(store->FindByName("laos").value().empty());
  EXPECT_EQ(store->Stats().value().nodes, 0u);
}

TEST(GraphStore, HandEditsCreateSetAndDelete) {
  auto store = OpenMem();
  auto tx = store->Begin().value();
  NodeId a = tx->CreateNode({"Person", "Diplomat"}, {{"name", "Ann"}, {"age", 50}}).value();
  NodeId b = tx->CreateNode({"Person"}, {{"name", "Bob"}}).value();
  EXPECT_NE(a, b);
  EdgeId e = tx->CreateEdge(a, "MET", b, {{"date", "2020"}}).value();
  EdgeId loop = tx->CreateEdge(a, "INVITED_BY", a, {}).value();
  EXPECT_NE(e, loop);
  EXPECT_EQ(tx->CreateEdge(a, "MET", 987654321, {}).status().code(), absl::StatusCode::kNotFound);
  ASSERT_TRUE(tx->SetEdgeProperty(e, "date", PropertyValue()).ok());
  ASSERT_TRUE(tx->RemoveLabel(a, "Diplomat").ok());
  ASSERT_TRUE(tx->AddLabel(b, "Envoy").ok());
  ASSERT_TRUE(tx->Commit().ok());

  EXPECT_TRUE(store->GetEdge(e).value()->props.empty());
  std::vector<NodeId> persons;
  ASSERT_TRUE(store->ScanNodes("Person", [&](const Node& n) {
    persons.push_back(n.id);
    return true;
  }).ok());
  EXPECT_EQ(persons, (std::vector<NodeId>{a, b}));
  auto stats = store->Stats().value();
  EXPECT_EQ(stats.nodes_by_label.count("Diplomat"), 0u);
  EXPECT_EQ(stats.nodes_by_label.at("Envoy"), 1u);
  int loops = 0;
  ASSERT_TRUE(store->ForEachAdjacent(a, Direction::kBoth, "INVITED_BY", [&](const Adjacent& x) {
    EXPECT_EQ(x.neighbor, a);
    ++loops;
    return true;
  }).ok());
  EXPECT_EQ(loops, 2);  // a self-loop appears once per direction

  tx = store->Begin().value();
  EXPECT_EQ(tx->DeleteNode(a, /*detach=*/false).code(), absl::StatusCode::kFailedPrecondition);
  ASSERT_TRUE(tx->DeleteNode(a, /*detach=*/true).ok());
  ASSERT_TRUE(tx->Commit().ok());
  EXPECT_FALSE(store->GetNode(a).value().has_value());
  EXPECT_FALSE(store->GetEdge(e).value().has_value());
  stats = store->Stats().value();
  EXPECT_EQ(stats.nodes, 1u);
  EXPECT_EQ(stats.edges, 0u);
  EXPECT_TRUE(store->FindByName("Ann").value().empty());
  int edges = 0;
  ASSERT_TRUE(store->ScanEdges({}, [&](const Edge&) { return ++edges, true; }).ok());
  EXPECT_EQ(edges, 0);
}

TEST(GraphStore, PersistsAcrossReopen) {
  TempDir dir;
  NodeId vn;
  EdgeId e;
  uint64_t first_counter_node;
  {
    auto store = GraphStore::Open(dir.path()).value();
    auto tx = store->Begin().value();
    vn = tx->UpsertEntity("Country", "Việt Nam", {"Vietnam"}).value();
    NodeId un = tx->UpsertEntity("Organization", "United Nations", {"UN"}).value();
    e = tx->UpsertFact(vn, "JOINED", un, {{"date", "1977-09-20"}}, Src("d", 1, 2)).value();
    first_counter_node = tx->CreateNode({"Place"}, {{"name", "Hanoi"}}).value();
    ASSERT_TRUE(tx->Commit().ok());
  }
  auto store = GraphStore::Open(dir.path()).value();
  EXPECT_EQ(store->FindByName("vietnam", "Country").value(), std::vector<NodeId>{vn});
  auto edge = store->GetEdge(e).value();
  ASSERT_TRUE(edge.has_value());
  EXPECT_EQ(edge->type, "JOINED");
  EXPECT_EQ(edge->props.at("date"), PropertyValue("1977-09-20"));
  EXPECT_EQ(store->Labels().value(),
            (std::vector<std::string>{"Country", "Organization", "Place"}));
  EXPECT_EQ(store->EdgeTypes().value(), std::vector<std::string>{"JOINED"});
  auto tx = store->Begin().value();
  NodeId next = tx->CreateNode({"Place"}, {{"name", "Hue"}}).value();
  EXPECT_NE(next, first_counter_node);  // the counter persisted
  ASSERT_TRUE(tx->Commit().ok());
  EXPECT_GT(store->Stats().value().disk_bytes, 0u);
}

TEST(GraphStore, SecondWriterGetsAnErrorNamingTheHolder) {
  TempDir dir;
  auto writer = GraphStore::Open(dir.path()).value();
  auto second = GraphStore::Open(dir.path());
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.status().code(), absl::StatusCode::kFailedPrecondition);
  std::string msg(second.status().message());
  EXPECT_NE(msg.find("is locked by pid " + std::to_string(getpid())), std::string::npos) << msg;
  EXPECT_NE(msg.find(dir.path()), std::string::npos) << msg;

  // Read-only opens work while the writer runs, and see the state at open.
  auto tx = writer->Begin().value();
  ASSERT_TRUE(tx->UpsertEntity("Country", "Cuba", {}).ok());
  ASSERT_TRUE(tx->Commit().ok());
  Options ro;
  ro.read_only = true;
  auto reader = GraphStore::Open(dir.path(), ro);
  ASSERT_TRUE(reader.ok()) << reader.status();
  EXPECT_EQ((*reader)->FindByName("cuba").value().size(), 1u);
  EXPECT_EQ((*reader)->Begin().status().code(), absl::StatusCode::kFailedPrecondition);
  writer.reset();
  EXPECT_TRUE(GraphStore::Open(dir.path()).ok());  // lock released
}

TEST(GraphStore, IncompatibleSchemaVersionIsAClearError) {
  TempDir dir;
  { ASSERT_TRUE(GraphStore::Open(dir.path()).ok()); }
  {
    // Rewrite the version record with plain RocksDB, as a future kg would.
    rocksdb::DBOptions dbo;
    std::vector<rocksdb::ColumnFamilyDescriptor> descs;
    for (const char* name : keys::kCfNames) descs.emplace_back(name, rocksdb::ColumnFamilyOptions());
    std::vector<rocksdb::ColumnFamilyHandle*> handles;
    rocksdb::DB* db = nullptr;
    ASSERT_TRUE(rocksdb::DB::Open(dbo, dir.path(), descs, &handles, &db).ok());
    std::string v;
    keys::PutU32(&v, kSchemaVersion + 1);
    ASSERT_TRUE(db->Put(rocksdb::WriteOptions(), handles[0], keys::MetaKey(keys::kSchemaVersionTag), v).ok());
    for (auto* h : handles) db->DestroyColumnFamilyHandle(h);
    delete db;
  }
  auto store = GraphStore::Open(dir.path());
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_NE(store.status().message().find("schema version 2"), std::string::npos)
      << store.status();
}

// Sets (or with an empty value, deletes) a meta record with plain RocksDB,
// as another kg would.
void SetMetaRecord(const std::string& path, keys::MetaTag tag, const std::string& value) {
  rocksdb::DBOptions dbo;
  std::vector<rocksdb::ColumnFamilyDescriptor> descs;
  for (const char* name : keys::kCfNames) descs.emplace_back(name, rocksdb::ColumnFamilyOptions());
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* db = nullptr;
  ASSERT_TRUE(rocksdb::DB::Open(dbo, path, descs, &handles, &db).ok());
  rocksdb::Status s = value.empty()
                          ? db->Delete(rocksdb::WriteOptions(), handles[0], keys::MetaKey(tag))
                          : db->Put(rocksdb::WriteOptions(), handles[0], keys::MetaKey(tag), value);
  EXPECT_TRUE(s.ok()) << s.ToString();
  for (auto* h : handles) db->DestroyColumnFamilyHandle(h);
  delete db;
}

TEST(GraphStore, FingerprintAlgorithmIsRecordedAndOlderDatabasesKeepTheirs) {
  EXPECT_EQ(OpenMem()->fingerprint_algorithm(), FingerprintAlgorithm::kXxh3_128);
  Options ro;
  ro.read_only = true;
  auto algorithm = [&ro](const std::string& path, bool read_only) {
    auto store = GraphStore::Open(path, read_only ? ro : Options());
    EXPECT_TRUE(store.ok()) << store.status();
    return store.ok() ? (*store)->fingerprint_algorithm() : FingerprintAlgorithm{99};
  };
  TempDir with_docs, without_docs, future;
  {
    auto store = GraphStore::Open(with_docs.path());
    ASSERT_TRUE(store.ok()) << store.status();
    auto tx = (*store)->Begin().value();
    ASSERT_TRUE(tx->RecordDocument({"d1", "fp1", 1, 0, 0}).ok());
    ASSERT_TRUE(tx->Commit().ok());
  }
  // A database from before the record: its documents keep the legacy digest.
  SetMetaRecord(with_docs.path(), keys::kFingerprintTag, "");
  EXPECT_EQ(algorithm(with_docs.path(), true), FingerprintAlgorithm::kFnv1a2x64);
  EXPECT_EQ(algorithm(with_docs.path(), false), FingerprintAlgorithm::kFnv1a2x64);
  EXPECT_EQ(algorithm(with_docs.path(), true), FingerprintAlgorithm::kFnv1a2x64);
  // One without documents takes the current digest when opened for writing.
  { ASSERT_TRUE(GraphStore::Open(without_docs.path()).ok()); }
  SetMetaRecord(without_docs.path(), keys::kFingerprintTag, "");
  EXPECT_EQ(algorithm(without_docs.path(), true), FingerprintAlgorithm::kFnv1a2x64);
  EXPECT_EQ(algorithm(without_docs.path(), false), FingerprintAlgorithm::kXxh3_128);
  EXPECT_EQ(algorithm(without_docs.path(), true), FingerprintAlgorithm::kXxh3_128);
  // An algorithm of a newer kg is refused rather than guessed.
  { ASSERT_TRUE(GraphStore::Open(future.path()).ok()); }
  std::string v;
  keys::PutU32(&v, 7);
  SetMetaRecord(future.path(), keys::kFingerprintTag, v);
  auto store = GraphStore::Open(future.path());
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), absl::StatusCode::kFailedPrecondition);
}

TEST(GraphStore, NonKgPathsAreRejected) {
  TempDir dir;
  fs::create_directories(dir.path());
  { std::ofstream(dir.path() + "/notes.txt") << "hello"; }
  auto s = GraphStore::Open(dir.path());
  EXPECT_EQ(s.status().code(), absl::StatusCode::kInvalidArgument) << s.status();
  Options ro;
  ro.read_only = true;
  EXPECT_EQ(GraphStore::Open(dir.path() + "/missing", ro).status().code(),
            absl::StatusCode::kNotFound);
}

TransactionOptions PointReadsOnly(bool on) {
  TransactionOptions o;
  o.point_reads_only = on;
  return o;
}

TEST(GraphStore, UpsertsTellWhetherTheNodeOrEdgeIsNew) {
  for (bool point : {false, true}) {
    SCOPED_TRACE(point ? "point reads only" : "indexed batch");
    auto store = OpenMem();
    bool created = false;
    auto tx = store->Begin(PointReadsOnly(point)).value();
    NodeId a = tx->UpsertEntity("Person", "To Lam", {}, &created).value();
    EXPECT_TRUE(created);
    EXPECT_EQ(tx->UpsertEntity("Person", "Tô Lâm", {"Mr. To Lam"}, &created).value(), a);
    EXPECT_FALSE(created);
    NodeId b = tx->UpsertEntity("Person", "Joe Biden", {}, &created).value();
    EXPECT_TRUE(created);
    EdgeId met = tx->UpsertFact(a, "MET", b, {{"date", "2024"}}, Src("d1", 0, 10), &created).value();
    EXPECT_TRUE(created);
    // Symmetric, and the same source again: merged, the source counted once.
    EXPECT_EQ(tx->UpsertFact(b, "MET", a, {{"date", "2024-09-25"}}, Src("d1", 0, 10), &created)
                  .value(),
              met);
    EXPECT_FALSE(created);
    EXPECT_NE(tx->UpsertFact(a, "HOLDS_OFFICE", b, {{"title", "President"}}, Src("d1", 11, 20),
                             &created)
                  .value(),
              met);
    EXPECT_TRUE(created);
    ASSERT_TRUE(tx->Commit().ok());

    tx = store->Begin(PointReadsOnly(point)).value();
    EXPECT_EQ(tx->UpsertEntity("Person", "To Lam", {}, &created).value(), a);
    EXPECT_FALSE(created);
    EXPECT_EQ(tx->UpsertFact(a, "MET", b, {}, Src("d1", 0, 10), &created).value(), met);
    EXPECT_FALSE(created);
    EXPECT_EQ(tx->UpsertFact(a, "MET", b, {}, Src("d2", 1, 2), &created).value(), met);
    EXPECT_FALSE(created);
    ASSERT_TRUE(tx->Commit().ok());

    auto stats = store->Stats().value();
    EXPECT_EQ(stats.nodes, 2u);
    EXPECT_EQ(stats.edges, 2u);
    EXPECT_EQ(stats.sources, 3u);
    EXPECT_EQ(stats.edges_by_type.at("MET"), 1u);
    EXPECT_EQ(stats.nodes_by_label.at("Person"), 2u);
    EXPECT_EQ(store->GetEdge(met).value()->props.at("date"), PropertyValue("2024-09-25"));
    EXPECT_EQ(store->GetEdgeSources(met).value().size(), 2u);
    EXPECT_EQ(store->FindByName("Mr. To Lam", "Person").value(), std::vector<NodeId>{a});
    int out = 0;
    ASSERT_TRUE(store->ForEachAdjacent(a, Direction::kOut, {}, [&out](const Adjacent&) {
      ++out;
      return true;
    }).ok());
    EXPECT_EQ(out, 2);
  }
}

TEST(GraphStore, PointReadsOnlyTransactionReadsItsOwnNodesEdgesAndDocuments) {
  auto store = OpenMem();
  auto tx = store->Begin(PointReadsOnly(true)).value();
  NodeId vn = tx->UpsertEntity("Country", "Vietnam", {"Viet Nam"}).value();
  NodeId cu = tx->UpsertEntity("Country", "Cuba", {}).value();
  auto node = tx->GetNode(vn).value();
  ASSERT_TRUE(node.has_value());
  EXPECT_EQ(node->props.at("name"), PropertyValue("Vietnam"));
  EdgeId e = tx->UpsertFact(vn, "DIPLOMATIC_RELATIONS", cu, {{"start", "1960"}}, Src("d1", 0, 5))
                 .value();
  EXPECT_EQ(tx->FindFact(cu, "DIPLOMATIC_RELATIONS", vn, {}).value(), std::optional<EdgeId>(e));
  ASSERT_TRUE(tx->UpsertFact(cu, "DIPLOMATIC_RELATIONS", vn, {{"start", "1960-12-02"}},
                             Src("d1", 6, 9))
                  .ok());
  auto edge = tx->GetEdge(e).value();
  ASSERT_TRUE(edge.has_value());
  EXPECT_EQ(edge->props.at("start"), PropertyValue("1960-12-02"));
  ASSERT_TRUE(tx->RecordDocument({"d1", "fp1", 1, 2, 2}).ok());
  EXPECT_TRUE(tx->FindDocument("fp1").value().has_value());
  // Index reads fail rather than answer without the transaction's writes.
  EXPECT_EQ(tx->FindByName("Vietnam").status().code(), absl::StatusCode::kUnimplemented);
  EXPECT_EQ(tx->GetEdgeSources(e).status().code(), absl::StatusCode::kUnimplemented);
  EXPECT_EQ(tx->ForEachAdjacent(vn, Direction::kBoth, {}, [](const Adjacent&) { return true; })
                .code(),
            absl::StatusCode::kUnimplemented);
  EXPECT_FALSE(tx->ScanNodes("Country", [](const Node&) { return true; }).ok());
  EXPECT_FALSE(tx->DeleteNode(cu, /*detach=*/true).ok());
  ASSERT_TRUE(tx->Commit().ok());

  EXPECT_EQ(store->FindByName("Viet Nam").value(), std::vector<NodeId>{vn});
  EXPECT_EQ(store->GetEdgeSources(e).value().size(), 2u);
  std::vector<NodeId> neighbors;
  ASSERT_TRUE(store->ForEachAdjacent(cu, Direction::kBoth, {}, [&](const Adjacent& a) {
    neighbors.push_back(a.neighbor);
    return true;
  }).ok());
  EXPECT_EQ(neighbors, std::vector<NodeId>{vn});
  auto stats = store->Stats().value();
  EXPECT_EQ(stats.nodes, 2u);
  EXPECT_EQ(stats.edges, 1u);
  EXPECT_EQ(stats.sources, 2u);
  EXPECT_EQ(stats.documents, 1u);
  EXPECT_EQ(store->Documents().value().size(), 1u);
}

TEST(GraphStore, PointReadsOnlyTransactionsSeeHandEditsInBetween) {
  auto store = OpenMem();
  auto tx = store->Begin(PointReadsOnly(true)).value();
  NodeId a = tx->UpsertEntity("Person", "To Lam", {}).value();
  NodeId b = tx->UpsertEntity("Person", "Joe Biden", {}).value();
  EdgeId e = tx->UpsertFact(a, "MET", b, {}, Src("d1", 0, 1)).value();
  ASSERT_TRUE(tx->Commit().ok());
  tx = store->Begin().value();
  ASSERT_TRUE(tx->SetEdgeProperty(e, "note", PropertyValue("edited")).ok());
  ASSERT_TRUE(tx->Commit().ok());
  // The edge as edited, not as the previous ingest transaction wrote it.
  bool created = true;
  tx = store->Begin(PointReadsOnly(true)).value();
  ASSERT_TRUE(tx->UpsertFact(a, "MET", b, {{"place", "Hanoi"}}, Src("d2", 0, 1), &created).ok());
  EXPECT_FALSE(created);
  ASSERT_TRUE(tx->Commit().ok());
  auto edge = store->GetEdge(e).value();
  ASSERT_TRUE(edge.has_value());
  EXPECT_EQ(edge->props.at("note"), PropertyValue("edited"));
  EXPECT_EQ(edge->props.at("place"), PropertyValue("Hanoi"));
  tx = store->Begin().value();
  ASSERT_TRUE(tx->DeleteEdge(e).ok());
  ASSERT_TRUE(tx->Commit().ok());
  tx = store->Begin(PointReadsOnly(true)).value();
  ASSERT_TRUE(tx->UpsertFact(a, "MET", b, {}, Src("d3", 0, 1), &created).ok());
  EXPECT_TRUE(created);
  ASSERT_TRUE(tx->Commit().ok());
  auto sources = store->GetEdgeSources(e).value();
  ASSERT_EQ(sources.size(), 1u);
  EXPECT_EQ(sources[0].doc, "d3");
  EXPECT_EQ(store->Stats().value().sources, 1u);
}

// A writer killed while its third transaction is open leaves the first two.
void KillWriterAndCheck(const TransactionOptions& options) {
  TempDir dir;
  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    auto store = GraphStore::Open(dir.path());
    if (!store.ok()) _exit(3);
    for (int d = 0; d < 3; ++d) {
      auto tx = (*store)->Begin(options).value();
      NodeId a = tx->UpsertEntity("Country", "Country " + std::to_string(d), {}).value();
      NodeId b = tx->UpsertEntity("Country", "Vietnam", {}).value();
      (void)tx->UpsertFact(a, "PARTNERSHIP", b, {{"level", "strategic"}},
                           Src("doc" + std::to_string(d), 0, 9));
      (void)tx->RecordDocument({"doc" + std::to_string(d), "fp" + std::to_string(d), 1, 1, 2});
      if (d == 2) raise(SIGKILL);  // killed before committing the third document
      if (!tx->Commit().ok()) _exit(4);
    }
    _exit(0);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status)) << "child exit " << WEXITSTATUS(status);
  auto store = GraphStore::Open(dir.path());
  ASSERT_TRUE(store.ok()) << store.status();
  auto docs = (*store)->Documents().value();
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].doc_id, "doc0");
  EXPECT_EQ(docs[1].doc_id, "doc1");
  auto stats = (*store)->Stats().value();
  EXPECT_EQ(stats.nodes, 3u);
  EXPECT_EQ(stats.edges, 2u);
  EXPECT_TRUE((*store)->FindByName("Country 2").value().empty());
}

TEST(GraphStore, KilledWriterLeavesOnlyCompletedDocuments) {
  for (bool point : {false, true}) {
    SCOPED_TRACE(point ? "point reads only" : "indexed batch");
    KillWriterAndCheck(PointReadsOnly(point));
  }
}

}  // namespace
}  // namespace kg::graph
