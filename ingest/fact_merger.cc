#include "ingest/fact_merger.h"

#include <cstdio>

#include "absl/strings/str_cat.h"
#include "graph/fold.h"

namespace kg::ingest {

std::string JsonString(std::string_view s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out.push_back(static_cast<char>(c));
        }
    }
  }
  out += "\"";
  return out;
}

void FactMerger::Add(const ExtractedDocument& doc) {
  for (const ExtractedFact& f : doc.facts) {
    const ExtractedEntity& s = doc.entities[static_cast<size_t>(f.subject)];
    const ExtractedEntity& o = doc.entities[static_cast<size_t>(f.object)];
    std::string sk = absl::StrCat(s.label, ":", graph::FoldName(s.name));
    std::string ok = absl::StrCat(o.label, ":", graph::FoldName(o.name));
    if (IsSymmetricType(f.type) && ok < sk) std::swap(sk, ok);
    std::string def;
    for (const auto& [k, v] : f.qualifiers) {
      if (IsDefiningQualifier(f.type, k)) absl::StrAppend(&def, k, "=", graph::FoldName(v), ";");
    }
    auto key = std::make_tuple(sk, f.type, ok, def);
    auto it = index_.find(key);
    if (it == index_.end()) {
      index_[key] = edges_.size();
      edges_.push_back({s.name, s.label, f.type, o.name, o.label, f.qualifiers, {f.source}});
      continue;
    }
    EdgeRec& e = edges_[it->second];
    for (const auto& [k, v] : f.qualifiers) {
      auto q = e.qualifiers.find(k);
      if (q == e.qualifiers.end()) e.qualifiers[k] = v;
      else if (v.size() > q->second.size() && v.rfind(q->second, 0) == 0) q->second = v;  // finer date
    }
    bool dup = false;
    for (const auto& src : e.sources) dup |= src == f.source;
    if (!dup) e.sources.push_back(f.source);
  }
}

void FactMerger::WriteJsonl(std::ostream& out) const {
  for (const EdgeRec& e : edges_) {
    out << "{\"subject\": " << JsonString(e.subject) << ", \"subject_label\": " << JsonString(e.subject_label)
        << ", \"predicate\": " << JsonString(e.type) << ", \"object\": " << JsonString(e.object)
        << ", \"object_label\": " << JsonString(e.object_label) << ", \"qualifiers\": {";
    bool first = true;
    for (const auto& [k, v] : e.qualifiers) {
      out << (first ? "" : ", ") << JsonString(k) << ": " << JsonString(v);
      first = false;
    }
    out << "}, \"sources\": [";
    first = true;
    for (const auto& s : e.sources) {
      out << (first ? "" : ", ") << "{\"doc\": " << JsonString(s.doc) << ", \"start\": " << s.start
          << ", \"end\": " << s.end << ", \"sentence\": " << JsonString(s.sentence) << "}";
      first = false;
    }
    out << "]}\n";
  }
}

}  // namespace kg::ingest
