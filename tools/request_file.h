// The protobuf file interface shared by `kg serve` and `kg query --request`:
// reading request files (binary, text format, or a length-delimited stream),
// answering kg.QueryRequest with the engine, and writing responses durably.
#ifndef KG_TOOLS_REQUEST_FILE_H_
#define KG_TOOLS_REQUEST_FILE_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "graph/graph_store.h"
#include "proto/kg.pb.h"
#include "query/engine.h"

namespace kg::tools {

// How a file holds messages, by its extension: .pb/.bin one binary message,
// .txtpb/.textproto/.pbtxt one text-format message, .pbs a stream of messages
// each preceded by its size as a varint. kUnknown for anything else.
enum class Encoding { kBinary, kText, kStream, kUnknown };
Encoding EncodingForPath(std::string_view path);

// The requests in a file's bytes. A malformed part sets `error`
// (InvalidArgument naming `name` and, for text, line:column); requests read
// before it are kept, so a stream answers what it could.
struct ParsedRequests {
  std::vector<kg::QueryRequest> requests;
  absl::Status error;
};
ParsedRequests ParseRequests(std::string_view bytes, Encoding encoding, std::string_view name);

// Reads a request file without following symlinks: InvalidArgument for a
// symlink, a directory or other non-regular file, or a file over `max_bytes`.
absl::StatusOr<std::string> ReadRequestFile(const std::string& path, uint64_t max_bytes);

// Responses in the given encoding. kBinary and kText hold exactly one
// (InvalidArgument otherwise); kUnknown writes binary.
absl::StatusOr<std::string> EncodeResponses(const std::vector<kg::QueryResponse>& responses,
                                            Encoding encoding);
// The inverse, for recovery checks and tests.
absl::StatusOr<std::vector<kg::QueryResponse>> DecodeResponses(std::string_view bytes,
                                                               Encoding encoding);

// A response carrying only an error ("BadRequest" for malformed input).
kg::QueryResponse ErrorResponse(const std::string& id, const std::string& code,
                                const std::string& message);

// Answers one request: parameters, limits and output format applied; errors
// (syntax, semantic, runtime, limits) become the response's error with code
// and position. Edges carry sources from `store` when include_sources is set.
kg::QueryResponse AnswerRequest(query::Engine& engine, const graph::GraphReader& store,
                                const kg::QueryRequest& request);

// Writes `bytes` to `path` so that it appears whole or not at all and
// survives a crash once this returns: temporary sibling, fsync, rename,
// fsync of the directory.
absl::Status WriteFileDurably(const std::string& path, std::string_view bytes);
// rename() followed by fsync of both directories.
absl::Status MoveDurably(const std::string& from, const std::string& to);

// `kg query --request FILE --response FILE`: answers every request in the
// file, writes the responses (encoding by the response file's extension) and
// returns the exit code: 0 when every request succeeded, else 1 or 2.
// Implemented in cmd_serve.cc.
int AnswerRequestFile(const std::string& db_flag, const std::string& request_path,
                      const std::string& response_path);

}  // namespace kg::tools

#endif  // KG_TOOLS_REQUEST_FILE_H_
