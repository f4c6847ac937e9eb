#include "tools/shell_complete.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace kg::tools {
namespace {

constexpr const char* kKeywords[] = {
    "MATCH", "OPTIONAL", "WHERE", "RETURN", "WITH", "UNWIND", "AS", "ORDER", "BY", "SKIP",
    "LIMIT", "ASC", "DESC", "DISTINCT", "CREATE", "MERGE", "SET", "REMOVE", "DELETE", "DETACH",
    "ON", "UNION", "ALL", "AND", "OR", "XOR", "NOT", "IN", "IS", "NULL", "TRUE", "FALSE",
    "STARTS", "ENDS", "CONTAINS", "CASE", "WHEN", "THEN", "ELSE", "END", "EXISTS", "CALL",
    "YIELD", "EXPLAIN", "PROFILE", "COUNT"};

constexpr const char* kFunctions[] = {
    "abs", "avg", "coalesce", "collect", "count", "endNode", "exists", "head", "id", "keys",
    "labels", "last", "length", "max", "min", "nodes", "properties", "range", "relationships",
    "reverse", "shortestPath", "allShortestPaths", "size", "split", "startNode", "substring",
    "sum", "tail", "toFloat", "toInteger", "toLower", "toString", "toUpper", "trim", "type"};

bool IsWordChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || (c & 0x80);
}

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (prefix.size() > s.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[i])) !=
        std::tolower(static_cast<unsigned char>(prefix[i]))) {
      return false;
    }
  }
  return true;
}

// Whether the cursor sits inside a relationship pattern: the nearest
// unclosed bracket before it is '['.
bool InsideBrackets(std::string_view before) {
  int depth_sq = 0, depth_par = 0;
  for (size_t i = before.size(); i-- > 0;) {
    char c = before[i];
    if (c == ']') ++depth_sq;
    if (c == ')') ++depth_par;
    if (c == '[') {
      if (depth_sq == 0) return true;
      --depth_sq;
    }
    if (c == '(') {
      if (depth_par == 0) return false;
      --depth_par;
    }
  }
  return false;
}

}  // namespace

const std::vector<ShellCommandHelp>& ShellCommands() {
  static const std::vector<ShellCommandHelp> kCommands = {
      {":help", "", "this list"},
      {":schema", "", "labels, relationship types, counts and qualifier keys"},
      {":stats", "", "counts and size on disk"},
      {":format", "table|json|csv", "how results are printed"},
      {":timing", "on|off", "show the time taken after each result"},
      {":wrap", "on|off", "wrap long values in tables (off: cut them)"},
      {":param", "NAME VALUE", "set $NAME to a Cypher value (no VALUE: unset)"},
      {":params", "", "list the parameters"},
      {":met", "NAME", "whom a person met (prints the Cypher it runs)"},
      {":terms", "NAME", "offices, memberships, seats and terms held"},
      {":path", "A B", "a shortest connection between two names"},
      {":around", "NAME [HOPS]", "what lies within HOPS relationships (default 1)"},
      {":sources", "", "provenance of the relationships in the last result"},
      {":export", "dot FILE [QUERY]", "write the graph or a query's subgraph as DOT "
                                      "(.svg/.png FILE: rendered by Graphviz)"},
      {":source", "FILE", "run the statements in FILE"},
      {":quit", "", "leave (also Ctrl-D)"},
  };
  return kCommands;
}

std::vector<std::string> CompleteAt(std::string_view line, size_t cursor,
                                    bool line_starts_statement, const CompletionWords& words,
                                    size_t* word_start) {
  cursor = std::min(cursor, line.size());
  size_t start = cursor;
  while (start > 0 && IsWordChar(line[start - 1])) --start;
  *word_start = start;
  std::string_view prefix = line.substr(start, cursor - start);
  std::string_view before = line.substr(0, start);
  std::set<std::string> out;
  auto add_matching = [&](const std::vector<std::string>& list) {
    for (const auto& w : list) {
      if (StartsWithNoCase(w, prefix)) out.insert(w);
    }
  };

  size_t first = line.find_first_not_of(" \t");
  bool command_line = line_starts_statement && first != std::string_view::npos && line[first] == ':';
  if (command_line) {
    std::string_view cmd = line.substr(first);
    size_t space = cmd.find(' ');
    if (space == std::string_view::npos || first + space >= start) {
      // Completing the command name itself (its ':' is part of the word).
      *word_start = first;
      std::string_view typed = line.substr(first, cursor - first);
      for (const auto& c : ShellCommands()) {
        if (std::string_view(c.name).substr(0, typed.size()) == typed) out.insert(c.name);
      }
      return {out.begin(), out.end()};
    }
    std::string name(cmd.substr(0, space));
    std::vector<std::string> choices;
    if (name == ":format") choices = {"table", "json", "csv"};
    if (name == ":timing" || name == ":wrap") choices = {"on", "off"};
    if (name == ":export") choices = {"dot"};
    add_matching(choices);
    return {out.begin(), out.end()};
  }

  char prev = before.empty() ? '\0' : before.back();
  if (prev == ':' || prev == '|') {
    add_matching(InsideBrackets(before) ? words.types : words.labels);
  } else if (prev == '.') {
    add_matching(words.properties);
  } else if (prev == '$') {
    add_matching(words.params);
  } else {
    bool lower = !prefix.empty() && std::islower(static_cast<unsigned char>(prefix[0]));
    for (const char* k : kKeywords) {
      if (StartsWithNoCase(k, prefix)) {
        std::string w = k;
        if (lower) {
          for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
        out.insert(w);
      }
    }
    if (!prefix.empty()) {
      for (const char* f : kFunctions) {
        if (StartsWithNoCase(f, prefix)) out.insert(f);
      }
    }
  }
  return {out.begin(), out.end()};
}

}  // namespace kg::tools
