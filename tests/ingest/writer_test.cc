// The ingest Writer on an in-memory store: what it counts as new and merged,
// duplicate documents, and a failed batch.
#include "ingest/writer.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "graph/graph_store.h"

namespace kg::ingest {
namespace {

std::unique_ptr<graph::GraphStore> OpenMem() {
  graph::Options o;
  o.in_memory = true;
  auto s = graph::GraphStore::Open("/mem/db", o);
  EXPECT_TRUE(s.ok()) << s.status();
  return std::move(s).value();
}

// "To Lam met <guest>", told twice: the second time the other way round and
// with a date (the same, symmetric, MET fact).
ExtractedDocument MetDoc(const std::string& id, const std::string& guest) {
  ExtractedDocument d;
  d.doc_id = id;
  d.fingerprint = "fp-" + id;
  d.entities = {{"Person", "To Lam", {"Lam"}}, {"Person", guest, {}}};
  ExtractedFact f;
  f.subject = 0;
  f.type = "MET";
  f.object = 1;
  f.source = {id, 0, 10, "To Lam met " + guest + "."};
  d.facts.push_back(f);
  f.subject = 1;
  f.object = 0;
  f.qualifiers = {{"date", "2024"}};
  f.source = {id, 11, 20, guest + " met To Lam in 2024."};
  d.facts.push_back(f);
  return d;
}

TEST(Writer, CountsNewAndMergedFactsAndADocumentTwiceInABatchOnce) {
  auto store = OpenMem();
  Writer w(store.get());
  ExtractedDocument d1 = MetDoc("d1", "Joe Biden"), d2 = MetDoc("d2", "Joe Biden");
  WriteStats stats = w.Write({&d1, &d1, &d2}, 100).value();
  EXPECT_EQ(stats.duplicates, 1u);
  EXPECT_EQ(stats.new_nodes, 2u);
  EXPECT_EQ(stats.new_edges, 1u);
  EXPECT_EQ(stats.merged_edges, 3u);  // d1's second sentence and both of d2's
  ExtractedDocument d3 = MetDoc("d3", "Antonio Guterres");
  stats = w.Write({&d3, &d2}, 200).value();
  EXPECT_EQ(stats.duplicates, 1u);
  EXPECT_EQ(stats.new_nodes, 1u);
  EXPECT_EQ(stats.new_edges, 1u);
  EXPECT_EQ(stats.merged_edges, 1u);
  graph::GraphStats st = store->Stats().value();
  EXPECT_EQ(st.nodes, 3u);
  EXPECT_EQ(st.edges, 2u);
  EXPECT_EQ(st.sources, 6u);
  EXPECT_EQ(st.documents, 3u);

  // A new run (fresh writer) finds everything stored.
  stats = WriteDocuments(store.get(), {&d1, &d2, &d3}, 300).value();
  EXPECT_EQ(stats.duplicates, 3u);
  EXPECT_EQ(stats.new_nodes + stats.new_edges + stats.merged_edges, 0u);
  ExtractedDocument d4 = MetDoc("d4", "Joe Biden");
  stats = WriteDocument(store.get(), d4, 400).value();
  EXPECT_EQ(stats.new_nodes, 0u);
  EXPECT_EQ(stats.new_edges, 0u);
  EXPECT_EQ(stats.merged_edges, 2u);
  EXPECT_EQ(store->Stats().value().sources, 8u);
}

TEST(Writer, AFailedBatchWritesNothingAndIsForgotten) {
  auto store = OpenMem();
  Writer w(store.get());
  ExtractedDocument good = MetDoc("d1", "Joe Biden"), bad = MetDoc("d2", "Kim Jong Un");
  ExtractedFact no_title;  // HOLDS_OFFICE needs a title
  no_title.subject = 0;
  no_title.type = "HOLDS_OFFICE";
  no_title.object = 1;
  no_title.source = {"d2", 30, 40, "..."};
  bad.facts.push_back(no_title);
  auto failed = w.Write({&good, &bad}, 1);
  ASSERT_FALSE(failed.ok());
  EXPECT_NE(failed.status().message().find("d2"), std::string::npos) << failed.status();
  EXPECT_EQ(store->Stats().value().nodes, 0u);
  EXPECT_TRUE(store->Documents().value().empty());
  // The writer does not remember the failed batch's entities as written.
  WriteStats stats = w.Write({&good}, 2).value();
  EXPECT_EQ(stats.new_nodes, 2u);
  EXPECT_EQ(stats.new_edges, 1u);
  EXPECT_EQ(stats.merged_edges, 1u);
  EXPECT_EQ(store->FindByName("Lam", "Person").value().size(), 1u);
}

// Batches written without committing become visible, and durable, together
// with the next committed one; a failure rolls back all of them.
TEST(Writer, UncommittedBatchesCommitTogetherOrNotAtAll) {
  auto store = OpenMem();
  Writer w(store.get());
  ExtractedDocument d1 = MetDoc("d1", "Joe Biden"), d2 = MetDoc("d2", "Antonio Guterres");
  WriteStats stats = w.Write({&d1}, 1, /*commit=*/false).value();
  EXPECT_EQ(stats.new_nodes, 2u);
  EXPECT_EQ(store->Stats().value().documents, 0u);
  stats = w.Write({&d1, &d2}, 1).value();  // d1 again: found in the open transaction
  EXPECT_EQ(stats.duplicates, 1u);
  EXPECT_EQ(stats.new_nodes, 1u);
  EXPECT_EQ(store->Stats().value().documents, 2u);

  ExtractedDocument d3 = MetDoc("d3", "Kim Jong Un"), bad = MetDoc("d4", "Xi Jinping");
  ExtractedFact no_title;  // HOLDS_OFFICE needs a title
  no_title.subject = 0;
  no_title.type = "HOLDS_OFFICE";
  no_title.object = 1;
  no_title.source = {"d4", 30, 40, "..."};
  bad.facts.push_back(no_title);
  ASSERT_TRUE(w.Write({&d3}, 2, /*commit=*/false).ok());
  ASSERT_FALSE(w.Write({&bad}, 2).ok());
  EXPECT_EQ(store->Stats().value().documents, 2u);
  EXPECT_TRUE(store->FindByName("Kim Jong Un", "Person").value().empty());
  stats = w.Write({&d3}, 3).value();  // d3's entities are not taken as written
  EXPECT_EQ(stats.new_nodes, 1u);
  EXPECT_EQ(store->Stats().value().documents, 3u);
}

// On a store that was empty when the run started, the writer knows every
// node, edge and cited document without reading: a document id cited again
// in a later batch (another file with the same name) is still looked up.
TEST(Writer, ADocumentIdCitedAgainInALaterBatchKeepsItsSources) {
  auto store = OpenMem();
  Writer w(store.get());
  ExtractedDocument d1 = MetDoc("d1", "Joe Biden");
  ASSERT_TRUE(w.Write({&d1}, 1).ok());
  ExtractedDocument again = MetDoc("d1", "Joe Biden");
  again.fingerprint = "fp-d1-edited";
  WriteStats stats = w.Write({&again}, 2).value();
  EXPECT_EQ(stats.duplicates, 0u);
  EXPECT_EQ(stats.new_edges, 0u);
  EXPECT_EQ(stats.merged_edges, 2u);
  EXPECT_EQ(store->Stats().value().sources, 2u);  // the same two sentences
  ExtractedDocument d2 = MetDoc("d2", "Joe Biden");
  ASSERT_TRUE(w.Write({&d2}, 3).ok());
  EXPECT_EQ(store->Stats().value().sources, 4u);
}

// What other transactions wrote, kept or rolled back, is read, not assumed.
TEST(Writer, SeesWritesAndRolledBackDeletesOfOtherTransactions) {
  auto store = OpenMem();
  {
    auto txn = store->Begin().value();
    graph::NodeId lam = txn->UpsertEntity("Person", "To Lam", {}).value();
    graph::NodeId joe = txn->UpsertEntity("Person", "Joe Biden", {}).value();
    ASSERT_TRUE(txn->UpsertFact(lam, "MET", joe, {}, {"d1", 0, 10, "To Lam met Joe Biden."}).ok());
    ASSERT_TRUE(txn->Commit().ok());
  }
  Writer w(store.get());
  ExtractedDocument d1 = MetDoc("d1", "Joe Biden");
  WriteStats stats = w.Write({&d1}, 1).value();
  EXPECT_EQ(stats.new_nodes, 0u);
  EXPECT_EQ(stats.new_edges, 0u);
  EXPECT_EQ(stats.merged_edges, 2u);
  EXPECT_EQ(store->Stats().value().sources, 2u);  // (d1, 0, 10) was there

  auto fresh = OpenMem();
  Writer w2(fresh.get());
  ASSERT_TRUE(w2.Write({&d1}, 1).ok());
  graph::EdgeId met = 0;
  ASSERT_TRUE(fresh->ScanEdges("MET", [&](const graph::Edge& e) {
    met = e.id;
    return false;
  }).ok());
  {
    auto txn = fresh->Begin().value();
    ASSERT_TRUE(txn->DeleteEdge(met).ok());
    txn->Rollback();
  }
  ExtractedDocument d2 = MetDoc("d2", "Joe Biden");
  stats = w2.Write({&d2}, 2).value();
  EXPECT_EQ(stats.new_edges, 0u);
  EXPECT_EQ(stats.merged_edges, 2u);
  {
    auto txn = fresh->Begin().value();
    ASSERT_TRUE(txn->DeleteEdge(met).ok());
    ASSERT_TRUE(txn->Commit().ok());
  }
  ExtractedDocument d3 = MetDoc("d3", "Joe Biden");
  stats = w2.Write({&d3}, 3).value();
  EXPECT_EQ(stats.new_edges, 1u);
  EXPECT_EQ(stats.merged_edges, 1u);
  graph::GraphStats st = fresh->Stats().value();
  EXPECT_EQ(st.edges, 1u);
  EXPECT_EQ(st.sources, 2u);  // d3's two sentences
}

}  // namespace
}  // namespace kg::ingest
