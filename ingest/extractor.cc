#include "ingest/extractor.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>
#include <string_view>
#include <tuple>

#include "absl/strings/str_cat.h"
#include "graph/fold.h"
#include "graph/status.h"
#include "ingest/fact_merger.h"
#include "ingest/internal/annotate.h"
#include "ingest/internal/lexicon.h"
#include "ingest/internal/rules.h"

#ifndef KG_DEFAULT_DATA_DIR
#define KG_DEFAULT_DATA_DIR "ingest/data"
#endif

namespace kg::ingest {
using internal::Annotation;
using internal::FactDraft;

std::string DefaultDataDir() {
  const char* env = std::getenv("KG_DATA");
  if (env && *env) return env;
  return KG_DEFAULT_DATA_DIR;
}

Extractor::Extractor() = default;
Extractor::~Extractor() = default;
size_t Extractor::rule_count() const { return rules_->size(); }

absl::StatusOr<std::unique_ptr<Extractor>> Extractor::Load(const std::string& data_dir) {
  std::unique_ptr<Extractor> x(new Extractor());
  KG_ASSIGN_OR_RETURN(x->lexicon_, internal::Lexicon::Load(data_dir + "/lexicon"));
  KG_ASSIGN_OR_RETURN(x->rules_, internal::RuleSet::Load(data_dir + "/rules"));
  return x;
}

namespace {

// Whether sentence s puts what it says after the article's own month:
// "later this year", "next month", "next year".
bool LaterThanLead(const Annotation& a, int s) {
  if (s < 0) return false;
  const auto& sen = a.sentences[static_cast<size_t>(s)];
  for (uint32_t i = sen.tb; i + 1 < sen.te; ++i) {
    const std::string_view w = a.tokens[i].fold;
    const std::string_view n = a.tokens[i + 1].fold;
    if (w == "next" && (n == "month" || n == "year")) return true;
    if (w == "later" && n == "this" && i + 2 < sen.te && std::string_view(a.tokens[i + 2].fold) == "year") return true;
  }
  return false;
}

// Whether sentence s asks whether, rather than tells: it opens with an
// auxiliary verb and ends in "?" (perhaps before a closing quote or
// bracket): "Will Germany take over the presidency?"; or it is a short
// headline ending in "?". (A question that asks what or why presupposes
// what it names: "What does the President's visit to Cuba mean?"; so does
// a request: "Could you tell us about ...?".)
bool IsYesNoQuestion(const Annotation& a, int s) {
  if (s < 0) return false;
  const auto& sen = a.sentences[static_cast<size_t>(s)];
  if (sen.te <= sen.tb) return false;
  // (After a rubric: "Analysis: Will Trump meet Kim again?")
  uint32_t b = sen.tb;
  for (uint32_t k = sen.tb + 1; k < sen.te && k <= sen.tb + 2; ++k) {
    if (std::string_view(a.tokens[k].fold) == ":") b = k + 1;
  }
  if (b >= sen.te) return false;
  auto ends_in_question_mark = [&] {
    for (uint32_t i = sen.te; i > sen.tb; --i) {
      const std::string_view w = a.tokens[i - 1].fold;
      if (w == "\"" || w == "'" || w == ")") continue;
      return w == "?";
    }
    return false;
  };
  // (So does a short headline that asks: "Vietnam to chair the Security
  // Council?".)
  if (s == 0 && sen.te - sen.tb <= 14 && ends_in_question_mark()) {
    bool presupposes = false;  // a request, or a question of what, why ...
    for (uint32_t i = sen.tb; i < sen.te; ++i) {
      const std::string_view w = a.tokens[i].fold;
      presupposes |= w == "you" || w == "please";
    }
    for (const char* wh : {"what", "why", "how", "who", "where", "when", "which"}) {
      presupposes |= std::string_view(a.tokens[b].fold) == wh;
    }
    if (!presupposes) return true;
  }
  const std::string_view first = a.tokens[b].fold;
  bool auxiliary = false;
  for (const char* v : {"will", "would", "is", "are", "was", "were", "can", "could", "should", "shall", "does", "do",
                        "did", "has", "have", "had", "may", "might"}) {
    auxiliary |= first == v;
  }
  // ("Reporter: Could you share the results of X's visit to Y?" asks for
  // what it presupposes.)
  if (!auxiliary || (b + 1 < sen.te && std::string_view(a.tokens[b + 1].fold) == "you")) return false;
  return ends_in_question_mark();
}

// Document-level consequences and clean-up of the drafted facts.
void PostProcess(Annotation* a, const internal::Lexicon& lexicon) {
  auto& facts = a->facts;
  // A yes-no question states no relation ("Will Germany take over the
  // Council presidency?"); a title named in one still says who holds it.
  facts.erase(std::remove_if(facts.begin(), facts.end(),
                             [&](const FactDraft& f) { return f.rule != "title" && IsYesNoQuestion(*a, f.sentence); }),
              facts.end());
  for (auto& f : facts) {
    f.subject = a->Resolve(f.subject);
    f.object = a->Resolve(f.object);
    if (f.type == "MEMBER_OF" || f.type == "HELD_POSITION") {
      for (const char* k : {"start", "end"}) {
        auto it = f.qualifiers.find(k);
        if (it != f.qualifiers.end() && it->second.size() > 4) it->second.resize(4);
      }
    }
  }
  // The President of a body whose President presides over one session
  // (president=session in the lexicon): "General Assembly President
  // Annalena Baerbock" in an article on the 80th session holds that
  // session's office (as "President of the 80th session" would say), when
  // the article names one session only. ("IPU President X" in an article on
  // the 150th IPU Assembly is the Union's.)
  {
    std::map<int, std::set<int>> sessions;  // body -> its sessions named
    for (size_t e = 0; e < a->entities.size(); ++e) {
      const auto& ev = a->entities[e];
      if (ev.redirect >= 0 || ev.session_org < 0 || ev.session_no <= 0) continue;
      const int lex = a->entities[static_cast<size_t>(a->Resolve(ev.session_org))].lex;
      if (lex < 0) continue;
      const auto& attrs = lexicon.entry(lex).attrs;
      auto pres = attrs.find("president");
      if (pres == attrs.end() || pres->second != "session") continue;
      sessions[a->Resolve(ev.session_org)].insert(static_cast<int>(e));
    }
    for (auto& f : facts) {
      if (f.type != "HOLDS_OFFICE") continue;
      auto t = f.qualifiers.find("title");
      if (t == f.qualifiers.end() || t->second != "President") continue;
      auto it = sessions.find(f.object);
      if (it != sessions.end() && it->second.size() == 1) f.object = *it->second.begin();
    }
  }
  // A country's officeholder does not visit it: "Prime Minister Narendra Modi
  // arrived in Kuwait on a two-day visit" in an article that speaks mostly of
  // Kuwait leaves Modi's country unsaid, not Kuwait's.
  {
    // The country a visit goes to: the country, or a place's country
    // ("during President Joe Biden's visit to Hanoi"); -1 if unknown.
    auto visited_country = [&](const FactDraft& f) {
      const internal::DocEntity& o = a->entities[static_cast<size_t>(f.object)];
      if (std::string_view(o.label) == "Country") return f.object;
      if (std::string_view(o.label) != "Place" || o.lex < 0) return -1;
      auto c = lexicon.entry(o.lex).attrs.find("country");
      if (c == lexicon.entry(o.lex).attrs.end()) return -1;
      for (size_t e = 0; e < a->entities.size(); ++e) {
        const internal::DocEntity& x = a->entities[e];
        if (x.redirect < 0 && std::string_view(x.label) == "Country" && x.name == c->second)
          return static_cast<int>(e);
      }
      return -1;
    };
    std::set<std::pair<int, int>> titled;  // person, country
    for (const auto& f : facts) {
      if (f.type == "HOLDS_OFFICE" && f.rule == "title") titled.insert({f.subject, f.object});
    }
    // ... but when a visit is said of two people at once ("The two leaders
    // toured Jaipur"), the host among them is at home: his is the visit
    // that goes, not his office.
    std::map<std::tuple<int, int, std::string_view>, int> visitors;  // (object, sentence, rule) -> count
    for (const auto& f : facts) {
      if (f.type == "VISITED") ++visitors[{f.object, f.sentence, f.rule}];
    }
    facts.erase(std::remove_if(facts.begin(), facts.end(),
                               [&](const FactDraft& f) {
                                 return f.type == "VISITED" && visitors[{f.object, f.sentence, f.rule}] > 1 &&
                                        titled.count({f.subject, visited_country(f)});
                               }),
                facts.end());
    std::set<std::pair<int, int>> visited;  // person, country
    for (const auto& f : facts) {
      if (f.type == "VISITED") visited.insert({f.subject, visited_country(f)});
    }
    facts.erase(std::remove_if(facts.begin(), facts.end(),
                               [&](const FactDraft& f) {
                                 return f.type == "HOLDS_OFFICE" && f.rule == "title" &&
                                        visited.count({f.subject, f.object});
                               }),
                facts.end());
  }
  // Where a part of a session is held, the session is: "the High-level
  // Segment of the 55th session of the Human Rights Council in Geneva".
  {
    std::set<std::pair<int, int>> hosts;  // (host, event)
    for (const auto& f : facts) {
      if (f.type == "HOSTS") hosts.insert({f.subject, f.object});
    }
    const size_t n = facts.size();
    for (size_t i = 0; i < n; ++i) {
      if (facts[i].type != "HOSTS") continue;
      const int parent = a->entities[static_cast<size_t>(facts[i].object)].parent;
      if (parent < 0 || !hosts.insert({facts[i].subject, a->Resolve(parent)}).second) continue;
      FactDraft f = facts[i];
      f.object = a->Resolve(parent);
      facts.push_back(std::move(f));
    }
  }
  // "At the summit, the President delivered a speech at the CEO Summit": a
  // speech placed where it was given is not one to the event fronting the
  // sentence.
  {
    std::set<std::pair<int, int>> placed;  // subject, sentence
    for (const auto& f : facts) {
      if (f.type == "ADDRESSED" && f.rule != "address-fronted") placed.insert({f.subject, f.sentence});
    }
    facts.erase(std::remove_if(facts.begin(), facts.end(),
                               [&](const FactDraft& f) {
                                 return f.type == "ADDRESSED" && f.rule == "address-fronted" &&
                                        placed.count({f.subject, f.sentence});
                               }),
                facts.end());
  }
  // Undated facts about the trip an article reports take the article's lead
  // date: the first month-precise date in its opening sentences that is not
  // one of history (Annotation::lead_date).
  const std::string& lead = a->lead_date;
  // Attending or addressing an event the article dates (it says when and
  // where the event was held) happened on the event's date.
  std::map<int, std::string> event_date;
  // (Not a past edition's date: in "Ramaphosa attends AU summit ... South
  // Africa hosted the AU summit in 2002" the summit he attends is this year's.)
  for (const auto& f : facts) {
    auto d = f.qualifiers.find("date");
    if (f.type != "HOSTS" || d == f.qualifiers.end()) continue;
    const int year = std::atoi(d->second.substr(0, 4).c_str());
    if (a->year > 0 && year > 0 && std::abs(year - a->year) > 1) continue;
    event_date.emplace(f.object, d->second);
  }
  for (auto& f : facts) {
    auto e = event_date.find(f.object);
    if ((f.type == "ATTENDED" || f.type == "ADDRESSED") && !f.qualifiers.count("date") && e != event_date.end())
      f.qualifiers["date"] = e->second;
  }
  if (!lead.empty()) {
    for (auto& f : facts) {
      if ((f.type == "ATTENDED" || f.type == "ADDRESSED" || f.type == "VISITED") && !f.qualifiers.count("date") &&
          !LaterThanLead(*a, f.sentence))
        f.qualifiers["date"] = lead;
    }
  }
  // Attending part of an event is attending the event.
  std::map<int, int> parent;
  for (const auto& f : facts) {
    if (f.type == "PART_OF") parent[f.subject] = f.object;
  }
  size_t n = facts.size();
  for (size_t i = 0; i < n; ++i) {
    if (facts[i].type != "ATTENDED") continue;
    auto it = parent.find(facts[i].object);
    if (it == parent.end()) continue;
    FactDraft g = facts[i];
    g.object = it->second;
    g.rule = "attended-part-of";
    facts.push_back(std::move(g));
  }
  // "Vietnam serves as Vice Chair of the committee for 2022-2026": the
  // office in a body, not a mere seat, in that sentence.
  std::set<std::tuple<int, int, int>> office_in;  // subject, object, sentence
  for (const auto& f : facts) {
    if (f.type == "HELD_POSITION") office_in.insert({f.subject, f.object, f.sentence});
  }
  facts.erase(std::remove_if(facts.begin(), facts.end(),
                             [&](const FactDraft& f) {
                               return f.type == "MEMBER_OF" && office_in.count({f.subject, f.object, f.sentence});
                             }),
              facts.end());
  // "Vietnam joins IAEA Board of Governors" over an article on its election
  // for a term: the seat, not an accession (an undated JOINED of a body the
  // article gives a dated seat on).
  {
    std::set<std::pair<int, int>> seats;
    for (const auto& f : facts) {
      if (f.type == "MEMBER_OF" && f.qualifiers.count("start")) seats.insert({f.subject, f.object});
    }
    facts.erase(std::remove_if(facts.begin(), facts.end(),
                               [&](const FactDraft& f) {
                                 return f.type == "JOINED" && !f.qualifiers.count("date") &&
                                        seats.count({f.subject, f.object});
                               }),
                facts.end());
  }
  // An undated seat adds nothing when the article also dates it.
  std::set<std::pair<int, int>> dated;
  for (const auto& f : facts) {
    if ((f.type == "MEMBER_OF" || f.type == "HELD_POSITION") && f.qualifiers.count("start"))
      dated.insert({f.subject, f.object});
  }
  // One fact per identity (defining qualifiers); other qualifiers merged,
  // the more specific value winning ("non-permanent member" over "member",
  // "2024-09-23" over "2024-09").
  std::vector<FactDraft> out;
  std::map<std::tuple<int, std::string, int, std::map<std::string, std::string>>, size_t> seen;
  for (auto& f : facts) {
    if ((f.type == "MEMBER_OF" || f.type == "HELD_POSITION") && !f.qualifiers.count("start") &&
        dated.count({f.subject, f.object})) {
      continue;
    }
    int s = f.subject, o = f.object;
    if (IsSymmetricType(f.type) && o < s) std::swap(s, o);
    std::map<std::string, std::string> def;
    for (const auto& [k, v] : f.qualifiers) {
      if (IsDefiningQualifier(f.type, k)) def[k] = v;
    }
    auto [it, fresh] = seen.insert({{s, std::string(f.type), o, def}, out.size()});
    if (fresh) {
      out.push_back(std::move(f));
      continue;
    }
    auto& q = out[it->second].qualifiers;
    for (const auto& [k, v] : f.qualifiers) {
      auto e = q.find(k);
      if (e == q.end() || v.size() > e->second.size()) q[k] = v;
    }
  }
  facts = std::move(out);
}

std::string SentenceText(const Annotation& a, int s) {
  const auto& sen = a.sentences[static_cast<size_t>(s)];
  std::string t(a.text.substr(sen.b, sen.e - sen.b));
  // Most sentences have no line break: found at memchr speed, not a byte loop.
  for (size_t p = t.find('\n'); p != std::string::npos; p = t.find('\n', p + 1)) t[p] = ' ';
  return t;
}

}  // namespace

void Extractor::Finish(internal::Annotation* ann) const {
  internal::Annotation& a = *ann;
  // Session offices without a term get the session's calendar years.
  for (auto& f : a.facts) {
    if (f.type != "HELD_POSITION" || f.qualifiers.count("start")) continue;
    const auto& ev = a.entities[static_cast<size_t>(a.Resolve(f.object))];
    if (ev.session_org < 0 || ev.session_no <= 0) continue;
    int lex = a.entities[static_cast<size_t>(ev.session_org)].lex;
    if (lex < 0) continue;
    auto it = lexicon_->entry(lex).attrs.find("sessions");
    int base = it == lexicon_->entry(lex).attrs.end() ? 0 : std::atoi(it->second.c_str());
    if (base > 1000) {
      f.qualifiers["start"] = absl::StrCat(base + ev.session_no);
      f.qualifiers["end"] = absl::StrCat(base + ev.session_no + 1);
    }
  }
  PostProcess(&a, *lexicon_);
}

ExtractedDocument Extractor::Extract(const RawDocument& doc) const {
  Annotation a = internal::Annotate(doc.text, *lexicon_);
  rules_->Apply(&a);
  Finish(&a);

  ExtractedDocument out;
  out.doc_id = doc.doc_id;
  out.fingerprint = doc.fingerprint;
  out.bytes = doc.text.size();
  // Entities: every one mentioned (after merges), in first-seen order.
  std::vector<int> index(a.entities.size(), -1);
  auto use = [&](int e) {
    e = a.Resolve(e);
    if (e < 0) return -1;
    if (index[static_cast<size_t>(e)] < 0) {
      const auto& d = a.entities[static_cast<size_t>(e)];
      ExtractedEntity x;
      x.label = d.label;
      x.name = d.name;
      x.folded = d.folded;
      // Sorted and unique, as views: the strings are copied once, into x.
      std::vector<std::string_view> aliases(d.aliases.begin(), d.aliases.end());
      if (d.lex >= 0) {  // known spellings too: "Viet Nam" finds Vietnam before any text wrote it so
        const auto& known = lexicon_->entry(d.lex).aliases;
        aliases.insert(aliases.end(), known.begin(), known.end());
        std::sort(aliases.begin(), aliases.end());
        aliases.erase(std::unique(aliases.begin(), aliases.end()), aliases.end());
      }
      x.aliases.reserve(aliases.size());
      for (std::string_view al : aliases) {
        if (al != d.name && !al.empty()) x.aliases.emplace_back(al);
      }
      index[static_cast<size_t>(e)] = static_cast<int>(out.entities.size());
      out.entities.push_back(std::move(x));
    }
    return index[static_cast<size_t>(e)];
  };
  for (const auto& ms : a.mentions) {
    for (const auto& m : ms) {
      if (m.entity >= 0 && !m.pronoun) use(m.entity);
    }
  }
  out.facts.reserve(a.facts.size());
  for (auto& f : a.facts) {
    ExtractedFact x;
    x.subject = use(f.subject);
    x.object = use(f.object);
    if (x.subject < 0 || x.object < 0) continue;
    x.type = std::string(f.type);
    x.qualifiers = std::move(f.qualifiers);  // `a` is not read after this loop
    const auto& sen = a.sentences[static_cast<size_t>(f.sentence)];
    x.source.doc = doc.doc_id;
    x.source.start = sen.cs;
    x.source.end = sen.ce;
    x.source.sentence = SentenceText(a, f.sentence);
    x.rule = std::string(f.rule);
    out.facts.push_back(std::move(x));
  }
  return out;
}

std::string Extractor::Explain(const RawDocument& doc) const {
  Annotation a = internal::Annotate(doc.text, *lexicon_);
  rules_->Apply(&a);
  std::string out = absl::StrCat("== ", doc.doc_id, " (year ", a.year, ", home country ",
                                 a.home_country >= 0 ? a.entities[a.home_country].name : "-", ")\n");
  for (size_t s = 0; s < a.sentences.size(); ++s) {
    absl::StrAppend(&out, "[", s, "] ");
    for (const auto& it : a.items[s]) {
      const auto& t0 = a.tokens[it.tb];
      const auto& t1 = a.tokens[it.te - 1];
      std::string surface(a.text.substr(t0.b, t1.e - t0.b));
      if (it.tag == internal::Tag::kWord) {
        absl::StrAppend(&out, surface, " ");
        continue;
      }
      const auto& m = a.mentions[s][static_cast<size_t>(it.mention >= 0 ? it.mention : 0)];
      std::string what = it.mention < 0 ? "" : m.entity >= 0 ? a.entities[a.Resolve(m.entity)].name
                                                             : absl::StrCat(m.text, m.end.empty() ? "" : "..", m.end);
      absl::StrAppend(&out, "[", internal::TagName(it.tag), " ", surface,
                      what.empty() || what == surface ? "" : absl::StrCat(" = ", what), "] ");
    }
    out += "\n";
  }
  auto print = [&](const std::vector<internal::FactDraft>& facts) {
    for (const auto& f : facts) {
      absl::StrAppend(&out, "  ", a.entities[a.Resolve(f.subject)].name, " -", std::string(f.type), "-> ",
                      a.entities[a.Resolve(f.object)].name);
      for (const auto& [k, v] : f.qualifiers) absl::StrAppend(&out, " ", k, "=", v);
      absl::StrAppend(&out, "   (", std::string(f.rule), ", sentence ", f.sentence, ")\n");
    }
  };
  print(a.facts);
  // What the export writes: the same facts after the document's clean-up
  // (one fact per identity, dates carried from hosts, offices a visitor
  // cannot hold dropped, ...).
  Finish(&a);
  out += "exported:\n";
  print(a.facts);
  return out;
}

ExtractedDocument Extractor::ExtractText(std::string_view doc_id, std::string_view text) const {
  std::vector<std::string> warnings;
  auto raw = PrepareDocument(std::string(doc_id), text, &warnings);
  if (!raw) {
    ExtractedDocument d;
    d.doc_id = std::string(doc_id);
    d.warnings = warnings;
    return d;
  }
  ExtractedDocument d = Extract(*raw);
  d.warnings = warnings;
  return d;
}

}  // namespace kg::ingest
