// Remembering what a pure function makes of strings, per thread: the text
// of a corpus repeats (names, quotes, accented syllables).
#ifndef KG_INGEST_INTERNAL_MEMO_H_
#define KG_INGEST_INTERNAL_MEMO_H_

#include <string>
#include <string_view>
#include <utility>

#include "absl/container/flat_hash_map.h"

namespace kg::ingest::internal {

using StringMemo = absl::flat_hash_map<std::string, std::string>;

// make(key), from `memo` when asked before; the memo is emptied when it
// holds 65,536 entries, so it stays bounded on any input.
template <class Make>
const std::string& Remembered(StringMemo* memo, std::string_view key, Make&& make) {
  auto it = memo->find(absl::string_view(key.data(), key.size()));
  if (it == memo->end()) {
    if (memo->size() >= (1u << 16)) memo->clear();
    it = memo->emplace(std::string(key), std::forward<Make>(make)(key)).first;
  }
  return it->second;
}

}  // namespace kg::ingest::internal

#endif  // KG_INGEST_INTERNAL_MEMO_H_
