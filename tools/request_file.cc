#include "tools/request_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <mutex>

#include "google/protobuf/io/coded_stream.h"
#include "google/protobuf/io/tokenizer.h"
#include "google/protobuf/io/zero_copy_stream_impl_lite.h"
#include "google/protobuf/stubs/logging.h"
#include "google/protobuf/text_format.h"
#include "google/protobuf/unknown_field_set.h"

namespace kg::tools {
namespace {

// Protobuf logs parse problems (invalid UTF-8 in a string field) to stderr;
// kg reports them in the response instead, so they are captured here.
thread_local std::string* g_protobuf_log = nullptr;
void CaptureProtobufLog(google::protobuf::LogLevel level, const char* filename, int line,
                        const std::string& message) {
  if (g_protobuf_log != nullptr) {
    if (!g_protobuf_log->empty()) *g_protobuf_log += "; ";
    *g_protobuf_log += message;
  }
}
struct LogCapture {
  std::string text;
  LogCapture() {
    static std::once_flag once;
    std::call_once(once, [] { google::protobuf::SetLogHandler(&CaptureProtobufLog); });
    g_protobuf_log = &text;
  }
  ~LogCapture() { g_protobuf_log = nullptr; }
};

class TextErrors : public google::protobuf::io::ErrorCollector {
 public:
  void AddError(int line, google::protobuf::io::ColumnNumber column,
                const std::string& message) override {
    if (first_.empty()) {
      first_ = std::to_string(line + 1) + ":" + std::to_string(column + 1) + ": " + message;
    }
  }
  const std::string& first() const { return first_; }

