#include "tools/import_sink.h"

#include "graph/status.h"

namespace kg::tools {
namespace {

// Appends through one Transaction: fresh node ids, edges created as given,
// each source attached through UpsertFact (which finds the edge just made).
class TransactionSink : public ImportSink {
 public:
  explicit TransactionSink(std::unique_ptr<graph::Transaction> txn) : txn_(std::move(txn)) {}
  ~TransactionSink() override {
    if (txn_ != nullptr && !committed_) txn_->Rollback();
  }
  absl::StatusOr<graph::NodeId> AddNode(graph::Node node) override {
    return txn_->CreateNode(node.labels, node.props);
  }
  absl::Status AddEdge(graph::Edge edge) override {
    KG_ASSIGN_OR_RETURN(graph::EdgeId id, txn_->CreateEdge(edge.src, edge.type, edge.dst, edge.props));
    (void)id;
    for (const graph::Source& source : edge.sources) {
      KG_RETURN_IF_ERROR(
          txn_->UpsertFact(edge.src, edge.type, edge.dst, edge.props, source).status());
    }
    return absl::OkStatus();
  }
  absl::Status Commit() override {
    committed_ = true;
    return txn_->Commit();
  }
  bool keep_ids() const override { return false; }

 private:
  std::unique_ptr<graph::Transaction> txn_;
  bool committed_ = false;
};

}  // namespace

absl::StatusOr<std::unique_ptr<ImportSink>> MakeImportSink(graph::GraphStore* store,
                                                           bool ids_are_integers) {
  KG_ASSIGN_OR_RETURN(auto txn, store->Begin());
  return std::unique_ptr<ImportSink>(new TransactionSink(std::move(txn)));
}

}  // namespace kg::tools
