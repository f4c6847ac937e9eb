// AnswerRequest (request_file.h): runs a kg.QueryRequest on the engine.
#include <string>

#include "tools/proto_value.h"
#include "tools/request_file.h"
#include "tools/shell_table.h"

namespace kg::tools {
namespace {

// "SyntaxError: ..." -> "SyntaxError"; otherwise a code from the status.
std::string ErrorCode(const absl::Status& s) {
  const std::string msg(s.message());
  std::string_view m = msg;
  size_t colon = m.find(':');
  if (colon != std::string_view::npos && colon >= 5 && m.substr(colon - 5, 5) == "Error" &&
      m.substr(0, colon).find(' ') == std::string_view::npos) {
    return std::string(m.substr(0, colon));
  }
  switch (s.code()) {
    case absl::StatusCode::kDeadlineExceeded: return "Timeout";
    case absl::StatusCode::kResourceExhausted: return "ResourceExhausted";
    case absl::StatusCode::kInvalidArgument: return "QueryError";
    default: return "RuntimeError";
  }
}

std::string RenderText(const query::Result& r, kg::OutputFormat format) {
  std::string out;
  switch (format) {
    case kg::OUTPUT_TABLE: {
      std::vector<std::vector<std::string>> rows;
      for (const auto& row : r.rows) {
        std::vector<std::string> cells;
        for (const auto& v : row) cells.push_back(query::ToDisplay(v));
        rows.push_back(std::move(cells));
      }
      return RenderTable(r.columns, rows, {});
    }
    case kg::OUTPUT_JSON:
      for (const auto& row : r.rows) {
        out += "{";
        for (size_t i = 0; i < r.columns.size() && i < row.size(); ++i) {
          if (i) out += ", ";
          out += JsonQuote(r.columns[i]) + ": " + query::ToJson(row[i]);
        }
        out += "}\n";
      }
      return out;
    case kg::OUTPUT_CSV: {
      out = CsvRecord(r.columns) + "\r\n";
      for (const auto& row : r.rows) {
        std::vector<std::string> cells;
        for (const auto& v : row) cells.push_back(query::ToDisplay(v));
        out += CsvRecord(cells) + "\r\n";
      }
      return out;
    }
    default:
      return "";
  }
}

}  // namespace

kg::QueryResponse AnswerRequest(query::Engine& engine, const graph::GraphReader& store,
                                const kg::QueryRequest& request) {
  query::Params params;
  for (const auto& [name, value] : request.parameters()) {
    auto v = QueryValueFromProto(value);
    if (!v.ok()) {
      return ErrorResponse(request.id(), "BadRequest",
                           "parameter $" + name + ": " + std::string(v.status().message()));
    }
    params.emplace(name, *std::move(v));
  }
  query::Limits limits;
  if (request.limits().max_rows()) limits.max_rows = request.limits().max_rows();
  if (request.limits().timeout_ms()) limits.timeout_ms = request.limits().timeout_ms();
  if (request.limits().max_memory_mb()) limits.max_memory_mb = request.limits().max_memory_mb();

  absl::StatusOr<query::Result> result = engine.Execute(request.query(), params, limits);
  if (!result.ok()) {
    kg::QueryResponse r =
        ErrorResponse(request.id(), ErrorCode(result.status()), std::string(result.status().message()));
    if (auto pos = query::GetErrorPosition(result.status())) {
      r.mutable_error()->set_line(pos->line);
      r.mutable_error()->set_column(pos->column);
    }
    return r;
  }
  kg::QueryResponse r;
  r.set_id(request.id());
  for (const auto& c : result->columns) r.add_columns(c);
  const graph::GraphReader* sources = request.include_sources() ? &store : nullptr;
  for (const auto& row : result->rows) {
    kg::Row* pr = r.add_rows();
    for (const auto& v : row) {
      absl::Status s = QueryValueToProto(v, sources, pr->add_values());
      if (!s.ok()) {
        return ErrorResponse(request.id(), "RuntimeError",
                             "reading sources: " + std::string(s.message()));
      }
    }
  }
  kg::QueryStats* st = r.mutable_stats();
  st->set_parse_ms(result->parse_ms);
  st->set_plan_ms(result->plan_ms);
  st->set_execute_ms(result->execute_ms);
  st->set_rows(result->rows.size());
  const query::SideEffects& fx = result->effects;
  st->set_nodes_created(fx.nodes_created);
  st->set_nodes_deleted(fx.nodes_deleted);
  st->set_relationships_created(fx.relationships_created);
  st->set_relationships_deleted(fx.relationships_deleted);
  st->set_properties_set(fx.properties_set);
  st->set_labels_added(fx.labels_added);
  st->set_labels_removed(fx.labels_removed);
  r.set_text(RenderText(*result, request.format()));
  return r;
}

}  // namespace kg::tools