 private:
  std::string first_;
};

// True when the message or any message inside it holds fields its type does
// not know: the sign of a file holding some other message type.
bool HasUnknownFields(const google::protobuf::Message& m) {
  const google::protobuf::Reflection* r = m.GetReflection();
  if (!r->GetUnknownFields(m).empty()) return true;
  std::vector<const google::protobuf::FieldDescriptor*> fields;
  r->ListFields(m, &fields);
  for (const auto* f : fields) {
    if (f->cpp_type() != google::protobuf::FieldDescriptor::CPPTYPE_MESSAGE) continue;
    if (f->is_repeated()) {
      for (int i = 0; i < r->FieldSize(m, f); ++i) {
        if (HasUnknownFields(r->GetRepeatedMessage(m, f, i))) return true;
      }
    } else if (HasUnknownFields(r->GetMessage(m, f))) {
      return true;
    }
  }
  return false;
}

absl::Status Check(const kg::QueryRequest& req, const std::string& where) {
  if (HasUnknownFields(req)) {
    return absl::InvalidArgumentError(where +
                                      ": not a kg.QueryRequest (it has fields that message "
                                      "does not define; another message type?)");
  }
  if (req.query().find_first_not_of(" \t\r\n") == std::string::npos) {
    return absl::InvalidArgumentError(where + ": the request has no query");
  }
  return absl::OkStatus();
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

absl::Status ErrnoError(const std::string& what, const std::string& path) {
  return absl::InternalError(what + " " + path + ": " + std::strerror(errno));
}

absl::Status FsyncDir(const std::string& dir) {
  int fd = open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return ErrnoError("cannot open directory", dir);
  int rc = fsync(fd);
  close(fd);
  if (rc != 0) return ErrnoError("cannot fsync directory", dir);
  return absl::OkStatus();
}

std::string DirOf(const std::string& path) {
  size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

}  // namespace

Encoding EncodingForPath(std::string_view path) {
  if (EndsWith(path, ".pb") || EndsWith(path, ".bin")) return Encoding::kBinary;
  if (EndsWith(path, ".txtpb") || EndsWith(path, ".textproto") || EndsWith(path, ".pbtxt")) {
    return Encoding::kText;
  }
  if (EndsWith(path, ".pbs")) return Encoding::kStream;
  return Encoding::kUnknown;
}

ParsedRequests ParseRequests(std::string_view bytes, Encoding encoding, std::string_view name) {
  ParsedRequests out;
  const std::string file(name);
  LogCapture log;
  switch (encoding) {
    case Encoding::kUnknown:
      out.error = absl::InvalidArgumentError(
          file + ": unknown request file type (use .pb, .txtpb or .pbs)");
      return out;
    case Encoding::kBinary: {
      kg::QueryRequest req;
      if (!req.ParseFromArray(bytes.data(), static_cast<int>(bytes.size()))) {
        out.error = absl::InvalidArgumentError(
            file + ": not a binary kg.QueryRequest" + (log.text.empty() ? "" : " (" + log.text + ")"));
        return out;
      }
      out.error = Check(req, file);
      if (out.error.ok()) out.requests.push_back(std::move(req));
      return out;
    }
    case Encoding::kText: {
      kg::QueryRequest req;
      google::protobuf::TextFormat::Parser parser;
      TextErrors errors;
      parser.RecordErrorsTo(&errors);
      if (!parser.ParseFromString(std::string(bytes), &req)) {
        out.error = absl::InvalidArgumentError(file + ":" + errors.first());
        return out;
      }
      out.error = Check(req, file);
      if (out.error.ok()) out.requests.push_back(std::move(req));
      return out;
    }
    case Encoding::kStream: {
      size_t pos = 0;
      int index = 0;
      while (pos < bytes.size()) {
        ++index;
        const std::string where = file + ": request #" + std::to_string(index);
        google::protobuf::io::CodedInputStream in(
            reinterpret_cast<const uint8_t*>(bytes.data() + pos),
            static_cast<int>(std::min<size_t>(bytes.size() - pos, 10)));
        uint32_t size = 0;
        if (!in.ReadVarint32(&size)) {
          out.error = absl::InvalidArgumentError(where + ": bad length prefix");
          return out;
        }
        pos += in.CurrentPosition();
        if (size > bytes.size() - pos) {
          out.error = absl::InvalidArgumentError(
              where + ": truncated (" + std::to_string(size) + " bytes announced, " +
              std::to_string(bytes.size() - pos) + " present)");
          return out;
        }
        kg::QueryRequest req;
        if (!req.ParseFromArray(bytes.data() + pos, static_cast<int>(size))) {
          out.error = absl::InvalidArgumentError(where + ": not a binary kg.QueryRequest" +
                                                 (log.text.empty() ? "" : " (" + log.text + ")"));
          return out;
        }
        pos += size;
        out.error = Check(req, where);
        if (!out.error.ok()) return out;
        out.requests.push_back(std::move(req));
      }
      if (index == 0) out.error = absl::InvalidArgumentError(file + ": empty request stream");
      return out;
    }
  }
  return out;
}

absl::StatusOr<std::string> ReadRequestFile(const std::string& path, uint64_t max_bytes) {
  struct stat st;
  if (lstat(path.c_str(), &st) != 0) return ErrnoError("cannot stat", path);
  if (S_ISLNK(st.st_mode)) {
    return absl::InvalidArgumentError(path + ": is a symbolic link; requests must be regular files");
  }
  if (!S_ISREG(st.st_mode)) {
    return absl::InvalidArgumentError(path + ": not a regular file");
  }
  if (static_cast<uint64_t>(st.st_size) > max_bytes) {
    return absl::InvalidArgumentError(path + ": " + std::to_string(st.st_size) +
                                      " bytes, over the limit of " + std::to_string(max_bytes));
  }
  // O_NOFOLLOW and O_NONBLOCK: the file may have been swapped since lstat.
  int fd = open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ELOOP) return absl::InvalidArgumentError(path + ": is a symbolic link");
    return ErrnoError("cannot open", path);
  }
  struct stat fst;
  if (fstat(fd, &fst) != 0 || !S_ISREG(fst.st_mode)) {
    close(fd);
    return absl::InvalidArgumentError(path + ": not a regular file");
  }
  std::string data;
  char buf[65536];
  while (true) {
    ssize_t n = read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      close(fd);
      return ErrnoError("cannot read", path);
    }
    if (n == 0) break;
    data.append(buf, n);
    if (data.size() > max_bytes) {
      close(fd);
      return absl::InvalidArgumentError(path + ": grew over the limit of " +
                                        std::to_string(max_bytes) + " bytes");
    }
  }
  close(fd);
  return data;
}

