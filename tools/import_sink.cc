#include "tools/import_sink.h"

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "graph/bulk_load.h"
#include "graph/status.h"

namespace kg::tools {
namespace {

graph::Properties ToProperties(absl::Span<const std::string> keys,
                               absl::Span<const graph::PropertyValue> values) {
  graph::Properties props;
  for (size_t i = 0; i < keys.size() && i < values.size(); ++i) {
    if (!values[i].is_null()) props[keys[i]] = values[i];
  }
  return props;
}

class BulkSink : public ImportSink {
 public:
  explicit BulkSink(std::unique_ptr<graph::BulkLoader> loader) : loader_(std::move(loader)) {}
  absl::Status AddNode(std::string_view key, const std::vector<std::string>& labels,
                       absl::Span<const std::string> keys,
                       absl::Span<const graph::PropertyValue> values) override {
    return loader_->AddNode(key, labels, keys, values);
  }
  absl::Status AddEdge(std::string_view src_key, std::string_view type, std::string_view dst_key,
                       absl::Span<const std::string> keys,
                       absl::Span<const graph::PropertyValue> values,
                       const std::vector<graph::Source>& sources) override {
    if (!sources.empty()) return absl::InternalError("the bulk loader takes no sources");
    return loader_->AddEdge(src_key, type, dst_key, keys, values);
  }
  absl::StatusOr<bool> Commit() override {
    KG_ASSIGN_OR_RETURN(graph::BulkLoadResult result, loader_->Finish());
    return result.kept_integer_ids;
  }

 private:
  std::unique_ptr<graph::BulkLoader> loader_;
};

class TransactionSink : public ImportSink {
 public:
  explicit TransactionSink(std::unique_ptr<graph::Transaction> txn) : txn_(std::move(txn)) {}
  ~TransactionSink() override {
    if (txn_ != nullptr && !committed_) txn_->Rollback();
  }
  absl::Status AddNode(std::string_view key, const std::vector<std::string>& labels,
                       absl::Span<const std::string> keys,
                       absl::Span<const graph::PropertyValue> values) override {
    graph::Properties props = ToProperties(keys, values);
    graph::NodeId id;
    auto name = props.find("name");
    if (labels.size() == 1 && name != props.end() && name->second.string_or_null() != nullptr) {
      std::vector<std::string> aliases;
      if (auto a = props.find("aliases"); a != props.end()) {
        if (const auto* list = std::get_if<graph::PropertyValue::List>(&a->second.v)) {
          for (const graph::PropertyValue& v : *list) {
            if (const std::string* s = v.string_or_null()) aliases.push_back(*s);
          }
        }
      }
      KG_ASSIGN_OR_RETURN(id, txn_->UpsertEntity(labels[0], *name->second.string_or_null(), aliases));
      for (const auto& [k, v] : props) {
        if (k == "name" || k == "aliases") continue;
        KG_RETURN_IF_ERROR(txn_->SetNodeProperty(id, k, v));
      }
    } else {
      KG_ASSIGN_OR_RETURN(id, txn_->CreateNode(labels, props));
    }
    if (!ids_.emplace(std::string(key), id).second) {
      return absl::InvalidArgumentError(absl::StrCat("node id '", std::string(key), "' appears twice"));
    }
    return absl::OkStatus();
  }
  absl::Status AddEdge(std::string_view src_key, std::string_view type, std::string_view dst_key,
                       absl::Span<const std::string> keys,
                       absl::Span<const graph::PropertyValue> values,
                       const std::vector<graph::Source>& sources) override {
    KG_ASSIGN_OR_RETURN(graph::NodeId src, Resolve(src_key));
    KG_ASSIGN_OR_RETURN(graph::NodeId dst, Resolve(dst_key));
    graph::Properties props = ToProperties(keys, values);
    if (sources.empty()) return txn_->CreateEdge(src, type, dst, props).status();
    for (const graph::Source& source : sources) {
      KG_RETURN_IF_ERROR(txn_->UpsertFact(src, type, dst, props, source).status());
    }
    return absl::OkStatus();
  }
  absl::StatusOr<bool> Commit() override {
    committed_ = true;
    KG_RETURN_IF_ERROR(txn_->Commit());
    return false;
  }

 private:
  absl::StatusOr<graph::NodeId> Resolve(std::string_view key) const {
    auto it = ids_.find(absl::string_view(key.data(), key.size()));
    if (it == ids_.end()) {
      return absl::InvalidArgumentError(absl::StrCat("node '", std::string(key), "' is not defined"));
    }
    return it->second;
  }
  std::unique_ptr<graph::Transaction> txn_;
  absl::flat_hash_map<std::string, graph::NodeId> ids_;
  bool committed_ = false;
};

}  // namespace

absl::StatusOr<std::unique_ptr<ImportSink>> MakeBulkSink(graph::GraphStore* store) {
  KG_ASSIGN_OR_RETURN(auto loader, graph::BulkLoader::Create(store));
  return std::unique_ptr<ImportSink>(new BulkSink(std::move(loader)));
}

absl::StatusOr<std::unique_ptr<ImportSink>> MakeTransactionSink(graph::GraphStore* store) {
  KG_ASSIGN_OR_RETURN(auto txn, store->Begin());
  return std::unique_ptr<ImportSink>(new TransactionSink(std::move(txn)));
}

}  // namespace kg::tools
