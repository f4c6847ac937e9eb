// Loading a graph from CSV files or a GraphSnapshot (.pb) into a store.
//
// All-or-nothing: nothing is written before the whole input was read and
// checked, then everything is committed atomically. Any error leaves the
// database as it was (a missing database is not left behind). CSV is read
// once into the bulk loader (after a check-only pass when the database
// exists); a .pb snapshot is validated first, then written. Into an empty database the input's
// integer node ids are kept as the stored ids (so `id(n)` equals the CSV id);
// into a non-empty one nodes get fresh ids and the input is appended.
#ifndef KG_TOOLS_IMPORTER_H_
#define KG_TOOLS_IMPORTER_H_

#include <cstdint>
#include <string>

#include "absl/status/statusor.h"

namespace kg::tools {

struct ImportSummary {
  uint64_t nodes = 0;
  uint64_t edges = 0;
  bool kept_ids = false;     // the input's node ids are the stored ids
  double validate_s = 0;     // reading and checking the input (CSV: parsing and encoding)
  double write_s = 0;        // writing and commit (CSV: the bulk loader's Finish)
};

// CSV in either header style (see README "Import and export"):
//   plain:  id,label,name,...            src,dst,type,...
//   Neo4j:  :ID,:LABEL,name:string,...   :START_ID,:END_ID,:TYPE,year:int,...
// `edges_csv` may be empty (nodes only). Errors name "FILE:LINE".
absl::StatusOr<ImportSummary> ImportCsv(const std::string& db_path,
                                        const std::string& nodes_csv,
                                        const std::string& edges_csv);

// A file written by `kg export --format pb`. Errors name "FILE: byte offset N".
absl::StatusOr<ImportSummary> ImportSnapshot(const std::string& db_path, const std::string& path);

}  // namespace kg::tools

#endif  // KG_TOOLS_IMPORTER_H_