absl::StatusOr<std::string> EncodeResponses(const std::vector<kg::QueryResponse>& responses,
                                            Encoding encoding) {
  if (encoding == Encoding::kStream) {
    std::string out;
    for (const auto& r : responses) {
      std::string body = r.SerializeAsString();
      uint8_t prefix[10];
      uint8_t* end = google::protobuf::io::CodedOutputStream::WriteVarint32ToArray(
          static_cast<uint32_t>(body.size()), prefix);
      out.append(reinterpret_cast<char*>(prefix), end - prefix);
      out += body;
    }
    return out;
  }
  if (responses.size() != 1) {
    return absl::InvalidArgumentError(std::to_string(responses.size()) +
                                      " responses need a stream (.pbs) file");
  }
  if (encoding == Encoding::kText) {
    std::string out;
    google::protobuf::TextFormat::Printer printer;
    printer.SetUseUtf8StringEscaping(true);
    printer.PrintToString(responses[0], &out);
    return out;
  }
  return responses[0].SerializeAsString();
}

absl::StatusOr<std::vector<kg::QueryResponse>> DecodeResponses(std::string_view bytes,
                                                               Encoding encoding) {
  std::vector<kg::QueryResponse> out;
  if (encoding == Encoding::kText) {
    kg::QueryResponse r;
    if (!google::protobuf::TextFormat::ParseFromString(std::string(bytes), &r)) {
      return absl::InvalidArgumentError("not a text kg.QueryResponse");
    }
    out.push_back(std::move(r));
    return out;
  }
  if (encoding != Encoding::kStream) {
    kg::QueryResponse r;
    if (!r.ParseFromArray(bytes.data(), static_cast<int>(bytes.size()))) {
      return absl::InvalidArgumentError("not a binary kg.QueryResponse");
    }
    out.push_back(std::move(r));
    return out;
  }
  size_t pos = 0;
  while (pos < bytes.size()) {
    google::protobuf::io::CodedInputStream in(
        reinterpret_cast<const uint8_t*>(bytes.data() + pos),
        static_cast<int>(std::min<size_t>(bytes.size() - pos, 10)));
    uint32_t size = 0;
    if (!in.ReadVarint32(&size)) return absl::InvalidArgumentError("bad length prefix");
    pos += in.CurrentPosition();
    kg::QueryResponse r;
    if (size > bytes.size() - pos || !r.ParseFromArray(bytes.data() + pos, static_cast<int>(size))) {
      return absl::InvalidArgumentError("truncated response stream");
    }
    pos += size;
    out.push_back(std::move(r));
  }
  return out;
}

kg::QueryResponse ErrorResponse(const std::string& id, const std::string& code,
                                const std::string& message) {
  kg::QueryResponse r;
  r.set_id(id);
  r.mutable_error()->set_code(code);
  r.mutable_error()->set_message(message);
  return r;
}

absl::Status WriteFileDurably(const std::string& path, std::string_view bytes) {
  const std::string dir = DirOf(path);
  const std::string base = path.substr(path.rfind('/') == std::string::npos ? 0 : path.rfind('/') + 1);
  const std::string tmp = dir + "/." + base + ".tmp-" + std::to_string(getpid());
  int fd = open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return ErrnoError("cannot create", tmp);
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      absl::Status s = ErrnoError("cannot write", tmp);
      close(fd);
      unlink(tmp.c_str());
      return s;
    }
    done += n;
  }
  if (fsync(fd) != 0) {
    absl::Status s = ErrnoError("cannot fsync", tmp);
    close(fd);
    unlink(tmp.c_str());
    return s;
  }
  close(fd);
  if (rename(tmp.c_str(), path.c_str()) != 0) {
    absl::Status s = ErrnoError("cannot rename into", path);
    unlink(tmp.c_str());
    return s;
  }
  return FsyncDir(dir);
}

absl::Status MoveDurably(const std::string& from, const std::string& to) {
  if (rename(from.c_str(), to.c_str()) != 0) return ErrnoError("cannot move " + from + " to", to);
  absl::Status s = FsyncDir(DirOf(to));
  if (!s.ok()) return s;
  return FsyncDir(DirOf(from));
}

}  // namespace kg::tools
